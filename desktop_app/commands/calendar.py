"""``elshi calendar``: what falls in a range of days, as text, JSON or an iCalendar file;
``elshi calendar-import``: planned events from an iCalendar file, previewed before writing."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalogue import t, tn, word
from desktop_app.arguments import file_name

if TYPE_CHECKING:
    from database.archive import Archive
    from database.calendar import CalendarItem

SKIP_REASONS = {
    "no_date": "no date",
    "no_title": "no title",
    "commitment": "a commitment deadline, not an event",
    "in_trash": "the matching event is in the trash",
    "repeated_uid": "the same UID appears earlier in the file",
    "unreadable": "the entry cannot be read",
    "invalid": "the archive would refuse it",
}

# Codes shown in the listings, as words of the interface language (in English, the codes themselves,
# which are also what --status and the JSON output use).
RECORD_WORDS = {"event": "event", "commitment": "commitment"}
STATUS_WORDS = {
    "planned": "planned", "held": "held", "cancelled": "cancelled", "postponed": "postponed",
    "open": "open", "in_progress": "in_progress", "done": "done", "dropped": "dropped",
}
ACTION_WORDS = {"add": "add", "update": "update", "unchanged": "unchanged", "skip": "skip"}
CHANGED_FIELDS = {"title": "title", "start": "start", "end": "end", "place_id": "venue", "kind": "kind",
                  "status": "status"}


def register(sub: Any) -> None:
    p = sub.add_parser("calendar", help=t("events and commitment deadlines in a range of days"),
                       description=t("List what falls between two days (both included): events and "
                                     "commitment deadlines; items known only to a month, half-year or "
                                     "year are listed apart. Dates: 2026-03-26, 2026-03, 2026-H1, 2026."))
    p.add_argument("--from", dest="date_from", metavar="D", help=t("first day (default: today)"))
    p.add_argument("--to", dest="date_to", metavar="D", help=t("last day (default: 30 days after --from)"))
    p.add_argument("--ics", metavar="FILE", type=file_name, help=t("also write the items to an iCalendar (.ics) file"))
    p.add_argument("--json", action="store_true", help=t("print JSON for programs"))
    p.add_argument("--no-commitments", action="store_true", help=t("events only"))
    p.add_argument("--todo", action="store_true",
                   help=t("write commitments as tasks (VTODO), not all-day events"))
    # The language of the file, not of these messages (that is elshi's own --lang, before the command).
    p.add_argument("--lang", choices=("en", "ru", "kk"), default="en",
                   help=t("language of the words the .ics file adds (default: en)"))
    p.set_defaults(run=run_calendar)
    p = sub.add_parser("calendar-import", help=t("create planned events from an iCalendar (.ics) file"),
                       description=t("Show what importing the file would do; with --yes, do it. "
                                     "Entries are matched by UID, so importing a file again updates "
                                     "the events it created instead of adding copies."))
    p.add_argument("file", type=file_name, help=t("the iCalendar (.ics) file"))
    p.add_argument("--yes", action="store_true", help=t("write the changes shown"))
    p.add_argument("--json", action="store_true", help=t("print JSON for programs"))
    p.set_defaults(run=run_import)


def _day(text: str | None, last: bool, fallback: date) -> date:
    from database.dates import DateParseError, PartialDate
    from desktop_app.cli import CommandError

    if not text:
        return fallback
    try:
        when = PartialDate.parse(text)
    except DateParseError as e:
        raise CommandError(
            t("{text!r} is not a date (use 2026-03-26, 2026-03, 2026-H1 or 2026)", text=text)) from e
    return when.last_day() if last else when.first_day()


def _as_json(item: CalendarItem) -> dict[str, Any]:
    return {
        "entity": item.entity, "id": item.id, "uuid": item.uuid, "title": item.title, "kind": item.kind,
        "status": item.status, "dates": item.period, "first_day": item.first_day.isoformat(),
        "last_day": item.last_day.isoformat(), "exact": item.exact, "place": item.place,
        "country": item.country, "party": item.party, "origin": item.origin, "overdue": item.overdue,
    }


def _line(item: CalendarItem, width: int) -> str:
    title = " ".join(item.title.split())
    where = f" — {item.place}" if item.place else ""
    late = " " + t("OVERDUE") if item.overdue else ""
    return (f"{item.period:<23} {word(RECORD_WORDS, item.entity):<{width}} {title}{where} "
            f"[{word(STATUS_WORDS, item.status)}]{late}")


def run_calendar(archive: Archive, args: argparse.Namespace) -> int:
    from datetime import timedelta

    from database.calendar import CalendarFilter
    from desktop_app.cli import CommandError
    from operations.calendar import items_between, write_ics_file

    today = archive.clock.today()
    first = _day(args.date_from, False, today)
    last = _day(args.date_to, True, first + timedelta(days=30))
    if last < first:
        raise CommandError(t("--to is before --from"))
    found = items_between(archive, first, last, CalendarFilter(commitments=not args.no_commitments))
    if args.ics:
        target = Path(args.ics)
        try:
            written = write_ics_file(archive, found.items, target, lang=args.lang,
                                     commitments_as="todo" if args.todo else "event")
        except OSError as e:
            raise CommandError(t("cannot write {file}: {reason}", file=args.ics, reason=e.strerror)) from e
        print(tn("Wrote {n} calendar entry to {file}.", "Wrote {n} calendar entries to {file}.", written, file=target),
              file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps({"from": first.isoformat(), "to": last.isoformat(), "today": today.isoformat(),
                          "items": [_as_json(i) for i in found.items]}, ensure_ascii=False, indent=2))
        return 0
    print(t("{first} – {last}: {dated} dated, {rough} known only roughly", first=first.isoformat(),
            last=last.isoformat(), dated=len(found.dated), rough=len(found.periods)))
    width = max([10, *(len(word(RECORD_WORDS, i.entity)) for i in found.items)])
    for item in found.dated:
        print(_line(item, width))
    if found.periods:
        print(t("Known only to the month, half-year or year:"))
        for item in found.periods:
            print(_line(item, width))
    return 0


def run_import(archive: Archive, args: argparse.Namespace) -> int:
    from database.ics_import import ADD, SKIP, UNCHANGED, UPDATE, IcsError
    from desktop_app.cli import CommandError
    from operations.calendar import apply_ics_import, plan_ics_import

    try:
        entries = plan_ics_import(archive, args.file)
    except OSError as e:
        raise CommandError(t("cannot read {file}: {reason}", file=args.file, reason=e.strerror)) from e
    except IcsError as e:
        raise CommandError(t("{file} is not an iCalendar file ({code}); nothing changed",
                             file=args.file, code=e.code)) from e
    tally = {a: sum(1 for x in entries if x.action == a) for a in (ADD, UPDATE, UNCHANGED, SKIP)}
    result = apply_ics_import(archive, entries) if args.yes else None
    if args.json:
        print(json.dumps({
            "written": result is not None,
            "entries": [{"action": x.action, "uid": x.uid, "title": x.title, "dates": x.period,
                         "event_id": x.event_id, "changes": list(x.changes), "reason": x.reason,
                         "recurring": x.recurring} for x in entries],
            "added": list(result.added) if result else [],
        }, ensure_ascii=False, indent=2))
        return 0
    width = max([9, *(len(word(ACTION_WORDS, x.action)) for x in entries)])
    for entry in entries:
        if entry.action == SKIP:
            note = word(SKIP_REASONS, entry.reason)
            if entry.changes:  # the fields the archive would refuse
                note += ": " + ", ".join(word(CHANGED_FIELDS, field) for field in entry.changes)
        else:
            note = ", ".join(word(CHANGED_FIELDS, field) for field in entry.changes)
        if entry.recurring:
            note = t("repeats; only the first date is imported") + (f"; {note}" if note else "")
        title = " ".join(entry.title.split())
        print(f"{word(ACTION_WORDS, entry.action):<{width}} {entry.period:<23} {title}"
              + (f"  ({note})" if note else ""))
    print(t("{add} to add, {update} to update, {unchanged} unchanged, {skip} skipped.", add=tally[ADD],
            update=tally[UPDATE], unchanged=tally[UNCHANGED], skip=tally[SKIP]))
    if result is None:
        print(t("Nothing was written; run again with --yes to import."))
    else:
        print(t("Imported {file}: {added} added, {updated} updated.", file=args.file,
                added=len(result.added), updated=len(result.updated)))
    return 0
