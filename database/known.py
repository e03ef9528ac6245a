"""What a run of many writes (a bulk add, an import) asks the database again and again, read once.

A thousand events link to some twenty thousand persons, places and organisations; checking each
link, writing each link's UUID into the audit trail and each place's name into the search index
one query at a time is where such a run spent most of its time. :class:`Known` answers those
questions from maps read once per run and told of every record the run adds.

It lives for one run in one transaction-holding process. Another process cannot purge a record
meanwhile (the run holds the write lock for each batch, and the foreign keys would still refuse a
link to a record that vanished between batches).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from database import models as m
from database.mapping import tag_id
from database.records import Entity


class Known:
    def __init__(self) -> None:
        self._uuids: dict[str, dict[int, str]] = {}
        self._tags: dict[str, int] | None = None
        # Per-run state of the write hooks (e.g. the search index's name lookup), by hook.
        self.memo: dict[str, Any] = {}

    def uuids(self, s: Session, entity: Entity) -> dict[int, str]:
        """id → UUID of every record of this type, the trash included."""
        found = self._uuids.get(entity)
        if found is None:
            model = m.MODELS[entity]
            found = {row[0]: row[1] for row in s.execute(select(model.id, model.uuid))}
            self._uuids[entity] = found
        return found

    def exists(self, s: Session, entity: Entity, record_id: int) -> bool:
        return record_id in self.uuids(s, entity)

    def uuid(self, s: Session, entity: Entity, record_id: int) -> str | None:
        return self.uuids(s, entity).get(record_id)

    def added(self, entity: Entity, record_id: int, uuid: str) -> None:
        if entity in self._uuids:
            self._uuids[entity][record_id] = uuid

    def tag_id(self, s: Session, name: str) -> int:
        """The tag's id, the tag created first if new."""
        if self._tags is None:
            self._tags = {row[1]: row[0] for row in s.execute(select(m.Tag.id, m.Tag.name))}
        found = self._tags.get(name)
        if found is None:
            found = self._tags[name] = tag_id(s, name)
        return found
