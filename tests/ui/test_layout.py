"""Every view opened in kk, ru and en at 1280×800 and at 1920×1080, over the sample archive:
the window keeps its size, and no sidebar entry (with its count), toolbar action, column
header, button or text box hint is cut: the room given is at least the text's width."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from database.archive import Archive
from tests.ui.conftest import ScriptedDialogs
from ui.columns import RESTORED, lists_of
from ui.look import fits_placeholder
from ui.main_window import MainWindow
from ui.record_list import RecordListView

SIZES = [(1280, 800), (1920, 1080)]


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


def cut_buttons(view: QWidget) -> list[str]:
    cut = []
    for button in view.findChildren(QPushButton):
        if not button.isVisible() or not button.text():
            continue
        margin = button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        needed = button.fontMetrics().horizontalAdvance(button.text().replace("&", "")) + icon + 2 * margin
        if needed > button.width():
            cut.append(f"button “{button.text()}”: {needed}px in {button.width()}px")
    return cut


def cut_hints(view: QWidget) -> list[str]:
    return [f"hint “{edit.placeholderText()}”: {fits_placeholder(edit)}px in {edit.width()}px"
            for edit in view.findChildren(QLineEdit)
            if edit.isVisible() and edit.placeholderText() and fits_placeholder(edit) > edit.width()]


def too_wide(window: MainWindow, width: int) -> list[str]:
    needed = window.minimumSizeHint().width()
    return [f"the window needs {needed}px, is {window.width()}px"] if window.width() != width or needed > width else []


def cut_forms(view: QWidget) -> list[str]:
    """A form in a scroll area that needs more width than it is given is cut at its right edge."""
    return [f"form “{area.widget().accessibleName() or type(area.widget()).__name__}”: "
            f"{area.widget().minimumSizeHint().width()}px in {area.viewport().width()}px"
            for area in view.findChildren(QScrollArea)
            if area.isVisible() and area.widget() is not None
            and area.widget().minimumSizeHint().width() > area.viewport().width()
            and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff]


def cut_toolbar(window: MainWindow) -> list[str]:
    bar = window.toolbar
    cut = []
    for action in bar.actions():
        if action.isSeparator():
            continue
        button = bar.widgetForAction(action)
        if button is None or not button.isVisible():
            cut.append(f"toolbar “{action.text()}” is not shown")
            continue
        needed = button.sizeHint().width()
        if needed > button.width() or button.geometry().right() > bar.contentsRect().right():
            cut.append(f"toolbar “{action.text()}”: {needed}px in {button.width()}px")
    extension = [b for b in bar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"]
    if any(b.isVisible() for b in extension):
        cut.append("toolbar actions hidden behind »")
    return cut


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_nothing_is_cut_in_any_view(qtbot: QtBot, sample_archive: Archive, dialogs: ScriptedDialogs,
                                    language: Any, lang: str, size: tuple[int, int]) -> None:
    language(lang)
    window = MainWindow(sample_archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    nav = window.nav
    qtbot.waitUntil(lambda: nav.has_counts, timeout=5000)
    assert nav.count_label([s.key for s in window.specs].index("events")) != ""
    problems: list[str] = []
    for spec in window.specs:
        view = window.show_view(spec.key)
        if hasattr(view, "loaded"):
            qtbot.waitUntil(lambda view=view: view.loaded, timeout=5000)
        qtbot.wait(30)
        problems += [f"{spec.key}: {cut}" for cut in too_wide(window, size[0])]
        room = nav.viewport().width()
        for row in range(nav.count()):
            item = nav.item(row)
            assert item is not None
            if nav.needed_width(row) > room:
                problems.append(f"{spec.key}: sidebar “{item.text()} {nav.count_label(row)}” needs "
                                f"{nav.needed_width(row)}px, has {room}px")
        for table in view.findChildren(QAbstractItemView):
            header = getattr(table, "horizontalHeader", getattr(table, "header", None))
            if table.isVisible() and header is not None and not header().isHidden():
                problems += [f"{spec.key}: column {cut}" for cut in cut_headers(header())]
        problems += [f"{spec.key}: {cut}" for cut in cut_buttons(view) + cut_hints(view) + cut_forms(view)]
        problems += [f"{spec.key}: {cut}" for cut in cut_toolbar(window)]
        if isinstance(view, RecordListView):  # each record of the sample in its form
            for row in range(view.model.rowCount()):
                view.table.selectRow(row)
                qtbot.wait(80)  # the form fills its rows (delegations, signatories) after loading
                with contextlib.suppress(qtbot.TimeoutError):  # the splitter gives the form room in a few turns
                    qtbot.waitUntil(lambda view=view: not cut_forms(view), timeout=1000)
                title = view.model.index(row, view._title_column()).data()
                problems += [f"{spec.key} “{title}”: {cut}" for cut in cut_forms(view) + cut_buttons(view.form)
                             + too_wide(window, size[0])]
    assert problems == [], "\n".join(problems)


def test_chinese_names_have_a_font_in_the_window(qtbot: QtBot, sample_archive: Archive,
                                                 dialogs: ScriptedDialogs) -> None:
    """上海市人民政府 is drawn with the bundled Droid Sans Fallback, not as boxes, on a machine
    with no Chinese font of its own."""
    window = MainWindow(sample_archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    families = QFontDatabase.families()
    assert "Droid Sans Fallback" in families
    raw = QRawFont.fromFont(QFont("Droid Sans Fallback"))
    assert all(raw.supportsCharacter(ch) for ch in "上海市人民政府")


def drag_border(qtbot: QtBot, header: QHeaderView, section: int, by: int) -> None:
    """Widen a column as a person does: drag the border at its right edge."""
    x = header.sectionViewportPosition(section) + header.sectionSize(section) - 1
    y = header.height() // 2
    viewport = header.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    QTest.mouseMove(viewport, QPoint(x + by // 2, y))
    QTest.mouseMove(viewport, QPoint(x + by, y))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x + by, y))


def settled(qtbot: QtBot, view: QWidget) -> None:
    """Wait until the view's lists have their first or remembered widths."""
    if isinstance(view, RecordListView):
        qtbot.waitUntil(lambda: view._columns_restored, timeout=5000)
        qtbot.wait(20)  # the first-start sizing runs right after the view is shown
    else:
        qtbot.waitUntil(lambda: bool(view.property(RESTORED)), timeout=5000)
    if hasattr(view, "shown_generation"):  # the duplicates found, shown
        qtbot.waitUntil(lambda: view.shown_generation == view.generation, timeout=10_000)  # type: ignore[attr-defined]


def first_header(view: QWidget) -> QHeaderView:
    shown = [header for _name, header, table in lists_of(view) if table.isVisible()]
    assert shown
    return shown[0]


def test_column_widths_are_remembered_per_view(qtbot: QtBot, sample_archive: Archive,
                                               dialogs: ScriptedDialogs) -> None:
    window = MainWindow(sample_archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    widths = {}
    for key in ("events", "duplicates"):
        view = window.show_view(key)
        settled(qtbot, view)
        header = first_header(view)
        before = header.sectionSize(0)
        drag_border(qtbot, header, 0, 60)
        assert header.sectionSize(0) > before + 30  # the drag widened it
        widths[key] = header.sectionSize(0)
    window.close()  # saves the window's settings, as on quitting

    again = MainWindow(sample_archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    again.show()
    for key, width in widths.items():
        view = again.show_view(key)
        settled(qtbot, view)
        assert first_header(view).sectionSize(0) == width, key
