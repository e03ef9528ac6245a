"""The record form every view uses: fields, errors next to them, save, revert, links.

Nothing is saved until the archive accepts the whole draft; on an error each problem is shown
beside its field and everything typed stays where it was.

A save runs on the workspace's writer thread (ui/writer.py): while it waits for the archive
(another process may hold its lock), the form says "Saving…", stays editable, and its Save is
off until the answer is back. What was typed meanwhile is kept, as changes not yet saved.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from database.errors import NotFound
from database.links import links_of
from database.records import Changes, Entity, Record
from database.together import CareerAddition, Saved, save_together
from database.validation import FieldError, ValidationError, check
from ui.backup_actions import error_text
from ui.bridge import initiated_by
from ui.errors import describe, top_field
from ui.forms.pending import Pending
from ui.forms.undo import FormHistory
from ui.history import HistoryPanel
from ui.workspace import Workspace
from ui.writer import WriteJob

ERROR_COLOUR = "#b00020"
ERROR_STYLE = f"color: {ERROR_COLOUR}"


def link_roles() -> dict[str, str]:
    def tr(text: str, disambiguation: str | None = None) -> str:
        return QCoreApplication.translate("Links", text, disambiguation)

    return {
        "signed_at": tr("Document signed here"), "commitment": tr("Commitment"),
        "attended": tr("Attended"), "signed": tr("Signed", "link"), "responsible": tr("Responsible for"),
        "took_part": tr("Took part in"), "party": tr("Party to"), "position": tr("Person", "link"),
        "part": tr("Part of it"), "held_at": tr("Event here"), "successor": tr("Succeeded by"),
    }


def fresh(value: Any) -> Any:
    """A copy without the identities of its parts (a delegation's UUID, a note's): the copy's
    own are given when it is saved. Links to other records stay."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: fresh(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if "uuid" in changes:
            changes["uuid"] = ""
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(fresh(item) for item in value)
    return value


class FormScroll(QScrollArea):
    """A form's scroll area that asks for the width its fields need at the least, so a
    splitter never cuts them at the right edge (a delegation's table, a signatory row)."""

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)  # rows added or a record loaded: ask the splitter again

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(body.minimumSizeHint().width() + bar + 2 * self.frameWidth(), hint.height())


class RecordForm(QWidget):
    saved = Signal(int)
    template_started = Signal()  # a copy of the record shown, not yet saved, is in the form
    entity: Entity
    draft_type: type[Any] = object
    # What a copy made as a template leaves empty: dates, and what belongs to one occurrence.
    template_cleared: ClassVar[dict[str, Any]] = {}

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
        self._pending: WriteJob | None = None  # the save under way, if any
        self._loads = 0  # counts loads, so a save's late answer does not undo a newer load
        self.pending = Pending()  # records made from this form: they belong to its save
        self.history_steps = FormHistory(self, self.restore_state)
        self._marked: list[Any] = []
        self.record_actions: list[QAction] = []  # under "More", and in the list's right-click menu
        self.more_button: QToolButton | None = None
        # Whether the form may be replaced; the list it sits in asks to save or discard first.
        self.may_leave: Callable[[], bool] = lambda: self.settle() and not self.is_dirty()

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.id_label = QLabel()
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.id_label.setStyleSheet("color: gray")
        self.copy_id_button = QPushButton(self.tr("Copy ID"))
        self.copy_id_button.setToolTip(self.tr("Copy the record's number and UUID, as the command line takes them"))
        self.copy_id_button.clicked.connect(self.copy_id)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Captions above their fields: in a pane beside the list a caption column left the fields
        # about twelve characters wide in Russian and Kazakh.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
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
        id_row = QHBoxLayout()
        id_row.addWidget(self.id_label, 1)
        id_row.addWidget(self.copy_id_button)
        body_layout.addLayout(id_row)
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
        scroll = FormScroll()
        scroll.setWidgetResizable(True)
        # Fields shrink to the pane rather than hide behind a sideways scroll, and the pane is
        # never narrower than its fields can shrink to: the list beside it gives way instead.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this record (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Throw away the changes not yet saved"))
        self.saving_label = QLabel(self.tr("Saving…"))
        self.saving_label.hide()
        self.action_row = QHBoxLayout()
        self.action_row.addWidget(self.general_error, 1)
        self.action_row.addWidget(self.saving_label)
        self.action_row.addWidget(self.revert_button)
        self.action_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.action_row)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.load(self._record_id))
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        for action, step in ((self.undo_action, self.history_steps.stack.undo),
                             (self.redo_action, self.history_steps.stack.redo)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(step)
            self.addAction(action)
        workspace.signals.changed.connect(self._on_changes)
        self.build()
        self.setAcceptDrops(hasattr(self, "attachments"))  # files dropped on the form are attached
        first = next(iter(self.fields.values()), None)
        if first is not None:
            self.setFocusProxy(first)

    # --- building -------------------------------------------------------------------------

    def build(self) -> None:
        """Subclasses add their fields with :meth:`add`."""

    def add(self, name: str, label: str, widget: Any, *, wide: bool = False) -> Any:
        """A field with its caption; ``wide`` puts the caption above and the field across the
        whole form (tables such as delegations need the width)."""
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
        if wide:
            self.form.addRow(caption)
            self.form.addRow(holder)
        else:
            self.form.addRow(caption, holder)
        widget.setAccessibleName(label.replace("&", ""))
        widget.changed.connect(self._changed)
        if hasattr(widget, "on_open"):
            widget.on_open = self.workspace.open_record
        self.fields[name] = widget
        self.error_labels[name] = error
        return widget

    def add_record_action(self, text: str, slot: Callable[[], object], tip: str = "",
                          shortcut: str = "") -> QAction:
        """An action on the record shown, under the form's "More" button and in the list's
        right-click menu; enabled while a saved record is shown."""
        if self.more_button is None:
            self.more_button = QToolButton()
            self.more_button.setText(self.tr("More"))
            self.more_button.setToolTip(self.tr("More actions on this record"))
            self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.more_button.setMenu(QMenu(self.more_button))
            self.action_row.insertWidget(1, self.more_button)
        action = QAction(text, self)
        action.setToolTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.triggered.connect(slot)
        menu = self.more_button.menu()
        assert menu is not None
        menu.addAction(action)
        self.record_actions.append(action)
        return action

    # --- dropped files --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if hasattr(self, "attachments") and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if hasattr(self, "attachments") and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def _catch_file_drops(self) -> None:
        """A text box takes a dropped file as text (its path); on a form that attaches files, a
        file dropped on any of its boxes is attached like one dropped beside them. Rows added
        since the last load (a delegation's members) are caught at the next one."""
        if not hasattr(self, "attachments"):
            return
        for box in self.findChildren(QLineEdit):
            box.installEventFilter(self)
        for kind in (QTextEdit, QPlainTextEdit):
            for area in self.findChildren(kind):
                area.viewport().installEventFilter(self)  # a text area takes drops on its viewport

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
        if (event.type() in kinds and isinstance(event, QDropEvent)
                and any(url.isLocalFile() for url in event.mimeData().urls())):
            if event.type() == QEvent.Type.Drop:
                self.dropEvent(event)
            else:
                event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    def dropEvent(self, event: QDropEvent) -> None:
        panel = getattr(self, "attachments", None)
        if panel is None or not event.mimeData().hasUrls():
            super().dropEvent(event)
            return
        urls = event.mimeData().urls()
        files = [u.toLocalFile() for u in urls if u.isLocalFile()]
        others = [u.toDisplayString() for u in urls if not u.isLocalFile()]
        event.acceptProposedAction()
        if others:
            panel.refuse(others)
        if files:
            panel.attach_paths(files)

    # --- a copy as a template -------------------------------------------------------------

    def duplicate_as_template(self) -> bool:
        """A new, unsaved record like the one shown (a meeting that recurs, an agreement of the
        same pattern) but for its dates, ids and history; nothing is written until Save."""
        if self._record_id is None or not self.may_leave() or self._record_id is None:
            return False
        try:
            source = self.archive.get(self.entity, self._record_id).data
        except NotFound:
            return False
        template = dataclasses.replace(fresh(source), **self.template_cleared)
        self._loads += 1
        self._show(None)
        self._loading = True
        try:
            for name, widget in self.fields.items():
                widget.set_value(getattr(template, name))
        finally:
            self._loading = False
        self.history_steps.edited(self._state())
        self.revert_button.setEnabled(True)
        self.heading.setText(self.tr("New, like “{title}”").format(title=self.heading_for(source)))
        self.template_started.emit()
        self.setFocus()
        return True

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
            self.history_steps.edited(self._state())
            self.save_button.setEnabled(not self.saving)
            self.revert_button.setEnabled(self.is_dirty() and not self.saving)

    @property
    def saving(self) -> bool:
        return self._pending is not None

    def blank(self) -> Any:
        return self.draft_type()

    def load(self, record_id: int | None) -> None:
        self._loads += 1
        record = None
        if record_id is not None:
            with contextlib.suppress(NotFound):
                record = self.archive.get(self.entity, record_id)
        self._show(record)

    def _show(self, record: Record[Any] | None) -> None:
        record_id = None if record is None else record.id
        self._loading = True
        try:
            data = self.blank() if record is None else record.data
            self._version = None if record is None else record.version
            self._record_id = record_id
            self.pending.clear()  # what was made for the last record and never saved is gone
            for name, widget in self.fields.items():
                widget.set_value(getattr(data, name))
            self.clear_errors()
            self._snapshot = self._state()
            self.history_steps.reset(self._snapshot)
        finally:
            self._loading = False
        self.revert_button.setEnabled(False)
        self._show_around(record_id, data)
        self._catch_file_drops()

    def _show_around(self, record_id: int | None, data: Any) -> None:
        """What the form shows beside its fields: heading, links, history, extras."""
        self.heading.setText(self.heading_for(data) if record_id is not None else self.new_heading())
        self.show_id(record_id)
        self.show_links(record_id)
        self.history_toggle.setEnabled(record_id is not None)
        for action in self.record_actions:
            action.setEnabled(record_id is not None)
        if self.history.isVisible():
            self.history.show_record(self.entity, record_id)
        self.after_load(record_id)

    def _on_changes(self, changes: Changes) -> None:
        """Someone else changed the record shown: show it as it is now, unless the person has
        typed into it (their values stay; saving them then says the record moved on)."""
        if initiated_by(changes, self) or self.saving or self._record_id is None:
            return  # a save of this form shows its own answer
        if changes.entity != "*" and (changes.entity != self.entity or self._record_id not in changes.ids):
            return
        if not self.is_dirty() and changes.op != "purge":
            self.load(self._record_id)

    def after_load(self, record_id: int | None) -> None:
        """Subclasses refresh what is not a draft field (attachments, history)."""

    def heading_for(self, data: Any) -> str:
        return str(getattr(data, "title", None) or getattr(data, "name", None) or getattr(data, "text", ""))

    def new_heading(self) -> str:
        return self.tr("New record")

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Queue the draft on the writer; False if it could not be queued (a name typed but not
        chosen, or a save already under way). The answer comes in :meth:`_saved_as` or
        :meth:`_not_saved`; :meth:`settle` waits for it."""
        if self.saving:
            return False
        self.clear_errors()
        problems = self.problems()
        if problems:
            self.show_errors(problems)
            return False
        archive, draft, record_id, version = self.archive, self.draft(), self._record_id, self._version
        new, careers = self.pending.items(), self.career_additions()
        submitted, loads = self._state(), self._loads

        def work() -> Saved:
            return save_together(archive, record_id, draft, expected_version=version, new=new,
                                 careers=careers, initiator=self)

        self._pending = self.workspace.writer.submit(
            work, lambda saved: self._saved_as(saved, submitted, loads), self._not_saved)
        self._show_saving(True)
        return True

    def problems(self) -> list[FieldError]:
        """Every problem of the record at once: names typed but not chosen, and what the
        archive's own check finds (links are checked again when it is written)."""
        found = [FieldError(path, "unresolved", {"value": text}) for path, text in self.unresolved_paths()]
        try:
            check(self.draft(), lambda _entity, _id: True)
        except ValidationError as e:
            found += e.errors
        except (TypeError, ValueError):
            pass  # a value the check cannot read at all: the archive's check says so
        return found

    def unresolved_paths(self) -> list[tuple[str, str]]:
        out = []
        for name, widget in self.fields.items():
            paths = getattr(widget, "unresolved_paths", None)
            if paths is not None:
                out += [(name + sub, text) for sub, text in paths()]
            elif hasattr(widget, "unresolved") and widget.unresolved():
                out.append((name, widget.unresolved()))
        return out

    def career_additions(self) -> list[CareerAddition]:
        """Positions typed in the form that the people's careers should keep (events, documents)."""
        return []

    def restore_state(self, state: Any) -> None:
        """Put the form back to a state undo or redo recorded."""
        self._loading = True
        try:
            for name, value in state:
                if self.fields[name].value() != value:
                    self.fields[name].set_value(value)
        finally:
            self._loading = False
        self.save_button.setEnabled(not self.saving)
        self.revert_button.setEnabled(self.is_dirty() and not self.saving)

    def show_id(self, record_id: int | None) -> None:
        uuid = ""
        if record_id is not None:
            with contextlib.suppress(NotFound):
                uuid = self.archive.get(self.entity, record_id).uuid
        self.id_label.setText(self.tr("No. {id} · UUID {uuid}").format(id=record_id, uuid=uuid) if uuid else "")
        self.copy_id_button.setVisible(bool(uuid))

    def copy_id(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and self._record_id is not None:
            clipboard.setText(str(self._record_id))
            self.workspace.status(self.tr("Copied: {id}").format(id=self._record_id))

    def settle(self) -> bool:
        """Wait for the save under way, if any; False if it failed (its error is shown and the
        typed values are still in the form)."""
        return self._pending is None or self.workspace.writer.wait(self._pending)

    def save_and_wait(self) -> bool:
        """Save and wait for the answer: for leaving the record, which must know it was kept."""
        return self.settle() and self.save() and self.settle()

    def _show_saving(self, on: bool) -> None:
        self.saving_label.setVisible(on)
        self.save_button.setEnabled(not on)
        self.revert_button.setEnabled(not on and self.is_dirty())

    def _saved_as(self, saved: Saved, submitted: Any, loads: int) -> None:
        record = saved.record
        self._pending = None
        if saved.ids and loads == self._loads:  # what was made for the form is written: real ids now
            from ui.forms.fields import PickerField

            unchanged = self._state() == submitted
            for picker in self.findChildren(PickerField):
                picker.relink(dict(saved.ids))
            if unchanged:
                submitted = self._state()
        self.pending.clear()
        if loads != self._loads:  # the form moved on to another record meanwhile
            self._show_saving(False)
            self.saved.emit(record.id)
            return
        if self._state() == submitted:
            self._show(record)
        else:  # typed on while it saved: that stays, as changes to the saved record
            self._record_id, self._version, self._snapshot = record.id, record.version, submitted
            self.clear_errors()
            self._show_around(record.id, record.data)
        self._show_saving(False)
        self.after_save(record)
        self.saved.emit(record.id)

    def _not_saved(self, error: BaseException) -> None:
        self._pending = None
        self._show_saving(False)
        if isinstance(error, ValidationError):
            self.show_errors(error.errors)
        else:  # changed elsewhere, or busy: say so, keep every typed value
            self.general_error.setText(error_text(error))
            self.general_error.show()

    def after_save(self, record: Record[Any]) -> None:
        """Subclasses react to a save the archive accepted (the form already shows it)."""

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
        for widget in self._marked:
            with contextlib.suppress(RuntimeError):  # a row removed since
                widget.setStyleSheet("")
                widget.setToolTip("")
        self._marked = []

    def widget_at(self, path: str) -> Any:
        """The widget of a field path ("delegations[1].members[0].person_id"), if shown."""
        parts = re.findall(r"\w+|\[\d+\]", path)
        widget = self.fields.get(parts[0]) if parts else None
        for part in parts[1:]:
            if widget is None:
                return None
            if part.startswith("["):
                rows = getattr(widget, "rows", [])
                index = int(part[1:-1])
                widget = rows[index] if index < len(rows) else None
            else:
                widget = getattr(widget, "widgets", {}).get(part)
        return widget

    def show_errors(self, errors: list[FieldError]) -> None:
        """Every problem at once: listed beside its field, and the box it is about outlined."""
        by_field: dict[str, list[str]] = {}
        for error in errors:
            text = describe(error)
            by_field.setdefault(top_field(error.field), []).append(text)
            target = self.widget_at(error.field)
            box = getattr(target, "edit", target)
            if isinstance(box, QWidget) and not hasattr(target, "rows"):
                box.setStyleSheet(f"border: 1px solid {ERROR_COLOUR}")
                box.setToolTip(text)
                self._marked.append(box)
        first = None
        for name, messages in by_field.items():
            label = self.error_labels.get(name)
            if label is None:
                continue
            label.setText("\n".join(messages))
            label.show()
            first = first or name
        count = sum(len(m) for m in by_field.values())
        self.general_error.setText(self.tr("Not saved: %n problem(s) to correct, marked beside the fields.", "", count))
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
