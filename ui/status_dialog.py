"""“Change status…”: a commitment's new status with a dated progress note.

The dialog shows the history so far, offers the next usual step (open → in progress → done) and
today's date from the archive's clock; the note is required, because the history is what a
colleague reads later. Saving goes through :func:`database.commitments.set_status`, on the
window's writer thread: the dialog stays open, its Save off, until the archive has answered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from database.archive import Archive
from database.commitments import history, set_status
from database.errors import ArchiveError, Conflict
from database.records import CommitmentDraft, CommitmentStatus, Entity
from database.validation import ValidationError
from ui.errors import describe
from ui.record_model import value_label
from ui.writer import Writer

ERROR_STYLE = "color: #b00020"
NEXT_STEP = {CommitmentStatus.OPEN: CommitmentStatus.IN_PROGRESS,
             CommitmentStatus.IN_PROGRESS: CommitmentStatus.DONE}


class StatusDialog(QDialog):
    changed = Signal(int)  # the commitment's id, once the new status is saved

    def __init__(self, archive: Archive, commitment_id: int, parent: QWidget | None = None,
                 writer: Writer | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.writer = writer or Writer()
        self.commitment_id = commitment_id
        record = archive.get(Entity.COMMITMENT, commitment_id)
        draft: CommitmentDraft = record.data
        # What the person sees: a note alone is added to the notes as they are when it is saved,
        # whatever else was saved meanwhile; a new status is set only over the record as shown.
        self.shown_status, self.shown_version = draft.status, record.version
        self.setWindowTitle(self.tr("Change status"))
        self.resize(560, 460)

        self.text = QLabel(" ".join(draft.text.split()))
        self.text.setWordWrap(True)
        bold = QFont(self.text.font())
        bold.setBold(True)
        self.text.setFont(bold)
        self.current = QLabel(self.tr("Now: {status}").format(status=value_label(draft.status.value)))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Progress notes so far"))
        self.history.setMaximumHeight(130)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for note in history(draft):
            when = QLocale().toString(QDate(note.on.year, note.on.month, note.on.day), "d MMM yyyy") \
                if note.on else self.tr("undated")
            status = f" · {value_label(note.status.value)}" if note.status else ""
            self.history.addItem(f"{when}{status} — {' '.join(note.text.split())}")
        if not draft.notes:
            self.history.addItem(self.tr("No progress notes yet."))

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("New status"))
        for status in CommitmentStatus:
            self.status.addItem(value_label(status.value), status.value)
        proposed = NEXT_STEP.get(draft.status, draft.status)
        self.status.setCurrentIndex(self.status.findData(proposed.value))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.date.setDisplayFormat(short if "yyyy" in short else short.replace("yy", "yyyy"))
        self.date.setAccessibleName(self.tr("Date of the note"))
        today = archive.clock.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Progress note"))
        self.note.setPlaceholderText(self.tr("What was done, agreed or heard"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("New status"), self.status)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.current)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.note.setFocus()

    def chosen_date(self) -> date:
        picked = self.date.date()
        return date(picked.year(), picked.month(), picked.day())

    def save(self) -> None:
        """Save and close; a problem is shown in the dialog and what was typed stays."""
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if not save_button.isEnabled():
            return  # the previous click is still being saved
        archive, commitment_id = self.archive, self.commitment_id
        status, text, on = self.status.currentData(), self.note.toPlainText(), self.chosen_date()
        save_button.setEnabled(False)
        self.error.hide()
        if status == self.shown_status.value:  # the note alone: never undoes a status set elsewhere
            def work() -> object:
                return set_status(archive, commitment_id, None, text, on=on)
        else:
            version = self.shown_version

            def work() -> object:
                return set_status(archive, commitment_id, status, text, on=on, expected_version=version)
        self.writer.submit(work, self._saved, self._not_saved)

    def _saved(self, _result: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.changed.emit(self.commitment_id)
        self.accept()

    def _not_saved(self, error: BaseException) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        if isinstance(error, ValidationError):
            labels = {"note": self.tr("Note"), "status": self.tr("New status")}
            self._show_error("\n".join(f"{labels.get(err.field, err.field)}: {describe(err)}" for err in error.errors))
            if any(err.field == "note" for err in error.errors):
                self.note.setFocus()
        elif isinstance(error, Conflict):
            self._show_error(self.tr(
                "This commitment was changed elsewhere after this dialog opened, so the new status "
                "was not saved. Your note is still here: copy it, close the dialog and open it again "
                "to see the change."))
        else:
            code = error.code if isinstance(error, ArchiveError) else type(error).__name__
            self._show_error(self.tr("The status could not be saved ({code}).").format(code=code))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def change_status(archive: Archive, commitment_id: int, parent: QWidget | None = None,
                  on_changed: Callable[[int], None] | None = None, *, writer: Writer | None = None) -> StatusDialog:
    """Open the dialog without blocking (so tests and other windows keep running); returns it.
    ``writer`` is the window's (``workspace.writer``), so the save queues behind its other writes."""
    dialog = StatusDialog(archive, commitment_id, parent, writer)
    if on_changed is not None:
        dialog.changed.connect(on_changed)
    dialog.open()
    return dialog
