"""Saving a reviewed draft in one transaction, and undoing it.

Everything the draft creates (the event with the source text as its summary, new places and
people, documents) is written in one write transaction with the archive's checks and write hooks
(audit trail, search index), and one audit entry "intake" lists what it created, by UUID:
:func:`undo` moves exactly those records to the trash, nothing it only linked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from database import audit
from database import models as m
from database import records as r
from database.archive import Archive, entity_of
from database.dates import PartialDate
from database.errors import NotFound
from database.records import Changes, Entity
from operations.intake.model import Draft

OP = "intake"


@dataclass(frozen=True)
class Saved:
    event_id: int
    created: tuple[tuple[str, int], ...]  # (entity, id) of every record the intake created


def _add(archive: Archive, s: Session, draft: Any, created: list[tuple[Entity, Any]]) -> int:
    obj = archive.add_in(s, draft)
    created.append((entity_of(draft), obj))
    return int(obj.id)


def save(archive: Archive, draft: Draft) -> Saved:
    """Write the draft as reviewed: matches linked, new records created, all or nothing."""
    lang = r.NameLang(draft.language) if draft.language in ("kk", "ru", "en", "zh") else r.NameLang.OTHER
    created: list[tuple[Entity, Any]] = []
    with archive.writing() as s:
        place_id = None
        place = draft.place(draft.event.place)
        if place is not None:
            place_id = place.match.id if place.match else _add(archive, s, r.PlaceDraft(place.name), created)
        people: dict[str, int] = {}
        for p in draft.people:
            if not p.keep or (p.initials_only and p.match is None):
                continue
            if p.match is not None:
                people[p.name] = p.match.id
            else:
                positions = (r.Position(p.position[:300]),) if p.position else ()
                people[p.name] = _add(archive, s, r.PersonDraft(p.name, (r.PersonName(p.name, lang, True),), positions),
                                      created)
        members = tuple(r.Member(pid, next((p.position[:300] for p in draft.people if p.name == name), ""))
                        for name, pid in people.items())
        delegations = tuple(r.Delegation(d.side, r.DelegationRole(d.role), head_id=people.get(d.head),
                                       members=tuple(x for x in members if x.person_id in
                                                     {people[n] for n in d.members if n in people}))
                            for d in draft.delegations if d.keep)
        if not delegations and members:
            delegations = (r.Delegation(draft.event.place or "-", r.DelegationRole.GUEST, members=members),)
        e = draft.event
        event_id = _add(archive, s, r.EventDraft(
            e.title[:1000] or draft.text[:100], r.EventKind(e.kind), r.EventStatus(e.status), place_id, e.start, e.end,
            summary=draft.text[:50_000], source=e.source[:1000], delegations=delegations), created)
        for d in draft.documents:
            if not d.keep:
                continue
            signatories = tuple(r.Signatory(people[n]) for n in d.signatories if n in people)
            _add(archive, s, r.DocumentDraft(
                d.text[:1000] or d.title, r.DocumentKind(d.kind), r.DocumentStatus(d.status),
                period_start=PartialDate(d.period[0]) if d.period else None,
                period_end=PartialDate(d.period[1]) if d.period else None,
                directions_count=d.directions_count, directions=tuple(d.directions), event_id=event_id,
                signatories=signatories), created)
        uuids = [[str(entity), obj.uuid] for entity, obj in created]
        event_uuid = next(obj.uuid for entity, obj in created if entity == Entity.EVENT)
        audit.append(s, at=archive.clock.now(), op=OP, entity=audit.ARCHIVE, record_uuid=event_uuid, before=None,
                     after={"created": uuids})
        result = Saved(event_id, tuple((str(entity), int(obj.id)) for entity, obj in created))
    for entity in {entity for entity, _obj in created}:
        archive.notify(Changes(entity, "add", frozenset(i for en, i in result.created if en == entity)))
    return result


def undo(archive: Archive, event_id: int) -> list[tuple[str, int]]:
    """Move to the trash exactly what the intake that created event ``event_id`` created."""
    event = archive.get(Entity.EVENT, event_id)
    with archive.session() as s:
        after = s.scalar(select(m.AuditEntry.after).where(m.AuditEntry.op == OP,
                                                          m.AuditEntry.record_uuid == event.uuid))
    if after is None:
        raise NotFound("record.not_found", f"intake of event {event_id}")
    import json

    moved = []
    for entity, uuid in reversed(json.loads(after)["created"]):
        record = archive.get_by_uuid(Entity(entity), uuid)
        archive.delete(Entity(entity), record.id)
        moved.append((entity, record.id))
    return moved
