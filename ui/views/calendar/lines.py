"""A short list of events and deadlines that opens a record on a click or Enter: the calendar's
strip, agenda and day list, and the home view's lists.

A view over a :class:`ui.rows_model.RowsModel` of :class:`Line`s, each the core's
:class:`CalendarItem` with the texts shown for it, or a heading or a note between them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem, QTreeView, QWidget

from database.calendar import COMMITMENT, CalendarItem
from ui.rows_model import Column, RowsModel, show_rows
from ui.views.calendar.style import item_colour

ITEM, SECTION, NOTE = "item", "section", "note"


@dataclass(frozen=True)
class Line:
    kind: str
    cells: tuple[str, ...]
    item: CalendarItem | None = None

    @property
    def record(self) -> tuple[str, int] | None:
        return (str(self.item.entity), int(self.item.id)) if self.item is not None else None

    def text(self, column: int) -> str:
        return self.cells[column] if column < len(self.cells) else ""


def _cell(column: int) -> Callable[[Line], str]:
    return lambda line: line.text(column)


def _colour(line: Line) -> QColor | None:
    if line.kind == NOTE:
        return QColor("#767676")
    item = line.item
    if item is not None and (item.entity == COMMITMENT or item.status == "cancelled"):
        return item_colour(item)
    return None


def _tooltip(line: Line) -> str:
    if line.item is not None:
        return " ".join(line.item.title.split())
    return line.text(0)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class RecordLines(QTreeView):
    """A short list of events and deadlines; a click or Enter on a line opens its record."""

    open_requested = Signal(str, int)
    current_changed = Signal()

    def __init__(self, columns: Sequence[str], accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: RowsModel[Line] = RowsModel(
            [Column(title, _cell(i)) for i, title in enumerate(columns)],
            tooltip=_tooltip, colour=_colour, bold=lambda line: line.kind == SECTION,
            selectable=lambda line: line.kind == ITEM)
        show_rows(self, self.lines, accessible_name)
        self.header().setStretchLastSection(False)
        self.clicked.connect(lambda index: self._open(index.row()))
        self.selectionModel().currentRowChanged.connect(lambda *_a: self.current_changed.emit())
        self._fitted: list[int] = []  # the columns as wide as their texts (set_title_column)
        self.lines.rowsInserted.connect(self._span_new)
        self.lines.modelReset.connect(lambda: self._span_new(QModelIndex(), 0, self.lines.rowCount() - 1))

    def set_title_column(self, column: int, *also_stretched: int) -> None:
        """The title takes the room left; names (places, parties) share it rather than push the
        list wider than its window. The other columns are as wide as their texts and headers."""
        header = self.header()
        metrics = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        widest = 0
        for i in range(self.lines.columnCount()):
            stretch = i == column or i in also_stretched
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if stretch
                                        else QHeaderView.ResizeMode.Fixed)
            if stretch:
                widest = max(widest, metrics.horizontalAdvance(self.lines.columns[i].title))
        self._fitted = [i for i in range(self.lines.columnCount()) if i != column and i not in also_stretched]
        self._fit_columns()
        # A shared column never shrinks below its header ("Ответственный", "Жауапты"): the list
        # scrolls sideways rather than cut the words that say what a column holds.
        header.setMinimumSectionSize(max(header.minimumSectionSize(), widest + 4 * margin))

    # --- filling ----------------------------------------------------------------------------

    def clear(self) -> None:
        self.lines.clear()

    def show_lines(self, lines: Sequence[Line]) -> None:
        self.lines.set_rows(lines)

    def add_section(self, text: str) -> None:
        self.lines.append(Line(SECTION, (text,)))

    def add_item(self, item: CalendarItem, cells: Sequence[str]) -> None:
        self.lines.append(Line(ITEM, tuple(cells), item))

    def add_note(self, text: str) -> None:
        self.lines.append(Line(NOTE, (text,)))

    def _span_new(self, _parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            line = self.lines.row(row)
            if line is not None and line.kind != ITEM:
                self.setFirstColumnSpanned(row, QModelIndex(), True)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Make each fitted column as wide as its widest line (or its header), as Qt's
        ResizeToContents would, but measured once per filling: the widest line is found with the
        font's metrics, each distinct text once, and only its cell is asked for its size. Qt's
        own way asks a thousand lines' cells for their size at every change of layout, which was
        most of the time of showing a month of a large archive."""
        if not self._fitted:
            return
        header = self.header()
        plain, bold = self.fontMetrics(), QFontMetrics(_bold(self.font()))
        rows = self.lines.rows()
        for column in self._fitted:
            widths: dict[tuple[str, bool], int] = {}
            widest, widest_row = -1, -1
            for number, line in enumerate(rows):
                key = (line.text(column), line.kind == SECTION)
                width = widths.get(key)
                if width is None:
                    width = widths[key] = (bold if key[1] else plain).horizontalAdvance(key[0])
                if width > widest:
                    widest, widest_row = width, number
            size = header.sectionSizeHint(column)
            if widest_row >= 0:
                option = QStyleOptionViewItem()
                self.initViewItemOption(option)
                cell = self.itemDelegate().sizeHint(option, self.lines.index(widest_row, column))
                size = max(size, cell.width())
            header.resizeSection(column, size)

    # --- reading ----------------------------------------------------------------------------

    def all_lines(self) -> list[Line]:
        return self.lines.rows()

    def record_lines(self) -> list[Line]:
        return [line for line in self.lines.rows() if line.kind == ITEM]

    def row_of(self, record: tuple[str, int]) -> int:
        return next((i for i, line in enumerate(self.lines.rows()) if line.record == record), -1)

    def selected_record(self) -> tuple[str, int] | None:
        line = self.lines.row(self.currentIndex().row()) if self.currentIndex().isValid() else None
        return line.record if line is not None else None

    def record_at(self, pos: QPoint) -> tuple[str, int] | None:
        index = self.indexAt(pos)
        line = self.lines.row(index.row()) if index.isValid() else None
        return line.record if line is not None else None

    def select_record(self, record: tuple[str, int]) -> None:
        row = self.row_of(record)
        if row >= 0:
            self.setCurrentIndex(self.lines.index(row, 0))

    def clear_current(self) -> None:
        self.blockSignals(True)
        self.selectionModel().blockSignals(True)
        self.setCurrentIndex(QModelIndex())
        self.clearSelection()
        self.selectionModel().blockSignals(False)
        self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            self._open(current.row())
            return
        super().keyPressEvent(event)

    def _open(self, row: int) -> None:
        line = self.lines.row(row)
        if line is not None and line.record is not None:
            self.open_requested.emit(*line.record)
