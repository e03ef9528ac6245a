"""Between drafts and table rows: one reader and one writer for each record type."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from types import SimpleNamespace
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, selectinload

from database import models as m
from database.records import (
    CommitmentDraft,
    CommitmentStatus,
    Delegation,
    DelegationRole,
    DocumentDraft,
    DocumentKind,
    DocumentStatus,
    Entity,
    EventDraft,
    EventKind,
    EventStatus,
    Member,
    NameLang,
    OrganisationDraft,
    OrganisationKind,
    PersonDraft,
    PersonName,
    PlaceDraft,
    Position,
    ProgressNote,
    Signatory,
)

R = TypeVar("R")


def kept_rows(old: Sequence[R], values: Sequence[dict[str, Any]], make: Callable[[], R]) -> list[R]:
    """Child rows holding ``values`` in order: the rows already there are reused, each column set
    only where it differs, so an edit that leaves a list alone writes none of it (an event of
    twenty delegates saved with a new title rewrites no delegate)."""
    rows = []
    for i, columns in enumerate(values):
        row = old[i] if i < len(old) else make()
        for name, value in columns.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
        rows.append(row)
    return rows


# Columns derived from a draft's partial dates, for range queries and sorting (NULL when unknown).


def event_days(d: EventDraft) -> tuple[date | None, date | None]:
    """The earliest and latest days the event can fall on."""
    last = d.end or d.start
    return (d.start.first_day() if d.start else None), (last.last_day() if last else None)


def signed_from(d: DocumentDraft) -> date | None:
    return d.signed_on.first_day() if d.signed_on else None


def due_date(d: CommitmentDraft) -> date | None:
    """The last day the commitment can be met by."""
    return d.due.last_day() if d.due else None


def read_place(o: m.Place, tags: tuple[str, ...]) -> PlaceDraft:
    return PlaceDraft(o.name, o.country, o.region, tuple(a.name for a in o.aliases))


def write_place(s: Session, o: m.Place, d: PlaceDraft) -> None:
    o.name, o.country, o.region = d.name, d.country, d.region
    o.aliases = [m.PlaceAlias(ord=i, name=a) for i, a in enumerate(d.aliases)]


def read_organisation(o: m.Organisation, tags: tuple[str, ...]) -> OrganisationDraft:
    return OrganisationDraft(
        o.name, OrganisationKind(o.kind), o.country, o.region, o.parent_id,
        tuple(a.name for a in o.aliases), o.notes, o.predecessor_id,
    )


def write_organisation(s: Session, o: m.Organisation, d: OrganisationDraft) -> None:
    o.name, o.kind, o.country, o.region = d.name, d.kind.value, d.country, d.region
    o.parent_id, o.notes, o.predecessor_id = d.parent_id, d.notes, d.predecessor_id
    o.aliases = [m.OrganisationAlias(ord=i, name=a) for i, a in enumerate(d.aliases)]


def read_person(o: m.Person, tags: tuple[str, ...]) -> PersonDraft:
    return PersonDraft(
        o.name,
        tuple(PersonName(n.name, NameLang(n.lang), n.preferred) for n in o.names),
        tuple(Position(p.title, p.organisation_id, p.start, p.end) for p in o.positions),
        o.notes,
    )


def write_person(s: Session, o: m.Person, d: PersonDraft) -> None:
    o.name, o.notes = d.name, d.notes
    o.names = [m.PersonNameRow(ord=i, name=n.name, lang=n.lang.value, preferred=n.preferred)
               for i, n in enumerate(d.names)]
    o.positions = [m.PositionRow(ord=i, title=p.title, organisation_id=p.organisation_id,
                                 start=p.start, end=p.end) for i, p in enumerate(d.positions)]


def read_event(o: m.Event, tags: tuple[str, ...]) -> EventDraft:
    delegations = tuple(
        Delegation(
            dl.side, DelegationRole(dl.role), dl.organisation_id, dl.head_id,
            tuple(Member(mb.person_id, mb.position, mb.organisation_id) for mb in dl.members),
            dl.uuid,
        )
        for dl in o.delegations
    )
    return EventDraft(
        o.title, EventKind(o.kind), EventStatus(o.status), o.place_id, o.start, o.end,
        o.organiser_id, o.summary, o.source, delegations, tags,
    )


def write_event(s: Session, o: m.Event, d: EventDraft) -> None:
    o.title, o.kind, o.status, o.place_id = d.title, d.kind.value, d.status.value, d.place_id
    o.start, o.end, o.organiser_id, o.summary, o.source = d.start, d.end, d.organiser_id, d.summary, d.source
    o.date_from, o.date_to = event_days(d)
    # Delegations keep their identity across edits (matched by UUID) so merged archives line up.
    old = {dl.uuid: dl for dl in o.delegations}
    rows = []
    for i, dl in enumerate(d.delegations):
        row = old.get(dl.uuid) if dl.uuid else None
        if row is None:
            row = m.DelegationRow(uuid=dl.uuid or m.new_uuid())
        row.ord, row.side, row.role = i, dl.side, dl.role.value
        row.organisation_id, row.head_id = dl.organisation_id, dl.head_id
        members = kept_rows(row.members, [
            {"ord": j, "person_id": mb.person_id, "position": mb.position, "organisation_id": mb.organisation_id}
            for j, mb in enumerate(dl.members)], m.MemberRow)
        if members != list(row.members):
            row.members = members
        rows.append(row)
    if rows != list(o.delegations):
        o.delegations = rows


def read_document(o: m.Document, tags: tuple[str, ...]) -> DocumentDraft:
    return DocumentDraft(
        o.title, DocumentKind(o.kind), DocumentStatus(o.status), o.signed_on, o.place_id,
        o.period_start, o.period_end, o.directions_count, tuple(x.text for x in o.directions),
        o.event_id, tuple(p.organisation_id for p in o.parties),
        tuple(Signatory(x.person_id, x.position, x.organisation_id) for x in o.signatories),
        o.summary, tags,
    )


def write_document(s: Session, o: m.Document, d: DocumentDraft) -> None:
    o.title, o.kind, o.status = d.title, d.kind.value, d.status.value
    o.signed_on, o.place_id = d.signed_on, d.place_id
    o.signed_from = signed_from(d)
    o.period_start, o.period_end, o.directions_count = d.period_start, d.period_end, d.directions_count
    o.event_id, o.summary = d.event_id, d.summary
    directions = kept_rows(o.directions, [{"ord": i, "text": t} for i, t in enumerate(d.directions)],
                           m.DirectionRow)
    parties = kept_rows(o.parties, [{"ord": i, "organisation_id": p} for i, p in enumerate(d.party_ids)],
                        m.PartyRow)
    signatories = kept_rows(o.signatories, [
        {"ord": i, "person_id": x.person_id, "position": x.position, "organisation_id": x.organisation_id}
        for i, x in enumerate(d.signatories)], m.SignatoryRow)
    if directions != list(o.directions):
        o.directions = directions
    if parties != list(o.parties):
        o.parties = parties
    if signatories != list(o.signatories):
        o.signatories = signatories


def read_commitment(o: m.Commitment, tags: tuple[str, ...]) -> CommitmentDraft:
    notes = tuple(
        ProgressNote(n.on, n.text, CommitmentStatus(n.status) if n.status else None, n.uuid) for n in o.notes
    )
    return CommitmentDraft(
        o.text, CommitmentStatus(o.status), o.due, o.responsible_org_id, o.responsible_person_id,
        o.event_id, o.document_id, notes, tags,
    )


def write_commitment(s: Session, o: m.Commitment, d: CommitmentDraft) -> None:
    o.text, o.status, o.due = d.text, d.status.value, d.due
    o.due_date = due_date(d)
    o.responsible_org_id, o.responsible_person_id = d.responsible_org_id, d.responsible_person_id
    o.event_id, o.document_id = d.event_id, d.document_id
    old = {n.uuid: n for n in o.notes}
    rows = []
    for i, n in enumerate(d.notes):
        row = old.get(n.uuid) if n.uuid else None
        if row is None:
            row = m.NoteRow(uuid=n.uuid or m.new_uuid())
        row.ord, row.on, row.text = i, n.on, n.text
        row.status = n.status.value if n.status else None
        rows.append(row)
    o.notes = rows


# Children each reader walks, loaded in one query per kind when reading many records at once.
EAGER: dict[str, tuple[Any, ...]] = {
    "place": (selectinload(m.Place.aliases),),
    "organisation": (selectinload(m.Organisation.aliases),),
    "person": (selectinload(m.Person.names), selectinload(m.Person.positions)),
    "event": (selectinload(m.Event.delegations).selectinload(m.DelegationRow.members),),
    "document": (selectinload(m.Document.directions), selectinload(m.Document.parties),
                 selectinload(m.Document.signatories)),
    "commitment": (selectinload(m.Commitment.notes),),
}

Reader = Callable[[Any, tuple[str, ...]], Any]
Writer = Callable[[Session, Any, Any], None]

READERS: dict[str, Reader] = {
    "place": read_place, "organisation": read_organisation, "person": read_person,
    "event": read_event, "document": read_document, "commitment": read_commitment,
}
WRITERS: dict[str, Writer] = {
    "place": write_place, "organisation": write_organisation, "person": write_person,
    "event": write_event, "document": write_document, "commitment": write_commitment,
}


def read_tags(s: Session, entity: str, record_id: int) -> tuple[str, ...]:
    rows = s.scalars(
        select(m.Tag.name).join(m.RecordTag).where(
            m.RecordTag.entity == entity, m.RecordTag.record_id == record_id
        ).order_by(m.Tag.name)
    )
    return tuple(rows)


def tag_id(s: Session, name: str) -> int:
    """The tag's id, the tag created first if new."""
    tag = s.scalar(select(m.Tag).where(m.Tag.name == name))
    if tag is None:
        tag = m.Tag(name=name)
        s.add(tag)
        s.flush()
    return tag.id


def write_tags(s: Session, entity: str, record_id: int, names: tuple[str, ...], *, new: bool = False,
               id_of: Callable[[Session, str], int] = tag_id) -> None:
    """Give the record exactly these tags (``new``: it has none yet, nothing to remove)."""
    if not new:
        s.execute(delete(m.RecordTag).where(m.RecordTag.entity == entity, m.RecordTag.record_id == record_id))
    for name in sorted(set(names)):
        s.add(m.RecordTag(tag_id=id_of(s, name), entity=entity, record_id=record_id))


class Loaded(SimpleNamespace):
    """A record, or one of its child rows, read through Core: its columns as attributes, its
    child rows as lists, as the readers above walk the ORM's objects."""

    id: int
    uuid: str


def _children(model: Any) -> list[tuple[str, Any, Any]]:
    """(attribute, child model, the child's column pointing at the parent) for each list of child
    rows a record owns (the relationships the record's rows are replaced with)."""
    found = _CHILDREN.get(model)
    if found is None:
        found = _CHILDREN[model] = [
            (rel.key, rel.mapper.class_, next(iter(rel.remote_side)))
            for rel in sa_inspect(model).relationships if rel.cascade.delete_orphan]
    return found


_CHILDREN: dict[Any, list[tuple[str, Any, Any]]] = {}


def _load_rows(s: Session, model: Any, where: Any, parent_key: Any = None) -> list[Loaded]:
    """The rows of ``model`` that ``where`` selects (in id order, or by parent and ``ord`` for
    child rows), each with its own child rows: one query per child table for all of them."""
    order = (parent_key, model.ord) if parent_key is not None else (model.id,)
    result = s.execute(select(model.__table__).where(where).order_by(*order))
    children = _children(model)
    if not children:  # a leaf: Core's rows have the columns as attributes already
        return list(result)  # type: ignore[arg-type]
    keys = list(result.keys())
    rows = [Loaded(**dict(zip(keys, r, strict=True))) for r in result]
    if not rows:
        return rows
    ids = [r.id for r in rows]
    for key, child, fk in children:
        # Records come in id order: their children are a range of the parent key's index.
        # Child rows (delegations) are not in id order, and few: their own ids are listed.
        within = fk.between(ids[0], ids[-1]) if parent_key is None else fk.in_(ids)
        by_parent: dict[int, list[Loaded]] = {}
        for row in _load_rows(s, child, within, fk):
            by_parent.setdefault(getattr(row, fk.key), []).append(row)
        for r in rows:
            setattr(r, key, by_parent.get(r.id, []))
    return rows


def read_all(s: Session, entity: Entity, *, live_only: bool = False,
             chunk: int = 1000) -> Iterator[list[tuple[Loaded, Any]]]:
    """Every record of a type (with ``live_only``, not those in the trash) as (row, draft) pairs,
    ``chunk`` at a time in id order, so a whole table is never held at once (export, search-index
    rebuild). Read through Core, the child rows of a chunk in one query per child table: the
    drafts are the ones the readers make of the ORM's objects, without the ORM's cost per row."""
    model = m.MODELS[entity]
    reader = READERS[entity]
    tags: dict[int, list[str]] = {}
    for record_id, name in s.execute(select(m.RecordTag.record_id, m.Tag.name).join(m.Tag)
                                     .where(m.RecordTag.entity == entity).order_by(m.Tag.name)):
        tags.setdefault(record_id, []).append(name)
    ids_stmt = select(model.id).order_by(model.id).limit(chunk)
    if live_only:
        ids_stmt = ids_stmt.where(model.deleted_at.is_(None))
    last = 0
    while ids := list(s.scalars(ids_stmt.where(model.id > last))):
        window = model.id.between(ids[0], ids[-1])
        if live_only:
            window = window & model.deleted_at.is_(None)
        objs = _load_rows(s, model, window)
        yield [(o, reader(o, tuple(tags.get(o.id, ())))) for o in objs]
        last = ids[-1]
