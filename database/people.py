"""People over time: the position a person held on a given day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from database.records import PersonDraft, Position


@dataclass(frozen=True)
class Held:
    title: str
    organisation_id: int | None


def position_on(person: PersonDraft, day: date | None) -> Held | None:
    """The position held on ``day``: the one whose period covers it (a missing end means still
    held), the latest-starting if several do; with no day, the most recent position."""
    def covers(p: Position) -> bool:
        if day is None:
            return True
        starts = p.start.first_day() if p.start else date.min
        ends = p.end.last_day() if p.end else date.max
        return starts <= day <= ends

    candidates = [p for p in person.positions if covers(p)]
    if not candidates:
        return None
    best = max(enumerate(candidates), key=lambda ip: (ip[1].start.first_day() if ip[1].start else date.min, ip[0]))[1]
    return Held(best.title, best.organisation_id)


def timeline(person: PersonDraft) -> list[Position]:
    """Positions in the order they were held (undated ones last)."""
    return sorted(person.positions, key=lambda p: (p.start is None, p.start.first_day() if p.start else date.min))
