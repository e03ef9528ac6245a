"""Verified backups: make one now, list them, restore one (also over an archive that will not open)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from catalogue import t
from database import backup
from database.archive import Archive
from database.backup import Backup
from database.contents import Contents, contents, lost_by_replacing
from database.encryption import Key
from database.errors import ArchiveError, BackupError
from database.exchange import SECTIONS
from database.recovery import recover_and_open


def a_file(archive: Archive) -> None:
    """Backups and restores are of archive files: a server's are its administrator's (pg_dump)."""
    if archive.url is not None:
        raise ArchiveError("server.backups", archive.shown)


def backup_now(archive: Archive, *, to: Path | None = None) -> Path:
    """A checked copy: to ``to`` (never overwritten) or into the backups folder, thinning older
    automatic ones. BackupError says why not."""
    a_file(archive)
    return backup.backup_now(archive, to=to)


def list_backups(archive: Archive) -> list[Backup]:
    """The archive's backups, newest first."""
    a_file(archive)
    return backup.list_backups(archive)


def problem_with(source: Path, key: Key | None = None) -> BackupError | None:
    """Why ``source`` cannot be restored from, or None when it is a sound Elshi archive (an
    encrypted one checked with the archive's ``key``)."""
    problem = backup.verify(source, key=key)
    return BackupError(*problem) if problem else None


def restore(archive: Archive, source: Path) -> Path:
    """Replace the archive's records with the backup's; the path where the archive as it was
    is kept. BackupError (nothing changed) when ``source`` is not sound."""
    a_file(archive)
    return backup.restore(archive, source)


def restore_unopened(path: Path, source: Path, key: Key | None = None) -> Path:
    """Restore ``source`` over an archive that cannot be opened: the failed file is put aside,
    never overwritten; returns where it was put. An encrypted archive's backup is checked and
    copied with its ``key``."""
    archive, result = recover_and_open(path, source, key=key)
    archive.close()
    return result.kept_aside


def what_is_replaced(archive_path: Path, source: Path, key: Key | None = None) -> tuple[Contents, Contents]:
    """What the archive holds now and what the backup ``source`` holds (both encrypted with
    ``key`` when the archive is), to be shown before a restore replaces the one with the other."""
    return contents(archive_path, key=key), contents(source, key=key)


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else t("none")


def describe_contents(found: Contents) -> str:
    """One line: the records of each type and the newest change, in the interface language."""
    if not found.readable and not found.counts:
        return t("cannot be read (damaged): what it held cannot be counted")
    listed = ", ".join(t("{count} {section}", count=n, section=t(SECTIONS[e])) for e, n in found.counts.items())
    line = t("{counts}; newest change {when}", counts=listed, when=_when(found.newest))
    return line if found.readable else line + " " + t("(partly unreadable)")


def describe_replacement(now: Contents, then: Contents) -> list[str]:
    """The lines shown before a restore: both sides, then what the archive would lose."""
    lines = [t("The archive now: {contents}", contents=describe_contents(now)),
             t("The backup:      {contents}", contents=describe_contents(then))]
    lost = lost_by_replacing(now, then)
    if lost:
        listed = ", ".join(t("{count} {section}", count=n, section=t(SECTIONS[e])) for e, n in lost.items())
        lines.append(t("Restoring takes out of the archive: {counts}.", counts=listed))
    if now.newest and (then.newest is None or now.newest > then.newest):
        lines.append(t("Every change made after {when} is taken out of the archive.", when=_when(then.newest)))
    return lines
