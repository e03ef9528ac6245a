"""The calendar's files: an iCalendar export of a date range, and the preview of an import."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from database.archive import Archive
from database.atomic import atomic_write
from database.calendar import Agenda, CalendarFilter, CalendarItem, agenda
from database.ics_import import IcsEntry, ImportResult, apply_import, plan_import


def items_between(archive: Archive, first: date, last: date, filters: CalendarFilter | None = None) -> Agenda:
    """What falls between ``first`` and ``last`` (both included), as of the archive's today."""
    with archive.session() as s:
        return agenda(s, first, last, today=archive.clock.today(), filters=filters)


def write_ics_file(archive: Archive, items: Iterable[CalendarItem], path: Path, *, lang: str = "en",
                   commitments_as: str = "event") -> int:
    """Write ``items`` as one iCalendar file named for the archive; how many entries it holds.
    A failed write leaves whatever was at ``path`` before."""
    from exports.ics import write_ics

    with atomic_write(path) as out:
        return write_ics(items, out, lang=lang, commitments_as=commitments_as, name=archive.path.stem,
                         now=archive.clock.now())


def export_ics(archive: Archive, path: Path, first: date, last: date, *,
               filters: CalendarFilter | None = None, lang: str = "en", commitments_as: str = "event") -> int:
    """The items of a date range as an iCalendar file; how many entries it holds."""
    found = items_between(archive, first, last, filters)
    return write_ics_file(archive, found.items, path, lang=lang, commitments_as=commitments_as)


def plan_ics_import(archive: Archive, path: str | Path) -> list[IcsEntry]:
    """What importing the file would do, entry by entry; nothing is written. OSError when it
    cannot be read, IcsError when it is not an iCalendar file."""
    return plan_import(archive, Path(path).read_bytes())


def apply_ics_import(archive: Archive, entries: list[IcsEntry]) -> ImportResult:
    """Write the planned adds and updates of :func:`plan_ics_import`."""
    return apply_import(archive, entries)
