"""Form field widgets with one small interface: ``value()``, ``set_value()``, ``changed``.

Values are loose on purpose (a date is the text typed): the archive checks and normalises them
and names the field of any problem, so a typo never loses what else was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from catalogue.date_words import parse_date_words
from database.archive import Archive
from database.dates import PartialDate
from database.lists import choices
from database.records import Entity
from ui.backup_actions import error_text
from ui.forms.pending import pending_of
from ui.forms.undo import is_form_key
from ui.i18n import format_partial
from ui.look import ElidedLabel, fits_placeholder
from ui.record_model import value_label
from ui.writer import Writer


def tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


class FormLineEdit(QLineEdit):
    """A text box that leaves Ctrl+Z and Ctrl+Shift+Z to its form's undo, which covers the
    whole form and not only this box."""

    def event(self, e: QEvent) -> bool:
        if is_form_key(e):
            e.ignore()
            return True
        return super().event(e)


class LineField(FormLineEdit):
    changed = Signal()

    def __init__(self, placeholder: str = "") -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)  # show the start of a long title, not its end


class TextField(QPlainTextEdit):
    changed = Signal()

    def event(self, e: QEvent) -> bool:
        if is_form_key(e):  # the form's undo, as in FormLineEdit
            e.ignore()
            return True
        return super().event(e)

    def __init__(self, height: int = 80) -> None:
        super().__init__()
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 3)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))


class ChoiceField(QComboBox):
    """One value of an enum, shown in the interface language."""

    changed = Signal()

    def __init__(self, values: Sequence[str], *, optional: bool = False) -> None:
        super().__init__()
        if optional:
            self.addItem("—", None)
        for v in values:
            self.addItem(value_label(v), v)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        raw = getattr(value, "value", value)
        index = self.findData(raw)
        self.setCurrentIndex(index if index >= 0 else 0)


class CheckField(QCheckBox):
    changed = Signal()

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class DateField(QWidget):
    """A day, a month, a half-year or a year, typed in digits or in words (kk, ru, en), or
    chosen in the calendar; says how it was read, in the one format of the interface language.

    ``value()`` is the date read, or the text as typed when it is not one (the archive's check
    then names the problem beside the field)."""

    changed = Signal()

    def __init__(self, *, compact: bool = False) -> None:
        super().__init__()
        self.edit = FormLineEdit()
        # A filter bar or a row has room for one example; a form's field for several.
        self.edit.setPlaceholderText(tr("e.g. 26.03.2026") if compact
                                     else tr("e.g. 26.03.2026, 14 October 2026, March 2026, 2026"))
        self.edit.setToolTip(tr("A day, a month, a half-year or a year, in digits or in words: "
                                "26.03.2026, 14 October 2026, March 2026, 2026-H1, 2026"))
        # As wide as its hint, so the examples are read whole in every language.
        needed = fits_placeholder(self.edit)
        self.edit.setMinimumWidth(needed)
        self.edit.setMaximumWidth(max(needed, 300))
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setAccessibleName(tr("Choose in the calendar"))
        self.calendar_button.setToolTip(tr("Choose in the calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.hint = ElidedLabel()  # gives way in a narrow form; its tooltip then says it whole
        self.hint.setStyleSheet("color: gray")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.hint, 1)
        self.setFocusProxy(self.edit)
        self.popup: QCalendarWidget | None = None
        self.edit.textChanged.connect(self._update_hint)
        self.edit.textChanged.connect(self.changed)

    def parsed(self) -> PartialDate | None:
        return parse_date_words(self.edit.text())  # in any of the three languages

    def _update_hint(self, text: str) -> None:
        if not text.strip():
            self.hint.setText("")
            return
        parsed = self.parsed()
        self.hint.setText(tr("not a date yet") if parsed is None else format_partial(parsed))

    def open_calendar(self) -> QCalendarWidget:
        """The month of the date typed (or today's), as a popup; a click sets the day."""
        popup = QCalendarWidget(self)
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setGridVisible(True)
        parsed = self.parsed()
        if parsed is not None:
            first = parsed.first_day()
            popup.setSelectedDate(QDate(first.year, first.month, first.day))
        popup.clicked.connect(self._chosen)
        popup.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        popup.show()
        self.popup = popup
        return popup

    def _chosen(self, day: QDate) -> None:
        self.set_value(PartialDate(day.year(), day.month(), day.day()))
        if self.popup is not None:
            self.popup.close()
        self.edit.setFocus()

    def value(self) -> Any:
        text = self.edit.text()
        return self.parsed() or text

    def set_value(self, value: Any) -> None:
        if isinstance(value, date):
            value = PartialDate.from_date(value)
        if isinstance(value, PartialDate):
            self.edit.setText(format_partial(value))
        else:
            self.edit.setText("" if value is None else str(value))


class ListField(TextField):
    """A list of short texts, one per line (aliases, directions)."""

    def value(self) -> tuple[str, ...]:  # type: ignore[override]
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def set_value(self, value: Any) -> None:
        self.setPlainText("\n".join(value or ()))


class TagsField(LineField):
    def __init__(self) -> None:
        super().__init__(tr("comma-separated"))

    def value(self) -> tuple[str, ...]:  # type: ignore[override]
        return tuple(t.strip() for t in self.text().split(",") if t.strip())

    def set_value(self, value: Any) -> None:
        self.setText(", ".join(value or ()))


NEW_RECORD_DRAFTS: dict[str, Callable[[str], Any]] = {}


def _register_new_drafts() -> None:
    from database.records import OrganisationDraft, PersonDraft, PlaceDraft

    NEW_RECORD_DRAFTS.update(person=lambda name: PersonDraft(name),
                             organisation=lambda name: OrganisationDraft(name),
                             place=lambda name: PlaceDraft(name))


_register_new_drafts()


class PickerField(QWidget):
    """Choose a linked record by typing part of any of its names; "+" creates it from the text.

    Enter picks the only (or an exact) match, so the keyboard alone is enough. Text that matches
    no record is kept, and saving is refused with a message until it is chosen or created.
    """

    changed = Signal()

    def __init__(self, archive: Archive, entity: str, placeholder: str = "") -> None:
        super().__init__()
        self.archive = archive
        self.entity = Entity(entity)
        self._id: int | None = None
        self._names: dict[str, int] = {}
        self._own_writer: Writer | None = None  # only for a field outside any workspace
        self.edit = FormLineEdit()
        self.edit.setPlaceholderText(placeholder or tr("type to search…"))
        self.model = QStringListModel()
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        self.create_button = QPushButton("+")
        self.create_button.setFixedWidth(28)
        self.create_button.setAccessibleName(tr("Create a new record from the typed name"))
        self.create_button.setToolTip(tr("Create a new record from the typed name"))
        self.create_button.setVisible(entity in NEW_RECORD_DRAFTS)
        self.create_button.setEnabled(False)
        self.open_button = QPushButton("→")
        self.open_button.setFixedWidth(28)
        self.open_button.setAccessibleName(tr("Open the chosen record"))
        self.open_button.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.create_button)
        layout.addWidget(self.open_button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.completer.activated.connect(self._picked)
        self.edit.returnPressed.connect(self._resolve)
        self.create_button.clicked.connect(self.create_from_text)
        self.on_open: Callable[[str, int], None] | None = None
        self.open_button.clicked.connect(self._open)

    def _refresh_choices(self, text: str) -> None:
        with self.archive.session() as s:
            found = choices(s, self.entity, text)
        pending = pending_of(self)
        waiting = pending.matching(self.entity, text) if pending is not None else []
        self._names = {name: rid for rid, name in [*waiting, *found]}
        self.model.setStringList(list(self._names))

    def _typed(self, text: str) -> None:
        self._id = None
        self._refresh_choices(text)
        self.create_button.setEnabled(bool(text.strip()))
        self.create_button.setToolTip(tr("Create “{text}” as a new record").format(text=text.strip()))
        self.open_button.setEnabled(False)
        if self._names and text.strip():
            self.completer.complete()
        self.changed.emit()

    def _picked(self, name: str) -> None:
        if name in self._names:
            self._set(self._names[name], name)

    def _resolve(self) -> None:
        text = self.edit.text().strip()
        if self._id is not None or not text:
            return
        self._refresh_choices(text)
        exact = [rid for name, rid in self._names.items() if name.casefold() == text.casefold()]
        if exact:
            self._set(exact[0], text)
        elif len(self._names) == 1:
            name, rid = next(iter(self._names.items()))
            self._set(rid, name)
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def _set(self, record_id: int | None, name: str) -> None:
        self._id = record_id
        self.edit.setText(name)
        self.edit.setCursorPosition(0)
        self.create_button.setEnabled(False)
        self.open_button.setEnabled(record_id is not None and record_id > 0)
        self.changed.emit()

    def _open(self) -> None:
        if self._id is not None and self.on_open:
            self.on_open(self.entity, self._id)

    def create_from_text(self) -> None:
        """Open the small create dialog with the typed name. In a form, the new record belongs
        to the form's save; outside one it is written at once."""
        name = self.edit.text().strip()
        if not name or self.entity not in NEW_RECORD_DRAFTS:
            return
        from ui.forms.create_dialog import open_create_dialog

        self.create_dialog = open_create_dialog(self, self.archive, self.entity, name,
                                                self._create_named, lambda rid, n: self._set(rid, n))

    def _create_named(self, name: str) -> None:
        draft = NEW_RECORD_DRAFTS[self.entity](name)
        pending = pending_of(self)
        if pending is not None:
            self._set(pending.add(draft), name)
            self.edit.setFocus()
            return
        archive = self.archive
        self.create_button.setEnabled(False)  # one click, one record
        self.edit.setText(name)
        self._writer().submit(lambda: archive.add(draft), lambda record: self._created(record.id, name),
                              self._not_created)

    def relink(self, ids: dict[int, int]) -> None:
        """After a save: a record made for the form now has its real id."""
        if self._id is not None and self._id in ids:
            self._id = ids[self._id]
            self.open_button.setEnabled(True)

    def _created(self, record_id: int, name: str) -> None:
        if self._id is None and self.edit.text().strip() == name:  # not retyped meanwhile
            self._set(record_id, name)

    def _not_created(self, error: BaseException) -> None:
        self.create_button.setEnabled(bool(self.edit.text().strip()) and self._id is None)
        self.create_button.setToolTip(error_text(error))
        QToolTip.showText(self.create_button.mapToGlobal(self.create_button.rect().bottomLeft()), error_text(error))

    def _writer(self) -> Writer:
        """The writer of the workspace this field's form belongs to."""
        widget = self.parentWidget()
        while widget is not None:
            workspace = getattr(widget, "workspace", None)
            if workspace is not None:
                writer: Writer = workspace.writer
                return writer
            widget = widget.parentWidget()
        if self._own_writer is None:
            self._own_writer = Writer()
        return self._own_writer

    def unresolved(self) -> str:
        """Text typed but not yet chosen or created."""
        return self.edit.text().strip() if self._id is None else ""

    def value(self) -> int | None:
        return self._id

    def set_value(self, value: Any) -> None:
        if value is None:
            self._set(None, "")
            return
        if int(value) < 0:  # made from this form, not saved yet
            pending = pending_of(self)
            self._set(int(value), pending.name(int(value)) if pending is not None else "")
            return
        try:
            name = self.archive.get(self.entity, int(value)).data
        except Exception:  # a link to a record purged elsewhere shows as empty
            self._set(None, "")
            return
        label = getattr(name, "name", None) or getattr(name, "title", None) or getattr(name, "text", "")
        self._set(int(value), str(label))


class RowsField(QWidget):
    """A list of sub-records (members, signatories, names, notes) edited as rows of widgets."""

    changed = Signal()

    def __init__(self, make_row: Callable[[], QWidget], add_label: str) -> None:
        super().__init__()
        self.make_row = make_row
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.rows: list[QWidget] = []

    def add_row(self, value: Any = None, *, focus: bool = False) -> QWidget:
        row = self.make_row()
        remove = QPushButton("✕")
        remove.setFixedWidth(28)
        remove.setAccessibleName(tr("Remove this row"))
        remove.setToolTip(tr("Remove this row"))
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(row, 1)
        line.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        self.rows_box.addWidget(holder)
        self.rows.append(row)
        row.changed.connect(self.changed)  # type: ignore[attr-defined]
        remove.clicked.connect(lambda: self.remove_row(row, holder))
        if value is not None:
            row.set_value(value)  # type: ignore[attr-defined]
        self.changed.emit()  # before the focus moves: adding a row is an undo step of its own
        if focus:
            row.setFocus()
        return row

    def remove_row(self, row: QWidget, holder: QWidget) -> None:
        self.rows.remove(row)
        holder.setParent(None)
        holder.deleteLater()
        self.changed.emit()

    def value(self) -> tuple[Any, ...]:
        return tuple(row.value() for row in self.rows)  # type: ignore[attr-defined]

    def set_value(self, values: Any) -> None:
        for row in list(self.rows):
            holder = row.parentWidget()
            if holder is not None:
                self.remove_row(row, holder)
        for v in values or ():
            self.add_row(v)

    def unresolved(self) -> str:
        for row in self.rows:
            pending = getattr(row, "unresolved", lambda: "")()
            if pending:
                return str(pending)
        return ""

    def unresolved_paths(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for i, row in enumerate(self.rows):
            paths = getattr(row, "unresolved_paths", None)
            if paths is not None:
                out += [(f"[{i}]{sub}", text) for sub, text in paths()]
            elif getattr(row, "unresolved", lambda: "")():
                out.append((f"[{i}]", row.unresolved()))  # type: ignore[attr-defined]
        return out
