"""Planned events from an iCalendar file: a preview first, then the writes.

:func:`plan_import` reads the file and says, entry by entry, what would happen (add, update,
unchanged, or skipped and why) without writing anything; :func:`apply_import` then writes the
entries the person accepted, all in one transaction: a failure (a full disk, a kill) leaves
nothing of the import. Every draft the preview offers has already passed the archive's own
checks on its normalised (NFC) text, so the preview and the write agree. Importing the same
file again matches entries by UID, so it updates instead of duplicating:

- a UID Elshi wrote (``event-<uuid>@elshi``) names the event's own UUID;
- any other UID is remembered in the small ``calendar_uids`` table (UID -> event), created the
  first time a foreign entry is imported. It is a convenience for re-imports, not part of the
  record: exports and merges do not carry it.

On an update only what a calendar knows is taken over (title, dates, place when it is one the
archive knows, kind, a cancellation); delegations, summary and status kept in the archive stay.
"""

from __future__ import annotations

import contextlib
import dataclasses
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, inspect, select
from sqlalchemy.orm import Session

from database import models as m
from database.archive import Archive
from database.calendar import parse_uid
from database.dates import DateParseError, PartialDate
from database.errors import Conflict, NotFound
from database.names import fold
from database.records import LONG, TITLE, Changes, Entity, EventDraft, EventKind, EventStatus, Record
from database.validation import ValidationError, check

if TYPE_CHECKING:  # icalendar is imported when a file is read: the window need not load it to start
    from icalendar import Component

ADD, UPDATE, UNCHANGED, SKIP = "add", "update", "unchanged", "skip"
# Why an entry is skipped: codes for the UI to put into words.
NO_DATE, NO_TITLE, A_COMMITMENT, IN_TRASH, REPEATED_UID, UNREADABLE, INVALID = (
    "no_date", "no_title", "commitment", "in_trash", "repeated_uid", "unreadable", "invalid")
# What a third-party parser may raise on a property it cannot read (a DTSTART;VALUE=TIME, a
# DURATION past the year 9999): the entry is skipped, never the import crashed.
PARSE_ERRORS = (KeyError, IndexError, ValueError, TypeError, AttributeError, OverflowError)

_uid_metadata = MetaData()
CALENDAR_UIDS = Table(
    "calendar_uids", _uid_metadata,
    Column("uid", String(1000), primary_key=True),
    Column("event_id", Integer, ForeignKey(m.Event.id, ondelete="CASCADE"), nullable=False, index=True),
)


class IcsError(Exception):
    """The file cannot be read as a calendar; ``code`` names why."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class IcsEntry:
    """One VEVENT of the file and what importing it would do."""

    uid: str
    title: str
    start: PartialDate | None
    end: PartialDate | None
    location: str = ""  # as the file says it
    place_id: int | None = None  # the archive's place of that name, if any
    description: str = ""
    kind: EventKind | None = None  # from CATEGORIES, when one names a kind of event
    cancelled: bool = False
    recurring: bool = False  # only the first date of a repeating entry is imported
    action: str = ADD
    reason: str = ""  # for SKIP
    event_id: int | None = None  # the event it matches
    version: int | None = None  # that event's version when the plan was made: an update is refused if it moved
    changes: tuple[str, ...] = ()  # fields an update changes
    draft: EventDraft | None = None  # what would be written

    @property
    def period(self) -> str:
        if self.start is None:
            return ""
        return str(self.start) if self.end is None else f"{self.start}/{self.end}"


@dataclass(frozen=True)
class ImportResult:
    added: tuple[int, ...] = ()
    updated: tuple[int, ...] = ()
    unchanged: int = 0
    skipped: int = 0


# --- reading the file -----------------------------------------------------------------------------


def _text(component: Component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return _clean(str(value))


def _clean(text: str) -> str:
    # The archive keeps NFC and refuses control characters; calendars from other programs may carry some.
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if ord(c) >= 32 or c in "\n\t").strip()


def _fit(text: str, limit: int) -> str:
    """At most ``limit`` characters once normalised as the archive stores it (NFC can make a
    text longer: U+0958 becomes two characters)."""
    cut = unicodedata.normalize("NFC", text)[:limit]
    while len(unicodedata.normalize("NFC", cut)) > limit:
        cut = cut[:-1]
    return unicodedata.normalize("NFC", cut).strip()


def _categories(component: Component) -> list[str]:
    found: list[str] = []
    raw = component.get("categories")
    for prop in raw if isinstance(raw, list) else [raw] if raw is not None else []:
        found += [str(c) for c in getattr(prop, "cats", [])]
    return found


def _day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def _decoded(component: Component, name: str) -> Any:
    try:
        return component.decoded(name) if name in component else None
    except PARSE_ERRORS:
        return None


def _days(component: Component) -> tuple[date | None, date | None]:
    """First and last day, with an all-day DTEND (exclusive) turned into the last day."""
    raw_start = _decoded(component, "dtstart")
    first = _day(raw_start)
    if first is None:
        return None, None
    raw_end = _decoded(component, "dtend")
    if raw_end is None and isinstance(_decoded(component, "duration"), timedelta):
        try:
            raw_end = raw_start + _decoded(component, "duration")
        except PARSE_ERRORS:  # past the year 9999: no usable end, the entry is one day
            raw_end = None
    last = _day(raw_end)
    if last is not None and raw_end is not None:
        ends_at_midnight = not isinstance(raw_end, datetime) or raw_end.time() == datetime.min.time()
        if ends_at_midnight and last > first:
            last -= timedelta(days=1)
    if last is None or last < first:
        last = first
    return first, last


def _partial(component: Component, name: str) -> PartialDate | None:
    text = _text(component, name)
    try:
        return PartialDate.parse(text) if text else None
    except DateParseError:
        return None


def _dates(component: Component) -> tuple[PartialDate | None, PartialDate | None]:
    first, last = _days(component)
    if first is None or last is None:
        return None, None
    # Elshi's own export keeps the date as known; trust it only while the entry still spans
    # exactly that period (someone may have moved it in their calendar since).
    known_start, known_end = _partial(component, "x-elshi-start"), _partial(component, "x-elshi-end")
    if known_start is not None and known_start.first_day() == first \
            and (known_end or known_start).last_day() == last:
        return known_start, known_end
    try:
        start = PartialDate.from_date(first)
        return start, None if last == first else PartialDate.from_date(last)
    except DateParseError:  # a year the archive does not take (before 1800, after 2200)
        return None, None


def read_events(data: bytes) -> list[Component]:
    try:
        from icalendar import Calendar

        calendars = Calendar.from_ical(data, multiple=True)
    except (*PARSE_ERRORS, RecursionError) as e:
        raise IcsError("ics.unreadable", str(e)[:200]) from e
    if not calendars:
        raise IcsError("ics.no_calendar")
    events: list[Component] = []
    for cal in calendars:
        events += list(cal.walk("VEVENT"))
    return events


# --- matching against the archive -------------------------------------------------------------------


def _places(s: Session) -> dict[str, int]:
    names: dict[str, int] = {}
    for place_id, name in s.execute(select(m.Place.id, m.Place.name).where(m.Place.deleted_at.is_(None))):
        names.setdefault(fold(name), place_id)
    alias_rows = s.execute(select(m.PlaceAlias.place_id, m.PlaceAlias.name).join(
        m.Place, m.Place.id == m.PlaceAlias.place_id).where(m.Place.deleted_at.is_(None)))
    for place_id, name in alias_rows:
        names.setdefault(fold(name), place_id)
    return names


def _find_place(places: dict[str, int], location: str) -> int | None:
    # "Шаңхай, China" or "Expo Centre, Shanghai": any comma-separated part naming a known place.
    for part in [location, *location.split(",")]:
        found = places.get(fold(part.strip()))
        if found is not None:
            return found
    return None


def _remembered(s: Session, uids: Iterable[str]) -> dict[str, int]:
    if not inspect(s.connection()).has_table(CALENDAR_UIDS.name):
        return {}
    stmt = select(CALENDAR_UIDS.c.uid, CALENDAR_UIDS.c.event_id).where(CALENDAR_UIDS.c.uid.in_(list(uids)))
    return {row[0]: row[1] for row in s.execute(stmt)}


def _new_draft(entry: IcsEntry) -> EventDraft:
    summary = entry.description
    if entry.location and entry.place_id is None:
        summary = f"{summary}\n\n{entry.location}" if summary else entry.location
    return EventDraft(
        title=_fit(entry.title, TITLE), kind=entry.kind or EventKind.OTHER,
        status=EventStatus.CANCELLED if entry.cancelled else EventStatus.PLANNED,
        place_id=entry.place_id, start=entry.start, end=entry.end, summary=_fit(summary, LONG),
    )


def _updated(entry: IcsEntry, current: EventDraft) -> tuple[EventDraft, tuple[str, ...]]:
    wanted: dict[str, Any] = {"title": _fit(entry.title, TITLE), "start": entry.start, "end": entry.end}
    if entry.place_id is not None:
        wanted["place_id"] = entry.place_id
    if entry.kind is not None:
        wanted["kind"] = entry.kind
    if entry.cancelled and current.status in (EventStatus.PLANNED, EventStatus.POSTPONED):
        wanted["status"] = EventStatus.CANCELLED
    changes = tuple(k for k, v in wanted.items() if getattr(current, k) != v)
    return dataclasses.replace(current, **{k: wanted[k] for k in changes}), changes


def _entry(component: Component, places: dict[str, int]) -> IcsEntry:
    try:
        return _read_entry(component, places)
    except PARSE_ERRORS:
        uid = ""
        with contextlib.suppress(*PARSE_ERRORS):
            uid = _text(component, "uid")
        return IcsEntry(uid=uid, title="", start=None, end=None, action=SKIP, reason=UNREADABLE)


def _read_entry(component: Component, places: dict[str, int]) -> IcsEntry:
    start, end = _dates(component)
    kinds = {k.value for k in EventKind}
    kind = next((EventKind(fold(c)) for c in _categories(component) if fold(c) in kinds), None)
    location = _text(component, "location")
    return IcsEntry(
        uid=_text(component, "uid"), title=_text(component, "summary"), start=start, end=end,
        location=location, place_id=_find_place(places, location) if location else None,
        description=_text(component, "description"), kind=kind,
        cancelled=_text(component, "status").upper() == "CANCELLED",
        recurring="rrule" in component or "rdate" in component,
    )


def plan_import(archive: Archive, data: bytes) -> list[IcsEntry]:
    """What importing ``data`` would do, entry by entry; nothing is written."""
    components = [c for c in read_events(data) if "recurrence-id" not in c]
    with archive.session() as s:
        places = _places(s)
        entries = [_entry(c, places) for c in components]
        remembered = _remembered(s, [e.uid for e in entries if e.uid])
    planned: list[IcsEntry] = []
    seen: set[str] = set()
    for entry in entries:
        planned.append(_plan_one(archive, entry, remembered, seen))
        if entry.uid:
            seen.add(entry.uid)
    with archive.session() as s:
        return [_valid(archive, s, entry) for entry in planned]


def _valid(archive: Archive, s: Session, entry: IcsEntry) -> IcsEntry:
    """The entry as planned, or skipped when the archive would refuse its draft: the check the
    write makes, on the same normalised text, so what the preview offers is what --yes writes."""
    if entry.draft is None or entry.action not in (ADD, UPDATE):
        return entry
    try:
        check(entry.draft, lambda entity, rid: archive.exists(s, entity, rid))
    except ValidationError as e:
        fields = tuple(dict.fromkeys(err.field.split("[")[0].split(".")[0] for err in e.errors))
        return dataclasses.replace(entry, action=SKIP, reason=INVALID, changes=fields, draft=None)
    return entry


def _plan_one(archive: Archive, entry: IcsEntry, remembered: dict[str, int], seen: set[str]) -> IcsEntry:
    def skip(reason: str, event_id: int | None = None) -> IcsEntry:
        return dataclasses.replace(entry, action=SKIP, reason=reason, event_id=event_id)

    if entry.action == SKIP:
        return entry
    if entry.uid and entry.uid in seen:
        return skip(REPEATED_UID)
    own = parse_uid(entry.uid)
    if own is not None and own[0] == "commitment":
        return skip(A_COMMITMENT)
    if entry.start is None:
        return skip(NO_DATE)
    if not entry.title:
        return skip(NO_TITLE)
    record: Record[Any] | None = None
    if own is not None:
        try:
            record = archive.get_by_uuid(Entity.EVENT, own[1])
        except NotFound:
            record = None
    if record is None and entry.uid in remembered:
        try:
            record = archive.get(Entity.EVENT, remembered[entry.uid])
        except NotFound:
            record = None
    if record is None:
        return dataclasses.replace(entry, action=ADD, draft=_new_draft(entry))
    if record.deleted:
        return skip(IN_TRASH, record.id)
    draft, changes = _updated(entry, cast(EventDraft, record.data))
    return dataclasses.replace(entry, action=UPDATE if changes else UNCHANGED, event_id=record.id,
                               version=record.version, changes=changes, draft=draft)


def apply_import(archive: Archive, entries: Sequence[IcsEntry]) -> ImportResult:
    """Write the planned adds and updates in one transaction, each validated and hooked (audit
    trail, search index) as a single save is. Matching by UID is done again inside it: an entry
    another import added since the preview is updated, not added twice. An event edited since the
    preview (its version moved) is not overwritten: :class:`Conflict` is raised and nothing of the
    import is written, as a form saved over another window's edit is refused."""
    added: list[int] = []
    updated: list[int] = []
    with archive.writing() as s:
        CALENDAR_UIDS.create(s.connection(), checkfirst=True)
        remembered = _remembered(s, [e.uid for e in entries if e.uid])
        for entry in entries:
            if entry.action not in (ADD, UPDATE) or entry.draft is None:
                continue
            target = entry.event_id if entry.action == UPDATE else _already(archive, s, entry, remembered)
            if target is None:
                event_id = _add(archive, s, entry.draft)
                added.append(event_id)
                if entry.uid:  # a foreign UID, or one from another archive's export
                    _remember(s, entry.uid, event_id)
                    remembered[entry.uid] = event_id
            elif _update(archive, s, target, entry):
                updated.append(target)
    if added:
        archive.notify(Changes(Entity.EVENT, "add", frozenset(added)))
    if updated:
        archive.notify(Changes(Entity.EVENT, "update", frozenset(updated)))
    return ImportResult(
        tuple(added), tuple(updated),
        sum(1 for e in entries if e.action == UNCHANGED), sum(1 for e in entries if e.action == SKIP),
    )


def _already(archive: Archive, s: Session, entry: IcsEntry, remembered: dict[str, int]) -> int | None:
    """The live event this entry's UID names now, if another import made it since the preview."""
    own = parse_uid(entry.uid)
    candidates: list[int] = []
    if own is not None:
        found = s.scalar(select(m.Event.id).where(m.Event.uuid == own[1]))
        if found is not None:
            candidates.append(found)
    if entry.uid in remembered:
        candidates.append(remembered[entry.uid])
    for event_id in candidates:
        obj = s.get(m.Event, event_id)
        if obj is not None and obj.deleted_at is None:
            return event_id
    return None


def _add(archive: Archive, s: Session, draft: EventDraft) -> int:
    clean = archive._check(s, draft)
    now = archive.clock.now()
    obj = m.Event(created_at=now, updated_at=now)
    s.add(obj)
    archive._write(s, Entity.EVENT, obj, clean)
    archive._tell(s, Entity.EVENT, obj, "add", None, clean)
    return int(obj.id)


def _update(archive: Archive, s: Session, event_id: int, entry: IcsEntry) -> bool:
    """Take over what the calendar knows onto the event; False when that changes nothing. An
    event changed since the preview read it raises :class:`Conflict` (the rule of
    :meth:`Archive.modify`): the person saw one version and would overwrite another."""
    obj = archive._get(s, Entity.EVENT, event_id)
    before = archive._draft(s, Entity.EVENT, obj)
    wanted, changes = _updated(entry, before)
    if not changes:
        return False
    clean = archive._check(s, wanted)
    if clean == before:
        return False
    if entry.version is not None and obj.version != entry.version:
        raise Conflict(Entity.EVENT, event_id, entry.version, obj.version)
    archive._write(s, Entity.EVENT, obj, clean)
    obj.updated_at = archive.clock.now()
    archive._tell(s, Entity.EVENT, obj, "update", before, clean)
    return True


def _remember(s: Session, uid: str, event_id: int) -> None:
    s.execute(CALENDAR_UIDS.delete().where(CALENDAR_UIDS.c.uid == uid))
    s.execute(CALENDAR_UIDS.insert().values(uid=uid, event_id=event_id))
