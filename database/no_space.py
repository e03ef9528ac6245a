"""A full disk told apart from a damaged file: SQLite says "database or disk is full" when it
knows, but a full disk met while creating the WAL index says only "disk I/O error"."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from database.locking import is_disk_full

# Less free space than this on the archive's disk, with an I/O error, is a full disk.
NEARLY_FULL = 1 << 20


def disk_full_at(error: BaseException, folder: Path) -> bool:
    """Whether ``error`` (from SQLite or the OS) comes from the disk holding ``folder`` being full."""
    if is_disk_full(error):
        return True
    text = str(getattr(error, "orig", error)).lower()
    if "disk i/o error" not in text:
        return False
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def forget_new_file(path: Path) -> None:
    """Remove an archive file this run created and could not finish, with SQLite's side files."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                     path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()
