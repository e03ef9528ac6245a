"""What a printed briefing needs from the archive, gathered into plain frozen rows.

Five briefings: a document (its parties, signatories, period, directions, event and the
commitments arising from it), an event (who comes, what was signed with them, what is owed, what is next), a
counterpart dossier (an organisation, or every organisation of a country or region), the agenda
of a date range by week, and the commitments report. Each function takes the caller's session
and returns rows the PDF writers print as they are; nothing here formats text for a language.

*Counterparts* of an event are the organisations of its delegations and their members, and the
parties of the documents prepared at it. An organisation stands for its sub-organisations too
(a regional government for its ministry of culture). Records in the trash are left out.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Collection
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from database import models as m
from database.briefing_directory import Directory, chunks, sort_key
from database.briefing_lines import commitment_lines, document_lines, event_line, event_lines
from database.briefing_queries import (
    COMMITMENT_COLUMNS,
    commitment_days_with,
    commitments_with,
    document_parties,
    documents_with,
    events_with,
    latest_documents,
    live_commitments,
    load_commitments,
    next_events,
)
from database.briefing_rows import (
    AgendaWeek,
    CommitmentLine,
    CommitmentsReport,
    CounterpartDossier,
    DelegationLine,
    DocumentBriefing,
    DocumentLine,
    EventBriefing,
    EventLine,
    PersonLine,
    PlaceLine,
    TimelineEntry,
    UpcomingAgenda,
    commitment_group,
)
from database.errors import NotFound
from database.mapping import read_person
from database.people import position_on

# An event briefing prints at most this many of the most recent earlier documents, the most
# urgent owed commitments, and the next events with the same counterparts.
EARLIER_SHOWN, COMMITMENTS_SHOWN, UPCOMING_SHOWN = 20, 30, 10



def event_briefing(s: Session, event_id: int, today: date) -> EventBriefing:
    event = s.get(m.Event, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFound("record.not_found", f"event {event_id}")
    d = Directory(s)
    d.load_persons([dl.head_id for dl in event.delegations]
                   + [mb.person_id for dl in event.delegations for mb in dl.members])
    delegations = tuple(
        DelegationLine(
            dl.side, dl.role, d.org(dl.organisation_id),
            d.person(dl.head_id, *_head_position(dl)) if dl.head_id is not None else None,
            tuple(d.person(mb.person_id, mb.position, mb.organisation_id) for mb in dl.members),
        )
        for dl in event.delegations
    )
    here_ids = set(s.scalars(select(m.Document.id).where(m.Document.event_id == event_id,
                                                         m.Document.deleted_at.is_(None))))
    direct: list[int | None] = [dl.organisation_id for dl in event.delegations]
    direct += [mb.organisation_id for dl in event.delegations for mb in dl.members]
    direct += [o for ps in document_parties(s, here_ids).values() for o in ps]
    counterpart_ids = [o for o in dict.fromkeys(direct) if o is not None]
    orgs = d.with_descendants(counterpart_ids)

    documents_here = document_lines(s, d, here_ids)
    with_them = documents_with(s, orgs)
    earlier_ids = latest_documents(s, with_them - here_ids, event.date_to)
    earlier = document_lines(s, d, earlier_ids[:EARLIER_SHOWN])

    met = events_with(s, orgs)
    owed = commitment_days_with(s, orgs, active_only=True, events=met, documents=with_them)
    # The most urgent first: overdue, then by the day they fall due; those without a day last.
    urgent = sorted(owed, key=lambda i: (owed[i] is None, owed[i] or date.max, i))[:COMMITMENTS_SHOWN]
    commitments = commitment_lines(s, d, load_commitments(s, urgent), today)
    upcoming_ids = next_events(s, met - {event_id}, today)
    upcoming = event_lines(s, d, upcoming_ids[:UPCOMING_SHOWN])
    return EventBriefing(today, event_line(d, event), delegations, d.orgs(counterpart_ids),
                         tuple(documents_here), tuple(earlier), tuple(commitments), tuple(upcoming),
                         len(earlier_ids), len(owed), len(upcoming_ids))


def document_briefing(s: Session, document_id: int, today: date) -> DocumentBriefing:
    doc = s.get(m.Document, document_id)
    if doc is None or doc.deleted_at is not None:
        raise NotFound("record.not_found", f"document {document_id}")
    d = Directory(s)
    line = document_lines(s, d, [document_id])[0]
    day = line.signed_on.first_day() if line.signed_on is not None else None
    signatories = tuple(_signatory_on(s, d, x, day) for x in doc.signatories)
    events = event_lines(s, d, [doc.event_id]) if doc.event_id is not None else []
    arising = list(s.execute(select(*COMMITMENT_COLUMNS).where(m.Commitment.document_id == document_id,
                                                               m.Commitment.deleted_at.is_(None))))
    return DocumentBriefing(today, dataclasses.replace(line, signatories=signatories),
                            events[0] if events else None, tuple(commitment_lines(s, d, arising, today)))


def _signatory_on(s: Session, d: Directory, row: m.SignatoryRow, day: date | None) -> PersonLine:
    """A signatory with the position recorded on the document or, when none was, the one the
    person's career gives for the signing day."""
    position, org = row.position, row.organisation_id
    if not position.strip():
        person = s.get(m.Person, row.person_id)
        held = position_on(read_person(person, ()), day) if person is not None else None
        if held is not None:
            position, org = held.title, org if org is not None else held.organisation_id
    return d.person(row.person_id, position, org)


def _head_position(dl: m.DelegationRow) -> tuple[str, int | None]:
    for mb in dl.members:
        if mb.person_id == dl.head_id:
            return mb.position, mb.organisation_id
    return "", dl.organisation_id


def counterpart_dossier(
    s: Session, today: date, *, organisation_id: int | None = None, country: str = "", region: str = "",
) -> CounterpartDossier:
    """All that the archive holds on an organisation (with its sub-organisations), or on every
    organisation of a country or region (matched case-insensitively). Events held in that
    country or region count too."""
    d = Directory(s)
    place_ids: set[int] = set()
    if organisation_id is not None:
        org = s.get(m.Organisation, organisation_id)
        if org is None or org.deleted_at is not None:
            raise NotFound("record.not_found", f"organisation {organisation_id}")
        scope, name, roots = "organisation", org.name, {org.id}
    elif country.strip() or region.strip():
        column = m.Organisation.country if country.strip() else m.Organisation.region
        wanted = sort_key(country if country.strip() else region)
        scope, name = ("country", country.strip()) if country.strip() else ("region", region.strip())
        roots = {oid for oid, value in s.execute(select(m.Organisation.id, column)
                                                 .where(m.Organisation.deleted_at.is_(None)))
                 if sort_key(value) == wanted}
        place_column = m.Place.country if country.strip() else m.Place.region
        place_ids = {pid for pid, value in s.execute(select(m.Place.id, place_column))
                     if sort_key(value) == wanted}
    else:
        raise ValueError("a dossier needs an organisation, a country or a region")
    orgs = d.with_descendants(roots)
    event_ids = events_with(s, orgs)
    for chunk in chunks(place_ids):
        event_ids.update(s.scalars(select(m.Event.id).where(m.Event.place_id.in_(chunk))))
    events = event_lines(s, d, event_ids)
    documents = document_lines(s, d, documents_with(s, orgs))
    commitments = commitment_lines(s, d, commitments_with(s, orgs, active_only=False), today)

    timeline = [TimelineEntry(e.start, "event", e.title, e.status) for e in events]
    timeline += [TimelineEntry(doc.signed_on, "document", doc.title, doc.status) for doc in documents]
    timeline += [TimelineEntry(c.due, "commitment", c.text, c.status) for c in commitments]
    timeline.sort(key=lambda t: (t.when is None, t.when.first_day() if t.when else date.min,
                                 ("event", "document", "commitment").index(t.kind)))
    # The organisation asked for first, then the ones it stands for.
    members = sorted(d.orgs(roots), key=sort_key) + sorted(d.orgs(orgs - roots), key=sort_key)
    return CounterpartDossier(today, scope, name, tuple(members), tuple(timeline), tuple(events),
                              tuple(documents), tuple(commitments))


def upcoming_agenda(s: Session, date_from: date, date_to: date, today: date) -> UpcomingAgenda:
    """Events that may fall between ``date_from`` and ``date_to`` (inclusive), by ISO week. An
    event known only to the month, half-year or year is listed apart: its week is not known."""
    if date_to < date_from:
        date_from, date_to = date_to, date_from
    d = Directory(s)
    ids = set(s.scalars(select(m.Event.id).where(
        m.Event.deleted_at.is_(None), m.Event.date_from <= date_to, m.Event.date_to >= date_from)))
    weeks: dict[date, list[EventLine]] = defaultdict(list)
    undated: list[EventLine] = []
    for e in event_lines(s, d, ids):
        if e.start is None or e.start.precision != "day":
            undated.append(e)
            continue
        day = max(e.start.first_day(), date_from)
        weeks[day - timedelta(days=day.weekday())].append(e)
    agenda = tuple(AgendaWeek(mon.isocalendar()[0], mon.isocalendar()[1], mon, tuple(evs))
                   for mon, evs in sorted(weeks.items()))
    return UpcomingAgenda(today, date_from, date_to, agenda, tuple(undated))


def commitments_report(
    s: Session, today: date, *, statuses: Collection[str] = (), responsible_id: int | None = None,
    counterpart_id: int | None = None,
) -> CommitmentsReport:
    """Commitments by status, responsible party and counterpart, overdue first. ``statuses``
    narrows to those statuses; ``responsible_id`` to what one organisation owes (with its
    sub-organisations); ``counterpart_id`` to what is owed by or to an organisation."""
    d = Directory(s)
    if counterpart_id is not None:
        rows = commitments_with(s, d.with_descendants([counterpart_id]), active_only=False)
    else:
        rows = live_commitments(s)
    if statuses:
        rows = [c for c in rows if c.status in statuses]
    if responsible_id is not None:
        owners = d.with_descendants([responsible_id])
        rows = [c for c in rows if c.responsible_org_id in owners]
    return CommitmentsReport(today, tuple(commitment_lines(s, d, rows, today)), tuple(statuses))


__all__ = [
    "AgendaWeek", "CommitmentLine", "CommitmentsReport", "CounterpartDossier", "DelegationLine",
    "DocumentBriefing", "DocumentLine", "EventBriefing", "EventLine", "PersonLine", "PlaceLine", "TimelineEntry",
    "UpcomingAgenda", "commitment_group", "commitments_report", "counterpart_dossier", "document_briefing",
    "event_briefing", "upcoming_agenda",
]
