"""Events and commitment deadlines as an iCalendar file (RFC 5545) for mail clients.

Every entry has a UID made from the record's UUID, so exporting again and loading the file into
the same calendar updates the entries instead of adding copies; SEQUENCE and DTSTAMP follow the
record's last change, so a client can tell the newer version. The archive keeps no times of day:
everything is an all-day entry. An item known only to a month, half-year or year becomes an
all-day span over that whole period, transparent to free/busy, with the uncertainty written in
its description and the date as known kept in ``X-ELSHI-START``/``X-ELSHI-END`` so an import by
Elshi reads it back exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import BinaryIO

from icalendar import Calendar, Event, Todo

from catalogue import LANGUAGES, N_, code_word, dates, gettext_in
from database.calendar import COMMITMENT, EVENT, CalendarItem, uid_for
from database.dates import PartialDate

PRODID = "-//Elshi//Elshi archive//EN"
_EPOCH = datetime(2000, 1, 1)
SUMMARY_MAX = 160  # commitment texts can be paragraphs; the description keeps the whole text

EVENT_STATUS = {"planned": "CONFIRMED", "held": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}
TODO_STATUS = {"open": "NEEDS-ACTION", "in_progress": "IN-PROCESS", "done": "COMPLETED", "dropped": "CANCELLED"}

# The few words an entry adds to the record's own text, from the catalogue in the language asked
# for: the same words the window uses for these fields and statuses.
COMMITMENT_WORD = N_("Commitment")
DUE = N_("Due")
STATUS = N_("Status")
OVERDUE = N_("overdue")
RESPONSIBLE = N_("Responsible")
ORIGIN = N_("From")
ORGANISER = N_("Organiser")
APPROX = N_("Date known only as {period}; this entry spans the whole period.")


def _word(lang: str, message: str) -> str:
    return gettext_in(lang if lang in LANGUAGES else "en", message)


def period_text(when: PartialDate, lang: str = "en") -> str:
    """A day in digits (the calendar shows the day itself); a month, half-year or year in words."""
    lang = lang if lang in LANGUAGES else "en"
    if when.precision == "day":
        return dates.numeric_text(when.first_day(), lang)
    return dates.partial_text(when, lang)


def _dates_text(item: CalendarItem, lang: str) -> str:
    first = period_text(item.start, lang)
    return first if item.end is None else f"{first} – {period_text(item.end, lang)}"


def _utc(moment: datetime | None, fallback: datetime) -> datetime:
    return (moment or fallback).replace(tzinfo=UTC)


def _sequence(moment: datetime | None) -> int:
    # Seconds since 2000 grow with every edit, so a client sees a re-exported entry as newer.
    return max(0, int(((moment or _EPOCH) - _EPOCH).total_seconds()))


def _location(item: CalendarItem) -> str:
    return ", ".join(p for p in (item.place, item.region, item.country) if p)


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SUMMARY_MAX else line[:SUMMARY_MAX - 1].rstrip() + "…"


def _description(item: CalendarItem, lang: str) -> str:
    def word(message: str) -> str:
        return _word(lang, message)

    lines: list[str] = []
    status = word(code_word(item.status)) if item.status in EVENT_STATUS or item.status in TODO_STATUS else item.status
    if item.entity == COMMITMENT:
        lines.append(f"{word(DUE)}: {_dates_text(item, lang)}")
        lines.append(f"{word(STATUS)}: {status}" + (f" ({word(OVERDUE)})" if item.overdue else ""))
        if item.party:
            lines.append(f"{word(RESPONSIBLE)}: {item.party}")
        if item.origin:
            lines.append(f"{word(ORIGIN)}: {item.origin}")
    else:
        lines.append(f"{word(STATUS)}: {status}")
        if item.party:
            lines.append(f"{word(ORGANISER)}: {item.party}")
    if not item.exact:
        lines.append(word(APPROX).format(period=_dates_text(item, lang)))
    body = item.title if item.entity == COMMITMENT else item.summary
    return "\n\n".join(p for p in (body.strip(), "\n".join(lines)) if p)


def _common(component: Event | Todo, item: CalendarItem, lang: str, now: datetime) -> None:
    component.add("uid", uid_for(item.entity, item.uuid))
    component.add("dtstamp", _utc(item.updated_at, now))
    if item.created_at:
        component.add("created", _utc(item.created_at, now))
    if item.updated_at:
        component.add("last-modified", _utc(item.updated_at, now))
    component.add("sequence", _sequence(item.updated_at))
    title = item.title if item.entity == EVENT else f"{_word(lang, COMMITMENT_WORD)}: {_short(item.title)}"
    component.add("summary", title)
    component.add("description", _description(item, lang))
    component.add("categories", [item.kind])
    component.add("x-elshi-start", str(item.start))
    if item.end is not None:
        component.add("x-elshi-end", str(item.end))


def _all_day(component: Event, item: CalendarItem) -> None:
    component.add("dtstart", item.first_day)
    component.add("dtend", item.last_day + timedelta(days=1))  # an all-day DTEND is exclusive
    # Only an event known to the day makes its days busy: a deadline takes no time, and a span
    # standing for "some day in this period" must not block the whole period.
    component.add("transp", "OPAQUE" if item.exact and item.entity == EVENT else "TRANSPARENT")


def to_calendar(items: Iterable[CalendarItem], *, lang: str = "en", commitments_as: str = "event",
                name: str = "Elshi", now: datetime | None = None) -> Calendar:
    """Build the calendar; ``commitments_as`` is "event" (all-day entries every client shows)
    or "todo" (VTODO tasks with DUE, for clients with a task list)."""
    if commitments_as not in ("event", "todo"):
        raise ValueError(f"commitments_as must be 'event' or 'todo', not {commitments_as!r}")
    fallback = now or _EPOCH
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for item in items:
        if item.entity == COMMITMENT and commitments_as == "todo":
            todo = Todo()
            _common(todo, item, lang, fallback)
            if not item.exact:
                todo.add("dtstart", item.first_day)
            todo.add("due", item.last_day)
            todo.add("status", TODO_STATUS.get(item.status, "NEEDS-ACTION"))
            cal.add_component(todo)
            continue
        event = Event()
        _common(event, item, lang, fallback)
        _all_day(event, item)
        if item.entity == EVENT:
            if _location(item):
                event.add("location", _location(item))
            status = EVENT_STATUS.get(item.status, "CONFIRMED")
            # A planned event without a fixed day is not yet confirmed for any day.
            event.add("status", "TENTATIVE" if status == "CONFIRMED" and not item.exact else status)
        cal.add_component(event)
    return cal


def write_ics(items: Iterable[CalendarItem], out: BinaryIO, *, lang: str = "en",
              commitments_as: str = "event", name: str = "Elshi", now: datetime | None = None) -> int:
    """Write the items to ``out`` as one iCalendar file; returns how many entries it holds."""
    cal = to_calendar(items, lang=lang, commitments_as=commitments_as, name=name, now=now)
    out.write(cal.to_ical())
    return len(cal.subcomponents)
