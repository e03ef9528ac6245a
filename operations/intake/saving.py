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
from operations.intake.words import fold_name

OP = "intake"


@dataclass(frozen=True)
class Saved:
    event_id: int
    created: tuple[tuple[str, int], ...]  # (entity, id) of every record the intake created


def _add(archive: Archive, s: Session, draft: Any, created: list[tuple[Entity, Any]]) -> int:
    obj = archive.add_in(s, draft)
    created.append((entity_of(draft), obj))
    return int(obj.id)


_COUNTRY_EN = {"KZ": "Kazakhstan", "RU": "Russia", "CN": "China"}


def _lang(draft: Draft) -> r.NameLang:
    return r.NameLang(draft.language) if draft.language in ("kk", "ru", "en", "zh") else r.NameLang.OTHER


class _Writer:
    """One intake's writes: each value linked to its match or created once."""

    def __init__(self, archive: Archive, s: Session, draft: Draft) -> None:
        self.archive, self.s, self.draft = archive, s, draft
        self.created: list[tuple[Entity, Any]] = []
        self.orgs: dict[str, int] = {}
        self.people: dict[str, int] = {}

    def add(self, record: Any) -> int:
        return _add(self.archive, self.s, record, self.created)

    def organisations(self) -> None:
        made: dict[str, int] = {}
        for o in self.draft.organisations:
            if not o.keep:
                continue
            if o.match is not None:
                self.orgs[o.name] = o.match.id
                continue
            key = fold_name(o.name)
            if key not in made:
                kind = r.OrganisationKind(o.kind) if o.kind in {k.value for k in r.OrganisationKind} else \
                    r.OrganisationKind.OTHER
                aliases = tuple({o.text} - {o.name}) if o.text and len(o.text) <= 300 and not o.from_position else ()
                made[key] = self.add(r.OrganisationDraft(o.name[:1000], kind, _COUNTRY_EN.get(o.country, o.country),
                                                         aliases=aliases))
            self.orgs[o.name] = made[key]

    def persons(self) -> None:
        lang = _lang(self.draft)
        for p in self.draft.people:
            if not p.keep or (p.initials_only and p.match is None):
                continue
            if p.match is not None:
                self.people[p.name] = p.match.id
            elif p.name not in self.people:
                positions = (r.Position(p.position[:300], self.orgs.get(p.organisation)),) if p.position else ()
                self.people[p.name] = self.add(r.PersonDraft(p.name, (r.PersonName(p.name, lang, True),), positions))

    def member(self, name: str) -> r.Member:
        p = self.draft.person(name)
        position = p.position[:300] if p else ""
        return r.Member(self.people[name], position, self.orgs.get(p.organisation) if p else None)

    def delegations(self) -> tuple[r.Delegation, ...]:
        out = []
        placed: set[str] = set()
        for d in self.draft.delegations:
            members = tuple(self.member(n) for n in dict.fromkeys(d.members) if n in self.people)
            placed.update(d.members)  # a delegation left out takes its members with it
            if not d.keep or not members:
                continue
            out.append(r.Delegation(d.side[:300] or "-", r.DelegationRole(d.role), self.orgs.get(d.organisation),
                                    head_id=self.people.get(d.head), members=members))
        rest = tuple(self.member(n) for n in self.people if n not in placed)
        if rest:  # people whose side the text does not say
            out.append(r.Delegation(self.draft.event.place or "-", r.DelegationRole.GUEST, members=rest))
        return tuple(out)

    def place(self) -> int | None:
        place = self.draft.place(self.draft.event.place)
        if place is None:
            return None
        if place.match is not None:
            return place.match.id
        return self.add(r.PlaceDraft(place.name, _COUNTRY_EN.get(place.country, place.country)))

    def documents(self, event_id: int, place_id: int | None) -> dict[str, int]:
        out: dict[str, int] = {}
        e = self.draft.event
        for d in self.draft.documents:
            if not d.keep:
                continue
            signatories = []
            for n in d.signatories:
                if n in self.people:
                    p = self.draft.person(n)
                    signatories.append(r.Signatory(self.people[n], p.position[:300] if p else "",
                                                   self.orgs.get(p.organisation) if p else None))
            signed = d.status == "signed"
            out[d.title] = self.add(r.DocumentDraft(
                (d.text or d.title)[:1000], r.DocumentKind(d.kind), r.DocumentStatus(d.status),
                signed_on=e.start if signed else None, place_id=place_id if signed else None,
                period_start=PartialDate(d.period[0]) if d.period else None,
                period_end=PartialDate(d.period[1]) if d.period else None,
                directions_count=d.directions_count, directions=tuple(x[:300] for x in d.directions),
                event_id=event_id,
                party_ids=tuple(dict.fromkeys(self.orgs[x] for x in d.parties if x in self.orgs)),
                signatories=tuple(signatories)))
        return out

    def commitments(self, event_id: int, documents: dict[str, int]) -> None:
        for c in self.draft.commitments:
            if c.keep:
                self.add(r.CommitmentDraft(c.text[:10_000], due=c.due, responsible_org_id=self.orgs.get(c.responsible),
                                           responsible_person_id=self.people.get(c.person), event_id=event_id,
                                           document_id=documents.get(c.document)))


def save(archive: Archive, draft: Draft) -> Saved:
    """Write the draft as reviewed, all or nothing: matches linked, new records created (the
    organisations, the event's place, people with their positions, the event with its delegations
    and the source text as its summary, documents with parties and signatories, commitments)."""
    with archive.writing() as s:
        w = _Writer(archive, s, draft)
        w.organisations()
        w.persons()
        place_id = w.place()
        e = draft.event
        event_id = w.add(r.EventDraft(
            e.title[:1000] or draft.text[:100], r.EventKind(e.kind), r.EventStatus(e.status), place_id, e.start, e.end,
            summary=draft.text[:50_000], source=e.source[:1000], delegations=w.delegations()))
        w.commitments(event_id, w.documents(event_id, place_id))
        created = w.created
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
