"""What each record contributes to the full-text index (:mod:`database.search_index`): its
title, the other names shown with it (indexed with their Latin spellings too), its text, and its
rowid, which carries the record type in the high bits so one type is a rowid range FTS5 seeks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from database import gazetteer
from database import models as m
from database.names import fold
from database.records import (
    CommitmentDraft,
    DocumentDraft,
    Entity,
    EventDraft,
    OrganisationDraft,
    PersonDraft,
    PlaceDraft,
)
from database.search_text import index_text, key_tokens

# Record types and the high bits of their rows' rowids, in the order results are grouped
# when scores tie.
TYPE_CODES: dict[Entity, int] = {
    Entity.PERSON: 1, Entity.ORGANISATION: 2, Entity.PLACE: 3, Entity.EVENT: 4, Entity.DOCUMENT: 5,
    Entity.COMMITMENT: 6,
}
SHIFT = 40


def rowid_of(entity: Entity, record_id: int) -> int:
    return (TYPE_CODES[entity] << SHIFT) | record_id


def rowid_range(entity: Entity) -> tuple[int, int]:
    low = TYPE_CODES[entity] << SHIFT
    return low, low + (1 << SHIFT) - 1


def split_rowid(rowid: int) -> tuple[Entity, int]:
    code = rowid >> SHIFT
    entity = next(e for e, c in TYPE_CODES.items() if c == code)
    return entity, rowid & ((1 << SHIFT) - 1)


@dataclass(frozen=True)
class Doc:
    entity: Entity
    record_id: int
    uuid: str
    title: str
    names: tuple[str, ...]  # other names shown with the record: indexed with Latin spellings
    body: tuple[str, ...]
    own_names: tuple[str, ...] = ()  # names of the record itself, for near matches

    def fts_row(self) -> tuple[int, str, str, str]:
        keys = key_tokens([self.title, *self.names])
        return (rowid_of(self.entity, self.record_id), index_text(self.title),
                index_text("\n".join((*self.names, *self.body))), " ".join(sorted(keys)))

    def text(self) -> str:
        """The original text snippets are cut from (the title is shown on its own)."""
        return " · ".join(part for part in (*self.names, *self.body) if part.strip())


class Lookup(Protocol):
    def place(self, place_id: int | None) -> tuple[str, ...]: ...
    def organisation(self, org_id: int | None) -> tuple[str, ...]: ...
    def attachments(self, entity: Entity, record_id: int) -> tuple[str, ...]: ...


def gazetteer_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The gazetteer's names of the place called by any of ``names``, other than those."""
    own = {fold(n) for n in names}
    return tuple(dict.fromkeys(other for n in names if n.strip() for other in gazetteer.other_names(n)
                               if fold(other) not in own))


def _label(value: Any) -> str:
    return str(getattr(value, "value", value)).replace("_", " ")


def build_doc(entity: Entity, record_id: int, uuid: str, d: Any, look: Lookup) -> Doc:
    if entity == "place":
        assert isinstance(d, PlaceDraft)
        # The place's names in the gazetteer's other languages, though nobody typed them.
        known = tuple(n for n in gazetteer_names((d.name, *d.aliases)))
        return Doc(entity, record_id, uuid, d.name, d.aliases, (d.country, d.region, *known), (d.name, *d.aliases))
    if entity == "organisation":
        assert isinstance(d, OrganisationDraft)
        return Doc(entity, record_id, uuid, d.name, d.aliases,
                   (d.country, d.region, _label(d.kind), d.notes), (d.name, *d.aliases))
    if entity == "person":
        assert isinstance(d, PersonDraft)
        others = tuple(n.name for n in d.names if n.name != d.name)
        return Doc(entity, record_id, uuid, d.name, others,
                   (*(p.title for p in d.positions), d.notes), (d.name, *others))
    if entity == "event":
        assert isinstance(d, EventDraft)
        sides = tuple(dl.side for dl in d.delegations)
        return Doc(entity, record_id, uuid, d.title, look.place(d.place_id),
                   (d.summary, d.source, *look.organisation(d.organiser_id), *sides, _label(d.kind),
                    *d.tags, *look.attachments(entity, record_id)))
    if entity == "document":
        assert isinstance(d, DocumentDraft)
        parties = tuple(name for p in d.party_ids for name in look.organisation(p))
        return Doc(entity, record_id, uuid, d.title, (*look.place(d.place_id), *parties),
                   (_label(d.kind), *d.directions, d.summary, *d.tags, *look.attachments(entity, record_id)))
    if entity == "commitment":
        assert isinstance(d, CommitmentDraft)
        return Doc(entity, record_id, uuid, d.text, (),
                   (*(n.text for n in d.notes), *d.tags))
    raise KeyError(entity)


class SessionLookup:
    """Names looked up one record at a time, for the write hook."""

    def __init__(self, s: Session) -> None:
        self.s = s

    def place(self, place_id: int | None) -> tuple[str, ...]:
        if place_id is None:
            return ()
        name = self.s.scalar(select(m.Place.name).where(m.Place.id == place_id))
        aliases = self.s.scalars(select(m.PlaceAlias.name).where(m.PlaceAlias.place_id == place_id)
                                 .order_by(m.PlaceAlias.ord))
        return tuple(n for n in (name, *aliases) if n)

    def organisation(self, org_id: int | None) -> tuple[str, ...]:
        if org_id is None:
            return ()
        name = self.s.scalar(select(m.Organisation.name).where(m.Organisation.id == org_id))
        aliases = self.s.scalars(select(m.OrganisationAlias.name)
                                 .where(m.OrganisationAlias.organisation_id == org_id)
                                 .order_by(m.OrganisationAlias.ord))
        return tuple(n for n in (name, *aliases) if n)

    def attachments(self, entity: Entity, record_id: int) -> tuple[str, ...]:
        column = _ATTACHED_TO.get(entity)
        if column is None:
            return ()
        return tuple(self.s.scalars(select(m.Attachment.file_name).where(
            column == record_id, m.Attachment.deleted_at.is_(None)).order_by(m.Attachment.id)))


_ATTACHED_TO: dict[str, Any] = {"event": m.Attachment.event_id, "document": m.Attachment.document_id}


class MemoLookup(SessionLookup):
    """A :class:`SessionLookup` that remembers names for a run of many writes (see
    :class:`database.known.Known`). Only asked about records just added, which have no files."""

    def __init__(self, s: Session) -> None:
        super().__init__(s)
        self.places: dict[int, tuple[str, ...]] = {}
        self.orgs: dict[int, tuple[str, ...]] = {}

    def place(self, place_id: int | None) -> tuple[str, ...]:
        if place_id is None:
            return ()
        if place_id not in self.places:
            self.places[place_id] = super().place(place_id)
        return self.places[place_id]

    def organisation(self, org_id: int | None) -> tuple[str, ...]:
        if org_id is None:
            return ()
        if org_id not in self.orgs:
            self.orgs[org_id] = super().organisation(org_id)
        return self.orgs[org_id]

    def attachments(self, entity: Entity, record_id: int) -> tuple[str, ...]:
        return ()

    def prefetch(self, drafts: Iterable[Any]) -> None:
        """Read the names of every place and organisation these drafts show, not yet known, in
        two queries per type, instead of two per record."""
        places: set[int] = set()
        orgs: set[int] = set()
        for d in drafts:
            if isinstance(d, (EventDraft, DocumentDraft)) and d.place_id is not None:
                places.add(d.place_id)
            if isinstance(d, EventDraft) and d.organiser_id is not None:
                orgs.add(d.organiser_id)
            elif isinstance(d, DocumentDraft):
                orgs.update(d.party_ids)
        for ids, known, model, alias, fk in (
                (places - self.places.keys(), self.places, m.Place, m.PlaceAlias, m.PlaceAlias.place_id),
                (orgs - self.orgs.keys(), self.orgs, m.Organisation, m.OrganisationAlias,
                 m.OrganisationAlias.organisation_id)):
            if ids:
                found = _names_by_id(self.s, model, alias, fk, ids)
                known.update({i: found.get(i, ()) for i in ids})


class BulkLookup:
    """Every name read once, for rebuilding the whole index."""

    def __init__(self, s: Session) -> None:
        self.places = _names_by_id(s, m.Place, m.PlaceAlias, m.PlaceAlias.place_id)
        self.orgs = _names_by_id(s, m.Organisation, m.OrganisationAlias, m.OrganisationAlias.organisation_id)
        self.files: dict[tuple[Entity, int], list[str]] = defaultdict(list)
        for event_id, document_id, name in s.execute(
                select(m.Attachment.event_id, m.Attachment.document_id, m.Attachment.file_name)
                .where(m.Attachment.deleted_at.is_(None)).order_by(m.Attachment.id)):
            if event_id is not None:
                self.files[(Entity.EVENT, event_id)].append(name)
            if document_id is not None:
                self.files[(Entity.DOCUMENT, document_id)].append(name)

    def place(self, place_id: int | None) -> tuple[str, ...]:
        return self.places.get(place_id, ()) if place_id is not None else ()

    def organisation(self, org_id: int | None) -> tuple[str, ...]:
        return self.orgs.get(org_id, ()) if org_id is not None else ()

    def attachments(self, entity: Entity, record_id: int) -> tuple[str, ...]:
        return tuple(self.files.get((entity, record_id), ()))


def _names_by_id(s: Session, model: Any, alias: Any, fk: Any,
                 ids: set[int] | None = None) -> dict[int, tuple[str, ...]]:
    """Each record's name and aliases (of every record, or of those ``ids``), in two queries."""
    records, aliases = select(model.id, model.name), select(fk, alias.name).order_by(fk, alias.ord)
    if ids is not None:
        records, aliases = records.where(model.id.in_(ids)), aliases.where(fk.in_(ids))
    names: dict[int, list[str]] = {row[0]: [row[1]] for row in s.execute(records)}
    for owner, name in s.execute(aliases):
        names.setdefault(owner, []).append(name)
    return {k: tuple(n for n in v if n) for k, v in names.items()}
