import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from database import audit, encryption
from database.backup import backup_now
from database.clock import FixedClock
from database.encryption import needs_passphrase
from database.errors import ArchiveError, BackupError
from database.exchange import import_archive
from database.opening import open_archive
from database.records import PlaceDraft
from database.recovery import (
    RECOVERABLE,
    backup_key,
    diagnose,
    newest_good_backup,
    open_checked,
    recover,
    recover_and_open,
)
from desktop_app.cli import main
from tests.conftest import SAMPLE, TEST_KEY, TEST_PASSPHRASE

PAGE = 4096


def truncate(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size * 6 // 10)


def scribble(path: Path) -> None:
    """Garbage over pages in the middle of the file, as a failing disk or a stray write leaves."""
    with path.open("r+b") as f:
        f.seek(PAGE * 12)
        f.write(bytes(range(256)) * (PAGE * 4 // 256))


def archive_with_backup(tmp_path: Path, clock: FixedClock) -> tuple[Path, Path]:
    """An archive holding the sample and one more place, and a backup of it without that place."""
    path = tmp_path / "post.sqlite"
    archive = open_archive(path, clock=clock)
    with SAMPLE.open("rb") as f:
        import_archive(archive, f)
    saved = backup_now(archive)
    archive.add(PlaceDraft("Added after the backup"))
    archive.close()
    return path, saved


@pytest.mark.parametrize("damage", [truncate, scribble], ids=["truncated", "garbage"])
def test_a_damaged_archive_is_refused_at_open_and_the_newest_good_backup_restored(
        tmp_path: Path, clock: FixedClock, damage: Callable[[Path], None]) -> None:
    path, saved = archive_with_backup(tmp_path, clock)
    damage(path)
    damaged = path.read_bytes()

    with pytest.raises(ArchiveError) as e:
        open_checked(path, clock=clock).close()
    assert e.value.code == "archive.damaged"
    assert diagnose(path) is not None and diagnose(path)[0] == "archive.damaged"  # type: ignore[index]
    good = newest_good_backup(path)
    assert good is not None and good.path == saved

    clock.time = datetime(2026, 11, 21, 16, 0)
    archive, result = recover_and_open(path, clock=clock)
    try:
        assert result.restored_from == saved
        assert result.kept_aside.name == "post-damaged-20261121-160000.sqlite"
        assert result.kept_aside.read_bytes() == damaged  # never overwritten, never repaired
        assert archive.count("event") == 8
        assert "Added after the backup" not in [r.data.name for r in archive.list("place")]
        entry = audit.entries(archive, audit.AuditFilter(op="restore_backup"))[0]
        assert entry.after is not None and entry.after["replaced_archive_kept_at"] == str(result.kept_aside)
    finally:
        archive.close()
    open_checked(path, clock=clock).close()


def test_a_file_that_is_not_a_database_is_put_aside_too(tmp_path: Path, clock: FixedClock) -> None:
    path, _ = archive_with_backup(tmp_path, clock)
    path.write_bytes(b"\x00" * 5000)
    assert diagnose(path) == ("archive.not_sqlite", str(path))
    result = recover(path, clock=clock)
    assert result.kept_aside.read_bytes() == b"\x00" * 5000
    assert open_checked(path, clock=clock).count("event") == 8


def test_an_archive_from_a_newer_elshi_is_sound_and_never_replaced(
    tmp_path: Path, clock: FixedClock
) -> None:
    path, _ = archive_with_backup(tmp_path, clock)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff'")
    before = path.read_bytes()
    assert diagnose(path) == ("archive.newer_schema", "ffff")
    with pytest.raises(BackupError) as e:
        recover(path, clock=clock)
    assert e.value.code == "archive.newer_schema"  # update Elshi; its records stay where they are
    assert path.read_bytes() == before
    assert not list((tmp_path / "post-backups").glob("post-damaged-*"))


def test_a_damaged_backup_is_passed_over_for_an_older_good_one(tmp_path: Path, clock: FixedClock) -> None:
    path, older = archive_with_backup(tmp_path, clock)
    archive = open_archive(path, clock=clock)
    clock.time = datetime(2026, 11, 21, 18, 0)
    newer = backup_now(archive)
    archive.close()
    truncate(newer)
    truncate(path)
    found = newest_good_backup(path)
    assert found is not None and found.path == older
    assert recover(path, clock=clock).restored_from == older


def test_with_no_good_backup_nothing_is_moved(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "lonely.sqlite"
    open_archive(path, clock=clock).close()
    truncate(path)
    before = path.read_bytes()
    with pytest.raises(BackupError) as e:
        recover(path, clock=clock)
    assert e.value.code == "recovery.no_backup"
    assert path.read_bytes() == before


def test_a_sound_archive_is_diagnosed_as_sound(tmp_path: Path, clock: FixedClock) -> None:
    path, _ = archive_with_backup(tmp_path, clock)
    assert diagnose(path) is None
    assert diagnose(tmp_path / "not-yet-created.sqlite") is None


@pytest.mark.parametrize("damage", [truncate, scribble], ids=["truncated", "garbage"])
def test_a_damaged_encrypted_archive_is_recovered_with_its_passphrase_and_refused_with_another(
        tmp_path: Path, clock: FixedClock, damage: Callable[[Path], None],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "post.sqlite"
    archive = open_archive(path, clock=clock, key=TEST_KEY)
    with SAMPLE.open("rb") as f:
        import_archive(archive, f)
    saved = backup_now(archive)  # encrypted with the archive's key
    archive.add(PlaceDraft("Added after the backup"))
    archive.close()
    assert needs_passphrase(saved)
    damage(path)
    damaged = path.read_bytes()

    # Without the key the encrypted backup cannot be checked: nothing is moved.
    with pytest.raises(BackupError) as e:
        recover(path, clock=clock)
    assert e.value.code == "archive.encrypted"
    # A wrong passphrase opens no backup: refused, the file untouched.
    with pytest.raises(BackupError) as e:
        backup_key(path, "not the passphrase")
    assert e.value.code == "encryption.wrong_passphrase"
    wrong = encryption.derive("not the passphrase", encryption.salt_of(saved))
    with pytest.raises(BackupError) as e:
        recover(path, saved, clock=clock, key=wrong)
    assert e.value.code in ("encryption.wrong_passphrase", "archive.encrypted")
    assert path.read_bytes() == damaged and not list((tmp_path / "post-backups").glob("post-damaged-*"))

    key = backup_key(path, TEST_PASSPHRASE)
    assert key == TEST_KEY
    assert diagnose(path, key) is not None and diagnose(path, key)[0] in RECOVERABLE  # type: ignore[index]
    assert newest_good_backup(path, key) is not None and newest_good_backup(path) is None
    restored, result = recover_and_open(path, clock=clock, key=key)
    try:
        assert result.restored_from == saved and result.kept_aside.read_bytes() == damaged
        assert restored.count("event") == 8
        assert "Added after the backup" not in [r.data.name for r in restored.list("place")]
        assert audit.entries(restored, audit.AuditFilter(op="restore_backup"))
    finally:
        restored.close()
    assert needs_passphrase(path)  # still encrypted: the plain records never touch the disk
    with pytest.raises(ArchiveError) as opened:
        open_archive(path, clock=clock)
    assert opened.value.code == "archive.encrypted"
    open_checked(path, clock=clock, key=TEST_KEY).close()


def test_restore_at_the_command_line_over_a_damaged_encrypted_archive_asks_its_passphrase(
        tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "post.sqlite"
    archive = open_archive(path, clock=clock, key=TEST_KEY)
    with SAMPLE.open("rb") as f:
        import_archive(archive, f)
    saved = backup_now(archive)
    archive.close()
    scribble(path)
    damaged = path.read_bytes()
    monkeypatch.setenv("ELSHI_PASSPHRASE", "not the passphrase")
    assert main(["--archive", str(path), "restore", str(saved), "--yes"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "passphrase" in err and "Traceback" not in err
    assert path.read_bytes() == damaged
    monkeypatch.setenv("ELSHI_PASSPHRASE", TEST_PASSPHRASE)
    assert main(["--archive", str(path), "restore", str(saved), "--yes"]) == 0
    assert "Restored" in capsys.readouterr().out
    restored = open_checked(path, clock=clock, key=TEST_KEY)
    try:
        assert restored.count("event") == 8
    finally:
        restored.close()
