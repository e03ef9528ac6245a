"""Conflicts between posts: a record changed here and at another post since their common version.

Until someone chooses, the local record stays as it was and the incoming version is kept in
full beside it (with the base both started from, when known). :func:`resolve` writes the chosen
record, keeping mine, taking theirs, or field by field, as a new version that has seen both
sides: sent on, it settles the same conflict at every other post that holds it. Each resolution
is in the audit trail with the choice and the post the other version came from.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from database import audit
from database import models as m
from database.archive import Archive
from database.errors import ArchiveError
from database.exchange import FORMAT, SECTIONS, VERSION, import_in
from database.known import Known
from database.records import Changes, Entity
from database.sync import Versions, dominates, fields_hash, joined, read_records, vector_of

META = ("uuid", "created_at", "updated_at")
LABEL_KEYS = ("name", "title", "text")


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    entity: str
    record_uuid: str
    from_post: str
    at: datetime
    local: dict[str, Any]
    incoming: dict[str, Any]
    base: dict[str, Any] | None
    resolved_at: datetime | None
    resolution: str | None

    @property
    def label(self) -> str:
        for fields in (self.local, self.incoming):
            for key in LABEL_KEYS:
                if isinstance(fields.get(key), str) and fields[key]:
                    return str(fields[key])
        return self.record_uuid

    def fields(self) -> list[str]:
        """The field names of the record, in order (meta fields left out)."""
        keys = list(self.local) + [k for k in self.incoming if k not in self.local]
        return [k for k in keys if k not in META]

    def differing(self) -> list[str]:
        return [k for k in self.fields() if self.local.get(k) != self.incoming.get(k)]


def _info(c: m.SyncConflict) -> ConflictInfo:
    return ConflictInfo(c.id, c.entity, c.record_uuid, c.from_post, c.at, json.loads(c.local),
                        json.loads(c.incoming), json.loads(c.base) if c.base else None,
                        c.resolved_at, c.resolution)


def conflicts(archive: Archive, *, include_resolved: bool = False) -> list[ConflictInfo]:
    with archive.session() as s:
        q = select(m.SyncConflict).order_by(m.SyncConflict.id)
        if not include_resolved:
            q = q.where(m.SyncConflict.resolved_at.is_(None))
        return [_info(c) for c in s.scalars(q)]


def get(archive: Archive, conflict_id: int) -> ConflictInfo:
    with archive.session() as s:
        c = s.get(m.SyncConflict, conflict_id)
        if c is None:
            raise ArchiveError("conflict.not_found", str(conflict_id))
        return _info(c)


def resolve(archive: Archive, own_post: str, conflict_id: int, choice: str,
            fields: dict[str, str] | None = None) -> dict[str, Any]:
    """Settle conflict ``conflict_id``: ``choice`` "mine", "theirs", or "fields" with ``fields``
    naming, for each field that should come from the other post, ``"theirs"`` (the rest stay
    mine). Returns the record's fields as written."""
    with archive.writing() as s:
        c = s.get(m.SyncConflict, conflict_id)
        if c is None:
            raise ArchiveError("conflict.not_found", str(conflict_id))
        if c.resolved_at is not None:
            raise ArchiveError("conflict.resolved", str(conflict_id))
        entity = Entity(c.entity)
        known = Known()
        versions = Versions(s, own_post)
        versions.settle(known)  # an edit made here since the conflict counts as mine
        current = read_records(s, entity, [c.record_uuid], known).get(c.record_uuid)
        if current is None:
            raise ArchiveError("record.not_found", f"{entity} {c.record_uuid}")
        incoming = json.loads(c.incoming)
        if choice == "mine":
            result = dict(current)
        elif choice == "theirs":
            result = dict(incoming)
        elif choice == "fields":
            unknown = sorted(set(fields or {}) - set(current) - set(incoming))
            if unknown or set(META) & set(fields or {}):
                raise ArchiveError("conflict.unknown_field", ", ".join(unknown or sorted(set(META) & set(fields or {}))))
            result = dict(current)
            for key, side in (fields or {}).items():
                if side not in ("mine", "theirs"):
                    raise ArchiveError("conflict.unknown_field", f"{key}={side}")
                if side == "theirs":
                    result[key] = incoming.get(key)
        else:
            raise ArchiveError("conflict.unknown_choice", choice)
        now = archive.clock.now()
        if fields_hash(result) != fields_hash(current):
            result["uuid"], result["created_at"] = current["uuid"], current["created_at"]
            result["updated_at"] = now.isoformat()
            import_in(archive, s, {"format": FORMAT, "version": VERSION, SECTIONS[entity]: [result]})
        written = read_records(s, entity, [c.record_uuid], Known())[c.record_uuid]
        vector = joined(versions.vector(c.record_uuid), vector_of(c.incoming_vector))
        vector[own_post] = vector.get(own_post, 0) + 1
        versions.put(c.record_uuid, entity, vector, fields_hash(written), base=written)
        versions.save()
        label = choice if choice != "fields" else "fields:" + ",".join(
            sorted(k for k, v in (fields or {}).items() if v == "theirs"))
        c.resolved_at, c.resolution = now, label[:200]
        # Another open conflict on the record whose incoming version this choice has seen is
        # settled by it; one with edits it has not seen (a third post's) stays open.
        for other in s.scalars(select(m.SyncConflict).where(
                m.SyncConflict.record_uuid == c.record_uuid, m.SyncConflict.resolved_at.is_(None))):
            if dominates(vector, vector_of(other.incoming_vector)):
                other.resolved_at, other.resolution = now, "superseded"
        audit.append(s, at=now, op="resolve", entity=entity, record_uuid=c.record_uuid, before=current,
                     after={**written, "conflict": c.id, "choice": label, "from_post": c.from_post})
        record_id = s.scalar(select(m.MODELS[entity].id).where(m.MODELS[entity].uuid == c.record_uuid))
    archive.notify(Changes(entity, "update", frozenset({record_id}) if record_id else frozenset()))
    return written


__all__ = ["ConflictInfo", "conflicts", "get", "resolve"]
