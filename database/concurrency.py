"""Two windows or two processes on one archive: no update is silently lost.

Every record carries a ``version`` (SQLAlchemy's version counter, :mod:`database.models`),
raised by one with each write, delete and restore (:data:`database.archive.BUMPS`). A form
remembers the version it loaded and saves with it; if the record has moved on since, the save
is refused with :class:`~database.errors.Conflict` and nothing is written, so the form keeps
the user's values and can say so.

The check reads the version inside the write transaction (:meth:`Archive.update`), which takes
SQLite's single write lock at its start, so no other process can commit in between and the
comparison is with the latest committed version.

A database locked by another process for longer than the busy timeout is reported as
:class:`~database.errors.Busy` (code ``archive.busy``), never as a raw driver error.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from database import models as m
from database.archive import Archive
from database.errors import NotFound
from database.locking import busy_guard
from database.records import Entity, Record

D = TypeVar("D")


def current_version(s: Session, entity: Entity, record_id: int) -> int | None:
    model = m.MODELS[entity]
    return s.scalar(select(model.version).where(model.id == record_id))


def version_of(archive: Archive, entity: Entity, record_id: int) -> int:
    with archive.session() as s:
        found = current_version(s, entity, record_id)
    if found is None:
        raise NotFound("record.not_found", f"{entity} {record_id}")
    return found


def load(archive: Archive, entity: Entity, record_id: int) -> tuple[Record[Any], int]:
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
    with busy_guard():
        return archive.update(record_id, draft, expected_version=expected_version, initiator=initiator)
