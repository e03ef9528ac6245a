"""Backups: when to copy a live archive, what to name the copy, which copies to keep, and
restoring one. Each copy is made and verified by :mod:`database.copying` (the SQLite backup API,
then ``integrity_check``) before an older one is dropped. Automatic backups live in the
archive's ``NAME-backups/`` folder as ``NAME-YYYYmmdd-HHMMSS.sqlite`` (UTC) and are thinned
like Anki's:

- the 10 most recent are kept;
- of older ones, the newest of each of the 7 days before those,
- then the newest of each of the 4 weeks before those,
- then the newest of each of the 12 months before those.

Copies made before a migration, the archive replaced by a restore and damaged files put aside
carry other names and are never removed. A restore copies the chosen backup *into* the live
file (again with the backup API), so a second window or process on the same archive sees the
restored records rather than writing on into a file that was moved away.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from database import audit, backup_files, opening
from database.archive import Archive
from database.atomic import claimed_name, sync_folder
from database.copying import copy_verified, examine, read_only
from database.engine import BUSY_TIMEOUT_MS
from database.errors import BackupError
from database.migrate import HEAD, current_revision, known_revisions, migrate
from database.records import Changes

KEEP_RECENT = 10
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
DUE_AFTER = timedelta(days=1)
STAMP = "%Y%m%d-%H%M%S"
SUFFIX = ".sqlite"
# Sidecar files SQLite may keep beside a database; they move with it when it is put aside.
SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str  # "auto", "before-migration", "before-restore", "damaged", "newer-schema" or "other"
    taken_at: datetime | None  # UTC, from the name
    size: int


# --- checking a file --------------------------------------------------------------------------


def verify(path: Path, *, known: bool = True) -> tuple[str, str] | None:
    """Why ``path`` is not a sound Elshi archive, as ``(code, detail)``; None when it is.

    With ``known`` the schema must also be one this version can open (not a newer Elshi's)."""
    problem, revision = examine(path)
    if problem:
        return problem
    if known and not (revision == HEAD or (revision is not None and revision in known_revisions())):
        return "archive.newer_schema", str(revision)
    return None


def _unique(folder: Path, stem: str) -> Path:
    target = folder / f"{stem}{SUFFIX}"
    n = 2
    while target.exists() or claimed_name(target).exists():  # taken, or being made
        target = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return target


def backup_now(archive: Archive, *, to: Path | None = None) -> Path:
    """A verified copy of the archive: to ``to`` if given, else into its backups folder,
    after which older automatic backups are thinned out. Returns the copy's path."""
    if to is not None:
        copy_verified(archive.path, to)
        _keep_files(archive, to)
        return to
    stamp = archive.clock.now().strftime(STAMP)
    for attempt in range(10):
        target = _unique(archive.backups_dir, f"{archive.path.stem}-{stamp}")
        try:
            copy_verified(archive.path, target)
        except BackupError as e:
            if e.code == "backup.target_exists" and attempt < 9:
                continue  # another process took this name a moment ago: the next one
            raise
        break
    _keep_files(archive, target)
    rotate(archive)
    return target


def _keep_files(archive: Archive, target: Path) -> None:
    """The backup's attached files beside it, each checked by its hash; a backup whose files
    do not verify is not kept."""
    try:
        backup_files.save(target, archive.attachments_dir, archive.backups_dir)
    except (BackupError, OSError) as e:
        target.unlink(missing_ok=True)
        if isinstance(e, BackupError):
            raise
        raise BackupError("backup.failed", f"{target}: {e.strerror}") from e


def backup_if_due(archive: Archive) -> Path | None:
    """At start: a backup when the newest automatic one is a day old or more (or none exists)."""
    autos = [b for b in list_backups(archive) if b.kind == "auto" and b.taken_at is not None]
    if autos and archive.clock.now() - max(b.taken_at for b in autos if b.taken_at) < DUE_AFTER:
        return None
    return backup_now(archive)


# --- the backups folder -----------------------------------------------------------------------

_TIME = re.compile(r"(\d{8}-\d{6})")


def _kind(stem: str, name: str) -> str:
    if not name.startswith(stem + "-") or not name.endswith(SUFFIX):
        return "other"
    rest = name[len(stem) + 1:-len(SUFFIX)]
    if re.fullmatch(r"\d{8}-\d{6}(-\d+)?", rest):
        return "auto"
    for kind in ("before-migration", "before-restore", "damaged", "newer-schema"):
        if rest.startswith(kind + "-"):
            return kind
    return "other"


def list_backups(archive: Archive) -> list[Backup]:
    """Every archive copy in the backups folder, newest first."""
    return scan(archive.backups_dir, archive.path.stem)


def scan(folder: Path, stem: str) -> list[Backup]:
    found: list[Backup] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        if not path.name.endswith(SUFFIX) or not path.is_file():
            continue
        match = _TIME.search(path.name)
        taken = None
        if match:
            try:
                taken = datetime.strptime(match.group(1), STAMP)
            except ValueError:
                taken = None
        found.append(Backup(path, _kind(stem, path.name), taken, path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at or datetime.min, b.path.name), reverse=True)


def kept(stamps: list[datetime]) -> set[datetime]:
    """Which automatic backups the rotation keeps (see the module's docstring)."""
    keep: set[datetime] = set()
    last_day = last_week = last_month = None
    left = {"recent": KEEP_RECENT, "daily": KEEP_DAILY, "weekly": KEEP_WEEKLY, "monthly": KEEP_MONTHLY}
    for t in sorted(stamps, reverse=True):
        day, week, month = t.date(), t.isocalendar()[:2], (t.year, t.month)
        if left["recent"]:
            stage = "recent"
        elif left["daily"] and last_day is not None and day < last_day:
            stage = "daily"
        elif left["weekly"] and last_week is not None and week < last_week:
            stage = "weekly"
        elif left["monthly"] and last_month is not None and month < last_month:
            stage = "monthly"
        else:
            continue
        left[stage] -= 1
        keep.add(t)
        last_day, last_week, last_month = day, week, month
    return keep


def rotate(archive: Archive) -> list[Path]:
    """Remove the automatic backups the rotation no longer keeps; returns what was removed."""
    autos = [b for b in list_backups(archive) if b.kind == "auto" and b.taken_at is not None]
    keep = kept([b.taken_at for b in autos if b.taken_at is not None])
    removed: list[Path] = []
    seen: set[datetime] = set()
    for b in autos:  # newest first; of two taken in the same second, the newer name stays
        assert b.taken_at is not None
        if b.taken_at in keep and b.taken_at not in seen:
            seen.add(b.taken_at)
            continue
        b.path.unlink(missing_ok=True)
        removed.append(b.path)
    return removed


# --- putting a file aside and restoring -------------------------------------------------------


def move_aside(path: Path, folder: Path, label: str, stamp: str) -> Path:
    """Rename ``path`` (with its -wal/-shm) into ``folder`` under a new name; never overwrites."""
    folder.mkdir(parents=True, exist_ok=True)
    target = _unique(folder, f"{path.stem}-{label}-{stamp}")
    for sidecar in SIDECARS:
        if Path(str(target) + sidecar).exists():
            raise BackupError("backup.target_exists", str(target) + sidecar)
    try:
        os.rename(path, target)
        for sidecar in SIDECARS:
            extra = Path(str(path) + sidecar)
            if extra.exists():
                os.rename(extra, Path(str(target) + sidecar))
        sync_folder(folder)
    except OSError as e:
        raise BackupError("backup.failed", f"{path}: {e.strerror}") from e
    return target


def copy_into(source: Path, target: Path) -> None:
    """Replace the contents of database ``target`` with those of ``source`` (backup API)."""
    try:
        src = read_only(source)
        try:
            dst = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as e:
        code = "archive.busy" if "locked" in str(e) or "busy" in str(e) else "backup.failed"
        raise BackupError(code, str(e)) from e


def restore(archive: Archive, source: Path) -> Path:
    """Replace the archive's records with those of the backup ``source``.

    ``source`` is checked first (a sound Elshi archive this version can open); the archive as
    it was is kept in the backups folder as ``NAME-before-restore-...``; returns that path."""
    source = Path(source)
    problem = verify(source)
    if problem:
        raise BackupError(*problem)
    if source.resolve() == archive.path.resolve():
        raise BackupError("backup.same_file", str(source))
    stamp = archive.clock.now().strftime(STAMP)
    aside = _unique(archive.backups_dir, f"{archive.path.stem}-before-restore-{stamp}")
    damaged = False
    try:
        copy_verified(archive.path, aside)
    except BackupError as e:
        if e.code != "backup.unsound":
            raise
        damaged = True  # the archive is damaged: it is moved aside whole instead of copied
    archive.engine.dispose()  # no pooled connection keeps pages of the replaced file
    if damaged:
        aside = move_aside(archive.path, archive.backups_dir, "damaged", stamp)
        copy_verified(source, archive.path)
    else:
        copy_into(source, archive.path)
    with archive.engine.connect() as conn:
        revision = current_revision(conn)
    if revision != HEAD:  # a backup taken before an upgrade
        migrate(archive.engine, archive.path, archive.backups_dir, stamp)
    opening.wire(archive)  # derived tables an older copy may lack; hooks already in stay as they are
    missing = backup_files.restore(source, archive.path, archive.attachments_dir, archive.backups_dir)
    details: dict[str, object] = {"from": str(source), "replaced_archive_kept_at": str(aside)}
    if missing:
        details["files_not_in_backup"] = missing
    audit.record_archive_event(archive, audit.ARCHIVE_OPS[0], details)
    archive.notify(Changes("*", "restore"))
    return aside
