"""The calendar's words: dates in the interface language (month and weekday names from QLocale())
and how an item's dates, title, kind and status read in a list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from catalogue import dates as catalogue_dates
from database.calendar import COMMITMENT, CalendarItem
from database.dates import PartialDate
from ui.record_model import value_label
from ui.views.calendar.style import FLAG


def tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date, fmt: str = "d MMMM yyyy") -> str:
    return QLocale().toString(qdate(day), fmt)


def partial_text(when: PartialDate) -> str:
    """A partial date as a person reads it: "first half of 2026", "наурыз 2026 ж."."""
    return catalogue_dates.partial_text(when)


def item_dates(item: CalendarItem) -> str:
    if item.end is None:
        return partial_text(item.start)
    if item.exact:
        return f"{day_text(item.first_day, 'd MMM')} – {day_text(item.last_day)}"
    return f"{partial_text(item.start)} – {partial_text(item.end)}"


def item_title(item: CalendarItem) -> str:
    title = " ".join(item.title.split())
    return f"{FLAG} {title}" if item.entity == COMMITMENT else title


def item_kind(item: CalendarItem) -> str:
    return tr("Deadline") if item.entity == COMMITMENT else value_label(item.kind)


def item_status(item: CalendarItem) -> str:
    status = value_label(item.status)
    return tr("{status}, overdue").format(status=status) if item.overdue else status



def export_language() -> str:
    """The language of the words an .ics file adds: the interface language when it has them."""
    language = QLocale().language()
    return {QLocale.Language.Kazakh: "kk", QLocale.Language.Russian: "ru"}.get(language, "en")

