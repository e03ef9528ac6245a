"""Unfinished copies left behind by a backup, restore or copy that was killed part-way.

Every copy is written under a ``.part`` name and renamed only when whole
(:mod:`database.atomic`), so a killed one leaves its ``.part`` file behind, never a damaged
backup; nothing would ever remove it. Opening an archive removes those of its own folders (the
archive's, its backups' and its attachments') and returns what it removed, for the command line
and the window to tell the user.

A ``.part`` file being written right now by another process must stay. A verified copy keeps an
exclusive ``flock`` on its ``.part`` file while it works (:func:`hold`), so one that can be
locked has no writer left; a file written without that lock is removed only once it has not
been written to for an hour (a live writer keeps its modification time fresh).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

try:
    import fcntl
except ImportError:  # Windows: only the age tells
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from database.archive import Archive

SUFFIX = ".part"
SIDECARS = ("-journal", "-wal", "-shm")  # SQLite's files beside a copy being made
# A lockable .part older than this has lost its writer (the moment between creating the file
# and locking it is far shorter); one never locked must have been left alone for an hour.
LOCKED_GRACE_S = 5.0
UNLOCKED_AGE_S = 3600.0


@contextmanager
def hold(part: Path) -> Iterator[None]:
    """Keep ``part`` marked as being written (an exclusive flock) while the block runs."""
    if fcntl is None:
        yield
        return
    fd = os.open(part, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield
    finally:
        os.close(fd)  # releases the lock


def _writer_alive(path: Path) -> bool | None:
    """True when another process holds ``path``'s lock, False when nobody does, None when this
    platform cannot tell."""
    if fcntl is None or path.is_dir():
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True  # cannot look: leave it
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def stale(path: Path, *, now: float | None = None) -> bool:
    """Whether the ``.part`` file (or folder) ``path`` was left by a writer that is gone."""
    try:
        age = (time.time() if now is None else now) - path.lstat().st_mtime
    except OSError:
        return False
    if not path.name.endswith(SUFFIX):  # an orphaned sidecar: its copy is gone already
        return True
    alive = _writer_alive(path)
    if alive:
        return False
    return age >= (LOCKED_GRACE_S if alive is False and _was_locked_kind(path) else UNLOCKED_AGE_S)


def _was_locked_kind(path: Path) -> bool:
    # Verified archive copies (claimed NAME.sqlite.part, a restore's staging folder) hold the lock.
    return path.name.endswith(".sqlite" + SUFFIX)


def candidates(archive: Archive) -> list[Path]:
    """The ``.part`` leftovers in the archive's own folders, whether stale or not."""
    found: list[Path] = []
    here = archive.path.parent
    name = archive.path.name
    for pattern in (f"{name}{SUFFIX}", f".{name}.*{SUFFIX}"):
        found.extend(here.glob(pattern))
    for folder in (archive.backups_dir, archive.attachments_dir):
        if folder.is_dir():
            found.extend(p for p in folder.iterdir() if p.name.endswith(SUFFIX))
    if archive.backups_dir.is_dir():  # a sidecar whose copy is gone (its writer was killed)
        found.extend(p for p in archive.backups_dir.iterdir()
                     if any(p.name.endswith(SUFFIX + s) for s in SIDECARS)
                     and not Path(str(p)[:str(p).rindex(SUFFIX) + len(SUFFIX)]).exists())
    return sorted(set(found))


def clean(archive: Archive) -> list[Path]:
    """Remove the stale ``.part`` leftovers of the archive's folders; what was removed."""
    removed: list[Path] = []
    for path in candidates(archive):
        if not stale(path):
            continue
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            for sidecar in SIDECARS:
                Path(str(path) + sidecar).unlink(missing_ok=True)
        except OSError:
            continue  # not ours to remove after all (permissions): it stays, nothing breaks
        removed.append(path)
    return removed


__all__ = ["candidates", "clean", "hold", "stale"]
