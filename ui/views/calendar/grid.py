"""Drawing the month and week grids: a day's number, event bars joined across the days of one
event, and deadline flags; the table view that shows them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from database.calendar import COMMITMENT, CalendarItem
from ui.views.calendar.days import DATE_ROLE, IN_MONTH_ROLE, SLOTS_ROLE, DaysModel, Index
from ui.views.calendar.style import EVENT_COLOUR, FLAG, item_colour


def tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


class DayDelegate(QStyledItemDelegate):
    """Draws a day: its number, event bars (joined across the days of one event) and flags."""

    LINE = 18

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        assert isinstance(model, DaysModel)
        day: date = index.data(DATE_ROLE)
        slots: list[CalendarItem | None] = index.data(SLOTS_ROLE)
        rect = QRect(option.rect)
        palette = option.palette
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = palette.color(QPalette.ColorRole.Highlight).lighter(180) if selected \
            else palette.color(QPalette.ColorRole.Base)
        if not index.data(IN_MONTH_ROLE) and not selected:
            background = palette.color(QPalette.ColorRole.AlternateBase)
        painter.fillRect(rect, background)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if day == model.today:
            painter.setPen(EVENT_COLOUR)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))

        number_font = QFont(option.font)
        number_font.setBold(day == model.today)
        painter.setFont(number_font)
        dim = not index.data(IN_MONTH_ROLE)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText if dim else QPalette.ColorRole.Text))
        painter.drawText(rect.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         str(day.day))

        painter.setFont(option.font)
        top = rect.top() + self.LINE + 2
        room = max(0, (rect.bottom() - top) // self.LINE)
        shown = slots if len(slots) <= room else slots[:max(0, room - 1)]
        for item in shown:
            if item is not None:
                self._draw_item(painter, item, day, QRect(rect.left(), top, rect.width(), self.LINE - 2),
                                index.column())
            top += self.LINE
        hidden = sum(1 for item in slots[len(shown):] if item is not None)
        if hidden:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QRect(rect.left() + 4, top, rect.width() - 8, self.LINE),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             tr("+{n} more").format(n=hidden))
        painter.restore()

    def _draw_item(self, painter: QPainter, item: CalendarItem, day: date, line: QRect, column: int) -> None:
        colour = item_colour(item)
        text = " ".join(item.title.split())
        if item.entity == COMMITMENT:
            # A deadline is a flag and coloured text, never a bar: it must not read as an event.
            painter.setPen(colour)
            label = line.adjusted(4, 0, -3, 0)
            painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(f"{FLAG} {text}", Qt.TextElideMode.ElideRight,
                                                               label.width()))
            return
        starts, ends = item.first_day == day, item.last_day == day
        bar = line.adjusted(3 if starts else 0, 0, -3 if ends else 0, 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        if starts and ends:
            painter.drawRoundedRect(bar, 3, 3)
        else:
            painter.drawRect(bar)
        # The title runs along the whole bar of this week row: each day draws its own slice of
        # the text, shifted by the days before it, so the cells read as one label.
        before = min((day - item.first_day).days, column)
        after = min((item.last_day - day).days, 6 - column)
        width = line.width()
        label = QRect(line.left() - before * width + 7, line.top(), (before + after + 1) * width - 12, line.height())
        painter.save()
        painter.setClipRect(bar)
        painter.setPen(QColor("white"))
        font = QFont(painter.font())
        font.setStrikeOut(item.status == "cancelled")
        painter.setFont(font)
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, label.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(90, self.LINE * 4)


class DaysView(QTableView):
    def __init__(self, model: DaysModel, accessible_name: str) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegate(DayDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(accessible_name)
