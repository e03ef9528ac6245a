"""What a printed briefing needs from the archive, gathered into plain frozen rows.

Four briefings: an event (who comes, what was signed with them, what is owed, what is next), a
counterpart dossier (an organisation, or every organisation of a country or region), the agenda
of a date range by week, and the commitments report. Each function takes the caller's session
and returns rows the PDF writers print as they are; nothing here formats text for a language.

*Counterparts* of an event are the organisations of its delegations and their members, and the
parties of the documents prepared at it. An organisation stands for its sub-organisations too
(a regional government for its ministry of culture). Records in the trash are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from database import models as m
from database.errors import NotFound
from database.dates import PartialDate
from database.names import fold

ACTIVE = ("open", "in_progress")  # commitments still owed
# An event briefing prints at most this many of the most recent earlier documents, the most
# urgent owed commitments, and the next events with the same counterparts.
EARLIER_SHOWN, COMMITMENTS_SHOWN, UPCOMING_SHOWN = 20, 30, 10
# Han, kana, Hangul and CJK punctuation: spellings a Kazakh or Russian reader cannot derive.
_CJK_RANGES = ((0x2E80, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF), (0x20000, 0x3FFFF))


# --- rows -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceLine:
    name: str
    country: str = ""
    region: str = ""
    also: tuple[str, ...] = ()  # spellings in Chinese characters (上海), for readers on both sides


@dataclass(frozen=True)
class PersonLine:
    name: str
    position: str = ""
    organisation: str = ""
    also: tuple[str, ...] = ()  # the name in Chinese characters (龚正), when the archive has it


@dataclass(frozen=True)
class DelegationLine:
    side: str
    role: str  # DelegationRole value
    organisation: str
    head: PersonLine | None
    members: tuple[PersonLine, ...]


@dataclass(frozen=True)
class EventLine:
    id: int
    uuid: str
    title: str
    kind: str  # EventKind value
    status: str  # EventStatus value
    start: PartialDate | None
    end: PartialDate | None
    place: PlaceLine | None
    organiser: str
    summary: str
    source: str
    participants: tuple[str, ...]  # organisations of the delegations


@dataclass(frozen=True)
class DocumentLine:
    id: int
    title: str
    kind: str  # DocumentKind value
    status: str  # DocumentStatus value
    signed_on: PartialDate | None  # as recorded; else the date of the event it came from
    place: PlaceLine | None
    period_start: PartialDate | None
    period_end: PartialDate | None
    directions_count: int | None
    directions: tuple[str, ...]
    parties: tuple[str, ...]
    signatories: tuple[PersonLine, ...]
    event: str  # title of the event it was signed at, or ""
    summary: str


@dataclass(frozen=True)
class CommitmentLine:
    id: int
    text: str
    status: str  # CommitmentStatus value
    due: PartialDate | None
    overdue: bool  # past its last possible day and still owed, as of the briefing's day
    responsible: str  # organisation, or ""
    responsible_person: str
    counterparts: tuple[str, ...]  # the other parties of its document or event
    origin: str  # title of the document or event it came from, or ""
    last_note: str


@dataclass(frozen=True)
class EventBriefing:
    today: date
    event: EventLine
    delegations: tuple[DelegationLine, ...]
    counterparts: tuple[str, ...]
    documents_here: tuple[DocumentLine, ...]
    documents_earlier: tuple[DocumentLine, ...]
    commitments: tuple[CommitmentLine, ...]  # owed, overdue first
    upcoming: tuple[EventLine, ...]
    # How many of each there are in the archive: a regional government met at thousands of events
    # would otherwise fill hundreds of pages, so only the nearest in time are printed (the
    # ``*_SHOWN`` limits) and the briefing says how many more the archive holds.
    documents_earlier_total: int = 0
    commitments_total: int = 0
    upcoming_total: int = 0


@dataclass(frozen=True)
class TimelineEntry:
    when: PartialDate | None
    kind: str  # "event", "document" or "commitment"
    title: str
    status: str  # the status value of that record type


@dataclass(frozen=True)
class CounterpartDossier:
    today: date
    scope: str  # "organisation", "country" or "region"
    name: str  # the organisation's name, or the country or region as given
    organisations: tuple[str, ...]  # every organisation the dossier covers
    timeline: tuple[TimelineEntry, ...]
    events: tuple[EventLine, ...]
    documents: tuple[DocumentLine, ...]
    commitments: tuple[CommitmentLine, ...]


@dataclass(frozen=True)
class AgendaWeek:
    year: int  # ISO week-numbering year
    week: int
    monday: date
    events: tuple[EventLine, ...]


@dataclass(frozen=True)
class UpcomingAgenda:
    today: date
    date_from: date
    date_to: date
    weeks: tuple[AgendaWeek, ...]
    undated: tuple[EventLine, ...]  # in the range, but known only to the month, half or year


@dataclass(frozen=True)
class CommitmentsReport:
    today: date
    rows: tuple[CommitmentLine, ...]  # overdue first, then by status, responsible, counterpart
    statuses: tuple[str, ...]  # the statuses asked for; () for all


# --- lookups --------------------------------------------------------------------------------


def _has_cjk(text: str) -> bool:
    return any(lo <= ord(ch) <= hi for ch in text for lo, hi in _CJK_RANGES)


def _key(text: str) -> str:
    return fold(text)


class _Directory:
    """Names of linked records, fetched in bulk as needed and cached for one briefing."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._orgs: dict[int, str] = {}
        self._persons: dict[int, tuple[str, tuple[str, ...]]] = {}
        self._places: dict[int, PlaceLine] = {}
        self._children: dict[int, list[int]] | None = None

    def org(self, org_id: int | None) -> str:
        if org_id is None:
            return ""
        if org_id not in self._orgs:
            self.load_orgs([org_id])
        return self._orgs.get(org_id, "")

    def load_orgs(self, ids: Iterable[int | None]) -> None:
        missing = {i for i in ids if i is not None and i not in self._orgs}
        for chunk in _chunks(missing):
            for oid, name in self.s.execute(select(m.Organisation.id, m.Organisation.name)
                                             .where(m.Organisation.id.in_(chunk))):
                self._orgs[oid] = name

    def orgs(self, ids: Iterable[int | None]) -> tuple[str, ...]:
        """Names of these organisations, each once, in the order given."""
        wanted = [i for i in dict.fromkeys(ids) if i is not None]
        self.load_orgs(wanted)
        return tuple(self._orgs[i] for i in wanted if i in self._orgs)

    def person(self, person_id: int | None, position: str = "", org_id: int | None = None) -> PersonLine:
        if person_id is not None and person_id not in self._persons:
            self.load_persons([person_id])
        name, also = self._persons.get(person_id, ("", ())) if person_id is not None else ("", ())
        return PersonLine(name, position, self.org(org_id), also)

    def load_persons(self, ids: Iterable[int | None]) -> None:
        missing = {i for i in ids if i is not None and i not in self._persons}
        if not missing:
            return
        also: dict[int, list[str]] = defaultdict(list)
        names: dict[int, str] = {}
        for chunk in _chunks(missing):
            for pid, name in self.s.execute(select(m.Person.id, m.Person.name).where(m.Person.id.in_(chunk))):
                names[pid] = name
            rows = self.s.execute(select(m.PersonNameRow.person_id, m.PersonNameRow.name)
                                  .where(m.PersonNameRow.person_id.in_(chunk))
                                  .order_by(m.PersonNameRow.person_id, m.PersonNameRow.ord))
            for pid, other in rows:
                if _has_cjk(other) and other != names.get(pid):
                    also[pid].append(other)
        for pid, name in names.items():
            self._persons[pid] = (name, tuple(also[pid]))

    def person_name(self, person_id: int | None) -> str:
        return self.person(person_id).name if person_id is not None else ""

    def place(self, place_id: int | None) -> PlaceLine | None:
        if place_id is None:
            return None
        if place_id not in self._places:
            place = self.s.get(m.Place, place_id)
            if place is None:
                return None
            also = tuple(a.name for a in place.aliases if _has_cjk(a.name))
            self._places[place_id] = PlaceLine(place.name, place.country, place.region, also)
        return self._places[place_id]

    def with_descendants(self, ids: Iterable[int]) -> set[int]:
        if self._children is None:
            self._children = defaultdict(list)
            for oid, parent in self.s.execute(select(m.Organisation.id, m.Organisation.parent_id)
                                              .where(m.Organisation.parent_id.is_not(None))):
                if parent is not None:
                    self._children[parent].append(oid)
        found = set(ids)
        todo = list(found)
        while todo:
            for child in self._children.get(todo.pop(), ()):
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return found


def _chunks(ids: Collection[int], size: int = 900) -> Iterable[list[int]]:
    # SQLite caps the number of bound parameters in one statement.
    items = sorted(ids)
    for i in range(0, len(items), size):
        yield items[i:i + size]


# --- which records touch which organisations ------------------------------------------------


def _event_orgs(s: Session, event_ids: Collection[int]) -> dict[int, set[int]]:
    """For each event: the organisations of its delegations, their members and its organiser."""
    found: dict[int, set[int]] = defaultdict(set)
    for chunk in _chunks(event_ids):
        for eid, org in s.execute(select(m.DelegationRow.event_id, m.DelegationRow.organisation_id)
                                  .where(m.DelegationRow.event_id.in_(chunk))):
            if org is not None:
                found[eid].add(org)
        for eid, org in s.execute(select(m.DelegationRow.event_id, m.MemberRow.organisation_id)
                                  .join(m.MemberRow, m.MemberRow.delegation_id == m.DelegationRow.id)
                                  .where(m.DelegationRow.event_id.in_(chunk))):
            if org is not None:
                found[eid].add(org)
        for eid, org in s.execute(select(m.Event.id, m.Event.organiser_id).where(m.Event.id.in_(chunk))):
            if org is not None:
                found[eid].add(org)
    return found


def _document_parties(s: Session, document_ids: Collection[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for chunk in _chunks(document_ids):
        for did, org in s.execute(select(m.PartyRow.document_id, m.PartyRow.organisation_id)
                                  .where(m.PartyRow.document_id.in_(chunk)).order_by(m.PartyRow.ord)):
            found[did].append(org)
    return found


def _events_with(s: Session, orgs: Collection[int]) -> set[int]:
    """Events whose delegations, members or organiser include any of ``orgs``."""
    found: set[int] = set()
    for chunk in _chunks(orgs):
        found.update(s.scalars(select(m.DelegationRow.event_id).where(m.DelegationRow.organisation_id.in_(chunk))))
        found.update(s.scalars(select(m.DelegationRow.event_id)
                               .join(m.MemberRow, m.MemberRow.delegation_id == m.DelegationRow.id)
                               .where(m.MemberRow.organisation_id.in_(chunk))))
        found.update(s.scalars(select(m.Event.id).where(m.Event.organiser_id.in_(chunk))))
    return found


def _documents_with(s: Session, orgs: Collection[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(orgs):
        found.update(s.scalars(select(m.PartyRow.document_id).where(m.PartyRow.organisation_id.in_(chunk))))
    return found


# --- building rows --------------------------------------------------------------------------


def _event_line(d: _Directory, e: m.Event) -> EventLine:
    participants = d.orgs(dl.organisation_id for dl in e.delegations)
    return EventLine(e.id, e.uuid, e.title, e.kind, e.status, e.start, e.end, d.place(e.place_id),
                     d.org(e.organiser_id), e.summary, e.source, participants)


def _events(s: Session, d: _Directory, ids: Collection[int]) -> list[EventLine]:
    rows: list[m.Event] = []
    for chunk in _chunks(ids):
        rows.extend(s.scalars(select(m.Event).options(selectinload(m.Event.delegations))
                              .where(m.Event.id.in_(chunk), m.Event.deleted_at.is_(None))))
    rows.sort(key=lambda e: (e.date_from is None, e.date_from or date.min, e.date_to or date.min, e.id))
    return [_event_line(d, e) for e in rows]


def _document_day(doc: m.Document, event_days: Mapping[int, date | None]) -> date | None:
    if doc.signed_from is not None:
        return doc.signed_from
    return event_days.get(doc.event_id) if doc.event_id is not None else None


def _documents(s: Session, d: _Directory, ids: Collection[int]) -> list[DocumentLine]:
    docs: list[m.Document] = []
    for chunk in _chunks(ids):
        docs.extend(s.scalars(
            select(m.Document)
            .options(selectinload(m.Document.parties), selectinload(m.Document.signatories),
                     selectinload(m.Document.directions))
            .where(m.Document.id.in_(chunk), m.Document.deleted_at.is_(None))))
    event_ids = {doc.event_id for doc in docs if doc.event_id is not None}
    events: dict[int, m.Event] = {}
    for chunk in _chunks(event_ids):
        events.update((e.id, e) for e in s.scalars(select(m.Event).where(m.Event.id.in_(chunk))))
    event_days = {eid: e.date_from for eid, e in events.items()}
    docs.sort(key=lambda doc: (_document_day(doc, event_days) is None,
                               _document_day(doc, event_days) or date.min, doc.id))
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


_GROUP_ORDER = {"open": 1, "in_progress": 2, "done": 3, "dropped": 4}


def commitment_group(line: CommitmentLine) -> str:
    """The report section a commitment falls in: "overdue" or its status."""
    return "overdue" if line.overdue else line.status


def _commitment_order(line: CommitmentLine) -> tuple[int, str, str, date, int]:
    group = 0 if line.overdue else _GROUP_ORDER.get(line.status, 5)
    due = line.due.last_day() if line.due is not None else date.max
    last = "\uffff"  # no responsible party or counterpart: after the named ones
    return (group, _key(line.responsible) or last, _key(" ".join(line.counterparts)) or last, due, line.id)


def _commitments(s: Session, d: _Directory, rows: list[m.Commitment], today: date) -> list[CommitmentLine]:
    doc_ids = {c.document_id for c in rows if c.document_id is not None}
    event_ids = {c.event_id for c in rows if c.event_id is not None}
    parties = _document_parties(s, doc_ids)
    event_orgs = _event_orgs(s, event_ids)
    titles: dict[tuple[str, int], str] = {}
    for chunk in _chunks(doc_ids):
        titles.update((("document", i), t) for i, t in s.execute(
            select(m.Document.id, m.Document.title).where(m.Document.id.in_(chunk))))
    for chunk in _chunks(event_ids):
        titles.update((("event", i), t) for i, t in s.execute(
            select(m.Event.id, m.Event.title).where(m.Event.id.in_(chunk))))
    last_notes: dict[int, str] = {}
    for chunk in _chunks([c.id for c in rows]):
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
            others += sorted(event_orgs.get(c.event_id, ()), key=lambda o: _key(d.org(o)))
        counterparts = d.orgs(o for o in others if o != c.responsible_org_id)
        origin = (titles.get(("document", c.document_id), "") if c.document_id is not None else "") or (
            titles.get(("event", c.event_id), "") if c.event_id is not None else "")
        overdue = c.status in ACTIVE and c.due_date is not None and c.due_date < today
        lines.append(CommitmentLine(
            c.id, c.text, c.status, c.due, overdue, d.org(c.responsible_org_id),
            d.person_name(c.responsible_person_id), counterparts, origin, last_notes.get(c.id, ""),
        ))
    lines.sort(key=_commitment_order)
    return lines


def _commitments_with(s: Session, orgs: set[int], *, active_only: bool) -> list[m.Commitment]:
    """Commitments owed by one of ``orgs`` or owed to them: their document or event involves them."""
    return _load_commitments(s, _commitment_days_with(s, orgs, active_only=active_only))


def _commitment_days_with(s: Session, orgs: set[int], *, active_only: bool, events: set[int] | None = None,
                          documents: set[int] | None = None) -> dict[int, date | None]:
    """The ids (and last days due) of :func:`_commitments_with`, read without the records;
    ``events`` and ``documents`` are those involving ``orgs``, when the caller has them already."""
    events = _events_with(s, orgs) if events is None else events
    documents = _documents_with(s, orgs) if documents is None else documents
    stmt = select(m.Commitment.id, m.Commitment.due_date).where(m.Commitment.deleted_at.is_(None))
    if active_only:
        stmt = stmt.where(m.Commitment.status.in_(ACTIVE))
    found: dict[int, date | None] = {}
    for ids, column in ((orgs, m.Commitment.responsible_org_id), (events, m.Commitment.event_id),
                        (documents, m.Commitment.document_id)):
        for chunk in _chunks(ids):
            found.update((row[0], row[1]) for row in s.execute(stmt.where(column.in_(chunk))))
    return found


def _load_commitments(s: Session, ids: Iterable[int]) -> list[m.Commitment]:
    rows: list[m.Commitment] = []
    for chunk in _chunks(set(ids)):
        rows.extend(s.scalars(select(m.Commitment).where(m.Commitment.id.in_(chunk))))
    return rows


# --- the four briefings ---------------------------------------------------------------------


def event_briefing(s: Session, event_id: int, today: date) -> EventBriefing:
    event = s.get(m.Event, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFound("record.not_found", f"event {event_id}")
    d = _Directory(s)
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
    direct += [o for ps in _document_parties(s, here_ids).values() for o in ps]
    counterpart_ids = [o for o in dict.fromkeys(direct) if o is not None]
    orgs = d.with_descendants(counterpart_ids)

    documents_here = _documents(s, d, here_ids)
    with_them = _documents_with(s, orgs)
    earlier_ids = _latest_documents(s, with_them - here_ids, event.date_to)
    earlier = _documents(s, d, earlier_ids[:EARLIER_SHOWN])

    met = _events_with(s, orgs)
    owed = _commitment_days_with(s, orgs, active_only=True, events=met, documents=with_them)
    # The most urgent first: overdue, then by the day they fall due; those without a day last.
    urgent = sorted(owed, key=lambda i: (owed[i] is None, owed[i] or date.max, i))[:COMMITMENTS_SHOWN]
    commitments = _commitments(s, d, _load_commitments(s, urgent), today)
    upcoming_ids = _next_events(s, met - {event_id}, today)
    upcoming = _events(s, d, upcoming_ids[:UPCOMING_SHOWN])
    return EventBriefing(today, _event_line(d, event), delegations, d.orgs(counterpart_ids),
                         tuple(documents_here), tuple(earlier), tuple(commitments), tuple(upcoming),
                         len(earlier_ids), len(owed), len(upcoming_ids))


def _latest_documents(s: Session, ids: Collection[int], until: date | None) -> list[int]:
    """Of these documents (not in the trash), those not signed after ``until``, the most recent
    first (a document without a day of its own has its event's; with neither, last)."""
    found: list[tuple[date | None, int]] = []
    for chunk in _chunks(ids):
        for doc_id, signed, event_day in s.execute(
                select(m.Document.id, m.Document.signed_from, m.Event.date_from)
                .outerjoin(m.Event, m.Event.id == m.Document.event_id)
                .where(m.Document.id.in_(chunk), m.Document.deleted_at.is_(None))):
            if until is None or signed is None or signed <= until:
                found.append((signed if signed is not None else event_day, doc_id))
    found.sort(key=lambda x: (x[0] is not None, x[0] or date.min, x[1]), reverse=True)
    return [doc_id for _day, doc_id in found]


def _next_events(s: Session, ids: Collection[int], today: date) -> list[int]:
    """Of these dated events (not in the trash), those not over by ``today``, the soonest first."""
    found: list[tuple[bool, date, int]] = []
    for chunk in _chunks(ids):
        for event_id, first, last in s.execute(
                select(m.Event.id, m.Event.date_from, m.Event.date_to)
                .where(m.Event.id.in_(chunk), m.Event.deleted_at.is_(None))):
            if last is not None and last >= today:
                found.append((first is None, first or date.min, event_id))
    found.sort()
    return [event_id for *_key, event_id in found]


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
    d = _Directory(s)
    place_ids: set[int] = set()
    if organisation_id is not None:
        org = s.get(m.Organisation, organisation_id)
        if org is None or org.deleted_at is not None:
            raise NotFound("record.not_found", f"organisation {organisation_id}")
        scope, name, roots = "organisation", org.name, {org.id}
    elif country.strip() or region.strip():
        column = m.Organisation.country if country.strip() else m.Organisation.region
        wanted = _key(country if country.strip() else region)
        scope, name = ("country", country.strip()) if country.strip() else ("region", region.strip())
        roots = {oid for oid, value in s.execute(select(m.Organisation.id, column)
                                                 .where(m.Organisation.deleted_at.is_(None)))
                 if _key(value) == wanted}
        place_column = m.Place.country if country.strip() else m.Place.region
        place_ids = {pid for pid, value in s.execute(select(m.Place.id, place_column))
                     if _key(value) == wanted}
    else:
        raise ValueError("a dossier needs an organisation, a country or a region")
    orgs = d.with_descendants(roots)
    event_ids = _events_with(s, orgs)
    for chunk in _chunks(place_ids):
        event_ids.update(s.scalars(select(m.Event.id).where(m.Event.place_id.in_(chunk))))
    events = _events(s, d, event_ids)
    documents = _documents(s, d, _documents_with(s, orgs))
    commitments = _commitments(s, d, _commitments_with(s, orgs, active_only=False), today)

    timeline = [TimelineEntry(e.start, "event", e.title, e.status) for e in events]
    timeline += [TimelineEntry(doc.signed_on, "document", doc.title, doc.status) for doc in documents]
    timeline += [TimelineEntry(c.due, "commitment", c.text, c.status) for c in commitments]
    timeline.sort(key=lambda t: (t.when is None, t.when.first_day() if t.when else date.min,
                                 ("event", "document", "commitment").index(t.kind)))
    # The organisation asked for first, then the ones it stands for.
    members = sorted(d.orgs(roots), key=_key) + sorted(d.orgs(orgs - roots), key=_key)
    return CounterpartDossier(today, scope, name, tuple(members), tuple(timeline), tuple(events),
                              tuple(documents), tuple(commitments))


def upcoming_agenda(s: Session, date_from: date, date_to: date, today: date) -> UpcomingAgenda:
    """Events that may fall between ``date_from`` and ``date_to`` (inclusive), by ISO week. An
    event known only to the month, half-year or year is listed apart: its week is not known."""
    if date_to < date_from:
        date_from, date_to = date_to, date_from
    d = _Directory(s)
    ids = set(s.scalars(select(m.Event.id).where(
        m.Event.deleted_at.is_(None), m.Event.date_from <= date_to, m.Event.date_to >= date_from)))
    weeks: dict[date, list[EventLine]] = defaultdict(list)
    undated: list[EventLine] = []
    for e in _events(s, d, ids):
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
    d = _Directory(s)
    if counterpart_id is not None:
        rows = _commitments_with(s, d.with_descendants([counterpart_id]), active_only=False)
    else:
        rows = list(s.scalars(select(m.Commitment).where(m.Commitment.deleted_at.is_(None))))
    if statuses:
        rows = [c for c in rows if c.status in statuses]
    if responsible_id is not None:
        owners = d.with_descendants([responsible_id])
        rows = [c for c in rows if c.responsible_org_id in owners]
    return CommitmentsReport(today, tuple(_commitments(s, d, rows, today)), tuple(statuses))


__all__ = [
    "AgendaWeek", "CommitmentLine", "CommitmentsReport", "CounterpartDossier", "DelegationLine",
    "DocumentLine", "EventBriefing", "EventLine", "PersonLine", "PlaceLine", "TimelineEntry",
    "UpcomingAgenda", "commitment_group", "commitments_report", "counterpart_dossier",
    "event_briefing", "upcoming_agenda",
]
