"""Two windows or two processes on one archive: no update is silently lost.

Every record carries a ``version``, raised by one with each write, delete and restore (the
:class:`VersionHook`, installed with the audit trail). A form remembers the version it loaded
and saves with it; if the record has moved on since, the save is refused with
:class:`Conflict` and nothing is written, so the form keeps the user's values and can say so.

The check reads the version inside the write transaction, after the write's first statement:
by then this connection holds SQLite's single write lock, so no other process can commit in
between and the comparison is with the latest committed version.

A database locked by another process for longer than the busy timeout is reported as
:class:`Busy` (code ``archive.busy``), never as a raw driver error.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar, cast

from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from database import models as m
from database.archive import Archive, Busy, Conflict, Written, entity_of  # noqa: F401 (re-exported)
from database.known import Known
from database.records import Record

D = TypeVar("D")

# (entity, id, version) the next update of that record must find, set by :func:`expecting`.
_expected: ContextVar[tuple[str, int, int] | None] = ContextVar("elshi_expected_version", default=None)


# Operations that change a record's fields or its place in the trash. Attaching a file does
# neither, so a form open on the record may still save after a file was attached to it.
BUMPS = frozenset({"update", "delete", "restore", "import", "merge", "unmerge"})




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


@contextmanager
def expecting(entity: str, record_id: int, version: int | None) -> Iterator[None]:
    """Within this block, an update of the record is refused unless it is still at ``version``."""
    token = _expected.set(None if version is None else (entity, record_id, version))
    try:
        yield
    finally:
        _expected.reset(token)


def current_version(s: Session, entity: str, record_id: int) -> int | None:
    model = m.MODELS[entity]
    return s.scalar(select(model.version).where(model.id == record_id))


def version_of(archive: Archive, entity: str, record_id: int) -> int:
    with archive.session() as s:
        found = current_version(s, entity, record_id)
    if found is None:
        from database.archive import NotFound

        raise NotFound("record.not_found", f"{entity} {record_id}")
    return found


def load(archive: Archive, entity: str, record_id: int) -> tuple[Record[Any], int]:
    """A record and its version, read together, for a form that will save with :func:`save`."""
    with archive.session() as s:
        # The version first: should a write land between the two reads, the form holds newer
        # fields under an older version, and its save is refused rather than undoing that write.
        version = current_version(s, entity, record_id)
        record = archive._record(s, entity, archive._get(s, entity, record_id))
    if version is None:  # deleted for good between the two reads
        return record, 0
    return record, version


def save(archive: Archive, record_id: int, draft: D, expected_version: int | None,
         initiator: object | None = None) -> Record[D]:
    """:meth:`Archive.update`, refused with :class:`Conflict` if the record is no longer at
    ``expected_version``, and with :class:`Busy` if the archive stays locked."""
    with busy_guard(), expecting(entity_of(draft), record_id, expected_version):
        return archive.update(record_id, draft, initiator=initiator)


class VersionHook:
    """Checks the expected version (if any) and raises the record's version with each write."""

    def written_many(self, s: Session, written: list[Written], known: Known) -> None:
        for w in written:
            if w.before is None and w.op in ("add", "import"):
                continue  # a new record starts at version 1, and nobody can expect another yet
            self.written(s, w.entity, w.obj, w.op, w.before, w.after)

    def written(self, s: Session, entity: str, obj: Any, op: str, before: Any, after: Any) -> None:
        if entity not in m.MODELS or op == "purge":
            return
        table = cast(Any, m.MODELS[entity]).__table__
        found = s.execute(select(table.c.version).where(table.c.id == obj.id)).scalar_one()
        want = _expected.get()
        if want is not None and op == "update" and want[:2] == (entity, obj.id) and found != want[2]:
            raise Conflict(entity, obj.id, want[2], found)
        if op not in BUMPS or (op == "import" and before is None):
            return  # a new record starts at version 1; attaching a file leaves the fields alone
        s.execute(update(table).where(table.c.id == obj.id).values(version=found + 1))
        set_committed_value(obj, "version", found + 1)
