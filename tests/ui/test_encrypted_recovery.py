"""A damaged encrypted archive at start: its backups are encrypted too, so the window asks the
passphrase, proves it on a backup and restores the newest good one, still encrypted; a wrong
passphrase is said plainly and asked again, and cancelling moves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from database import audit
from database.backup import backup_now
from database.clock import FixedClock
from database.encryption import needs_passphrase
from database.errors import ArchiveError
from database.opening import open_archive
from database.records import Entity, PlaceDraft
from desktop_app.app import App
from tests.conftest import TEST_KEY, TEST_PASSPHRASE
from tests.ui.conftest import ScriptedDialogs
from ui.backup_actions import recover_damaged
from ui.main_window import MainWindow

pytestmark = pytest.mark.ui


def damaged_encrypted_archive(tmp_path: Path, clock: FixedClock) -> Path:
    """An encrypted archive with one place in its (encrypted) backup and one added after, then
    cut short as a failing disk leaves it."""
    path = tmp_path / "post.sqlite"
    archive = open_archive(path, clock=clock, key=TEST_KEY)
    archive.add(PlaceDraft("Түркістан"))
    saved = backup_now(archive)
    archive.add(PlaceDraft("Added after the backup"))
    archive.close()
    assert needs_passphrase(saved)
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size * 6 // 10)
    return path


def test_the_right_passphrase_restores_the_newest_backup_still_encrypted(
        qtbot: QtBot, tmp_path: Path, clock: FixedClock) -> None:
    path = damaged_encrypted_archive(tmp_path, clock)
    damaged = path.read_bytes()
    dialogs = ScriptedDialogs()
    dialogs.passphrases = ["Caps Lock was on", TEST_PASSPHRASE]
    dialogs.confirm_answers.append(True)
    restored = recover_damaged(dialogs, path, "archive.damaged", clock=clock)  # type: ignore[arg-type]
    assert restored is not None
    try:
        assert [r.data.name for r in restored.list(Entity.PLACE)] == ["Түркістан"]
        assert audit.count(restored, audit.AuditFilter(op="restore_backup")) == 1
    finally:
        restored.close()
    assert [k for k, _, _ in dialogs.shown] == ["passphrase", "passphrase", "confirm", "info"]
    assert "opens none of the backups" in dialogs.shown[1][2]  # the mistyped one is said plainly
    question = dialogs.shown[2][2]
    assert "is damaged" in question and "nothing is deleted" in question
    assert "1 places" in question  # what the backup holds, read with the key
    kept = next((tmp_path / "post-backups").glob("post-damaged-*.sqlite"))
    assert kept.read_bytes() == damaged
    assert needs_passphrase(path)  # restored encrypted: no plain records on the disk
    with pytest.raises(ArchiveError) as e:
        open_archive(path, clock=clock)
    assert e.value.code == "archive.encrypted"
    open_archive(path, clock=clock, key=TEST_KEY).close()


def test_a_wrong_passphrase_then_cancel_leaves_the_file_untouched(
        qtbot: QtBot, tmp_path: Path, clock: FixedClock) -> None:
    path = damaged_encrypted_archive(tmp_path, clock)
    damaged = path.read_bytes()
    backups = sorted(p.name for p in (tmp_path / "post-backups").iterdir())
    dialogs = ScriptedDialogs()
    dialogs.passphrases = ["not the passphrase", None]
    assert recover_damaged(dialogs, path, "archive.damaged", clock=clock) is None  # type: ignore[arg-type]
    assert [k for k, _, _ in dialogs.shown] == ["passphrase", "passphrase"]
    assert "opens none of the backups" in dialogs.shown[1][2]
    assert "damaged" not in dialogs.shown[1][2]
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in (tmp_path / "post-backups").iterdir()) == backups


def test_at_start_the_window_opens_on_the_restored_encrypted_archive(
        qtbot: QtBot, tmp_path: Path, clock: FixedClock) -> None:
    path = damaged_encrypted_archive(tmp_path, clock)
    dialogs = ScriptedDialogs()
    dialogs.passphrases = [TEST_PASSPHRASE]
    dialogs.confirm_answers.append(True)
    app = App(dialogs=dialogs, clock=clock)  # type: ignore[arg-type]
    try:
        window = app.open(path)
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        assert [r.data.name for r in window.archive.list(Entity.PLACE)] == ["Түркістан"]
        assert window.archive.key == TEST_KEY
        assert [k for k, _, _ in dialogs.shown] == ["passphrase", "confirm", "info"]
    finally:
        for opened in app.windows:
            opened.close()
        app.close()
    assert needs_passphrase(path)
