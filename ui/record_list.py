"""A list of one record type beside the form of the selected record.

Shared by the Events, Documents, Commitments, People, Organisations and Places views: a quick
filter, a sortable table over :class:`RecordTableModel`, New / Delete / Trash, and a form that
edits the selected record. Leaving a form with unsaved changes asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, cast

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from database.records import Changes, Entity
from ui.bridge import touches
from ui.columns import content_width
from ui.record_model import RecordTableModel
from ui.workspace import Workspace

FILTER_DELAY_MS = 150  # typing stays smooth: the list follows after a short pause


class RecordForm(Protocol):
    """What a list needs of a record form (see ui/forms/base.py)."""

    saved: Any  # Signal(int): a record was saved, with its id

    def load(self, record_id: int | None) -> None: ...
    def is_dirty(self) -> bool: ...
    def save(self) -> bool: ...
    def settle(self) -> bool: ...
    def save_and_wait(self) -> bool: ...
    def current_id(self) -> int | None: ...
    def setEnabled(self, enabled: bool) -> None: ...


class RecordListView(QWidget):
    record_selected = Signal(object)  # id or None
    filters_cleared = Signal()  # to show a record asked for, every filter was dropped

    def __init__(
        self,
        workspace: Workspace,
        entity: str,
        form: QWidget,
        *,
        refresh_on: tuple[str, ...] = (),
        new_label: str = "",
        filter_hint: str = "",
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.entity = Entity(entity)
        self.form: Any = cast(Any, form)  # a RecordForm; typed loosely so lists need not import forms
        self.refresh_on = (entity, *refresh_on)
        self.model = RecordTableModel(workspace.archive, entity, tasks=workspace.tasks)

        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(filter_hint or self.tr("Filter this list… (Ctrl+L)"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter the list"))
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_box.textChanged.connect(lambda _t: self._filter_timer.start())

        self.new_button = QPushButton(new_label or self.tr("New", "button"))
        self.new_button.setToolTip(self.tr("Create a new record (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Move the selected record to the trash (Delete)"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Bring the selected record back from the trash"))
        self.purge_button = QPushButton(self.tr("Delete for good"))
        self.purge_button.setToolTip(self.tr("Remove the selected record from the trash for good (asks first)"))
        self.purge_button.hide()
        self.trash_box = QCheckBox(self.tr("Trash"))
        self.trash_box.setToolTip(self.tr("Show deleted records"))
        self.restore_button.hide()

        self.table = QTableView()
        self.table.setModel(self.model)
        # The indicator first: switching sorting on sorts by it, and the model is already in it.
        self.table.horizontalHeader().setSortIndicator(
            self.model.spec.column_index(self.model.spec.default_sort),
            Qt.SortOrder.DescendingOrder if self.model.spec.default_descending else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Records"))
        # Right-click: what the form offers for its record (show in calendar, duplicate, …).
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._stretch_title_column()

        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.trash_box)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.restore_button)
        top.addWidget(self.purge_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(form)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 520])
        self.splitter.setChildrenCollapsible(False)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.splitter, 1)

        self.new_button.clicked.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.trash_box.toggled.connect(self._show_trash)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _i: self.form.setFocus())
        self.form.saved.connect(self._saved)
        if hasattr(self.form, "template_started"):  # a copy to fill in: no list row is its record
            self.form.template_started.connect(lambda: self._reselect(None))
            self.form.may_leave = self.may_leave_form
        self.model.reloaded.connect(self._after_reload)
        workspace.signals.changed.connect(self._on_changes)
        self._add_shortcuts()
        self._restore_settings()
        self._update_buttons()
        self.form.load(None)

    # --- actions ----------------------------------------------------------------------------

    def _add_shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.new_record),
            (QKeySequence.StandardKey.Save, self.form.save),
            (QKeySequence("Ctrl+L"), self.focus_filter),  # Ctrl+F searches the whole archive
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        delete = QAction(self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)

    def add_filter_bar(self, bar: QWidget) -> None:
        """Extra filters above the list (the commitments view has status, due dates, …)."""
        self.main_layout.insertWidget(0, bar, 0)

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def may_leave_form(self) -> bool:
        """True when the form has nothing unsaved, or the user chose to save or discard it.
        A save under way is waited for first: leaving must not drop what it could not keep."""
        if not self.form.settle():
            return False  # it failed: the form says why and still holds the typed values
        if not self.form.is_dirty():
            return True
        answer = self.workspace.dialogs.ask_save(
            self.tr("Unsaved changes"), self.tr("Save the changes to this record?"))
        if answer == "save":
            return bool(self.form.save_and_wait())
        return answer == "discard"

    def new_record(self) -> None:
        if self.model.showing_deleted:
            self.trash_box.setChecked(False)
        if not self.may_leave_form():
            return
        self.table.selectionModel().clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.form.load(None)
        self.form.setFocus()
        self._update_buttons()

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None or self.model.showing_deleted:
            return
        title = self.model.index(self.table.currentIndex().row(), self._title_column()).data()
        if not self.workspace.dialogs.confirm(
            self.tr("Delete"), self.tr("Move “{title}” to the trash? It can be restored from there.").format(title=title)
        ):
            return
        self.form.load(None)
        archive, entity = self.workspace.archive, self.entity
        self.workspace.writer.submit(
            lambda: archive.delete(entity, record_id, initiator=self),
            lambda _: self._deleted(record_id, str(title)),
            self._write_failed)

    def _deleted(self, record_id: int, title: str) -> None:
        self.workspace.status(self.tr("Moved to the trash: {title}").format(title=title))
        self.workspace.deleted(str(self.entity), record_id, title)  # the window offers "Undo"

    def restore_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None or not self.model.showing_deleted:
            return
        archive, entity = self.workspace.archive, self.entity
        self.workspace.writer.submit(
            lambda: archive.restore(entity, record_id, initiator=self),
            lambda _: self.workspace.status(self.tr("Restored from the trash")),
            self._write_failed)

    def context_actions(self) -> list[QAction]:
        """The actions of the right-click menu, for the selected record."""
        actions = list(getattr(self.form, "record_actions", []))
        if self.selected_id() is None or self.model.showing_deleted:
            return []
        return [a for a in actions if a.isEnabled()]

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and index.row() != self.table.currentIndex().row():
            self.table.setCurrentIndex(index)  # the record under the pointer, as a person expects
        actions = self.context_actions()
        if actions:
            menu = QMenu(self)
            menu.addActions(actions)
            menu.exec(self.table.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def _write_failed(self, error: BaseException) -> None:
        from ui.backup_actions import error_text

        self.workspace.dialogs.error(self.tr("Not saved"), error_text(error))

    def purge_selected(self) -> None:
        from ui.backup_actions import purge_with_confirmation

        record_id = self.selected_id()
        if record_id is not None and self.model.showing_deleted:
            purge_with_confirmation(self.workspace, self.entity, record_id)

    def show_record(self, record_id: int) -> None:
        if self.model.showing_deleted:
            self.trash_box.setChecked(False)
        row = self.model.row_of(record_id)
        if row < 0 and (self.filter_box.text() or self.model.filtered):
            self.filter_box.blockSignals(True)
            self.filter_box.clear()
            self.filter_box.blockSignals(False)
            self.model.clear_filters()
            self.filters_cleared.emit()
            row = self.model.row_of(record_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        elif self.may_leave_form():
            self.form.load(record_id)

    # --- reactions --------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        self._keep = self.selected_id()
        self.model.set_filter(self.filter_box.text())

    def _after_reload(self) -> None:
        self._reselect(getattr(self, "_keep", None) or self.form.current_id())

    def _show_trash(self, on: bool) -> None:
        if on and not self.may_leave_form():
            self.trash_box.blockSignals(True)
            self.trash_box.setChecked(False)
            self.trash_box.blockSignals(False)
            return
        self.model.set_show_deleted(on)
        self.form.load(None)
        self.form.setEnabled(not on)
        self._update_buttons()

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        if record_id == self.form.current_id():
            return
        if not self.may_leave_form():
            # Stay on the record being edited; the typed values are kept.
            self._reselect(self.form.current_id())
            return
        if not self.model.showing_deleted:
            self.form.load(record_id)
        self._update_buttons()
        self.record_selected.emit(record_id)

    def _saved(self, record_id: int) -> None:
        self.workspace.status(self.tr("Saved"))
        self._reselect(record_id)

    def _on_changes(self, changes: Changes) -> None:
        if touches(changes, *self.refresh_on):
            keep = self.selected_id() or self.form.current_id()
            self.model.reload()
            self._reselect(keep)
            self._update_buttons()

    def _reselect(self, record_id: int | None) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            row = self.model.row_of(record_id) if record_id is not None else -1
            if row >= 0:
                index = self.model.index(row, 0)
                self.table.setCurrentIndex(index)
                selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
            else:
                selection.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        trash = self.model.showing_deleted
        self.delete_button.setVisible(not trash)
        self.restore_button.setVisible(trash)
        self.purge_button.setVisible(trash)
        self.delete_button.setEnabled(selected)
        self.restore_button.setEnabled(selected)
        self.purge_button.setEnabled(selected)
        self.new_button.setEnabled(not trash)

    # --- layout memory ------------------------------------------------------------------

    def _title_column(self) -> int:
        keys = [c.key for c in self.model.columns]
        for key in ("title", "text", "name"):
            if key in keys:
                return keys.index(key)
        return 0

    def _stretch_title_column(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title gets a readable width of its own; the last column takes what is left.
        header.setStretchLastSection(True)
        self.table.setColumnWidth(self._title_column(), 300)
        widths = {"date": 165, "period_start": 110, "signed": 90, "due": 90, "kind": 95, "status": 100}
        for i, column in enumerate(self.model.columns):
            if i != self._title_column():
                self.table.setColumnWidth(i, widths.get(column.key, 110))

    def _settings_key(self, name: str) -> str:
        return f"{self.workspace.settings_prefix}/{self.entity}/{name}"

    def _restore_settings(self) -> None:
        settings = QSettings()
        state = settings.value(self._settings_key("splitter"))
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        header = settings.value(self._settings_key("columns"))
        self._columns_restored = isinstance(header, QByteArray) and self.table.horizontalHeader().restoreState(header)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._columns_restored:
            # On a first start, each column as wide as its heading and the rows first shown (a
            # long title elided, with its tooltip); widths changed by hand are kept from then on.
            self._columns_restored = True
            QTimer.singleShot(0, self, lambda: size_columns_to_content(self.table, self._title_column()))

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(self._settings_key("splitter"), self.splitter.saveState())
        settings.setValue(self._settings_key("columns"), self.table.horizontalHeader().saveState())


FormFactory = Callable[[Workspace], QWidget]

TITLE_WIDTH = (200, 420)  # the title column's narrowest and widest when sized to what it shows
OTHER_MAX = 180  # no other column takes more than this by itself (a longer date is elided)


def size_columns_to_content(table: QTableView, title_column: int) -> None:
    """Every column as wide as its heading and its rows on screen (never cutting the heading),
    the title taking the room the others leave, within bounds; the last column takes the rest."""
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    others = 0
    for column in shown:
        if column != title_column:
            width = max(header.sectionSizeFromContents(column).width(),
                        min(content_width(table, column), OTHER_MAX))
            header.resizeSection(column, width)
            others += width
    if title_column in shown:
        room = table.viewport().width() - others
        wanted = max(content_width(table, title_column), header.sectionSizeFromContents(title_column).width())
        header.resizeSection(title_column, max(TITLE_WIDTH[0], min(wanted, room, TITLE_WIDTH[1])))
