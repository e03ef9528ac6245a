"""The record form every view uses: fields, errors next to them, save, revert, links.

Nothing is saved until the archive accepts the whole draft; on an error each problem is shown
beside its field and everything typed stays where it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from database.errors import ArchiveError, NotFound
from database.links import links_of
from database.validation import FieldError, ValidationError
from ui.backup_actions import error_text
from ui.errors import describe, top_field
from ui.history import HistoryPanel
from ui.workspace import Workspace

ERROR_STYLE = "color: #b00020"


def link_roles() -> dict[str, str]:
    def tr(text: str, disambiguation: str | None = None) -> str:
        return QCoreApplication.translate("Links", text, disambiguation)

    return {
        "signed_at": tr("Document signed here"), "commitment": tr("Commitment"),
        "attended": tr("Attended"), "signed": tr("Signed", "link"), "responsible": tr("Responsible for"),
        "took_part": tr("Took part in"), "party": tr("Party to"), "position": tr("Person", "link"),
        "part": tr("Part of it"), "held_at": tr("Event here"), "successor": tr("Succeeded by"),
    }


class RecordForm(QWidget):
    saved = Signal(int)
    entity = ""
    draft_type: type[Any] = object

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.archive = workspace.archive
        self.fields: dict[str, Any] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._record_id: int | None = None
        self._version: int | None = None  # as loaded: saving over a newer version is refused
        self._snapshot: Any = None
        self._loading = False

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Linked records"))
        self.links.setMaximumHeight(160)
        self.links_label = QLabel(self.tr("Linked records"))
        self.links.itemActivated.connect(self._open_link)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.heading)
        body_layout.addLayout(self.form)
        self.extra_box = QVBoxLayout()
        body_layout.addLayout(self.extra_box)
        body_layout.addWidget(self.links_label)
        body_layout.addWidget(self.links)
        self.history_toggle = QPushButton(self.tr("Show history"))
        self.history_toggle.setCheckable(True)
        self.history_toggle.setToolTip(self.tr("Every change to this record: when, by whom, what"))
        self.history = HistoryPanel(workspace)
        self.history.hide()
        self.history_toggle.toggled.connect(self._toggle_history)
        body_layout.addWidget(self.history_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        body_layout.addWidget(self.history)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Fields shrink to the pane rather than hide behind a sideways scroll.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this record (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Throw away the changes not yet saved"))
        self.actions = QHBoxLayout()
        self.actions.addWidget(self.general_error, 1)
        self.actions.addWidget(self.revert_button)
        self.actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.actions)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.load(self._record_id))
        self.build()
        first = next(iter(self.fields.values()), None)
        if first is not None:
            self.setFocusProxy(first)

    # --- building -------------------------------------------------------------------------

    def build(self) -> None:
        """Subclasses add their fields with :meth:`add`."""

    def add(self, name: str, label: str, widget: Any) -> Any:
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, holder)
        widget.setAccessibleName(label.replace("&", ""))
        widget.changed.connect(self._changed)
        if hasattr(widget, "on_open"):
            widget.on_open = self.workspace.open_record
        self.fields[name] = widget
        self.error_labels[name] = error
        return widget

    # --- state ------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        return self._record_id

    def draft(self) -> Any:
        return self.draft_type(**{name: w.value() for name, w in self.fields.items()})

    def _state(self) -> Any:
        return tuple((name, w.value()) for name, w in self.fields.items())

    def is_dirty(self) -> bool:
        return self._snapshot is not None and self._state() != self._snapshot

    def _changed(self) -> None:
        if not self._loading:
            self.save_button.setEnabled(True)
            self.revert_button.setEnabled(self.is_dirty())

    def blank(self) -> Any:
        return self.draft_type()

    def load(self, record_id: int | None) -> None:
        self._loading = True
        try:
            data = self.blank()
            self._version = None
            if record_id is not None:
                try:
                    record = self.archive.get(self.entity, record_id)
                    data, self._version = record.data, record.version
                except NotFound:
                    record_id = None
            self._record_id = record_id
            for name, widget in self.fields.items():
                widget.set_value(getattr(data, name))
            self.clear_errors()
            self.heading.setText(self.heading_for(data) if record_id is not None else self.new_heading())
            self._snapshot = self._state()
        finally:
            self._loading = False
        self.revert_button.setEnabled(False)
        self.show_links(record_id)
        self.history_toggle.setEnabled(record_id is not None)
        if self.history.isVisible():
            self.history.show_record(self.entity, record_id)
        self.after_load(record_id)

    def after_load(self, record_id: int | None) -> None:
        """Subclasses refresh what is not a draft field (attachments, history)."""

    def heading_for(self, data: Any) -> str:
        return str(getattr(data, "title", None) or getattr(data, "name", None) or getattr(data, "text", ""))

    def new_heading(self) -> str:
        return self.tr("New record")

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        self.clear_errors()
        pending = [(name, w.unresolved()) for name, w in self.fields.items() if hasattr(w, "unresolved")]
        problems = [FieldError(name, "unresolved", {"value": text}) for name, text in pending if text]
        if problems:
            self.show_errors(problems)
            return False
        try:
            if self._record_id is None:
                record = self.archive.add(self.draft())
            else:
                record = self.archive.update(self._record_id, self.draft(), expected_version=self._version)
        except ValidationError as e:
            self.show_errors(e.errors)
            return False
        except ArchiveError as e:  # changed elsewhere, or busy: say so, keep every typed value
            self.general_error.setText(error_text(e))
            self.general_error.show()
            return False
        self.load(record.id)
        self.saved.emit(record.id)
        return True

    def _toggle_history(self, shown: bool) -> None:
        self.history.setVisible(shown)
        self.history_toggle.setText(self.tr("Hide history") if shown else self.tr("Show history"))
        if shown:
            self.history.show_record(self.entity, self._record_id)

    def clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.hide()
            label.clear()
        self.general_error.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(top_field(error.field), []).append(describe(error))
        first = None
        for name, messages in by_field.items():
            label = self.error_labels.get(name)
            if label is None:
                continue
            label.setText("\n".join(messages))
            label.show()
            first = first or name
        self.general_error.setText(self.tr("Not saved: please correct the marked fields."))
        self.general_error.show()
        if first:
            self.fields[first].setFocus()

    # --- links ------------------------------------------------------------------------------

    def link_items(self, record_id: int) -> list[tuple[str, str, int]]:
        """(label, entity, id) of the records linked to this one."""
        with self.archive.session() as s:
            links = links_of(s, self.entity, record_id)
        roles = link_roles()
        return [(f"{roles.get(link.role, link.role)}: {link.label}", link.entity, link.id) for link in links]

    def show_links(self, record_id: int | None) -> None:
        self.links.clear()
        items = self.link_items(record_id) if record_id is not None else []
        for label, entity, rid in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (entity, rid))
            self.links.addItem(item)
        self.links.setVisible(bool(items))
        self.links_label.setVisible(bool(items))

    def _open_link(self, item: QListWidgetItem) -> None:
        entity, rid = item.data(Qt.ItemDataRole.UserRole)
        self.workspace.open_record(entity, rid)
