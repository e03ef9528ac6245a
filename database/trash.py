"""Emptying the trash: deleting a trashed record for good, on purpose and on the record.

Deletes are soft (:meth:`Archive.delete`); only :func:`purge` removes a row, and only one that
is in the trash. A purge is refused while another record needs the one purged (a person who is
a delegation member or a signatory, an organisation that is a party to a document, an event or
document with attachments); optional links to it (an event's place, a commitment's document)
are emptied, and each record so changed is written to the audit trail as an update with a new
version, like any other edit. The purge itself is audited with the record's last fields.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from database import models as m
from database.archive import Archive
from database.errors import ArchiveError
from database.records import Changes, Entity

_TOP = {cast(Any, model).__table__.name: entity for entity, model in m.MODELS.items()}


@dataclass(frozen=True)
class Use:
    """One place that still points at a record: ``entity`` ``id`` holds it as ``role``."""

    entity: str  # "event", "document", ... or "attachment"
    id: int
    role: str  # the referring column, e.g. "delegation_members.person_id"


class InUse(ArchiveError):
    def __init__(self, entity: str, record_id: int, uses: list[Use]) -> None:
        where = ", ".join(f"{u.entity} {u.id} ({u.role})" for u in uses[:10])
        super().__init__("purge.in_use", f"{entity} {record_id} is still used by {where}")
        self.uses = uses


def _owner(s: Session, table: Table, row_id: int) -> tuple[str, int]:
    """The top-level record a row belongs to (a delegation member belongs to its event)."""
    while table.name not in _TOP:
        parent = next((fk for fk in table.foreign_keys if fk.ondelete == "CASCADE"), None)
        if parent is None:  # a table of its own (attachments)
            return table.name.rstrip("s"), row_id
        row_id = s.execute(select(parent.parent).where(table.c.id == row_id)).scalar_one()
        table = parent.column.table
    return _TOP[table.name], row_id


def uses_of(s: Session, entity: Entity, record_id: int) -> tuple[list[Use], list[tuple[str, int]]]:
    """(uses that forbid a purge, records whose optional link to it a purge would empty)."""
    target = cast(Any, m.MODELS[entity]).__table__
    blocking: list[Use] = []
    emptied: list[tuple[str, int]] = []
    for table in m.Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is not target or fk.ondelete == "CASCADE":
                continue
            for row_id in s.execute(select(table.c.id).where(fk.parent == record_id)).scalars():
                owner = _owner(s, table, row_id)
                if owner == (entity, record_id):
                    continue
                if fk.ondelete == "SET NULL":
                    if owner not in emptied:
                        emptied.append(owner)
                else:
                    blocking.append(Use(owner[0], owner[1], f"{table.name}.{fk.parent.name}"))
    return blocking, emptied


def _unlink(draft: Any, entity: Entity, record_id: int) -> Any:
    """``draft`` with every link to ``entity`` ``record_id`` emptied, nested rows included."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(draft):
        value = getattr(draft, f.name)
        if f.metadata.get("ref") == entity:
            if f.metadata.get("many"):
                values[f.name] = tuple(v for v in value if v != record_id)
            elif value == record_id:
                values[f.name] = None
        elif isinstance(value, tuple) and any(dataclasses.is_dataclass(v) for v in value):
            values[f.name] = tuple(_unlink(v, entity, record_id) for v in value)
    return dataclasses.replace(draft, **values)


def purge(archive: Archive, entity: Entity, record_id: int) -> None:
    """Delete a record in the trash for good. Raises ``purge.not_in_trash`` for a live record
    and :class:`InUse` (``purge.in_use``) while another record needs it."""
    changed: dict[Entity, set[int]] = {}
    with archive.writing() as s:
        obj = archive._get(s, entity, record_id)
        if obj.deleted_at is None:
            raise ArchiveError("purge.not_in_trash", f"{entity} {record_id}")
        blocking, emptied = uses_of(s, entity, record_id)
        if blocking:
            raise InUse(entity, record_id, blocking)
        # Links to the record are emptied through the records holding them, before it goes, so
        # each such change is a versioned, audited update whose "before" still names the record.
        now = archive.clock.now()
        for owner, i in emptied:
            e = Entity(owner)  # a row that may be emptied belongs to a record, not to a file
            o = archive._get(s, e, i)
            before = archive._draft(s, e, o)
            after = _unlink(before, entity, record_id)
            if after != before:
                archive._write(s, e, o, after)
                o.updated_at = now
                archive._tell(s, e, o, "update", before, after)
                changed.setdefault(e, set()).add(i)
        archive._tell(s, entity, obj, "purge", archive._draft(s, entity, obj), None)
        s.execute(delete(m.RecordTag).where(m.RecordTag.entity == entity, m.RecordTag.record_id == record_id))
        s.delete(obj)
        s.flush()
    archive.notify(Changes(entity, "purge", frozenset({record_id})))
    for e, ids in changed.items():
        archive.notify(Changes(e, "update", frozenset(ids)))
