"""Duplicates: people and organisations that may be one record, with why; merge, "not a
duplicate", and undo of the last merges. Merge and undo are operations.maintenance's, as for
``elshi merge`` and ``elshi unmerge``; every write goes through the window's writer."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from database.duplicates import DuplicatePair, Stopped, find_duplicates
from database.errors import ArchiveError
from database.merge import MergeInfo, merges, not_duplicates
from database.records import Changes, Entity
from operations.maintenance import merge_records, unmerge
from ui.backup_actions import error_text
from ui.bridge import touches
from ui.columns import remembered
from ui.rows_model import Column, RowsModel, show_rows
from ui.tasks import Progress, Task
from ui.workspace import ViewSpec, Workspace


def reason_text(reason: str) -> str:
    labels = {
        "same name": QCoreApplication.translate("DuplicatesView", "same name"),
        "same transliteration": QCoreApplication.translate("DuplicatesView", "same name in another script"),
        "similar spelling": QCoreApplication.translate("DuplicatesView", "similar spelling"),
        "same place": QCoreApplication.translate("DuplicatesView", "other name of the same place"),
    }
    return labels.get(reason, reason)


@dataclass(frozen=True)
class MergeLine:
    info: MergeInfo
    kept: str
    merged: str


def table(model: RowsModel[object], name: str) -> QTreeView:
    """A list of rows, selected whole, with the first columns sized to their names."""
    view = QTreeView()
    show_rows(view, model, name)
    header = view.header()
    header.setStretchLastSection(True)
    for column in range(model.columnCount() - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    return view


PAUSE_CHECK_SECONDS = 0.2  # how soon a paused search notices it was cancelled


class DuplicatesView(QWidget):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Record type"))
        self.kind.addItem(self.tr("People"), "person")
        self.kind.addItem(self.tr("Organisations"), "organisation")
        self.pair_rows: RowsModel[DuplicatePair] = RowsModel(
            [Column(self.tr("Record"), lambda p: p.a_name), Column(self.tr("May be the same as"), lambda p: p.b_name),
             Column(self.tr("Why"), lambda p: f"{reason_text(p.reason)} ({p.score:.2f})")],
            tooltip=lambda p: f"{p.a_spelling} ↔ {p.b_spelling}")
        self.pairs = table(self.pair_rows, self.tr("Possible duplicates"))  # type: ignore[arg-type]
        self.empty = QLabel(self.tr("No likely duplicates."))
        self.merge_button = QPushButton(self.tr("Merge into the first"))
        self.merge_button.setToolTip(self.tr("Keep the first record, with every name and link of the second"))
        self.swap_button = QPushButton(self.tr("Merge into the second"))
        self.distinct_button = QPushButton(self.tr("Not a duplicate"))
        self.open_button = QPushButton(self.tr("Open both"))
        self.merge_rows: RowsModel[MergeLine] = RowsModel(
            [Column(self.tr("Kept"), lambda m: m.kept), Column(self.tr("Merged into it"), lambda m: m.merged),
             Column(self.tr("When"), lambda m: self.tr("undone") if m.info.undone
                    else m.info.at.strftime("%Y-%m-%d %H:%M"))])
        self.history = table(self.merge_rows, self.tr("Merges"))  # type: ignore[arg-type]
        self.history.setMaximumHeight(140)
        self.undo_button = QPushButton(self.tr("Undo merge"))
        self.status = QLabel()
        self.generation = self.shown_generation = 0
        self.task: Task | None = None
        # Set while the view is on screen. The search is Python comparing names, and Python runs
        # one thread at a time: while another view is shown the search waits, so that view is
        # never slowed by it; it goes on when this view is shown again.
        self.on_screen = threading.Event()
        self.on_screen.set()
        self.destroyed.connect(self.on_screen.set)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Look for duplicate")))
        top.addWidget(self.kind)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.merge_button, self.swap_button, self.distinct_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        undo_row = QHBoxLayout()
        undo_row.addWidget(QLabel(self.tr("Merges done")))
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.pairs, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addLayout(undo_row)
        layout.addWidget(self.history)

        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.merge_button.clicked.connect(lambda: self.merge_selected(swap=False))
        self.swap_button.clicked.connect(lambda: self.merge_selected(swap=True))
        self.distinct_button.clicked.connect(self.mark_distinct)
        self.open_button.clicked.connect(self.open_selected)
        self.pairs.activated.connect(lambda _index: self.open_selected())
        self.pairs.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        self.history.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        self.undo_button.clicked.connect(self.undo_selected)
        workspace.signals.changed.connect(self._on_changes)
        self.refresh()

    @property
    def entity(self) -> Entity:
        return Entity(self.kind.currentData())

    def refresh(self) -> None:
        """Look again, on a worker: comparing every likely pair of 50,000 people takes a while, and
        the window must not wait for it. Only the newest answer is shown."""
        self.generation += 1
        generation, entity, archive = self.generation, self.entity, self.workspace.archive
        self.pair_rows.clear()
        self.empty.hide()
        self.status.setText(self.tr("Looking for possible duplicates…"))
        self.status.show()
        self._fill_history()

        on_screen = self.on_screen

        def stop(progress: Progress) -> bool:
            while not on_screen.wait(PAUSE_CHECK_SECONDS):
                if progress.cancelled:
                    return True
            return progress.cancelled

        def work(progress: Progress) -> list[DuplicatePair]:
            with archive.session() as s:
                return find_duplicates(s, entity, stop=lambda: stop(progress))

        if self.task is not None:
            self.task.progress.cancel()  # its answer would be thrown away: free the processor
        self.task = self.workspace.tasks.start(work, lambda found: self._show(found, generation),
                                               lambda error: self._failed(error, generation))

    def busy(self) -> bool:
        """Whether the list may not answer the archive as it is yet."""
        return self.shown_generation != self.generation

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation == self.generation and not isinstance(error, Stopped):
            self.shown_generation = generation
            self.status.setText(self.tr("Could not look for duplicates: {error}").format(error=str(error)[:200]))

    def _show(self, found: list[DuplicatePair], generation: int) -> None:
        if generation != self.generation:
            return
        self.shown_generation = generation
        self.status.hide()
        self.pair_rows.set_rows(found)
        if found:
            self.pairs.setCurrentIndex(self.pair_rows.index(0, 0))
            if not remembered(self):
                self.pairs.resizeColumnToContents(0)
                self.pairs.resizeColumnToContents(1)
        self.empty.setVisible(not found)
        self._update()

    def _fill_history(self) -> None:
        self.merge_rows.set_rows([MergeLine(info, *self._names(info))
                                  for info in merges(self.workspace.archive, self.entity)])
        if not remembered(self):
            self.history.resizeColumnToContents(0)
            self.history.resizeColumnToContents(1)
        self._update()

    def _names(self, info: MergeInfo) -> tuple[str, str]:
        def name(record_id: int) -> str:
            try:
                return str(self.workspace.archive.get(Entity(info.entity), record_id).data.name)
            except ArchiveError:
                return "?"
        return name(info.kept_id), name(info.merged_id)

    def _update(self) -> None:
        chosen = self.selected() is not None
        for b in (self.merge_button, self.swap_button, self.distinct_button, self.open_button):
            b.setEnabled(chosen)
        merge = self.selected_merge()
        self.undo_button.setEnabled(merge is not None and not merge.undone)

    def selected(self) -> DuplicatePair | None:
        index = self.pairs.currentIndex()
        return self.pair_rows.row(index.row()) if index.isValid() else None

    def selected_merge(self) -> MergeInfo | None:
        index = self.history.currentIndex()
        line = self.merge_rows.row(index.row()) if index.isValid() else None
        return line.info if line is not None else None

    def merge_selected(self, *, swap: bool) -> None:
        pair = self.selected()
        if pair is None:
            return
        keep, drop = (pair.b_id, pair.a_id) if swap else (pair.a_id, pair.b_id)
        keep_name, drop_name = (pair.b_name, pair.a_name) if swap else (pair.a_name, pair.b_name)
        if not self.workspace.dialogs.confirm(
            self.tr("Merge"),
            self.tr("Merge “{drop}” into “{keep}”? Every name and link moves to “{keep}”; "
                    "the merge can be undone.").format(drop=drop_name, keep=keep_name)):
            return
        archive = self.workspace.archive
        self.workspace.writer.submit(
            lambda: merge_records(archive, pair.entity, keep, drop),
            lambda _: self.workspace.status(
                self.tr("Merged “{drop}” into “{keep}”").format(drop=drop_name, keep=keep_name)),
            lambda e: self.workspace.dialogs.error(self.tr("Not merged"), getattr(e, "code", "") or str(e)))

    def mark_distinct(self) -> None:
        pair = self.selected()
        if pair is not None:
            archive = self.workspace.archive
            self.workspace.writer.submit(lambda: not_duplicates(archive, Entity(pair.entity), pair.a_id, pair.b_id),
                                         failed=self._write_failed)

    def _write_failed(self, error: BaseException) -> None:
        self.workspace.dialogs.error(self.tr("Not saved"), error_text(error))

    def open_selected(self) -> None:
        pair = self.selected()
        if pair is not None:
            self.workspace.open_record(pair.entity, pair.a_id)

    def undo_selected(self) -> None:
        info = self.selected_merge()
        if info is None:
            return
        archive = self.workspace.archive
        self.workspace.writer.submit(lambda: unmerge(archive, info.id),
                                     lambda _: self.workspace.status(self.tr("Merge undone")), self._not_undone)

    def _not_undone(self, error: BaseException) -> None:
        code = getattr(error, "code", "") or str(error)
        reasons = {"merge.changed_since": self.tr("the kept record was edited after the merge"),
                   "merge.already_undone": self.tr("it was already undone")}
        self.workspace.dialogs.error(self.tr("Not undone"), self.tr("The merge cannot be undone: {reason}.").format(
            reason=reasons.get(code, code)))

    def _on_changes(self, changes: Changes) -> None:
        if touches(changes, "person", "organisation"):
            self.refresh()

    def showEvent(self, event: Any) -> None:
        self.on_screen.set()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        QTimer.singleShot(0, self, self._pause_if_behind)

    def _pause_if_behind(self) -> None:
        """Pause the search only when another view of a window still open is shown: a closed
        window's search is cancelled or left to finish, never kept waiting."""
        if not self.isVisible() and self.window() is not self and self.window().isVisible():
            self.on_screen.clear()


VIEW = ViewSpec(
    key="duplicates",
    order=45,
    title=lambda: QCoreApplication.translate("Views", "Duplicates"),
    build=DuplicatesView,
)
