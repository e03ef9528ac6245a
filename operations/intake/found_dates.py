"""Dates in a press item: days, ranges, half-years, months and relative words, each with its span,
resolved against the item's own date (catalogue.date_words reads each single date)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
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
    r"|(?:(?P<y4>\d{4})年|今年)?(?P<h4>上|下)半年", re.I)
_NO_YEAR_RANGES = (
    re.compile(rf"(?P<d1>\d{{1,2}}){_DASH}(?P<d2>\d{{1,2}}) (?P<m>{_M})"),
    re.compile(rf"(?P<m>{_M}) (?P<d1>\d{{1,2}}){_DASH}(?P<d2>\d{{1,2}})"),
    re.compile(r"(?P<mn>\d{1,2})月(?P<d1>\d{1,2})日(?:至|到|-|—|–)(?P<d2>\d{1,2})日"),
)
_WEEKDAYS = {
    "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4, "субботу": 5,
    "суббота": 5, "воскресенье": 6, "дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4,
    "сенбі": 5, "жексенбі": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6, "周一": 0, "周二": 1, "周三": 2, "周四": 3, "周五": 4, "周六": 5, "周日": 6,
}
_WEEKDAY = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_WEEKDAY_LEAD = re.compile(
    rf"(?:(?:в |во )?(?:минувш\w+|прошл\w+|этот|эту|это) |өткен |last |on |上)?(?P<wd>{_WEEKDAY})\w*,?\s*", re.I)
_NO_YEAR_DAYS = (
    re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}}) (?P<m>{_M})(?! \d{{4}})"),
    re.compile(rf"(?P<m>{_M}) (?P<d>\d{{1,2}})(?![\d,]*\s*\d{{4}})(?!\d)"),
    re.compile(r"(?<![年\d])(?P<mn>\d{1,2})月(?P<d>\d{1,2})日"),
)
_WEEKDAY_ALONE = re.compile(
    rf"(?:в |во )?(?:минувш\w+|прошл\w+) (?P<wd>{_WEEKDAY})\w*|өткен (?P<wd2>{_WEEKDAY})\w*"
    rf"|last (?P<wd3>{_WEEKDAY})|上(?P<wd4>周[一二三四五六日])", re.I)
_MONTH_HALF = re.compile(
    rf"(?P<m>{_M}) айының (?P<h>бірінші|екінші) жартысында|в(?:о)? (?P<h2>перв|втор)\w* половин\w* (?P<m2>{_M})"
    rf"|in the (?P<h3>first|second) half of (?P<m3>{_M})|(?P<m4>\d{{1,2}})月(?P<h4>上|下)半月", re.I)
_YEAR = re.compile(r"(?<![\d–—-])(?<![\d–—-] )(?:(?:до конца|к концу|в|в течение) (?P<y>\d{4}) год\w*"
                   r"|(?:by the end of|by|in) (?P<y2>\d{4})(?![\d-])"
                   r"|(?P<y3>\d{4}) (?:жылдың соңына дейін|жылға дейін|жылы)|(?P<y4>\d{4})年(?:底|前|内))")
_RELATIVE = re.compile(
    r"\b(?P<w>биыл|ағымдағы жылы|в этом году|в текущем году|this year|вчера|кеше|yesterday|сегодня|бүгін|today"
    r"|завтра|ертең|tomorrow|в следующем году|келесі жылы|next year|в прошлом году|былтыр|last year)\b"
    r"|(?P<zh>今年|明年|去年|昨天|今天|明天)", re.I)
_SHIFT = {"вчера": -1, "кеше": -1, "yesterday": -1, "昨天": -1, "сегодня": 0, "бүгін": 0, "today": 0, "今天": 0,
          "завтра": 1, "ертең": 1, "tomorrow": 1, "明天": 1}
_YEAR_SHIFT = {"в следующем году": 1, "келесі жылы": 1, "next year": 1, "明年": 1, "в прошлом году": -1, "былтыр": -1,
               "last year": -1, "去年": -1}


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

    def add(m: re.Match[str], first: PartialDate | None, end: PartialDate | None = None,
            start: int | None = None) -> None:
        a = m.start() if start is None else start
        if first is not None and free(a, m.end()):
            taken.append((a, m.end()))
            out.append(DateItem(text[a:m.end()].rstrip(", "), (a, m.end()), first, end))

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
    for m in _YEAR.finditer(text):
        add(m, _pd(int(next(v for v in m.groupdict().values() if v))))
    year_now = today.year if today else None
    for m in _HALF.finditer(text):
        g = m.groupdict()
        year = next((int(g[k]) for k in ("y", "y2", "y3", "y4") if g.get(k)), year_now)
        h = g.get("h") or g.get("h2") or g.get("h3") or g.get("h4") or ""
        if year is not None:
            add(m, _pd(year, half=1 if h.lower() in ("бірінші", "перв", "first", "上") else 2))
    if today is not None:
        _against_today(text, today, add)
    out.sort(key=lambda d: d.span)
    return out


def _against_today(text: str, today: date, add: Callable[..., None]) -> None:
    """Dates that need the item's own date: a day and month without a year (with its weekday, as
    in "минувший вторник, 30 сентября"), a weekday alone, half a month, and relative words."""
    for pattern in _NO_YEAR_RANGES:
        for m in pattern.finditer(text):
            month = _month(m)
            if month:
                add(m, _pd(today.year, month, int(m.group("d1"))), _pd(today.year, month, int(m.group("d2"))))
    for pattern in _NO_YEAR_DAYS:
        for m in pattern.finditer(text):
            month = _month(m)
            if month:
                lead = _lead_weekday(text, m.start())
                add(m, _pd(today.year, month, int(m.group("d"))), start=lead)
    for m in _MONTH_HALF.finditer(text):
        g = m.groupdict()
        word = g.get("m") or g.get("m2") or g.get("m3") or ""
        month = int(g["m4"]) if g.get("m4") else month_number(word)
        h = (g.get("h") or g.get("h2") or g.get("h3") or g.get("h4") or "").lower()
        if month:
            second = h in ("екінші", "втор", "second", "下")
            last = calendar.monthrange(today.year, month)[1]
            add(m, _pd(today.year, month, 16 if second else 1), _pd(today.year, month, last if second else 15))
    for m in _WEEKDAY_ALONE.finditer(text):
        g = m.groupdict()
        word = (g.get("wd") or g.get("wd2") or g.get("wd3") or g.get("wd4") or "").lower()
        wd = next((v for k, v in _WEEKDAYS.items() if word.startswith(k) or k.startswith(word)), None)
        if wd is not None:
            back = (today.weekday() - wd) % 7 or 7
            add(m, PartialDate.from_date(today - timedelta(days=back)))
    for m in _RELATIVE.finditer(text):
        w = (m.group("w") or m.group("zh") or "").lower()
        if w in _SHIFT:
            add(m, PartialDate.from_date(today + timedelta(days=_SHIFT[w])))
        else:
            add(m, _pd(today.year + _YEAR_SHIFT.get(w, 0)))


def _lead_weekday(text: str, at: int) -> int | None:
    """Where a weekday written just before a date begins ("минувший вторник, 30 сентября")."""
    before = text[max(0, at - 30):at]
    for m in _WEEKDAY_LEAD.finditer(before):
        if m.end() == len(before):
            return at - len(before) + m.start()
    return None


def header_date(text: str) -> tuple[PartialDate | None, str]:
    """The item's own date from a leading "date 2026-02-19" line or header, and the text without it."""
    m = re.match(r"\s*date\s+(\S+)\s*", text)
    if m:
        found = parse_date_words(m.group(1))
        if found is not None:
            return found, text
    lines = [line for line in text.splitlines()[:6] if line.strip()][:3]
    for line in lines:
        dateline = _DATELINE.match(line)
        if len(line.strip()) > 60 and not dateline:
            continue
        part = line[:dateline.end()] if dateline else line
        days = [d for d in dates_in(part, None) if d.start.precision == "day" and d.end is None]
        numeric = _NUMERIC.search(part)
        if days and (dateline or len(part.strip()) - len(days[0].text) < 25):
            return days[0].start, text
        if numeric:
            try:
                return PartialDate(int(numeric.group("y")), int(numeric.group("m")), int(numeric.group("d"))), text
            except DateParseError:
                continue
    return None, text


def is_date_line(line: str) -> bool:
    """A line that is only a date (and maybe a time): "19.02.2026", "19 февраля 2026, 10:30"."""
    words = line.strip()
    if not words or _NUMERIC.match(words):
        return bool(words)
    dateline = _DATELINE.match(words)
    if dateline and not words[dateline.end():].strip():
        return True  # "Алматы, 5 марта 2026 г. —" alone on its line
    days = dates_in(words, None)
    rest = words.replace(days[0].text, "") if days else words
    return bool(days) and not re.search(r"[^\W\d_]{3,}", re.sub(r"\b(?:г|ж|жыл|года?|жылғы)\b\.?", "", rest))


# "ASTANA, March 3, 2026 –", "Омск, 30 сентября 2025 г. —": a dateline opening the item.
_DATELINE = re.compile(r"\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?: [A-ZА-Я][\w-]+)?,\s+[^\n]{6,30}?\d{4}(?: ?г\.| ж\.)?\s*[-–—]")
_NUMERIC = re.compile(r"^\s*(?P<d>\d{1,2})\.(?P<m>\d{2})\.(?P<y>\d{4})(?:\s+\d{1,2}:\d{2})?\s*$", re.M)
