"""SQLite's single write lock, as the rest of the core sees it: a lock held by another process
for longer than the busy timeout is :class:`~database.errors.Busy` (``archive.busy``), never a
raw driver error."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError

from database.errors import Busy


def is_busy(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return isinstance(error, OperationalError) and ("locked" in text or "busy" in text)


@contextmanager
def busy_guard() -> Iterator[None]:
    """Turn SQLite's "database is locked" into :class:`Busy`."""
    try:
        yield
    except OperationalError as e:
        if is_busy(e):
            raise Busy("archive.busy", str(e.orig)) from e
        raise
