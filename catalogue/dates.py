"""Dates in words, in Kazakh, Russian or English, from Babel's CLDR data.

One function per kind of date text, used by the window, the command line, briefings and calendar
files alike. The patterns are messages of the catalogue (context "date pattern", in CLDR's
notation), so each language writes its own year mark ("2026 ж.", "2026 г.") and month form: a
day takes Russian's genitive ("26 марта"), a month alone its nominative ("март 2026 г."). Years
always have four digits: an archive spanning decades cannot use "26.03.26".
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel.dates import format_date, get_day_names, get_month_names

from catalogue import NP_, language, pgettext_in
from database.dates import PartialDate

PATTERN = "date pattern"
DAY = NP_("date pattern", "d MMMM y")
MONTH = NP_("date pattern", "LLLL y")
YEAR = NP_("date pattern", "y")
NUMERIC = NP_("date pattern", "dd/MM/y")
HALVES = (NP_("date", "first half of {year}"), NP_("date", "second half of {year}"))


def _lang(lang: str | None) -> str:
    return lang or language()


def _pattern(pattern: str, lang: str) -> str:
    return pgettext_in(lang, PATTERN, pattern)


@lru_cache(maxsize=8192)
def _formatted(d: date, pattern: str, lang: str) -> str:
    """Babel's text for a day, remembered: a month of a large archive's calendar names the same
    few hundred days over a thousand times, and each of Babel's calls costs a fifth of a millisecond."""
    return str(format_date(d, pattern, locale=lang))


def day_text(d: date, lang: str | None = None) -> str:
    """A day in words: "26 наурыз 2026 ж.", "26 марта 2026 г.", "26 March 2026"."""
    lang = _lang(lang)
    return _formatted(d, _pattern(DAY, lang), lang)


def numeric_text(d: date, lang: str | None = None) -> str:
    """A day in digits, four-digit year: "26.03.2026" (English "26/03/2026")."""
    lang = _lang(lang)
    return _formatted(d, _pattern(NUMERIC, lang), lang)


def month_text(year: int, month: int, lang: str | None = None) -> str:
    """A month of a year: "наурыз 2026 ж.", "март 2026 г.", "March 2026"."""
    lang = _lang(lang)
    return _formatted(date(year, month, 1), _pattern(MONTH, lang), lang)


def year_text(year: int, lang: str | None = None) -> str:
    """A year alone: "2026 ж.", "2026 г.", "2026"."""
    lang = _lang(lang)
    return _formatted(date(year, 1, 1), _pattern(YEAR, lang), lang)


def half_text(year: int, half: int, lang: str | None = None) -> str:
    """A half-year: "2026 жылдың бірінші жартыжылдығы", "первое полугодие 2026 г."."""
    lang = _lang(lang)
    return pgettext_in(lang, "date", HALVES[half - 1]).format(year=year)


def partial_text(p: PartialDate, lang: str | None = None) -> str:
    """A date known to a day, a month, a half-year or only a year, in words."""
    if p.day is not None and p.month is not None:
        return day_text(date(p.year, p.month, p.day), lang)
    if p.month is not None:
        return month_text(p.year, p.month, lang)
    if p.half is not None:
        return half_text(p.year, p.half, lang)
    return year_text(p.year, lang)


def month_name(month: int, lang: str | None = None, *, after_day: bool = False) -> str:
    """A month's name: alone ("март"), or as it reads after a day number ("марта")."""
    lang = _lang(lang)
    if after_day:
        return str(get_month_names("wide", "format", locale=lang)[month])
    # Kazakh's CLDR stand-alone names are capitalised; the language writes them in lower case.
    name = str(get_month_names("wide", "stand-alone", locale=lang)[month])
    return name if lang == "en" else name.lower()


def weekday_name(d: date, lang: str | None = None, *, short: bool = True) -> str:
    """The day of the week, capitalised for a column heading: "Дс", "Пн", "Mon"."""
    lang = _lang(lang)
    name = str(get_day_names("abbreviated" if short else "wide", "format", locale=lang)[d.weekday()])
    return name[:1].upper() + name[1:]
