"""Partial dates: a day, a month, a half-year or only a year.

Press texts often give only "2026" or "the first half of 2026"; the archive keeps exactly what is
known and never invents a day. The canonical text forms sort and read naturally:
``2026``, ``2026-H1``, ``2026-03``, ``2026-03-26``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

MIN_YEAR = 1800
MAX_YEAR = 2200


class DateParseError(ValueError):
    """The text is not a date; ``code`` says why, for a message in the user's language."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(f"{code}: {text!r}")
        self.code = code
        self.text = text


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None
    half: int | None = None  # 1 or 2, only when month is unknown

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise DateParseError("date.year_range", str(self.year))
        if self.half is not None and (self.month is not None or self.half not in (1, 2)):
            raise DateParseError("date.invalid", str(self.half))
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateParseError("date.invalid", f"{self.year}-{self.month}")
        if self.day is not None:
            if self.month is None:
                raise DateParseError("date.invalid", str(self.day))
            if not 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]:
                raise DateParseError("date.no_such_day", f"{self.year}-{self.month:02d}-{self.day:02d}")

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.half is not None:
            return "half"
        return "year"

    def first_day(self) -> date:
        if self.half == 2:
            return date(self.year, 7, 1)
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        if self.day is not None and self.month is not None:
            return date(self.year, self.month, self.day)
        if self.month is not None:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        if self.half == 1:
            return date(self.year, 6, 30)
        return date(self.year, 12, 31)

    def __str__(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        if self.half is not None:
            return f"{self.year:04d}-H{self.half}"
        return f"{self.year:04d}"

    @classmethod
    def from_date(cls, d: date) -> PartialDate:
        return cls(d.year, d.month, d.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read the forms people type: ISO (2026-03-26, 2026-03, 2026), dotted (26.03.2026,
        03.2026) and half-years (2026-H1, H1 2026)."""
        s = text.strip()
        for pattern, build in _FORMS:
            m = pattern.fullmatch(s)
            if m:
                return build(m)
        raise DateParseError("date.unreadable", text)


def _ints(m: re.Match[str], *names: str) -> list[int]:
    return [int(m.group(n)) for n in names]


_Build = Callable[[re.Match[str]], PartialDate]
_FORMS: list[tuple[re.Pattern[str], _Build]] = []


def _form(regex: str) -> Callable[[_Build], _Build]:
    def register(build: _Build) -> _Build:
        _FORMS.append((re.compile(regex, re.IGNORECASE), build))
        return build

    return register


@_form(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
def _iso_day(m: re.Match[str]) -> PartialDate:
    y, mo, d = _ints(m, "y", "m", "d")
    return PartialDate(y, mo, d)


@_form(r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})")
def _dotted_day(m: re.Match[str]) -> PartialDate:
    y, mo, d = _ints(m, "y", "m", "d")
    return PartialDate(y, mo, d)


@_form(r"(?P<y>\d{4})-(?P<m>\d{1,2})")
def _iso_month(m: re.Match[str]) -> PartialDate:
    y, mo = _ints(m, "y", "m")
    return PartialDate(y, mo)


@_form(r"(?P<m>\d{1,2})[./](?P<y>\d{4})")
def _dotted_month(m: re.Match[str]) -> PartialDate:
    y, mo = _ints(m, "y", "m")
    return PartialDate(y, mo)


@_form(r"(?P<y>\d{4})[- ]?H(?P<h>[12])|H(?P<h2>[12])[ -]?(?P<y2>\d{4})")
def _half(m: re.Match[str]) -> PartialDate:
    year = int(m.group("y") or m.group("y2"))
    return PartialDate(year, half=int(m.group("h") or m.group("h2")))


@_form(r"(?P<y>\d{4})")
def _year(m: re.Match[str]) -> PartialDate:
    return PartialDate(int(m.group("y")))


@lru_cache(maxsize=65_536)
def parse_stored(text: str) -> PartialDate:
    """:meth:`PartialDate.parse` of a stored value, remembered: a table of 200,000 commitments
    holds a few thousand distinct due dates."""
    return PartialDate.parse(text)


def parse_optional(text: str | None) -> PartialDate | None:
    if text is None or not text.strip():
        return None
    return PartialDate.parse(text)
