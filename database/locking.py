"""SQLite's single write lock, as the rest of the core sees it: a lock held by another process
for longer than the busy timeout is :class:`~database.errors.Busy` (``archive.busy``), never a
raw driver error. A disk that fills up during a write is ``archive.disk_full`` (the transaction
was rolled back, nothing of it was kept)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import OperationalError

from database.errors import ArchiveError, Busy


def is_busy(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return isinstance(error, OperationalError) and ("locked" in text or "busy" in text)


def is_disk_full(error: BaseException) -> bool:
    """SQLite's SQLITE_FULL, or an operating system's "no space left" (ENOSPC, EDQUOT)."""
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    text = str(getattr(error, "orig", error)).lower()
    return isinstance(error, OperationalError) and "disk is full" in text


@contextmanager
def busy_guard(folder: Path | None = None) -> Iterator[None]:
    """Turn SQLite's "database is locked" into :class:`Busy`, a full disk into ``archive.disk_full``
    (its detail: the archive's folder, on the disk that is full)."""
    try:
        yield
    except OperationalError as e:
        if is_busy(e):
            raise Busy("archive.busy", str(e.orig)) from e
        if is_disk_full(e):
            raise ArchiveError("archive.disk_full", str(folder) if folder else str(e.orig)) from e
        raise
