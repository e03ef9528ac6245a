"""When an archive cannot be opened: say why, and bring back the newest good backup.

Only a file SQLite itself finds damaged (truncated, overwritten with garbage) is replaced; a
file held locked by another program, in a read-only place, not ours to open or saved by a newer
Elshi is sound and keeps its records: each gets its own message (:mod:`database.access`). The
damaged file is never repaired in place or overwritten: it is renamed into the backups folder
(with its -wal and -shm) as ``NAME-damaged-...``, and the chosen backup is copied to the
archive's name. Someone who knows SQLite can still salvage the kept file by hand.

An encrypted archive's backups are encrypted with its key: every function here takes that
``key`` (:func:`backup_key` makes it from the passphrase and a backup's salt, since the damaged
file's own first page may be what is lost), checks the archive and its backups with it and
writes the restored file encrypted. Without it an encrypted backup is no good backup
(``archive.encrypted``); with a wrong one, ``encryption.wrong_passphrase``, and nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from database import backup_files
from database.access import classify
from database.archive import Archive
from database.backup import STAMP, Backup, aside_name, move_aside, scan, staged, verify
from database.clock import Clock, SystemClock
from database.copying import copy_verified
from database.encryption import Key, derive, looks_encrypted, needs_passphrase, opens_with, salt_of
from database.errors import ArchiveError, BackupError
from database.integrity import quick_check
from database.opening import open_archive

# The codes for which putting the file aside and restoring a backup is the way out: SQLite finds
# the file damaged, or it is not a database at all any more. A lock, a read-only place, a missing
# permission, another program's database or a newer Elshi's archive are not: the file is sound,
# and replacing it would throw away its records; each has its own message saying what to do.
RECOVERABLE = ("archive.damaged", "archive.not_sqlite")


@dataclass(frozen=True)
class Recovery:
    restored_from: Path
    kept_aside: Path  # the file that could not be opened, unchanged


def open_checked(path: Path, *, clock: Clock | None = None, key: Key | None = None) -> Archive:
    """Open the archive and run SQLite's ``quick_check`` on it: a file damaged in pages the
    opening did not read raises ``archive.damaged`` here rather than failing later, mid-work.
    The file is only read; on failure the archive is closed again."""
    archive = open_archive(path, clock=clock, key=key)
    try:
        with archive.engine.connect() as conn:
            problems = quick_check(conn)
    except DBAPIError as e:
        archive.close()
        raise classify(path, e) from e
    if problems:
        archive.close()
        raise ArchiveError("archive.damaged", f"{path}: {problems[0]}")
    return archive


def backups_folder(path: Path) -> Path:
    return path.with_name(path.stem + "-backups")  # as Archive.backups_dir


def diagnose(path: Path, key: Key | None = None) -> tuple[str, str] | None:
    """Why the archive file at ``path`` cannot be used, as ``(code, detail)``; None if sound.
    An encrypted file is checked with ``key`` (without one it is ``archive.encrypted``).

    Reads the file without writing to it (SQLite opened read-only)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None  # a new archive is created there
    return verify(path, key=key)


def good_backups(path: Path, key: Key | None = None) -> list[Backup]:
    """Backups of this archive that are sound and this version can open (an encrypted one
    with ``key``), newest first."""
    return [b for b in scan(backups_folder(Path(path)), Path(path).stem)
            if b.kind not in ("damaged", "newer-schema") and verify(b.path, key=key) is None]


def newest_good_backup(path: Path, key: Key | None = None) -> Backup | None:
    for b in scan(backups_folder(Path(path)), Path(path).stem):
        if b.kind not in ("damaged", "newer-schema") and verify(b.path, key=key) is None:
            return b
    return None


def backup_key(path: Path, passphrase: str, backup: Path | None = None) -> Key:
    """The key of the encrypted archive at ``path`` that ``passphrase`` makes, proved on a
    backup (``backup``, else any encrypted one in its backups folder): a damaged archive may
    have lost the first page that would prove it. ``encryption.wrong_passphrase`` when it
    opens none; ``recovery.no_backup`` when there is no encrypted backup to try it on."""
    candidates = [Path(backup)] if backup is not None else [
        b.path for b in scan(backups_folder(Path(path)), Path(path).stem) if b.kind != "damaged"]
    tried: dict[bytes, Key] = {}
    for candidate in candidates:
        if not needs_passphrase(candidate):
            continue
        salt = salt_of(candidate)
        key = tried.get(salt) or derive(passphrase, salt)
        tried[salt] = key
        if opens_with(candidate, key):
            return key
    if not tried:
        raise BackupError("recovery.no_backup", str(backup or backups_folder(Path(path))))
    raise BackupError("encryption.wrong_passphrase", str(backup or backups_folder(Path(path))))


def recover(path: Path, backup: Path | None = None, *, clock: Clock | None = None,
            reason: str = "the archive could not be opened", key: Key | None = None) -> Recovery:
    """Put the damaged file at ``path`` aside and copy ``backup`` (default: the newest good
    one) in its place, the recovery's audit note already in it (:func:`database.backup.staged`).

    Only a file SQLite's ``integrity_check`` finds damaged (or that is no database at all) is
    replaced; anything else raises :class:`BackupError` with the file's own problem
    (``archive.locked``, ``archive.newer_schema``, ...) or ``recovery.not_damaged``, and the file
    is untouched. ``recovery.no_backup`` when there is no good backup; on any failure the file
    at ``path`` is still there or already safely aside. An encrypted archive and its backups
    are checked with ``key`` and the restored file is encrypted with it."""
    path = Path(path)
    problem = diagnose(path, key)
    if problem is None:
        raise BackupError("recovery.not_damaged", str(path))
    if problem[0] not in RECOVERABLE:
        raise BackupError(*problem)
    if backup is None:
        found = newest_good_backup(path, key)
        if found is None:
            if key is None and any(looks_encrypted(b.path) for b in scan(backups_folder(path), path.stem)):
                raise BackupError("archive.encrypted", str(backups_folder(path)))  # a passphrase is needed
            raise BackupError("recovery.no_backup", str(backups_folder(path)))
        backup = found.path
    else:
        bad = verify(Path(backup), key=key)
        if bad:
            raise BackupError(*bad)
    clock = clock or SystemClock()
    stamp = clock.now().strftime(STAMP)
    folder = backups_folder(path)
    kept = aside_name(folder, path.stem, "damaged", stamp)
    note: dict[str, Any] = {"from": str(backup), "replaced_archive_kept_at": str(kept), "reason": reason}
    # The backup's attached files come back too (only added; a changed one is kept aside).
    missing = backup_files.restore(Path(backup), Path(backup), path.with_name(path.stem + "-files"), folder, key)
    if missing:
        note["files_not_in_backup"] = missing
    with staged(Path(backup), folder, path.stem, stamp, clock, note, key) as ready:
        move_aside(path, folder, "damaged", stamp, target=kept)
        copy_verified(ready, path, manifest=False, key=key)
    return Recovery(Path(backup), kept)


def recover_and_open(
    path: Path, backup: Path | None = None, *, clock: Clock | None = None, key: Key | None = None
) -> tuple[Archive, Recovery]:
    """:func:`recover`, then open the restored archive (its audit trail already notes it)."""
    result = recover(path, backup, clock=clock, key=key)
    return open_archive(path, clock=clock, key=key), result


__all__ = [
    "RECOVERABLE",
    "BackupError",
    "Recovery",
    "backup_key",
    "diagnose",
    "good_backups",
    "newest_good_backup",
    "open_checked",
    "recover",
    "recover_and_open",
]
