"""Calendar: a month, a week or an agenda of events and commitment deadlines.

Its parts, one purpose each: ``texts`` (dates and item words in the interface language),
``style`` (colours and the deadline flag), ``lines`` (the list of lines that open records, also
used by the home view), ``days`` (the grids' model), ``grid`` (their painter and table view),
``view`` (the view itself) and ``ics_dialogs`` (iCalendar export, import and its preview). The
names other modules and the tests use are importable from here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.views.calendar.days import DATE_ROLE, IN_MONTH_ROLE, ITEMS_ROLE, SLOTS_ROLE, DaysModel, week_start
from ui.views.calendar.grid import DayDelegate, DaysView
from ui.views.calendar.ics_dialogs import IcsPreviewDialog
from ui.views.calendar.lines import Line, RecordLines
from ui.views.calendar.style import (
    CANCELLED_COLOUR,
    DEADLINE_COLOUR,
    EVENT_COLOUR,
    FLAG,
    OVERDUE_COLOUR,
    item_colour,
)
from ui.views.calendar.texts import (
    day_text,
    export_language,
    item_dates,
    item_kind,
    item_status,
    item_title,
    partial_text,
    qdate,
)
from ui.views.calendar.view import AGENDA, MONTH, WEEK, CalendarView
from ui.workspace import ViewSpec, Workspace

__all__ = [
    "AGENDA", "CANCELLED_COLOUR", "DATE_ROLE", "DEADLINE_COLOUR", "EVENT_COLOUR", "FLAG", "IN_MONTH_ROLE",
    "ITEMS_ROLE", "MONTH", "OVERDUE_COLOUR", "SLOTS_ROLE", "VIEW", "WEEK", "CalendarView",
    "DayDelegate", "DaysModel", "DaysView", "IcsPreviewDialog", "Line", "RecordLines", "build", "day_text",
    "export_language", "item_colour", "item_dates", "item_kind", "item_status", "item_title",
    "partial_text", "qdate", "week_start",
]


def build(workspace: Workspace) -> CalendarView:
    return CalendarView(workspace)


VIEW = ViewSpec(
    key="calendar",
    order=70,
    title=lambda: QCoreApplication.translate("Views", "Calendar"),
    build=build,
)
