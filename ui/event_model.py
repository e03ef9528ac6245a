"""The events list as a Qt model: ids in view order, rows fetched a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from database.archive import Archive
from database.queries import EVENT_SORTS, EventRow, event_ids, event_rows

Index = QModelIndex | QPersistentModelIndex

COL_DATE, COL_TITLE, COL_KIND, COL_STATUS, COL_PLACE = range(5)
SORT_KEYS = ("date", "title", "kind", "status", "place")
PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def date_text(row: EventRow) -> str:
    if row.start is None:
        return ""
    if row.end is None or row.end == row.start:
        return str(row.start)
    return f"{row.start} – {row.end}"


class EventTableModel(QAbstractTableModel):
    def __init__(self, archive: Archive) -> None:
        super().__init__()
        self.archive = archive
        self._ids: list[int] = []
        self._cache: dict[int, EventRow] = {}
        self._sort, self._descending, self._contains = "date", True, ""
        self.headers = (self.tr("Date"), self.tr("Title"), self.tr("Kind"), self.tr("Status"), self.tr("Place"))
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self.archive.session() as s:
            self._ids = event_ids(s, sort=self._sort, descending=self._descending, contains=self._contains)
        self._cache.clear()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        if text != self._contains:
            self._contains = text
            self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SORT_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def row(self, index: int) -> EventRow:
        record_id = self._ids[index]
        if record_id not in self._cache:
            start = index - index % PAGE
            with self.archive.session() as s:
                for r in event_rows(s, self._ids[start:start + PAGE]):
                    self._cache[r.id] = r
        return self._cache[record_id]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.row(index.row())
        return (date_text(r), r.title, r.kind, r.status, r.place)[index.column()]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column]
        if key in EVENT_SORTS:
            self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
            self.reload()
