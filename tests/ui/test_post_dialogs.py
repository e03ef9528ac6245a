"""File → Send to post…, Receive from post… (with its preview) and the conflicts window, driven
as a person would over real archives at two posts."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from database import keys
from database.archive import Archive
from database.clock import FixedClock
from database.opening import open_archive
from database.records import Entity
from operations import posts
from tests.conftest import SAMPLE
from tests.ui.conftest import ScriptedDialogs, type_text
from ui.conflicts_window import ConflictsWindow
from ui.post_dialogs import ReceiveDialog, SendDialog, add_menu_actions
from ui.workspace import Workspace

PASS = "passphrase of the post"


def two_posts(archive: Archive, tmp_path: Path, clock: FixedClock) -> Archive:
    """The window's archive is the embassy's; a consulate beside it, the same sample in both."""
    from database.exchange import import_archive

    consulate = open_archive(tmp_path / "consulate.sqlite", clock=clock)
    for a in (archive, consulate):
        if a.count(Entity.EVENT) == 0:
            with SAMPLE.open("rb") as f:
                import_archive(a, f)
    now = clock.now()
    embassy_key = keys.Keyring(archive.path).init("embassy", PASS, now)
    consulate_key = keys.Keyring(consulate.path).init("consulate", PASS, now)
    keys.Keyring(archive.path).trust(consulate_key, now)
    keys.Keyring(consulate.path).trust(embassy_key, now)
    return consulate


def edit(a: Archive, uuid: str, summary: str) -> None:
    record = a.get_by_uuid(Entity.EVENT, uuid)
    a.update(record.id, dataclasses.replace(record.data, summary=summary))


def test_the_file_menu_offers_the_exchange(qtbot: QtBot, workspace: Workspace) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("File")
    actions = add_menu_actions(menu, workspace)
    assert [a.text() for a in actions] == ["Send to Post…", "Receive from Post…", "Conflicts between Posts…"]


def test_send_receive_preview_and_resolve_in_the_window(
        qtbot: QtBot, archive: Archive, workspace: Workspace, dialogs: ScriptedDialogs,
        tmp_path: Path, clock: FixedClock) -> None:
    consulate = two_posts(archive, tmp_path, clock)
    try:
        uuid = archive.list(Entity.EVENT)[0].uuid
        other = archive.list(Entity.EVENT)[1].uuid
        edit(consulate, uuid, "the consulate's account")
        edit(consulate, other, "only the consulate edited this")
        edit(archive, uuid, "the embassy's account")

        # The embassy sends first: the consulate's window is not under test, its side is a call.
        send = SendDialog(workspace)
        qtbot.addWidget(send)
        assert send.post.currentText() == "consulate"
        type_text(send.passphrase, PASS)
        to_consulate = tmp_path / "embassy-to-consulate.elshi"
        dialogs.files.append(str(to_consulate))
        qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: send.report is not None, timeout=10_000)
        assert to_consulate.is_file() and b"the embassy's account" not in to_consulate.read_bytes()

        bundle = tmp_path / "consulate-to-embassy.elshi"
        posts.send_bundle(consulate, "embassy", bundle, PASS)
        before = archive.get_by_uuid(Entity.EVENT, other).data.summary

        receive = ReceiveDialog(workspace, str(bundle))
        qtbot.addWidget(receive)
        type_text(receive.passphrase, "wrong")
        qtbot.mouseClick(receive.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "passphrase" in receive.summary.text(), timeout=10_000)
        assert not receive.apply_button.isEnabled()
        receive.passphrase.clear()
        type_text(receive.passphrase, PASS)
        qtbot.mouseClick(receive.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: receive.plan is not None, timeout=10_000)
        assert "1 updated" in receive.summary.text() and "1 conflicting" in receive.summary.text()
        lines = [receive.items.item(i).text() for i in range(receive.items.count())]
        assert any(line.startswith("Conflict: Event") for line in lines)
        assert archive.get_by_uuid(Entity.EVENT, other).data.summary == before  # a preview writes nothing
        qtbot.mouseClick(receive.apply_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: receive.applied is not None, timeout=10_000)
        assert archive.get_by_uuid(Entity.EVENT, other).data.summary == "only the consulate edited this"
        assert archive.get_by_uuid(Entity.EVENT, uuid).data.summary == "the embassy's account"

        window = ConflictsWindow(workspace)
        qtbot.addWidget(window)
        assert window.list.count() == 1
        row = window.row_of("summary")
        cells = [window.table.item(row, col).text() for col in range(4)]
        assert cells[1:3] == ["the embassy's account", "the consulate's account"]
        assert cells[3] not in ("—", cells[1], cells[2])  # the base both had before
        tick = window.table.item(row, 4)
        assert tick.flags() & Qt.ItemFlag.ItemIsUserCheckable
        title_row = window.row_of("title")
        assert not window.table.item(title_row, 4).flags() & Qt.ItemFlag.ItemIsUserCheckable
        tick.setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(window.fields_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.list.count() == 0, timeout=10_000)
        assert archive.get_by_uuid(Entity.EVENT, uuid).data.summary == "the consulate's account"
        assert "No conflicts" in window.heading.text()
    finally:
        consulate.close()


def test_keep_mine_in_the_window(qtbot: QtBot, archive: Archive, workspace: Workspace,
                                 tmp_path: Path, clock: FixedClock) -> None:
    consulate = two_posts(archive, tmp_path, clock)
    try:
        uuid = archive.list(Entity.EVENT)[0].uuid
        edit(consulate, uuid, "theirs")
        edit(archive, uuid, "mine")
        bundle = tmp_path / "b.elshi"
        posts.send_bundle(consulate, "embassy", bundle, PASS)
        posts.receive_bundle(archive, posts.open_bundle(archive, bundle, lambda: PASS))
        window = ConflictsWindow(workspace)
        qtbot.addWidget(window)
        qtbot.mouseClick(window.mine_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.list.count() == 0, timeout=10_000)
        assert archive.get_by_uuid(Entity.EVENT, uuid).data.summary == "mine"
        (resolved,) = posts.list_conflicts(archive, include_resolved=True)
        assert resolved.resolution == "mine"
    finally:
        consulate.close()


def test_people_and_commitments_take_scans_in_their_forms(
        qtbot: QtBot, sample_archive: Archive, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    from tests.ui.test_workspace import click, go_to, written
    from ui.main_window import MainWindow

    window = MainWindow(sample_archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    for key, name in (("people", "паспорт.jpg"), ("commitments", "хат.pdf")):
        view = go_to(qtbot, window, key)
        table = view.table
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=table.visualRect(table.model().index(0, 0)).center())
        panel = view.form.attachments
        scan = tmp_path / name
        scan.write_bytes(b"scan of " + name.encode())
        dialogs.files = [str(scan)]
        click(qtbot, panel.add_button)
        written(qtbot, window.workspace.writer)
        assert panel.list.count() == 1 and name in panel.list.item(0).text()
    texts = [a.text() for a in window.file_menu.actions()]
    assert {"Send to Post…", "Receive from Post…", "Conflicts between Posts…"} <= set(texts)
    window.close()
