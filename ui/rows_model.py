"""A Qt table model over a list of plain rows from the core (frozen dataclasses, named tuples).

Short lists that are filled whole from one query (Home's lists, the calendar's agenda and day
list, the duplicate pairs and merges) use it instead of item widgets: the view asks only for the
rows it paints, one reset replaces them all, and each row stays the Python object the core gave.
Code that needs a row reads it with :meth:`RowsModel.row` rather than through ``index.data``:
PySide6 6.12.0 loses a reference to ``None`` each time Python reads an empty value through Qt,
and the core's own object is what a slot wants anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeView

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T`` shown through ``columns``; optional functions give each row a tooltip, a
    colour, a bold face, and whether it can be selected (headings and notes cannot)."""

    def __init__(self, columns: Sequence[Column[T]], *,
                 tooltip: Callable[[T], str] | None = None,
                 colour: Callable[[T], QColor | None] | None = None,
                 bold: Callable[[T], bool] | None = None,
                 selectable: Callable[[T], bool] | None = None) -> None:
        super().__init__()
        self.columns = list(columns)
        self._rows: list[T] = []
        self._tooltip = tooltip
        self._colour = colour
        self._bold = bold
        self._selectable = selectable
        self._bold_font: QFont | None = None

    # --- filling ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append(self, row: T) -> None:
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append(row)
        self.endInsertRows()

    def clear(self) -> None:
        self.set_rows([])

    # --- reading, from Python ---------------------------------------------------------------

    def row(self, number: int) -> T | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rows(self) -> list[T]:
        return list(self._rows)

    def text(self, number: int, column: int) -> str:
        return self.columns[column].text(self._rows[number])

    def is_selectable(self, number: int) -> bool:
        return self._selectable is None or self._selectable(self._rows[number])

    # --- the model, for Qt ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_selectable(index.row()):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].text(row)
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and self._colour is not None:
            colour = self._colour(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and self._bold is not None and self._bold(row):
            if self._bold_font is None:
                self._bold_font = QFont()
                self._bold_font.setBold(True)
            return self._bold_font
        return None


def show_rows(view: QTreeView, model: RowsModel[Any], name: str) -> None:
    """``view`` shows ``model`` as a flat list whose lines are selected whole, one at a time."""
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAccessibleName(name)
