"""The conflicts window: records changed here and at another post, side by side, field by field.

The list on the left holds the open conflicts; the table shows, for the one chosen, each field
as it is here, as the other post has it and as both had it last (the base), with the fields
that differ marked. "Keep mine" and "Take theirs" settle the whole record; ticking "Theirs" on
some rows and "Apply the chosen fields" takes those fields from the other post and keeps the
rest. The choice is written through the window's writer and travels with the next bundles.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database import audit
from database.conflicts import ConflictInfo
from database.errors import ArchiveError
from operations import posts
from operations.messages import describe
from ui.history import UUID, entity_label, field_label, value_text
from ui.record_model import VALUE_LABELS, value_label
from ui.workspace import Workspace

DIFFERENT = QColor(255, 236, 179)


def tr(text: str) -> str:
    return QCoreApplication.translate("PostDialogs", text)


def error_text(error: BaseException) -> str:
    if isinstance(error, ArchiveError):
        return describe(error)
    if isinstance(error, OSError):
        return tr("The file could not be read or written: {reason}").format(reason=error.strerror or error)
    return str(error)


MAX_SHOWN = 600  # characters of a long text in a cell; the whole is in its tooltip


def uuids_in(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value} if UUID.match(value) else set()
    if isinstance(value, list):
        return set().union(*(uuids_in(v) for v in value)) if value else set()
    if isinstance(value, dict):
        return set().union(*(uuids_in(v) for v in value.values())) if value else set()
    return set()


def shown(value: Any, names: dict[str, tuple[str, int, str]]) -> str:
    """A field's value for people: links by the linked record's name, codes in words."""
    if isinstance(value, str) and value in VALUE_LABELS:
        return value_label(value)
    return value_text(value, names)


class ConflictsWindow(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Conflicts between posts"))
        self.resize(1000, 560)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.currentRowChanged.connect(self._show_current)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Fields side by side"))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Here (mine)"), self.tr("Incoming (theirs)"),
                                              self.tr("Base"), self.tr("Take theirs")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        self.table.setWordWrap(True)
        self.mine_button = QPushButton(self.tr("Keep mine"))
        self.theirs_button = QPushButton(self.tr("Take theirs"))
        self.fields_button = QPushButton(self.tr("Apply the chosen fields"))
        self.mine_button.clicked.connect(lambda: self.resolve("mine"))
        self.theirs_button.clicked.connect(lambda: self.resolve("theirs"))
        self.fields_button.clicked.connect(lambda: self.resolve("fields"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.mine_button, self.theirs_button, self.fields_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.addWidget(self.heading)
        side.addWidget(self.table, 1)
        side.addLayout(buttons)
        side.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.conflicts: list[ConflictInfo] = []
        self.fields: list[str] = []
        self.reload()

    def reload(self) -> None:
        self.conflicts = posts.list_conflicts(self.workspace.archive)
        self.list.clear()
        for c in self.conflicts:
            item = QListWidgetItem(self.tr("{type} «{label}» from {post}").format(
                type=entity_label(c.entity), label=c.label, post=c.from_post))
            self.list.addItem(item)
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self._show_current(-1)

    @property
    def current(self) -> ConflictInfo | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_current(self, row: int) -> None:
        c = self.current
        for b in (self.mine_button, self.theirs_button, self.fields_button):
            b.setEnabled(c is not None)
        self.table.setRowCount(0)
        if c is None:
            self.heading.setText(self.tr("No conflicts: every record received agrees with this archive."))
            self.fields = []
            return
        self.heading.setText(self.tr("{type} «{label}»: changed here and at {post} since they last agreed.").format(
            type=entity_label(c.entity), label=c.label, post=c.from_post))
        differing = c.differing()
        # The fields that differ first; of the rest, the trash mark only when it differs.
        self.fields = differing + [k for k in c.fields() if k not in differing and k != "deleted_at"]
        sides = [c.local, c.incoming, c.base or {}]
        names = audit.find_uuids(self.workspace.archive, set().union(
            *(uuids_in(side.get(k)) for side in sides for k in self.fields)))
        self.table.setRowCount(len(self.fields))
        for r, key in enumerate(self.fields):
            cells = [field_label(key), shown(c.local.get(key), names), shown(c.incoming.get(key), names),
                     shown(c.base.get(key), names) if c.base is not None else "—"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…")
                item.setToolTip(text if col else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if key in differing:
                    item.setBackground(QBrush(DIFFERENT))
                self.table.setItem(r, col, item)
            choice = QTableWidgetItem()
            if key in differing:
                choice.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                choice.setCheckState(Qt.CheckState.Unchecked)
            else:
                choice.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(r, 4, choice)
        self.table.resizeRowsToContents()

    def row_of(self, key: str) -> int:
        return self.fields.index(key)

    def chosen_fields(self) -> dict[str, str]:
        out = {}
        for r, key in enumerate(self.fields):
            item = self.table.item(r, 4)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out[key] = "theirs"
        return out

    def resolve(self, choice: str) -> None:
        c = self.current
        if c is None:
            return
        fields = self.chosen_fields() if choice == "fields" else None
        archive = self.workspace.archive
        for b in (self.mine_button, self.theirs_button, self.fields_button):
            b.setEnabled(False)
        self.workspace.writer.submit(lambda: posts.resolve_conflict(archive, c.id, choice, fields),
                                     lambda _written: self._resolved(), self._failed)

    def _resolved(self) -> None:
        self.message.setText(self.tr("Resolved; the next bundles carry the choice to the other posts."))
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))
        self._show_current(self.list.currentRow())
