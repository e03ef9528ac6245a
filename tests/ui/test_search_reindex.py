"""The search index rebuilt by itself when an archive built by older rules is opened: the window
shows the progress and opens on a searchable archive."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from database.clock import FixedClock
from database.opening import open_archive
from database.records import EventDraft
from database.search import search
from desktop_app.app import App
from tests.ui.conftest import ScriptedDialogs
from ui import i18n
from ui.index_progress import IndexProgress
from ui.main_window import MainWindow

pytestmark = pytest.mark.ui


@pytest.fixture
def app(qtbot: QtBot, dialogs: ScriptedDialogs, clock: FixedClock) -> Iterator[App]:
    application = App(dialogs=dialogs, clock=clock)  # type: ignore[arg-type]
    yield application
    for window in application.windows:
        window.close()
    application.close()
    i18n.uninstall()


def older_index(path: Path, clock: FixedClock, events: int) -> None:
    archive = open_archive(path, clock=clock)
    for i in range(events):
        archive.add(EventDraft(f"Ертістегі форум {i}"))
    archive.close()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE search_meta SET value = 'older rules' WHERE key = 'signature'")
    raw.close()


def test_opening_an_archive_with_an_older_index_rebuilds_it_with_progress(
        qtbot: QtBot, app: App, tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "post.sqlite"
    older_index(path, clock, 3)
    window = app.open(path)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert app.index_progress and app.index_progress[-1] == (3, 3)
    assert len(search(window.archive, "Иртыш")) == 3  # found by the Russian name, a rule of the new index
    window.close()
    again = app.open(path)
    assert isinstance(again, MainWindow)
    qtbot.addWidget(again)
    assert app.index_progress == []  # nothing to rebuild the second time


def test_the_progress_dialog_counts_and_closes_itself(qtbot: QtBot) -> None:
    progress = IndexProgress()
    progress(1000, 3000)
    assert progress.dialog is not None and progress.dialog.isVisible()
    assert "1,000" in progress.dialog.labelText() and "3,000" in progress.dialog.labelText()
    assert progress.dialog.value() == 1000
    progress(3000, 3000)
    assert progress.dialog is None
