"""When an archive cannot be opened: say why, and bring back the newest good backup.

The file that failed (truncated, overwritten with garbage, or written by a newer Elshi) is
never repaired in place or overwritten: it is renamed into the backups folder (with its -wal
and -shm) as ``NAME-damaged-...`` or ``NAME-newer-schema-...``, and the chosen backup is copied
to the archive's name. Someone who knows SQLite can still salvage the kept file by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from database.archive import Archive
from database.audit import ARCHIVE_OPS, record_archive_event
from database.backup import STAMP, Backup, move_aside, scan, verify
from database.clock import Clock, SystemClock
from database.copying import copy_verified
from database.errors import ArchiveError, BackupError
from database.integrity import quick_check
from database.opening import open_archive

# Codes for which putting the file aside and restoring a backup is the way out. Another
# program's database is not offered: it is not an archive that went wrong but the wrong file.
RECOVERABLE = ("archive.damaged", "archive.not_sqlite", "archive.newer_schema")


@dataclass(frozen=True)
class Recovery:
    restored_from: Path
    kept_aside: Path  # the file that could not be opened, unchanged


def open_checked(path: Path, *, clock: Clock | None = None) -> Archive:
    """Open the archive and run SQLite's ``quick_check`` on it: a file damaged in pages the
    opening did not read raises ``archive.damaged`` here rather than failing later, mid-work.
    The file is only read; on failure the archive is closed again."""
    archive = open_archive(path, clock=clock)
    try:
        with archive.engine.connect() as conn:
            problems = quick_check(conn)
    except DBAPIError as e:
        problems = [str(e.orig)]
    if problems:
        archive.close()
        raise ArchiveError("archive.damaged", f"{path}: {problems[0]}")
    return archive


def backups_folder(path: Path) -> Path:
    return path.with_name(path.stem + "-backups")  # as Archive.backups_dir


def diagnose(path: Path) -> tuple[str, str] | None:
    """Why the archive file at ``path`` cannot be used, as ``(code, detail)``; None if sound.

    Reads the file without writing to it (SQLite opened read-only)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None  # a new archive is created there
    return verify(path)


def good_backups(path: Path) -> list[Backup]:
    """Backups of this archive that are sound and this version can open, newest first."""
    return [b for b in scan(backups_folder(Path(path)), Path(path).stem)
            if b.kind not in ("damaged", "newer-schema") and verify(b.path) is None]


def newest_good_backup(path: Path) -> Backup | None:
    for b in scan(backups_folder(Path(path)), Path(path).stem):
        if b.kind not in ("damaged", "newer-schema") and verify(b.path) is None:
            return b
    return None


def recover(path: Path, backup: Path | None = None, *, clock: Clock | None = None) -> Recovery:
    """Put the unusable file at ``path`` aside and copy ``backup`` (default: the newest good
    one) in its place. Raises :class:`BackupError` (``recovery.no_backup`` when there is none);
    on any failure the file at ``path`` is still there or already safely aside."""
    path = Path(path)
    if backup is None:
        found = newest_good_backup(path)
        if found is None:
            raise BackupError("recovery.no_backup", str(backups_folder(path)))
        backup = found.path
    else:
        problem = verify(Path(backup))
        if problem:
            raise BackupError(*problem)
    stamp = (clock or SystemClock()).now().strftime(STAMP)
    problem = diagnose(path)
    label = "newer-schema" if problem and problem[0] == "archive.newer_schema" else "damaged"
    kept = move_aside(path, backups_folder(path), label, stamp) if path.exists() else path
    copy_verified(Path(backup), path, manifest=False)
    return Recovery(Path(backup), kept)


def recover_and_open(
    path: Path, backup: Path | None = None, *, clock: Clock | None = None
) -> tuple[Archive, Recovery]:
    """:func:`recover`, then open the restored archive and note the recovery in its audit trail."""
    result = recover(path, backup, clock=clock)
    archive = open_archive(path, clock=clock)
    record_archive_event(
        archive,
        ARCHIVE_OPS[0],
        {
            "from": str(result.restored_from),
            "replaced_archive_kept_at": str(result.kept_aside),
            "reason": "the archive could not be opened",
        },
    )
    return archive, result


__all__ = [
    "RECOVERABLE",
    "BackupError",
    "Recovery",
    "diagnose",
    "good_backups",
    "newest_good_backup",
    "open_checked",
    "recover",
    "recover_and_open",
]
