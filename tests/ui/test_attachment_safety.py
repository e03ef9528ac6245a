"""The window's attachment panel never opens a file outside the attachments folder and refuses
a symbolic link with a sentence, not a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from database.archive import Archive
from tests.ui.conftest import ScriptedDialogs
from tests.ui.test_workspace import click, go_to, written
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, archive: Archive, dialogs: ScriptedDialogs) -> MainWindow:
    w = MainWindow(archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def test_open_refuses_an_edited_stored_name_and_add_refuses_a_link(
    qtbot: QtBot, window: MainWindow, sample_archive: Archive, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    documents = go_to(qtbot, window, "documents")
    table = documents.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 1)).center())
    panel = documents.form.attachments
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    dialogs.files = [str(scan)]
    click(qtbot, panel.add_button)
    written(qtbot, window.workspace.writer)
    with sqlite3.connect(sample_archive.path) as db:
        db.execute("UPDATE attachments SET stored_name = '../../etc/hostname'")
    db.close()
    panel.set_record(panel.record_id)
    panel.list.setCurrentRow(0)
    click(qtbot, panel.open_button)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "error" and "outside" in text
    assert not any(k == "open_path" for k, _, _ in dialogs.shown)

    link = tmp_path / "innocent.pdf"
    link.symlink_to(scan)
    dialogs.files = [str(link)]
    click(qtbot, panel.add_button)
    written(qtbot, window.workspace.writer)
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "error" and "link" in dialogs.shown[-1][2])
    assert panel.list.count() == 1
