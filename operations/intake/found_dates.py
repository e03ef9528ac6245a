"""Dates in a press item: days, ranges, half-years, months and relative words, each with its span,
resolved against the item's own date (catalogue.date_words reads each single date)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from catalogue.date_words import month_number, parse_date_words
from database.dates import DateParseError, PartialDate
from operations.intake.model import DateItem

_M = r"[^\W\d_]{3,12}"
_DASH = r"\s*[-–—]\s*"
_RANGES = (
    re.compile(rf"(?P<y>\d{{4}}) жылғы (?P<d1>\d{{1,2}}){_DASH}(?P<d2>\d{{1,2}}) (?P<m>{_M})"),
    re.compile(rf"(?P<d1>\d{{1,2}}){_DASH}(?P<d2>\d{{1,2}}) (?P<m>{_M}) (?P<y>\d{{4}})"),
    re.compile(rf"(?P<m>{_M}) (?P<d1>\d{{1,2}}){_DASH}(?P<d2>\d{{1,2}}),? (?P<y>\d{{4}})"),
    re.compile(r"(?P<y>\d{4})年(?P<mn>\d{1,2})月(?P<d1>\d{1,2})日(?:至|到|-|—|–)(?:\d{1,2}月)?(?P<d2>\d{1,2})日"),
)
_DAYS = (
    re.compile(rf"(?P<y>\d{{4}}) жылғы (?P<d>\d{{1,2}}) (?P<m>{_M})"),
    re.compile(rf"(?P<d>\d{{1,2}}) (?P<m>{_M}),? (?P<y>\d{{4}})"),
    re.compile(rf"(?P<m>{_M}) (?P<d>\d{{1,2}}),? (?P<y>\d{{4}})"),
    re.compile(r"(?P<y>\d{4})年(?P<mn>\d{1,2})月(?P<d>\d{1,2})日"),
    re.compile(r"(?P<y>\d{4})-(?P<mn>\d{2})-(?P<d>\d{2})"),
)
_HALF = re.compile(
    r"(?:(?P<y>\d{4}) жылдың|(?P<this>ағымдағы жылдың|биылғы жылдың)) (?P<h>бірінші|екінші) жарты\w*"
    r"|в (?P<h2>перв|втор)\w* полугодии(?: (?P<y2>\d{4}))?"
    r"|(?P<h3>first|second) half of (?:(?P<y3>\d{4})|this year)"
    r"|(?:(?P<y4>\d{4})年)?(?P<h4>上|下)半年", re.I)
_RELATIVE = re.compile(r"\b(?P<w>биыл|ағымдағы жылы|в этом году|this year|вчера|кеше|yesterday|сегодня|бүгін|today)\b|今年",
                       re.I)


def _pd(y: int, m: int | None = None, d: int | None = None, half: int | None = None) -> PartialDate | None:
    try:
        return PartialDate(y, m, d, half)
    except DateParseError:
        return None


def _month(m: re.Match[str]) -> int | None:
    if m.groupdict().get("mn"):
        return int(m.group("mn"))
    return month_number(m.group("m"))


def dates_in(text: str, today: date | None) -> list[DateItem]:
    """Every date the text gives, in the order written; spans never overlap."""
    out: list[DateItem] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(m: re.Match[str], start: PartialDate | None, end: PartialDate | None = None) -> None:
        if start is not None and free(m.start(), m.end()):
            taken.append((m.start(), m.end()))
            out.append(DateItem(m.group(0), (m.start(), m.end()), start, end))

    for pattern in _RANGES:
        for m in pattern.finditer(text):
            month = _month(m)
            if month:
                y = int(m.group("y"))
                add(m, _pd(y, month, int(m.group("d1"))), _pd(y, month, int(m.group("d2"))))
    for pattern in _DAYS:
        for m in pattern.finditer(text):
            month = _month(m)
            if month:
                add(m, _pd(int(m.group("y")), month, int(m.group("d"))))
    year_now = today.year if today else None
    for m in _HALF.finditer(text):
        g = m.groupdict()
        year = next((int(g[k]) for k in ("y", "y2", "y3", "y4") if g.get(k)), year_now)
        h = g.get("h") or g.get("h2") or g.get("h3") or g.get("h4") or ""
        if year is not None:
            add(m, _pd(year, half=1 if h.lower() in ("бірінші", "перв", "first", "上") else 2))
    if today is not None:
        for m in _RELATIVE.finditer(text):
            w = (m.group("w") or "今年").lower()
            if w in ("вчера", "кеше", "yesterday"):
                add(m, PartialDate.from_date(today - timedelta(days=1)))
            elif w in ("сегодня", "бүгін", "today"):
                add(m, PartialDate.from_date(today))
            else:
                add(m, _pd(today.year))
    out.sort(key=lambda d: d.span)
    return out


def header_date(text: str) -> tuple[PartialDate | None, str]:
    """The item's own date from a leading "date 2026-02-19" line or header, and the text without it."""
    m = re.match(r"\s*date\s+(\S+)\s*", text)
    if m:
        found = parse_date_words(m.group(1))
        if found is not None:
            return found, text
    return None, text
