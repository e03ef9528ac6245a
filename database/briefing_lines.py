"""Archive records as briefing rows: events, documents and commitments with the names of what
they link to, in the order a briefing prints them."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date
from operator import itemgetter

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from database import models as m
from database.briefing_directory import Directory, chunks, rows_with, sort_key
from database.briefing_queries import CommitmentRow, document_parties, event_organisations
from database.briefing_rows import ACTIVE, GROUP_ORDER, CommitmentLine, DocumentLine, EventLine
from database.dates import PartialDate


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
    d.load_orgs([dl.organisation_id for e in rows for dl in e.delegations] + [e.organiser_id for e in rows])
    d.load_places(e.place_id for e in rows)
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
    d.load_places(doc.place_id for doc in docs)
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


def commitment_lines(s: Session, d: Directory, rows: Sequence[CommitmentRow], today: date) -> list[CommitmentLine]:
    """Briefing rows of these commitments (:data:`COMMITMENT_COLUMNS` rows), in
    :func:`commitment_order`. Names are folded once per organisation and the counterparts of an
    event sorted once per event, not once per commitment: a report may hold 200,000."""
    doc_ids = {c.document_id for c in rows if c.document_id is not None}
    event_ids = {c.event_id for c in rows if c.event_id is not None}
    parties = document_parties(s, doc_ids)
    event_orgs = event_organisations(s, event_ids)
    doc_titles: dict[int, str] = dict(rows_with(s, select(m.Document.id, m.Document.title), m.Document.id, doc_ids))
    event_titles: dict[int, str] = dict(rows_with(s, select(m.Event.id, m.Event.title), m.Event.id, event_ids))
    last_notes: dict[int, str] = dict(rows_with(
        s, select(m.NoteRow.commitment_id, m.NoteRow.text).order_by(m.NoteRow.commitment_id, m.NoteRow.ord),
        m.NoteRow.commitment_id, {c.id for c in rows}))  # the last of each commitment's notes wins
    d.load_orgs([c.responsible_org_id for c in rows] + [o for ps in parties.values() for o in ps]
                + [o for os in event_orgs.values() for o in os])
    d.load_persons(c.responsible_person_id for c in rows)
    key, name = d.org_key, d.loaded_org
    by_event: dict[int, list[int]] = {eid: sorted(orgs, key=lambda o: (key(o), o)) for eid, orgs in event_orgs.items()}
    last = "\uffff"  # no responsible party or counterpart: after the named ones
    known = d.known_orgs
    days: dict[PartialDate, date] = {}
    # Commitments of one document or event owed by one party share their counterparts.
    shared: dict[tuple[int | None, int | None, int | None], tuple[tuple[str, ...], str]] = {}
    keyed: list[tuple[tuple[int, str, str, date, int], CommitmentLine]] = []
    for c in rows:
        ours = (c.document_id, c.event_id, c.responsible_org_id)
        found = shared.get(ours)
        if found is None:
            others: list[int] = list(parties.get(c.document_id, ())) if c.document_id is not None else []
            if c.event_id is not None:
                others += by_event.get(c.event_id, ())
            shown = [o for o in dict.fromkeys(others) if o != c.responsible_org_id and o in known]
            # commitment_order's key from names folded once: folding "a b" is folding "a", then "b".
            found = shared[ours] = (tuple(name(o) for o in shown), " ".join(key(o) for o in shown) or last)
        counterparts, counterpart_key = found
        origin = (doc_titles.get(c.document_id, "") if c.document_id is not None else "") or (
            event_titles.get(c.event_id, "") if c.event_id is not None else "")
        overdue = c.status in ACTIVE and c.due_date is not None and c.due_date < today
        responsible = d.org(c.responsible_org_id)
        line = CommitmentLine(c.id, c.text, c.status, c.due, overdue, responsible,
                              d.person_name(c.responsible_person_id), counterparts, origin, last_notes.get(c.id, ""))
        due = date.max if c.due is None else (days.get(c.due) or days.setdefault(c.due, c.due.last_day()))
        group = 0 if overdue else GROUP_ORDER.get(c.status, 5)
        responsible_key = (key(c.responsible_org_id) if responsible else "") or last
        keyed.append(((group, responsible_key, counterpart_key, due, c.id), line))
    keyed.sort(key=itemgetter(0))
    return [line for _key, line in keyed]
