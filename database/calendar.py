"""What falls when: events and commitment deadlines over a range of days.

Dates in the archive are often partial ("2026", "2026-H1", "2026-03"). An item known to the day
is placed on its days; an item known only to a month, a half-year or a year is a *period item*:
it is returned for every range its period overlaps, never pinned to a made-up day, so a calendar
can show it in a strip beside the month instead of on the 1st.

Query functions take the caller's session and an explicit ``today`` (from ``archive.clock``), so
tests fix the day and nothing here reads the system clock. Rows are frozen dataclasses.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from database import models as m
from database.archive import Archive
from database.dates import PartialDate
from database.names import fold
from database.records import CommitmentStatus

EVENT = "event"
COMMITMENT = "commitment"
PENDING = (CommitmentStatus.OPEN.value, CommitmentStatus.IN_PROGRESS.value)
UID_DOMAIN = "elshi"
_UID = re.compile(r"^(event|commitment)-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@elshi$")
# Said in the words of the commitments list's index (models.LIST_ORDERS), so a range of due
# dates is a seek in it rather than a scan (the calendar's weeks; not the deadlines, which read
# that index in order and stop at their limit).
_HAS_DUE_DATE = m.Commitment.due_date.is_(None) == False  # noqa: E712 - SQL, not a Python test


def pending() -> ColumnElement[bool]:
    """Open or in progress, in the words of the partial index ``ix_commitments_pending``
    (``models.PENDING_WHERE``): the statuses written out, not bound, or SQLite cannot tell
    that the index holds every row the query wants."""
    return m.Commitment.status.in_([literal_column(f"'{v}'") for v in m.PENDING_STATUSES])


@dataclass(frozen=True)
class CalendarItem:
    """An event, or the deadline of a commitment, with the days it can fall on."""

    entity: str  # EVENT or COMMITMENT
    id: int
    uuid: str
    title: str  # the event's title, or the commitment's text
    kind: str  # an EventKind value; COMMITMENT for commitments
    status: str  # an EventStatus or CommitmentStatus value
    start: PartialDate  # the event's start, or the commitment's due date
    end: PartialDate | None  # the event's last day when it differs from start
    place: str = ""
    region: str = ""
    country: str = ""
    party: str = ""  # the organiser of an event; who is responsible for a commitment
    origin: str = ""  # the document or event a commitment came from
    summary: str = ""
    overdue: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def first_day(self) -> date:
        return self.start.first_day()

    @property
    def last_day(self) -> date:
        return (self.end or self.start).last_day()

    @property
    def exact(self) -> bool:
        """Known to the day (a one-day or multi-day item), so it can sit on its days."""
        return self.start.precision == "day" and (self.end is None or self.end.precision == "day")

    @property
    def period(self) -> str:
        """The dates as known: ``2026-H1``, ``2026-03-26``, ``2026-03-26/2026-03-28``."""
        if self.end is None or self.end == self.start:
            return str(self.start)
        return f"{self.start}/{self.end}"

    def overlaps(self, first: date, last: date) -> bool:
        return self.first_day <= last and self.last_day >= first

    def falls_on(self, day: date) -> bool:
        return self.exact and self.first_day <= day <= self.last_day


@dataclass(frozen=True)
class Agenda:
    """Items touching ``first``..``last``: those known to the day, and the period items."""

    first: date
    last: date
    dated: tuple[CalendarItem, ...] = ()
    periods: tuple[CalendarItem, ...] = ()

    @property
    def items(self) -> tuple[CalendarItem, ...]:
        return self.dated + self.periods

    def on(self, day: date) -> list[CalendarItem]:
        """What falls on one day (items known to the day only)."""
        return [i for i in self.dated if i.falls_on(day)]

    def periods_between(self, first: date, last: date) -> list[CalendarItem]:
        return [i for i in self.periods if i.overlaps(first, last)]

    def by_day(self) -> dict[date, list[CalendarItem]]:
        """Each day of the range that holds something, with what falls on it."""
        days: dict[date, list[CalendarItem]] = defaultdict(list)
        for item in self.dated:
            day = max(item.first_day, self.first)
            while day <= min(item.last_day, self.last):
                days[day].append(item)
                day += timedelta(days=1)
        return dict(sorted(days.items()))


@dataclass(frozen=True)
class CalendarFilter:
    """What a calendar shows; empty values mean "all"."""

    kinds: frozenset[str] = frozenset()  # EventKind values
    country: str = ""
    organisation_id: int | None = None  # a counterpart: organiser, delegation, party, responsible
    events: bool = True
    commitments: bool = True
    commitment_statuses: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Deadlines:
    """Pending commitments past their due date, and those due within the next days."""

    today: date
    overdue: tuple[CalendarItem, ...] = ()
    due_soon: tuple[CalendarItem, ...] = ()
    # How many there are: with a ``limit``, only the first of each are listed.
    overdue_total: int = 0
    due_soon_total: int = 0


@dataclass(frozen=True)
class Rollup:
    """Commitment counts, for a document, an event or the whole archive."""

    total: int = 0
    open: int = 0
    in_progress: int = 0
    done: int = 0
    dropped: int = 0
    overdue: int = 0  # pending and past due; counted again under open/in_progress

    @property
    def pending(self) -> int:
        return self.open + self.in_progress

    def by_status(self) -> dict[str, int]:
        return {s.value: getattr(self, s.value) for s in CommitmentStatus}


def uid_for(entity: str, uuid: str) -> str:
    """The iCalendar UID of a record: stable, so re-exports update rather than duplicate."""
    return f"{entity}-{uuid}@{UID_DOMAIN}"


def parse_uid(uid: str) -> tuple[str, str] | None:
    """(entity, uuid) for a UID Elshi wrote, None for any other calendar's UID."""
    match = _UID.match(uid.strip().lower())
    return (match.group(1), match.group(2)) if match else None


def is_overdue(status: str, due: PartialDate | None, today: date) -> bool:
    """Past the last day it could be met by, and neither done nor dropped."""
    return due is not None and status in PENDING and due.last_day() < today


# --- queries ----------------------------------------------------------------------------------

_Place = aliased(m.Place)
_Organiser = aliased(m.Organisation)
_Responsible = aliased(m.Organisation)
_ResponsiblePerson = aliased(m.Person)
_OriginEvent = aliased(m.Event)
_OriginDocument = aliased(m.Document)


def _event_has_country(event_id: Any, country: str) -> ColumnElement[bool]:
    """The event took place in the country, or its organiser or a delegation is from there."""
    folded = fold(country)
    place, organiser, delegate = aliased(m.Place), aliased(m.Organisation), aliased(m.Organisation)
    ev = aliased(m.Event)
    return or_(
        exists().where(ev.id == event_id, ev.place_id == place.id, func.elshi_fold(place.country) == folded),
        exists().where(ev.id == event_id, ev.organiser_id == organiser.id,
                       func.elshi_fold(organiser.country) == folded),
        exists().where(m.DelegationRow.event_id == event_id, m.DelegationRow.organisation_id == delegate.id,
                       func.elshi_fold(delegate.country) == folded),
    )


def _event_has_party(event_id: Any, organisation_id: int) -> ColumnElement[bool]:
    ev = aliased(m.Event)
    return or_(
        exists().where(ev.id == event_id, ev.organiser_id == organisation_id),
        exists().where(m.DelegationRow.event_id == event_id, m.DelegationRow.organisation_id == organisation_id),
    )


def _events(s: Session, first: date, last: date, flt: CalendarFilter) -> list[CalendarItem]:
    ev = m.Event
    stmt = (
        # Columns, not ORM objects: a month of a large archive is a thousand rows, and building
        # and tracking an object for each cost three times the query.
        select(ev.id, ev.uuid, ev.title, ev.kind, ev.status, ev.start, ev.end, ev.summary, ev.created_at,
               ev.updated_at, _Place.name, _Place.region, _Place.country, _Organiser.name)
        .outerjoin(_Place, m.Event.place_id == _Place.id)
        .outerjoin(_Organiser, m.Event.organiser_id == _Organiser.id)
        .where(m.Event.deleted_at.is_(None), m.Event.date_from <= last, m.Event.date_to >= first)
    )
    if flt.kinds:
        stmt = stmt.where(m.Event.kind.in_(sorted(flt.kinds)))
    if flt.country:
        stmt = stmt.where(_event_has_country(m.Event.id, flt.country))
    if flt.organisation_id is not None:
        stmt = stmt.where(_event_has_party(m.Event.id, flt.organisation_id))
    items = []
    for id_, uuid, title, kind, status, start, end, summary, created, updated, place, region, country, \
            organiser in s.execute(stmt):
        if start is None:
            continue
        items.append(CalendarItem(
            EVENT, id_, uuid, title, kind, status, start, end if end is not None and end != start else None,
            place or "", region or "", country or "", organiser or "", "", summary, False, created, updated,
        ))
    return items


def _commitment_conditions(flt: CalendarFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [m.Commitment.deleted_at.is_(None)]
    if flt.commitment_statuses:
        conds.append(m.Commitment.status.in_(sorted(flt.commitment_statuses)))
    if flt.country:
        folded = fold(flt.country)
        responsible = aliased(m.Organisation)
        conds.append(or_(
            exists().where(responsible.id == m.Commitment.responsible_org_id,
                           func.elshi_fold(responsible.country) == folded),
            _event_has_country(m.Commitment.event_id, flt.country),
        ))
    if flt.organisation_id is not None:
        org = flt.organisation_id
        conds.append(or_(
            m.Commitment.responsible_org_id == org,
            _event_has_party(m.Commitment.event_id, org),
            exists().where(m.PartyRow.document_id == m.Commitment.document_id, m.PartyRow.organisation_id == org),
        ))
    return conds


def _commitments(s: Session, conds: Sequence[ColumnElement[bool]], today: date,
                 limit: int | None = None) -> list[CalendarItem]:
    c = m.Commitment
    stmt = (
        select(c.id, c.uuid, c.text, c.status, c.due, c.created_at, c.updated_at, _Responsible.name,
               _ResponsiblePerson.name, _OriginDocument.title, _OriginEvent.title)
        .outerjoin(_Responsible, m.Commitment.responsible_org_id == _Responsible.id)
        .outerjoin(_ResponsiblePerson, m.Commitment.responsible_person_id == _ResponsiblePerson.id)
        .outerjoin(_OriginDocument, m.Commitment.document_id == _OriginDocument.id)
        .outerjoin(_OriginEvent, m.Commitment.event_id == _OriginEvent.id)
        .where(*conds)
    )
    if limit is not None:
        # The first ``limit`` in the commitments list's own order (models.LIST_ORDERS), read
        # from ix_commitments_pending in that order, no sort: the callers with a limit ask for
        # a range of due dates, so the list's "no due date last" holds of itself. Without a
        # limit the caller sorts what it gets.
        stmt = stmt.order_by(m.Commitment.due_date, m.Commitment.id.desc()).limit(limit)
    items = []
    for id_, uuid, text, status, due, created, updated, org, person, document, event in s.execute(stmt):
        if due is None:
            continue
        party = " / ".join(p for p in (org, person) if p)
        items.append(CalendarItem(
            COMMITMENT, id_, uuid, text, COMMITMENT, status, due, None,
            party=party, origin=document or event or "", overdue=is_overdue(status, due, today),
            created_at=created, updated_at=updated,
        ))
    return items


def _sort_key(item: CalendarItem) -> tuple[date, date, int, str, int]:
    # Events before deadlines on the same day: the day is read by what happens on it.
    return (item.first_day, item.last_day, item.entity != EVENT, item.title, item.id)


def _period_ends(first: date, last: date) -> list[date]:
    """The last days of the months, half-years and years overlapping ``first``..``last``."""
    ends: set[date] = set()
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        ends.add(PartialDate(year, month).last_day())
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    for year in range(first.year, last.year + 1):
        ends.update(end for end in (date(year, 6, 30), date(year, 12, 31)) if end >= first)
    return sorted(ends)


def agenda(s: Session, first: date, last: date, *, today: date,
           filters: CalendarFilter | None = None) -> Agenda:
    """Events and commitment deadlines touching ``first``..``last`` (both included)."""
    flt = filters or CalendarFilter()
    items: list[CalendarItem] = []
    if flt.events:
        items += _events(s, first, last, flt)
    if flt.commitments:
        # A deadline known to its day ("2027-03-26") has it as its due date; one known only to a
        # month, a half-year or a year ("2027") has the last day of that period, so it can only
        # be one of the few period ends that follow the range's first day and whose periods
        # begin by its last: asked for by name, each is a seek in the index rather than a walk
        # through months of deadlines.
        conds = [*_commitment_conditions(flt), _HAS_DUE_DATE, m.Commitment.due_date >= first,
                 or_(m.Commitment.due_date <= last,
                     and_(m.Commitment.due_date.in_(_period_ends(first, last)),
                          func.length(m.Commitment.due).in_([4, 7])))]
        items += [c for c in _commitments(s, conds, today) if c.overlaps(first, last)]
    items.sort(key=_sort_key)
    return Agenda(first, last, tuple(i for i in items if i.exact), tuple(i for i in items if not i.exact))


def deadlines(s: Session, *, today: date, days: int = 30,
              filters: CalendarFilter | None = None, limit: int | None = None) -> Deadlines:
    """Pending commitments already overdue, and those whose due date ends within ``days``, each
    by due date; with ``limit``, at most that many of each (the totals are always counted): an
    archive with decades of open commitments has tens of thousands of overdue ones."""
    flt = filters or CalendarFilter()
    # The lists are read from ix_commitments_pending in their order and stop at their limit;
    # the counts never leave an index.
    waiting = [*_commitment_conditions(flt), pending()]
    parts = []
    for conds in ([m.Commitment.due_date < today], [m.Commitment.due_date >= today,
                                                    m.Commitment.due_date <= today + timedelta(days=days)]):
        total = s.scalar(select(func.count()).select_from(m.Commitment).where(*waiting, *conds)) or 0
        parts.append((tuple(_commitments(s, [*waiting, *conds], today, limit=limit)), total))
    (overdue, overdue_total), (soon, soon_total) = parts
    return Deadlines(today, overdue, soon, overdue_total, soon_total)


def _rollup(counts: dict[str, int], overdue: int) -> Rollup:
    return Rollup(sum(counts.values()), counts.get("open", 0), counts.get("in_progress", 0),
                  counts.get("done", 0), counts.get("dropped", 0), overdue)


def status_counts(s: Session, *, today: date) -> Rollup:
    """How many commitments the archive holds in each status, and how many are overdue.

    Two counts that never leave an index (``ix_commitments_status_counts``): by status, then
    the pending ones past due; testing each row for "late" while counting took three times as long."""
    rows = s.execute(select(m.Commitment.status, func.count()).where(m.Commitment.deleted_at.is_(None))
                     .group_by(m.Commitment.status))
    by_status: dict[str, int] = {row[0]: row[1] for row in rows}
    late = s.scalar(select(func.count()).select_from(m.Commitment)
                    .where(m.Commitment.deleted_at.is_(None), pending(), m.Commitment.due_date < today)) or 0
    return _rollup(by_status, late) if by_status else Rollup()


def rollups(s: Session, entity: str | None, ids: Iterable[int] | None, *, today: date) -> dict[int, Rollup]:
    """Commitment counts per event or document ("3 of 5 done"); ``entity`` None counts all (key 0).

    With ``ids`` None every event or document holding commitments is counted.
    """
    owner: Any
    if entity is None:
        owner = None
    elif entity == EVENT:
        owner = m.Commitment.event_id
    elif entity == "document":
        owner = m.Commitment.document_id
    else:
        raise ValueError(f"no commitment roll-up for {entity}")
    late = case((and_(m.Commitment.status.in_(PENDING), m.Commitment.due_date < today), 1), else_=0)
    keys = [m.Commitment.status] if owner is None else [owner, m.Commitment.status]
    stmt = (
        select(*keys, func.count(), func.sum(late))
        .where(m.Commitment.deleted_at.is_(None))
        .group_by(*keys)
    )
    if owner is not None:
        stmt = stmt.where(owner.in_(list(ids)) if ids is not None else owner.is_not(None))
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    overdue: dict[int, int] = defaultdict(int)
    for row in s.execute(stmt):
        key, (status, n, late_n) = (0, tuple(row)) if owner is None else (row[0], tuple(row[1:]))
        counts[key][status] = n
        overdue[key] += late_n or 0
    result = {key: _rollup(c, overdue[key]) for key, c in counts.items()}
    for missing in set(ids or ()) - set(result):
        result[missing] = Rollup()
    return result


def rollup(s: Session, entity: str, record_id: int, *, today: date) -> Rollup:
    return rollups(s, entity, [record_id], today=today)[record_id]


def countries(s: Session) -> list[str]:
    """Countries named on places and organisations, for the calendar's country filter."""
    found = set(s.scalars(select(m.Place.country).where(m.Place.deleted_at.is_(None))))
    found |= set(s.scalars(select(m.Organisation.country).where(m.Organisation.deleted_at.is_(None))))
    return sorted((c for c in found if c and c.strip()), key=fold)


def counterparts(s: Session) -> list[tuple[int, str]]:
    """Organisations that organised, attended or answer for something: the counterpart filter."""
    org = m.Organisation
    used = or_(
        exists().where(m.Event.organiser_id == org.id, m.Event.deleted_at.is_(None)),
        exists().where(m.DelegationRow.organisation_id == org.id),
        exists().where(m.Commitment.responsible_org_id == org.id, m.Commitment.deleted_at.is_(None)),
        exists().where(m.PartyRow.organisation_id == org.id),
    )
    rows = s.execute(select(org.id, org.name).where(org.deleted_at.is_(None), used))
    return sorted(((r[0], r[1]) for r in rows), key=lambda r: fold(r[1]))


# --- with the archive's own clock ---------------------------------------------------------------


def upcoming(archive: Archive, days: int = 30, *, filters: CalendarFilter | None = None) -> Agenda:
    """What falls from today through the next ``days`` days, period items included."""
    today = archive.clock.today()
    with archive.session() as s:
        return agenda(s, today, today + timedelta(days=days), today=today, filters=filters)


def due(archive: Archive, days: int = 30, *, filters: CalendarFilter | None = None) -> Deadlines:
    today = archive.clock.today()
    with archive.session() as s:
        return deadlines(s, today=today, days=days, filters=filters)


def counts(archive: Archive) -> Rollup:
    with archive.session() as s:
        return status_counts(s, today=archive.clock.today())


__all__ = [
    "COMMITMENT", "EVENT", "Agenda", "CalendarFilter", "CalendarItem", "Deadlines", "Rollup",
    "agenda", "counterparts", "countries", "counts", "deadlines", "due", "is_overdue",
    "parse_uid", "rollup", "rollups", "status_counts", "uid_for", "upcoming",
]
