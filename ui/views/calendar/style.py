"""How the calendar marks what it shows: an event is a bar in blue (grey when cancelled), a
commitment deadline a flag in amber (red when overdue), so the two never look alike."""

from __future__ import annotations

from PySide6.QtGui import QColor

from database.calendar import COMMITMENT, CalendarItem

EVENT_COLOUR = QColor("#2f6db5")
CANCELLED_COLOUR = QColor("#8a8f98")
DEADLINE_COLOUR = QColor("#b86e00")
OVERDUE_COLOUR = QColor("#c62828")
FLAG = "⚑"


def item_colour(item: CalendarItem) -> QColor:
    if item.entity == COMMITMENT:
        return OVERDUE_COLOUR if item.overdue else DEADLINE_COLOUR
    return CANCELLED_COLOUR if item.status == "cancelled" else EVENT_COLOUR

