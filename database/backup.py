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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from database import audit, backup_files, encryption, opening
from database.access import integrity_problem
from database.archive import Archive
from database.atomic import claimed_name, sync_folder
from database.clock import Clock
from database.copying import backup_database, busy_timeout_s, copy_error, copy_verified, examine, read_only
from database.encryption import DB_ERRORS, Key
from database.engine import looks_like_sqlite, make_engine
from database.errors import BackupError
from database.leftovers import hold
from database.manifest import manifest_path
from database.migrate import HEAD, known_revisions, migrate
from database.private import make_folders
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


def verify(path: Path, *, known: bool = True, key: Key | None = None) -> tuple[str, str] | None:
    """Why ``path`` is not a sound Elshi archive, as ``(code, detail)``; None when it is.

    With ``known`` the schema must also be one this version can open (not a newer Elshi's);
    an encrypted file is checked with ``key``."""
    problem, revision = examine(path, key)
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


def backup_now(archive: Archive, *, to: Path | None = None, thin: bool = True) -> Path:
    """A verified copy of the archive: to ``to`` if given, else into its backups folder,
    after which older automatic backups are thinned out (unless ``thin`` is False: the caller
    rotates once it knows the copy is to stay). Returns the copy's path."""
    if to is not None:
        copy_verified(archive.path, to, key=archive.key)
        _keep_files(archive, to)
        return to
    stamp = archive.clock.now().strftime(STAMP)
    for attempt in range(10):
        target = _unique(archive.backups_dir, f"{archive.path.stem}-{stamp}")
        try:
            copy_verified(archive.path, target, key=archive.key)
        except BackupError as e:
            if e.code == "backup.target_exists" and attempt < 9:
                continue  # another process took this name a moment ago: the next one
            raise
        break
    _keep_files(archive, target)
    if thin:
        rotate(archive)
    return target


def _keep_files(archive: Archive, target: Path) -> None:
    """The backup's attached files beside it, each checked by its hash; a backup whose files
    do not verify is not kept."""
    try:
        backup_files.save(target, archive.attachments_dir, archive.backups_dir, archive.key)
    except (BackupError, OSError) as e:
        discard(target)
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


def discard(copy: Path) -> None:
    """Remove a copy this Elshi made, with its manifest."""
    copy.unlink(missing_ok=True)
    manifest_path(copy).unlink(missing_ok=True)


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
        discard(b.path)
        removed.append(b.path)
    return removed


# --- putting a file aside and restoring -------------------------------------------------------


def aside_name(folder: Path, stem: str, label: str, stamp: str) -> Path:
    """The name a file put aside as ``label`` gets in ``folder`` (never one taken)."""
    return _unique(folder, f"{stem}-{label}-{stamp}")


def move_aside(path: Path, folder: Path, label: str, stamp: str, *, target: Path | None = None) -> Path:
    """Rename ``path`` (with its -wal/-shm) into ``folder`` under a new name; never overwrites."""
    make_folders(folder)
    target = target or aside_name(folder, path.stem, label, stamp)
    for sidecar in ("", *SIDECARS):
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


def copy_into(source: Path, target: Path, key: Key | None = None) -> None:
    """Replace the contents of database ``target`` with those of ``source`` (backup API, one
    transaction on ``target``; both plain, or both encrypted with ``key``), giving up after the
    busy timeout if ``target`` stays locked."""
    try:
        src = read_only(source, key)
        try:
            dst = encryption.connect(target, key) if key else sqlite3.connect(target, timeout=busy_timeout_s())
            try:
                backup_database(src, dst)
            finally:
                dst.close()
        finally:
            src.close()
    except DB_ERRORS as e:
        raise copy_error(e, source) from e


@contextmanager
def staged(source: Path, folder: Path, stem: str, stamp: str, clock: Clock,
           note: dict[str, Any], key: Key | None = None) -> Iterator[Path]:
    """A copy of the backup ``source`` made ready to be put in place, as ``NAME-restoring-....part``
    in ``folder``: brought to this Elshi's schema, its derived tables made, and the restore's
    audit note already written into it. Copying it over the archive then brings the records and
    the note together, in one transaction: a restore killed at any moment leaves the archive as
    it was or restored with its note, never restored without one. Removed afterwards; while it
    exists it is locked (:func:`database.leftovers.hold`), and left behind by a kill it is
    removed at the next start."""
    make_folders(folder)
    part = folder / f"{stem}-restoring-{stamp}.sqlite.part"
    n = 2
    while True:
        try:
            os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600))
            break
        except FileExistsError:
            part = folder / f"{stem}-restoring-{stamp}-{n}.sqlite.part"
            n += 1
    try:
        with hold(part):
            try:
                src = read_only(source, key)
                try:
                    dst = encryption.connect(part, key) if key else sqlite3.connect(part)
                    try:
                        backup_database(src, dst)
                        dst.execute("PRAGMA journal_mode = DELETE")
                    finally:
                        dst.close()
                finally:
                    src.close()
            except DB_ERRORS as e:
                raise copy_error(e, source) from e
            engine = encryption.keyed_engine(part, key, wal=False) if key else make_engine(part, wal=False)
            ready = Archive(part, engine, clock, key)
            try:
                migrate(engine, part, folder, stamp, keep_copy=False, key=key)  # a backup from before an upgrade
                opening.wire(ready)  # derived tables an older copy may lack
                audit.record_archive_event(ready, audit.ARCHIVE_OPS[0], note)
            finally:
                engine.dispose()
            yield part
    finally:
        for leftover in (part, *(Path(str(part) + sidecar) for sidecar in SIDECARS)):
            leftover.unlink(missing_ok=True)


def restore(archive: Archive, source: Path) -> Path:
    """Replace the archive's records with those of the backup ``source``.

    ``source`` is checked first (a sound Elshi archive this version can open). The archive as
    it was is kept in the backups folder: copied as ``NAME-before-restore-...`` when sound, or,
    only when SQLite's ``integrity_check`` finds it damaged, moved there whole as
    ``NAME-damaged-...``. A lock held by another program past the busy timeout stops the
    restore before anything changed (``archive.busy``). Returns where the old archive is kept."""
    source = Path(source)
    problem = verify(source, key=archive.key)
    if problem:
        raise BackupError(*problem)
    if (archive.key is not None) == looks_like_sqlite(source):
        # SQLCipher copies pages between files of one key only; a plain copy into an encrypted
        # archive (or the reverse) would also change what the post chose.
        raise BackupError("backup.encryption_differs", str(source))
    if source.resolve() == archive.path.resolve():
        raise BackupError("backup.same_file", str(source))
    stamp = archive.clock.now().strftime(STAMP)
    found = integrity_problem(archive.path, key=archive.key)
    if found is not None and found.code != "archive.damaged":
        raise BackupError("archive.busy" if found.code == "archive.locked" else found.code, found.detail)
    damaged = found is not None
    label = "damaged" if damaged else "before-restore"
    aside = aside_name(archive.backups_dir, archive.path.stem, label, stamp)
    if not damaged:
        copy_verified(archive.path, aside, key=archive.key)
    note: dict[str, Any] = {"from": str(source), "replaced_archive_kept_at": str(aside)}
    if damaged:
        note["reason"] = "the archive is damaged"
    # The backup's attached files first (from its files folder, each checked by its hash), so
    # the note can say which it lacked; files only ever added, a changed one kept aside.
    missing = backup_files.restore(source, source, archive.attachments_dir, archive.backups_dir, archive.key)
    if missing:
        note["files_not_in_backup"] = missing
    try:
        with staged(source, archive.backups_dir, archive.path.stem, stamp, archive.clock, note,
                    archive.key) as ready:
            archive.engine.dispose()  # no pooled connection keeps pages of the replaced file
            if damaged:
                move_aside(archive.path, archive.backups_dir, label, stamp, target=aside)
                copy_verified(ready, archive.path, manifest=False, key=archive.key)
            else:
                copy_into(ready, archive.path, archive.key)
    except BaseException:
        if not damaged:  # nothing was replaced: the copy of the archive as it is goes too
            discard(aside)
        raise
    archive.engine.dispose()
    opening.wire(archive)  # hooks already in stay as they are
    archive.notify(Changes("*", "restore"))
    return aside
