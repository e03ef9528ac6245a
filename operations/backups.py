"""Verified backups: make one now, list them, restore one (also over an archive that will not open)."""

from __future__ import annotations

from pathlib import Path

from database import backup
from database.archive import Archive
from database.backup import Backup
from database.encryption import Key
from database.errors import BackupError
from database.recovery import recover_and_open


def backup_now(archive: Archive, *, to: Path | None = None) -> Path:
    """A checked copy: to ``to`` (never overwritten) or into the backups folder, thinning older
    automatic ones. BackupError says why not."""
    return backup.backup_now(archive, to=to)


def list_backups(archive: Archive) -> list[Backup]:
    """The archive's backups, newest first."""
    return backup.list_backups(archive)


def problem_with(source: Path, key: Key | None = None) -> BackupError | None:
    """Why ``source`` cannot be restored from, or None when it is a sound Elshi archive (an
    encrypted one checked with the archive's ``key``)."""
    problem = backup.verify(source, key=key)
    return BackupError(*problem) if problem else None


def restore(archive: Archive, source: Path) -> Path:
    """Replace the archive's records with the backup's; the path where the archive as it was
    is kept. BackupError (nothing changed) when ``source`` is not sound."""
    return backup.restore(archive, source)


def restore_unopened(path: Path, source: Path) -> Path:
    """Restore ``source`` over an archive that cannot be opened: the failed file is put aside,
    never overwritten; returns where it was put."""
    archive, result = recover_and_open(path, source)
    archive.close()
    return result.kept_aside
