"""One date typed in words or digits, in Kazakh, Russian or English.

``parse_date_words("14 қазан 2026")``, ``("1 декабря 2026")``, ``("Dec 1 2026")``,
``("наурыз 2026")``, ``("2026 жылдың бірінші жартысы")``, ``("первое полугодие 2026")`` and every
form ``database.dates.parse_optional`` reads give a ``PartialDate``; anything else gives None.
Month names come from Babel's CLDR data (wide and abbreviated, format and stand-alone: the
Russian genitive "марта" and nominative "март", the Kazakh "наурыз"), read with the endings the
two languages put on them ("наурызда", "қазанында", "в марте"). The partial-date rules (no day
without a month, a half only without a month, the year range) stay those of database/dates.py.
"""

from __future__ import annotations

import re
from functools import cache

from babel.dates import get_month_names

from database.dates import DateParseError, PartialDate, parse_optional

_LANGS = ("kk", "ru", "en")
# The endings Kazakh and Russian put on a month's name in running text: case, possessive, "айы".
_ENDING = re.compile(r"(?:[аеиоуыяюэіөүұә]?[a-zа-яёәғқңөұүһі]{0,6})")
_FOLD = str.maketrans({"ё": "е"})


def fold(word: str) -> str:
    """A word as the month table keys it: lower case, no dots, ё as е."""
    return word.lower().strip(".").translate(_FOLD)


@cache
def _month_table(lang: str | None) -> dict[str, int]:
    table: dict[str, int] = {}
    for code in _LANGS if lang is None else (lang,):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=code).items():
                    table.setdefault(fold(str(name)), int(number))
    # English writers also use "Sept" and three-letter forms CLDR gives with a dot elsewhere.
    if lang in (None, "en"):
        table.setdefault("sept", 9)
    return table


@cache
def _stems(lang: str | None) -> tuple[tuple[str, int], ...]:
    """Month stems long enough not to be mistaken ("наурыз", "март", "декабр"), longest first."""
    stems: dict[str, int] = {}
    for name, number in _month_table(lang).items():
        stem = name.rstrip("ьйяа") if re.search(r"[а-я]", name) else name
        if len(stem) >= 4:
            stems.setdefault(stem, number)
    return tuple(sorted(stems.items(), key=lambda item: -len(item[0])))


def month_number(word: str, lang: str | None = None) -> int | None:
    """The month a word names, with its case or possessive ending ("наурызда", "марта"), or None."""
    w = fold(word)
    table = _month_table(lang)
    if w in table:
        return table[w]
    if w in ("мае", "маю", "маем"):
        return 5
    for stem, number in _stems(lang):
        if w.startswith(stem) and _ENDING.fullmatch(w[len(stem):]):
            return number
    return None


_YEAR_MARK = r"(?:\s*(?:ж\.|жыл\w*|г\.|г|год\w*|y\.))?"
_FIRST = r"(?:бірінші|1-?ші|перв\w+|1-?\w{0,2}|first|1st)"
_SECOND = r"(?:екінші|2-?ші|втор\w+|2-?\w{0,2}|second|2nd)"
_HALF_WORD = r"(?:жарты\w*|полугоди\w*|половин\w*|half)"
_HALF_FORMS = (
    re.compile(rf"(?P<y>\d{{4}}){_YEAR_MARK}\s+(?:(?P<f>{_FIRST})|(?P<s>{_SECOND}))\s+{_HALF_WORD}", re.I),
    re.compile(
        rf"(?:(?P<f>{_FIRST})|(?P<s>{_SECOND}))\s+{_HALF_WORD}(?:\s+of)?\s+(?P<y>\d{{4}}){_YEAR_MARK}", re.I
    ),
)
_WORD = r"(?P<mon>[^\W\d_]+\.?)"
_DAY = r"(?P<d>\d{1,2})(?:-?(?:ші|шы|ое|го|е|st|nd|rd|th))?"
_DAY_FORMS = (
    re.compile(rf"{_DAY}\s+{_WORD},?\s+(?P<y>\d{{4}}){_YEAR_MARK}", re.I),  # 14 қазан 2026
    re.compile(rf"{_WORD}\s+{_DAY},?\s+(?P<y>\d{{4}}){_YEAR_MARK}", re.I),  # Dec 1 2026
    re.compile(rf"(?P<y>\d{{4}}){_YEAR_MARK}\s+{_DAY}\s+{_WORD}", re.I),  # 2026 жылғы 14 қазан
    re.compile(rf"(?P<y>\d{{4}}){_YEAR_MARK}\s+{_WORD}\s+{_DAY}", re.I),  # 2026 ж. қазанның 14
)
_MONTH_FORMS = (
    re.compile(rf"{_WORD},?\s+(?P<y>\d{{4}}){_YEAR_MARK}", re.I),  # наурыз 2026
    re.compile(rf"(?P<y>\d{{4}}){_YEAR_MARK}\s+{_WORD}(?:\s+(?:айы\w*|month))?", re.I),  # 2026 ж. наурыз
)
_YEAR_ALONE = re.compile(rf"(?P<y>\d{{4}}){_YEAR_MARK}", re.I)


_LEADING = re.compile(r"^(?:in the|в|во|на|in|on|by|the)\s+", re.I)


def _clean(text: str) -> str:
    s = " ".join(text.replace("\u00a0", " ").split()).strip(" ,;")
    return _LEADING.sub("", s)


def _build(year: str, month: int | None = None, day: str | None = None, half: int | None = None) -> PartialDate | None:
    try:
        return PartialDate(int(year), month, int(day) if day else None, half)
    except DateParseError:
        return None


def parse_date_words(text: str, lang: str | None = None) -> PartialDate | None:
    """One date in words or digits, as exactly as the text knows it; None if it is not one.

    ``lang`` narrows the month names to one language; None reads all three. Never raises.
    """
    if not isinstance(text, str):
        return None
    s = _clean(text)
    if not s or len(s) > 80:
        return None
    try:
        found = parse_optional(s)
    except DateParseError:
        found = None
    if found is not None:
        return found
    for pattern in _HALF_FORMS:
        m = pattern.fullmatch(s)
        if m:
            return _build(m.group("y"), half=1 if m.group("f") else 2)
    for pattern in _DAY_FORMS:
        m = pattern.fullmatch(s)
        if m:
            month = month_number(m.group("mon"), lang)
            if month is not None:
                return _build(m.group("y"), month, m.group("d"))
    for pattern in _MONTH_FORMS:
        m = pattern.fullmatch(s)
        if m:
            month = month_number(m.group("mon"), lang)
            if month is not None:
                return _build(m.group("y"), month)
    m = _YEAR_ALONE.fullmatch(s)
    return _build(m.group("y")) if m else None
