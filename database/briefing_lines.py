"""Archive records as briefing rows: events, documents and commitments with the names of what
they link to, in the order a briefing prints them."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from database import models as m
from database.briefing_directory import Directory, chunks, sort_key
from database.briefing_queries import document_parties, event_organisations
from database.briefing_rows import ACTIVE, GROUP_ORDER, CommitmentLine, DocumentLine, EventLine


def event_line(d: Directory, e: m.Event) -> EventLine:
    participants = d.orgs(dl.organisation_id for dl in e.delegations)
    return EventLine(e.id, e.uuid, e.title, e.kind, e.status, e.start, e.end, d.place(e.place_id),
                     d.org(e.organiser_id), e.summary, e.source, participants)


def event_lines(s: Session, d: Directory, ids: Collection[int]) -> list[EventLine]:
    rows: list[m.Event] = []
    for chunk in chunks(ids):
        rows.extend(s.scalars(select(m.Event).options(selectinload(m.Event.delegations))
                              .where(m.Event.id.in_(chunk), m.Event.deleted_at.is_(None))))
    rows.sort(key=lambda e: (e.date_from is None, e.date_from or date.min, e.date_to or date.min, e.id))
    return [event_line(d, e) for e in rows]


def document_day(doc: m.Document, event_days: Mapping[int, date | None]) -> date | None:
    if doc.signed_from is not None:
        return doc.signed_from
    return event_days.get(doc.event_id) if doc.event_id is not None else None


def document_lines(s: Session, d: Directory, ids: Collection[int]) -> list[DocumentLine]:
    docs: list[m.Document] = []
    for chunk in chunks(ids):
        docs.extend(s.scalars(
            select(m.Document)
            .options(selectinload(m.Document.parties), selectinload(m.Document.signatories),
                     selectinload(m.Document.directions))
            .where(m.Document.id.in_(chunk), m.Document.deleted_at.is_(None))))
    event_ids = {doc.event_id for doc in docs if doc.event_id is not None}
    events: dict[int, m.Event] = {}
    for chunk in chunks(event_ids):
        events.update((e.id, e) for e in s.scalars(select(m.Event).where(m.Event.id.in_(chunk))))
    event_days = {eid: e.date_from for eid, e in events.items()}
    docs.sort(key=lambda doc: (document_day(doc, event_days) is None,
                               document_day(doc, event_days) or date.min, doc.id))
    d.load_orgs(p.organisation_id for doc in docs for p in doc.parties)
    d.load_persons(x.person_id for doc in docs for x in doc.signatories)
    lines = []
    for doc in docs:
        event = events.get(doc.event_id) if doc.event_id is not None else None
        signed = doc.signed_on if doc.signed_on is not None else (event.start if event is not None else None)
        lines.append(DocumentLine(
            doc.id, doc.title, doc.kind, doc.status, signed, d.place(doc.place_id),
            doc.period_start, doc.period_end, doc.directions_count, tuple(x.text for x in doc.directions),
            d.orgs(p.organisation_id for p in doc.parties),
            tuple(d.person(x.person_id, x.position, x.organisation_id) for x in doc.signatories),
            event.title if event is not None else "", doc.summary,
        ))
    return lines


def commitment_order(line: CommitmentLine) -> tuple[int, str, str, date, int]:
    group = 0 if line.overdue else GROUP_ORDER.get(line.status, 5)
    due = line.due.last_day() if line.due is not None else date.max
    last = "\uffff"  # no responsible party or counterpart: after the named ones
    return (group, sort_key(line.responsible) or last, sort_key(" ".join(line.counterparts)) or last, due, line.id)


def commitment_lines(s: Session, d: Directory, rows: list[m.Commitment], today: date) -> list[CommitmentLine]:
    doc_ids = {c.document_id for c in rows if c.document_id is not None}
    event_ids = {c.event_id for c in rows if c.event_id is not None}
    parties = document_parties(s, doc_ids)
    event_orgs = event_organisations(s, event_ids)
    titles: dict[tuple[str, int], str] = {}
    for chunk in chunks(doc_ids):
        titles.update((("document", i), t) for i, t in s.execute(
            select(m.Document.id, m.Document.title).where(m.Document.id.in_(chunk))))
    for chunk in chunks(event_ids):
        titles.update((("event", i), t) for i, t in s.execute(
            select(m.Event.id, m.Event.title).where(m.Event.id.in_(chunk))))
    last_notes: dict[int, str] = {}
    for chunk in chunks([c.id for c in rows]):
        for cid, text in s.execute(select(m.NoteRow.commitment_id, m.NoteRow.text)
                                   .where(m.NoteRow.commitment_id.in_(chunk))
                                   .order_by(m.NoteRow.commitment_id, m.NoteRow.ord)):
            last_notes[cid] = text
    d.load_orgs([c.responsible_org_id for c in rows] + [o for ps in parties.values() for o in ps]
                + [o for os in event_orgs.values() for o in os])
    d.load_persons(c.responsible_person_id for c in rows)
    lines = []
    for c in rows:
        others: list[int] = list(parties.get(c.document_id, ())) if c.document_id is not None else []
        if c.event_id is not None:
            others += sorted(event_orgs.get(c.event_id, ()), key=lambda o: sort_key(d.org(o)))
        counterparts = d.orgs(o for o in others if o != c.responsible_org_id)
        origin = (titles.get(("document", c.document_id), "") if c.document_id is not None else "") or (
            titles.get(("event", c.event_id), "") if c.event_id is not None else "")
        overdue = c.status in ACTIVE and c.due_date is not None and c.due_date < today
        lines.append(CommitmentLine(
            c.id, c.text, c.status, c.due, overdue, d.org(c.responsible_org_id),
            d.person_name(c.responsible_person_id), counterparts, origin, last_notes.get(c.id, ""),
        ))
    lines.sort(key=commitment_order)
    return lines
