"""A list of one record type as a Qt table model.

The model holds only the ids in view order; rows are fetched a page at a time as the view asks
for them (Anki's browser model does the same), so 100,000 records open and scroll like 100.
Sorting and filtering happen in SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from database.archive import Archive
from database.dates import PartialDate
from database.lists import SPECS, ListRow, list_ids, list_rows
from ui.i18n import format_numeric, format_partial
from ui.tasks import Tasks

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordTableModel", text)


# Enum values as shown in lists; record data itself is never translated.
VALUE_LABELS = {
    "forum": "Forum", "conference": "Conference", "meeting": "Meeting", "visit": "Visit",
    "referendum": "Referendum", "other": "Other", "planned": "Planned", "held": "Held",
    "cancelled": "Cancelled", "postponed": "Postponed", "memorandum": "Memorandum",
    "action_plan": "Action plan", "road_map": "Road map", "agreement": "Agreement",
    "plan_of_events": "Plan of events", "protocol": "Protocol", "draft": "Draft",
    "negotiation": "Under negotiation", "signed": "Signed", "in_force": "In force", "expired": "Expired",
    "open": "Open", "in_progress": "In progress", "done": "Done", "dropped": "Dropped",
    "government": "Government", "akimat": "Akimat", "ministry": "Ministry", "department": "Department",
    "consulate": "Consulate", "municipality": "Municipality", "agency": "Agency", "company": "Company",
    "host": "Host", "guest": "Guest",
    "kk": "Kazakh", "ru": "Russian", "en": "Latin", "zh": "Chinese",
}


def value_label(value: str) -> str:
    return tr(VALUE_LABELS[value]) if value in VALUE_LABELS else value


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, PartialDate):
        # Days in digits keep the column narrow; a month or half-year is said in words.
        return format_numeric(value.first_day()) if value.precision == "day" else format_partial(value)
    return value_label(value) if isinstance(value, str) else str(value)


class RecordTableModel(QAbstractTableModel):
    reloaded = Signal()  # the list of ids was replaced (selection may need restoring)
    def __init__(self, archive: Archive, entity: str, *, hidden: tuple[str, ...] = (),
                 tasks: Tasks | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.tasks = tasks  # when given, filtering runs off the GUI thread so typing never waits
        self._generation = 0
        self.spec = SPECS[entity]
        self.entity = entity
        ends = {c.until for c in self.spec.columns if c.until}
        self.columns = [c for c in self.spec.columns if c.key not in hidden and c.key not in ends]
        self._positions = [self.spec.column_index(c.key) for c in self.columns]
        self._until = [self.spec.column_index(c.until) if c.until else None for c in self.columns]
        self._ids: list[int] = []
        self._cache: dict[int, ListRow] = {}
        self._sort, self._descending = self.spec.default_sort, self.spec.default_descending
        self._contains = ""
        self._deleted = False
        self._filters: dict[str, Any] = {}
        self._loaded = False
        self.reload()

    # --- what is listed -----------------------------------------------------------------

    def _query_ids(self) -> Callable[..., list[int]]:
        entity, sort, descending = self.entity, self._sort, self._descending
        contains, deleted, filters = self._contains, self._deleted, dict(self._filters)

        def query(*_args: Any) -> list[int]:
            with self.archive.session() as s:
                return list_ids(s, entity, sort=sort, descending=descending, contains=contains,
                                deleted=deleted, filters=filters)
        return query

    def _apply(self, ids: list[int]) -> None:
        self._loaded = True
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self.endResetModel()
        self.reloaded.emit()

    def reload(self) -> None:
        self._generation += 1
        self._apply(self._query_ids()())

    def reload_in_background(self) -> None:
        """Re-run the query on a worker; only the newest answer is shown."""
        if self.tasks is None:
            self.reload()
            return
        self._generation += 1
        generation = self._generation

        def done(ids: list[int]) -> None:
            if generation == self._generation:
                self._apply(ids)

        self.tasks.start(self._query_ids(), done, lambda error: self.reload())

    def refresh_rows(self) -> None:
        """Re-read the rows shown, keeping the order (after an edit that may not move them)."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    def set_filter(self, text: str) -> None:
        if text != self._contains:
            self._contains = text
            self.reload_in_background()

    def set_filters(self, filters: Mapping[str, Any]) -> None:
        if dict(filters) != self._filters:
            self._filters = dict(filters)
            self.reload_in_background()

    @property
    def filtered(self) -> bool:
        return bool(self._contains or any(v not in (None, "") for v in self._filters.values()))

    def clear_filters(self) -> None:
        """Show everything again, at once (to reveal a record asked for by a link)."""
        self._contains, self._filters = "", {}
        self.reload()

    def set_show_deleted(self, deleted: bool) -> None:
        if deleted != self._deleted:
            self._deleted = deleted
            self.reload()

    @property
    def showing_deleted(self) -> bool:
        return self._deleted

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def list_row(self, row: int) -> ListRow:
        record_id = self._ids[row]
        if record_id not in self._cache:
            start = row - row % PAGE
            with self.archive.session() as s:
                for r in list_rows(s, self.entity, self._ids[start:start + PAGE]):
                    self._cache[r.id] = r
        return self._cache[record_id]

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE, ROW_ROLE,
                        Qt.ItemDataRole.ForegroundRole):
            return None
        row = self.list_row(index.row())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.deleted:
                return QColor("gray")
            return QColor("#b00020") if self._overdue(row) else None
        value = row.cells[self._positions[index.column()]]
        if role == SORT_ROLE:
            return value
        until = self._until[index.column()]
        end = row.cells[until] if until is not None else None
        if end is not None and end != value:
            return f"{cell_text(value)} – {cell_text(end)}"
        return cell_text(value)

    def _overdue(self, row: ListRow) -> bool:
        """A commitment past its due date and neither done nor dropped."""
        if self.entity != "commitment":
            return False
        due = row.cells[self.spec.column_index("due")]
        status = row.cells[self.spec.column_index("status")]
        return due is not None and status in ("open", "in_progress") and due.last_day() < self.archive.clock.today()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        wanted = (self.columns[column].key, order == Qt.SortOrder.DescendingOrder)
        if wanted == (self._sort, self._descending) and self._loaded:
            return  # already in this order (the view asks again when sorting is switched on)
        self._sort, self._descending = wanted
        self.reload()


