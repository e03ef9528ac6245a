"""Read-only queries for list views: ids in view order, then the rows a view is showing.

A list of 100,000 records must open at once, so a view first asks only for ids (one indexed
query) and then fetches rows a page at a time as they scroll into sight.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from database import models as m
from database.dates import PartialDate
from database.names import fold


@dataclass(frozen=True)
class EventRow:
    id: int
    title: str
    kind: str
    status: str
    start: PartialDate | None
    end: PartialDate | None
    place: str


EVENT_SORTS = {
    "date": m.Event.date_from,
    "title": m.Event.title,
    "kind": m.Event.kind,
    "status": m.Event.status,
    "place": m.Place.name,
}


def _like_pattern(text: str) -> str:
    escaped = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def event_ids(
    s: Session, *, sort: str = "date", descending: bool = True, contains: str = "", deleted: bool = False
) -> list[int]:
    stmt: Select[tuple[int]] = select(m.Event.id).outerjoin(m.Place, m.Event.place_id == m.Place.id)
    stmt = stmt.where(m.Event.deleted_at.is_not(None) if deleted else m.Event.deleted_at.is_(None))
    if contains.strip():
        stmt = stmt.where(func.elshi_fold(m.Event.title).like(_like_pattern(contains.strip()), escape="\\"))
    key = EVENT_SORTS[sort]
    # Undated events sort last either way: they are the least useful at the top of a list.
    stmt = stmt.order_by(key.is_(None), key.desc() if descending else key.asc(), m.Event.id.desc())
    return list(s.scalars(stmt))


def event_rows(s: Session, ids: Sequence[int]) -> list[EventRow]:
    stmt = (
        select(m.Event.id, m.Event.title, m.Event.kind, m.Event.status, m.Event.start, m.Event.end,
               func.coalesce(m.Place.name, ""))
        .outerjoin(m.Place, m.Event.place_id == m.Place.id)
        .where(m.Event.id.in_(list(ids)))
    )
    found = {row[0]: EventRow(*row) for row in s.execute(stmt)}
    return [found[i] for i in ids if i in found]
