"""A short list of events and deadlines that opens a record on a click or Enter: the calendar's
strip, agenda and day list, and the home view's lists."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from database.calendar import COMMITMENT, CalendarItem
from ui.views.calendar.style import item_colour

RECORD_ROLE = Qt.ItemDataRole.UserRole + 10  # (entity, id) on a line that opens a record


class RecordLines(QTreeWidget):
    """A short list of events and deadlines; a click or Enter on a line opens its record."""

    open_requested = Signal(str, int)

    def __init__(self, columns: Sequence[str], accessible_name: str = "") -> None:
        super().__init__()
        self.setHeaderLabels(list(columns))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(accessible_name)
        self.header().setStretchLastSection(False)
        self.itemClicked.connect(lambda item, _col: self._open(item))

    def set_title_column(self, column: int, *also_stretched: int) -> None:
        """The title takes the room left; names (places, parties) share it rather than push the
        list wider than its window."""
        header = self.header()
        for i in range(self.columnCount()):
            stretch = i == column or i in also_stretched
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def add_section(self, text: str) -> QTreeWidgetItem:
        line = QTreeWidgetItem(self, [text])
        font = QFont(self.font())
        font.setBold(True)
        line.setFont(0, font)
        line.setFirstColumnSpanned(True)
        line.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return line

    def add_item(self, item: CalendarItem, cells: Sequence[str]) -> QTreeWidgetItem:
        line = QTreeWidgetItem(self, list(cells))
        line.setData(0, RECORD_ROLE, (item.entity, item.id))
        line.setToolTip(0, item.title)
        for column in range(len(cells)):
            line.setToolTip(column, " ".join(item.title.split()))
        colour = item_colour(item)
        if item.entity == COMMITMENT or item.status == "cancelled":
            for column in range(len(cells)):
                line.setForeground(column, QBrush(colour))
        return line

    def add_note(self, text: str) -> None:
        line = QTreeWidgetItem(self, [text])
        line.setFirstColumnSpanned(True)
        line.setFlags(Qt.ItemFlag.NoItemFlags)
        line.setForeground(0, QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText)))

    def record_lines(self) -> list[QTreeWidgetItem]:
        found = []
        for row in range(self.topLevelItemCount()):
            line = self.topLevelItem(row)
            if line is not None and line.data(0, RECORD_ROLE):
                found.append(line)
        return found

    def selected_record(self) -> tuple[str, int] | None:
        line = self.currentItem()
        value = line.data(0, RECORD_ROLE) if line is not None else None
        return (str(value[0]), int(value[1])) if value else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self._open(current)
            return
        super().keyPressEvent(event)

    def _open(self, line: QTreeWidgetItem) -> None:
        value = line.data(0, RECORD_ROLE)
        if value:
            self.open_requested.emit(str(value[0]), int(value[1]))
