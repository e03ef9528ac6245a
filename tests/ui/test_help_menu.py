"""Help: the keyboard shortcuts and About, reached from the menu bar as a person would."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import qVersion
from pytestqt.qtbot import QtBot

from database.archive import Archive
from tests.ui.conftest import ScriptedDialogs
from ui.main_window import MainWindow


def test_help_lists_the_shortcuts_and_about_gives_versions_and_the_archive(
        qtbot: QtBot, archive: Archive, dialogs: ScriptedDialogs) -> None:
    window = MainWindow(archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    keys, about = window.help_menu.actions()
    keys.trigger()
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("info", "Keyboard shortcuts")
    lines = text.splitlines()
    assert "Ctrl+F\tSearch the archive" in lines and "Ctrl+0\tHome" in lines
    assert len(lines) == len(set(lines)) and all("&" not in line for line in lines)
    about.trigger()
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("info", "About Elshi")
    assert str(archive.path) in text and f"Qt {qVersion()}" in text and sqlite3.sqlite_version in text
