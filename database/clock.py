"""Where "now" comes from, so tests can fix today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...  # naive UTC, as stored

    def today(self) -> date: ...  # the user's local calendar day


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC).replace(tzinfo=None, microsecond=0)

    def today(self) -> date:
        return date.today()


@dataclass
class FixedClock:
    """A clock for tests and reproducible runs: today is what you set."""

    day: date
    time: datetime | None = None

    def now(self) -> datetime:
        return self.time or datetime(self.day.year, self.day.month, self.day.day, 12, 0, 0)

    def today(self) -> date:
        return self.day
