"""Upcoming events for a date range, as an agenda grouped by week."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import IO

from database.briefing_rows import EventLine, UpcomingAgenda
from exports.pdf import styles
from exports.pdf.blocks import EVENT_COLUMNS, event_row, numbered, place_text
from exports.pdf.labels import Labels
from exports.pdf.page import ProgressCallback
from exports.pdf.render import begin, finish
from exports.pdf.tables import Row, cell, rich


def write_upcoming_agenda(
    data: UpcomingAgenda, out: IO[bytes], *, lang: str = "kk", marking: str | None = None,
    today: date | None = None, progress: ProgressCallback | None = None,
) -> int:
    t, story = begin(lang)
    day = today or data.today
    period = t.day_range(data.date_from, data.date_to)
    story.title_block(t("title.upcoming"), t("range", range=period), t("generated", date=t.day(day)))

    if not data.weeks and not data.undated:
        story.section(t("section.events"), None, empty=t("empty.range"))
    for week in data.weeks:
        span = t.day_range(week.monday, week.monday + timedelta(days=6))
        story.section(t("week", n=week.week, range=span),
                      story.table(EVENT_COLUMNS, numbered(week.events), _agenda_row(t)),
                      empty=t("empty.events"))
    if data.undated:
        story.section(t("section.undated"),
                      story.table(EVENT_COLUMNS, numbered(data.undated), event_row(t)),
                      empty=t("empty.events"))
    return finish(out, story, title=f"{t('title.upcoming')}: {period}", marking=marking, today=day,
           progress=progress)


def _agenda_row(t: Labels) -> Callable[[tuple[int, EventLine]], Row]:
    def row(item: tuple[int, EventLine]) -> Row:
        n, e = item
        first = e.start.first_day() if e.start is not None else None
        when = t.span(e.start, e.end)
        return [
            cell(str(n), styles.CELL_CENTER),
            rich([(t.weekday(first), styles.CELL_MUTED), (when, None)] if first else [(when, None)]),
            rich([(e.title, None), (t.value("event_kind", e.kind), styles.CELL_MUTED)], t=t),
            cell(place_text(e.place) or t("unknown"), t=t),
            cell("\n".join(e.participants) or t("unknown"), t=t),
            cell(t.value("event_status", e.status)),
        ]
    return row
