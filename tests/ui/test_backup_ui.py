from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from database import audit
from database.archive import Archive
from database.backup import backup_now as make_backup
from database.clock import FixedClock
from database.errors import Conflict
from database.opening import open_archive
from database.records import Delegation, EventDraft, Member, PersonDraft, PlaceDraft
from tests.ui.conftest import ScriptedDialogs
from ui.backup_actions import (
    add_menu_actions,
    error_text,
    purge_with_confirmation,
    recover_damaged,
    restore_from_backup,
)
from ui.workspace import Workspace


def place_names(archive: Archive) -> list[str]:
    return [r.data.name for r in archive.list("place")]


def test_back_up_now_from_the_menu_saves_a_checked_copy(
        qtbot: QtBot, archive: Archive, workspace: Workspace) -> None:
    archive.add(PlaceDraft("Шаңхай"))
    menu = QMenu()
    now, _restore = add_menu_actions(menu, workspace)
    assert [a.text() for a in menu.actions()] == ["Back Up Now", "Restore from Backup…"]
    now.trigger()
    qtbot.waitUntil(lambda: bool(workspace.extra["statuses"]), timeout=10_000)
    saved = list(archive.backups_dir.glob("*.sqlite"))
    assert len(saved) == 1 and str(saved[0]) in workspace.extra["statuses"][-1]


def test_restore_asks_first_and_keeps_the_replaced_archive(
        archive: Archive, workspace: Workspace, dialogs: ScriptedDialogs, clock: FixedClock) -> None:
    archive.add(PlaceDraft("Омбы"))
    saved = make_backup(archive)
    archive.add(PlaceDraft("Added later"))
    dialogs.files.append(str(saved))
    dialogs.confirm_answers.append(False)
    assert restore_from_backup(workspace) is False  # the person said no: nothing happens
    assert place_names(archive) == ["Омбы", "Added later"]

    clock.time = datetime(2026, 11, 21, 16, 0)
    dialogs.confirm_answers.append(True)
    assert restore_from_backup(workspace, saved) is True
    assert place_names(archive) == ["Омбы"]
    kind, _title, text = dialogs.shown[-1]
    assert kind == "info" and "archive-before-restore-20261121-160000.sqlite" in text
    assert "kept in" in dialogs.shown[-2][2]  # the question said where the current archive goes
    question = dialogs.shown[-2][2]  # and what each side holds, and what the archive would lose
    assert "The archive now: 2 places" in question and "The backup:      1 places" in question
    assert "Restoring takes out of the archive: 1 places." in question


def test_restore_refuses_a_file_that_is_not_an_archive_without_asking(
        archive: Archive, workspace: Workspace, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite"
    junk.write_text("my notes")
    assert restore_from_backup(workspace, junk) is False
    assert [k for k, _, _ in dialogs.shown] == ["error"]
    assert "not an Elshi archive" in dialogs.shown[0][2]


def test_a_damaged_archive_at_start_is_offered_its_newest_good_backup(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "post.sqlite"
    archive = open_archive(path, clock=clock)
    archive.add(PlaceDraft("Атырау"))
    make_backup(archive)
    archive.close()
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    damaged = path.read_bytes()
    dialogs = ScriptedDialogs()
    dialogs.confirm_answers.append(True)
    restored = recover_damaged(dialogs, path, "archive.damaged", clock=clock)  # type: ignore[arg-type]
    assert restored is not None
    try:
        assert place_names(restored) == ["Атырау"]
        assert audit.count(restored, audit.AuditFilter(op="restore_backup")) == 1
    finally:
        restored.close()
    assert [k for k, _, _ in dialogs.shown] == ["confirm", "info"]
    assert "is damaged" in dialogs.shown[0][2] and "nothing is deleted" in dialogs.shown[0][2]
    kept = next((tmp_path / "post-backups").glob("post-damaged-*.sqlite"))
    assert kept.read_bytes() == damaged


def test_with_no_backup_the_damaged_file_is_left_and_the_person_told(tmp_path: Path) -> None:
    path = tmp_path / "post.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    dialogs = ScriptedDialogs()
    assert recover_damaged(dialogs, path, "archive.damaged") is None  # type: ignore[arg-type]
    assert [k for k, _, _ in dialogs.shown] == ["error"] and "No good backup" in dialogs.shown[0][2]
    assert path.read_bytes() == b"SQLite format 3\x00" + b"\xff" * 8000
    assert recover_damaged(dialogs, path, "archive.foreign_database") is None  # type: ignore[arg-type]
    assert len(dialogs.shown) == 1  # the wrong file is not "recovered" over


def test_purge_asks_first_and_deletes_for_good(
    archive: Archive, workspace: Workspace, dialogs: ScriptedDialogs
) -> None:
    place = archive.add(PlaceDraft("Ақтөбе"))
    archive.delete("place", place.id)
    dialogs.confirm_answers.append(False)
    assert purge_with_confirmation(workspace, "place", place.id) is False
    assert len(archive.list("place", deleted=True)) == 1
    dialogs.confirm_answers.append(True)
    assert purge_with_confirmation(workspace, "place", place.id) is True
    assert archive.list("place", deleted=True) == []
    assert "Ақтөбе" in dialogs.shown[-1][2] and "for good" in workspace.extra["statuses"][-1]


def test_purge_of_a_person_still_in_a_delegation_says_where(
    archive: Archive, workspace: Workspace, dialogs: ScriptedDialogs
) -> None:
    person = archive.add(PersonDraft("Берік Уали"))
    archive.add(
        EventDraft("Ертіс форумы", delegations=(Delegation("Абай облысы", members=(Member(person.id),)),))
    )
    archive.delete("person", person.id)
    dialogs.confirm_answers.append(True)
    assert purge_with_confirmation(workspace, "person", person.id) is False
    kind, _title, text = dialogs.shown[-1]
    assert kind == "error" and "Event: Ертіс форумы" in text
    assert archive.get("person", person.id).deleted


def test_a_save_conflict_reads_as_advice_not_a_code() -> None:
    text = error_text(Conflict("place", 1, 1, 2))
    assert "another window" in text and "still in the form" in text
