"""The audit trail on screen: a table model of entries, words for what they say, and the
History panel a record's form embeds (who changed this record, when, and what).

Entries are read from the core (:mod:`database.audit`) a page at a time; nothing here can
change or remove one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from database import audit
from database.audit import AuditRow
from database.records import Changes, Entity
from ui.bridge import touches
from ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
PAGE = 500
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def op_label(op: str) -> str:
    return {
        "add": tr("Created"),
        "update": tr("Edited"),
        "delete": tr("Moved to the trash"),
        "restore": tr("Restored from the trash"),
        "import": tr("Imported"),
        "merge": tr("Merged"),
        "purge": tr("Deleted for good"),
        "restore_backup": tr("Backup restored"),
        "unmerge": tr("Merge undone"),
        "attach": tr("File attached"),
        "detach": tr("File removed"),
        "conflict": tr("Conflict with another post"),
        "resolve": tr("Conflict resolved"),
        "receive_bundle": tr("Bundle received from a post"),
        "send_bundle": tr("Bundle sent to a post"),
    }.get(op, op)


def entity_label(entity: str) -> str:
    return {
        "place": tr("Place"),
        "organisation": tr("Organisation"),
        "person": tr("Person"),
        "event": tr("Event"),
        "document": tr("Document"),
        "commitment": tr("Commitment"),
        "archive": tr("Whole archive"),
    }.get(entity, entity)


def field_label(key: str) -> str:
    return {
        "name": tr("Name"),
        "title": tr("Title"),
        "text": tr("Text"),
        "kind": tr("Kind"),
        "status": tr("Status"),
        "country": tr("Country"),
        "region": tr("Region"),
        "aliases": tr("Other names"),
        "notes": tr("Notes"),
        "summary": tr("Summary"),
        "source": tr("Source"),
        "place": tr("Place"),
        "organiser": tr("Organiser"),
        "start": tr("Start"),
        "end": tr("End"),
        "delegations": tr("Delegations"),
        "tags": tr("Tags"),
        "due": tr("Due"),
        "parent": tr("Part of"),
        "names": tr("Spellings"),
        "positions": tr("Positions"),
        "signed_on": tr("Signed on"),
        "period_start": tr("Period from"),
        "period_end": tr("Period to"),
        "directions": tr("Directions"),
        "directions_count": tr("Number of directions"),
        "event": tr("Event"),
        "document": tr("Document"),
        "parties": tr("Parties"),
        "signatories": tr("Signatories"),
        "responsible_organisation": tr("Responsible organisation"),
        "responsible_person": tr("Responsible person"),
        "in_trash": tr("In the trash"),
        "attachments": tr("Attached files"),
        "from": tr("Restored from"),
        "replaced_archive_kept_at": tr("Replaced archive kept at"),
    }.get(key, key)


def local_time(at: datetime) -> str:
    """An entry's UTC time in the workstation's time zone."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def value_text(value: Any, names: dict[str, tuple[str, int, str]]) -> str:
    """A field's value for people: links by the linked record's name, lists one per line."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, str):
        return names[value][2] if UUID.match(value) and value in names else value
    if isinstance(value, list):
        return "\n".join(value_text(v, names) for v in value)
    if isinstance(value, dict):
        parts = [value_text(v, names) for k, v in value.items() if k != "uuid" and v not in (None, "", [])]
        return "; ".join(p.replace("\n", ", ") for p in parts)
    return json.dumps(value, ensure_ascii=False)


def _uuids_in(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value} if UUID.match(value) else set()
    if isinstance(value, list):
        return set().union(*(_uuids_in(v) for v in value)) if value else set()
    if isinstance(value, dict):
        return set().union(*(_uuids_in(v) for v in value.values())) if value else set()
    return set()


def describe_changes(workspace: Workspace, row: AuditRow) -> str:
    """The entry's time, user and action, then each changed field with its value before and
    after, in the interface language; links are shown by the linked record's name."""
    changed = row.changed_fields()
    names = audit.find_uuids(
        workspace.archive,
        set().union(*(_uuids_in(b) | _uuids_in(a) for _, b, a in changed)) if changed else set(),
    )
    head = f"{local_time(row.at)} · {row.os_user} · {op_label(row.op)}"
    if row.erased or row.op == "purge":  # a purge takes what the record said out of the trail
        return f"{head}\n\n" + tr("The record was deleted for good; what it said was erased from the trail.")
    if not changed:
        return head
    lines = [head, ""]
    for key, before, after in changed:
        lines.append(f"{field_label(key)}:")
        if row.before is not None:
            lines.append("  " + tr("before:") + " " + value_text(before, names).replace("\n", "\n    "))
        if row.after is not None:
            lines.append("  " + tr("after:") + " " + value_text(after, names).replace("\n", "\n    "))
    return "\n".join(lines)


class AuditModel(QAbstractTableModel):
    """Entries as rows, fetched a page at a time as the view scrolls (the trail only grows)."""

    WHEN, USER, ACTION, TYPE, RECORD, FIELDS = range(6)

    def __init__(
        self,
        fetch: Callable[[int, int], list[AuditRow]],
        total: Callable[[], int],
        label: Callable[[list[AuditRow]], dict[str, str]] | None = None,
    ) -> None:
        super().__init__()
        self._fetch, self._total, self._label = fetch, total, label
        self._rows: list[AuditRow] = []
        self._labels: dict[str, str] = {}
        self._count = 0
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._count = self._total()
        self._rows = []
        self._labels = {}
        self._load_page()
        self.endResetModel()

    def _load_page(self) -> list[AuditRow]:
        page = self._fetch(len(self._rows), PAGE)
        self._rows.extend(page)
        if self._label:
            self._labels.update(self._label(page))
        return page

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._count

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        page = self._fetch(start, PAGE)
        if not page:
            self._count = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        if self._label:
            self._labels.update(self._label(page))
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def total(self) -> int:
        return self._count

    def row(self, index: int) -> AuditRow:
        return self._rows[index]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("When"), tr("User"), tr("Action"), tr("Type"), tr("Record"), tr("Fields changed")][
                section
            ]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role != Qt.ItemDataRole.DisplayRole and role != Qt.ItemDataRole.ToolTipRole:
            return None
        col = index.column()
        if col == self.WHEN:
            return local_time(row.at)
        if col == self.USER:
            return row.os_user
        if col == self.ACTION:
            return op_label(row.op)
        if col == self.TYPE:
            return entity_label(row.entity)
        if col == self.RECORD:
            return audit.label_in(row) or self._labels.get(row.record_uuid or "", "")
        if row.before is None or row.op not in ("update", "import", "merge"):
            return ""  # a new record "changes" every field: saying so would hide the edits
        return ", ".join(field_label(k) for k, _, _ in row.changed_fields())


def labels_for(workspace: Workspace) -> Callable[[list[AuditRow]], dict[str, str]]:
    """Names for entries that did not record one (moves to and from the trash)."""

    def label(rows: list[AuditRow]) -> dict[str, str]:
        missing = {r.record_uuid for r in rows if r.record_uuid and audit.label_in(r) is None}
        return {u: name for u, (_e, _i, name) in audit.find_uuids(workspace.archive, missing).items()}

    return label


def audit_table(model: AuditModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    for column, width in (
        (AuditModel.WHEN, 150),
        (AuditModel.USER, 110),
        (AuditModel.ACTION, 180),
        (AuditModel.TYPE, 110),
        (AuditModel.RECORD, 380),
    ):
        table.setColumnWidth(column, width)
    return table


class HistoryPanel(QWidget):
    """One record's history, oldest first; the selected entry's changes field by field."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.entity: str | None = None
        self.record_id: int | None = None
        self._entries: list[AuditRow] = []
        self.model = AuditModel(self._fetch, lambda: len(self._entries), labels_for(workspace))
        self.table = audit_table(self.model)
        self.table.setAccessibleName(self.tr("History of this record"))
        for col in (AuditModel.TYPE, AuditModel.RECORD):
            self.table.hideColumn(col)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What changed"))
        self.empty = QLabel(self.tr("No changes recorded yet."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(self._show_entry)
        workspace.signals.changed.connect(self._on_changed)

    def _fetch(self, offset: int, limit: int) -> list[AuditRow]:
        return self._entries[offset : offset + limit]

    def show_record(self, entity: str, record_id: int | None) -> None:
        self.entity, self.record_id = entity, record_id
        self.reload()

    def reload(self) -> None:
        if self.entity is None or self.record_id is None:
            self._entries = []
        else:
            self._entries = audit.history(self.workspace.archive, Entity(self.entity), self.record_id)
        self.model.reload()
        self.empty.setVisible(not self._entries)
        self.details.clear()
        if self._entries:  # the latest change is what a person asks about first
            self.table.selectRow(len(self._entries) - 1)
            self.table.scrollToBottom()

    def _show_entry(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        self.details.setPlainText(describe_changes(self.workspace, self.model.row(current.row())))

    def _on_changed(self, changes: Changes) -> None:
        if (
            self.entity is not None
            and touches(changes, self.entity)
            and (changes.entity == "*" or not changes.ids or self.record_id in changes.ids)
        ):
            self.reload()
