"""Every view opened in kk, ru and en at 1280×800: no sidebar entry and no column header of the
lists on Home is cut (the room given is at least the text's width)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeView
from pytestqt.qtbot import QtBot

from database.archive import Archive
from tests.ui.conftest import ScriptedDialogs
from ui.main_window import MainWindow


def cut_headers(header: QHeaderView) -> list[str]:
    metrics = QFontMetrics(header.font())
    model = header.model()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()))
        if metrics.horizontalAdvance(text) + 2 * margin > header.sectionSize(section):
            cut.append(f"{text}: {metrics.horizontalAdvance(text)}px in {header.sectionSize(section)}px")
    return cut


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_no_sidebar_entry_or_home_column_is_cut_in_any_view(
        qtbot: QtBot, sample_archive: Archive, dialogs: ScriptedDialogs, language: Any, lang: str) -> None:
    language(lang)
    window = MainWindow(sample_archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    nav = window.nav
    metrics = QFontMetrics(nav.font())
    for spec in window.specs:
        window.show_view(spec.key)
        qtbot.wait(20)
        room = nav.viewport().width()
        for row in range(nav.count()):
            item = nav.item(row)
            assert item is not None
            needed = metrics.horizontalAdvance(item.text()) + nav.iconSize().width() + 16
            assert needed <= room, f"{spec.key}: sidebar entry “{item.text()}” needs {needed}px, has {room}px"
    home = window.show_view("home")
    qtbot.waitUntil(lambda: home.loaded)  # type: ignore[attr-defined]
    qtbot.wait(20)
    for view in home.findChildren(QTreeView):
        assert cut_headers(view.header()) == [], view.accessibleName()
