"""The month and week grids' model: whole weeks of days, each with what falls on it, and the
lane each event keeps through its days so a multi-day bar runs straight across."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from database.calendar import EVENT, Agenda, CalendarItem
from ui.views.calendar.texts import day_text, item_title


def tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


Index = QModelIndex | QPersistentModelIndex
DATE_ROLE = Qt.ItemDataRole.UserRole + 1
ITEMS_ROLE = Qt.ItemDataRole.UserRole + 2
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 3
SLOTS_ROLE = Qt.ItemDataRole.UserRole + 4  # the day's lines, None where a lane is kept free


def week_start(day: date) -> date:
    first = QLocale().firstDayOfWeek().value  # 1 = Monday … 7 = Sunday, as date.isoweekday()
    return day - timedelta(days=(day.isoweekday() - first) % 7)


class DaysModel(QAbstractTableModel):
    """Whole weeks of days (six for a month, one for a week), each with what falls on it."""

    def __init__(self) -> None:
        super().__init__()
        self.first = date(2000, 1, 3)  # until the view shows a range
        self.weeks = 0
        self.month: tuple[int, int] | None = None  # days of other months are drawn dimmed
        self.today = date.min
        self.days: dict[date, list[CalendarItem]] = {}
        self.slots: dict[date, list[CalendarItem | None]] = {}

    def show(self, first: date, weeks: int, month: tuple[int, int] | None, found: Agenda, today: date) -> None:
        self.beginResetModel()
        self.first, self.weeks, self.month, self.today = first, weeks, month, today
        self.days = found.by_day()
        self.slots = self._lanes(found)
        self.endResetModel()

    def _lanes(self, found: Agenda) -> dict[date, list[CalendarItem | None]]:
        """Give each event one line (lane) through all its days of a week, so a multi-day bar
        runs straight across; deadlines fill the lines left free."""
        slots: dict[date, list[CalendarItem | None]] = {}

        def free(day: date, lane: int) -> bool:
            taken = slots.get(day, [])
            return lane >= len(taken) or taken[lane] is None

        def put(day: date, lane: int, item: CalendarItem) -> None:
            taken = slots.setdefault(day, [])
            taken.extend([None] * (lane + 1 - len(taken)))
            taken[lane] = item

        events = sorted((i for i in found.dated if i.entity == EVENT),
                        key=lambda i: (i.first_day, -(i.last_day - i.first_day).days, i.title, i.id))
        for week in range(self.weeks):
            monday = self.first + timedelta(days=7 * week)
            sunday = monday + timedelta(days=6)
            for item in events:
                if not item.overlaps(monday, sunday):
                    continue
                first, last = max(item.first_day, monday), min(item.last_day, sunday)
                days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
                lane = 0
                while not all(free(day, lane) for day in days):
                    lane += 1
                for day in days:
                    put(day, lane, item)
        for item in found.dated:
            if item.entity != EVENT:
                lane = 0
                while not free(item.first_day, lane):
                    lane += 1
                put(item.first_day, lane, item)
        return slots

    @property
    def last(self) -> date:
        return self.first + timedelta(days=7 * self.weeks - 1)

    def day_at(self, index: Index) -> date:
        return self.first + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self.first).days
        if not 0 <= offset < 7 * self.weeks:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.weeks

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            day = self.first + timedelta(days=section)
            return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index)
        items = self.days.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DATE_ROLE:
            return day
        if role == ITEMS_ROLE:
            return items
        if role == SLOTS_ROLE:
            return self.slots.get(day, [])
        if role == IN_MONTH_ROLE:
            return self.month is None or (day.year, day.month) == self.month
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(item_title(i) for i in items) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            events = sum(1 for i in items if i.entity == EVENT)
            deadlines = len(items) - events
            return tr("{day}: {events} events, {deadlines} deadlines").format(
                day=day_text(day), events=events, deadlines=deadlines)
        return None
