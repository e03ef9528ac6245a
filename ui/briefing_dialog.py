"""“Export briefing…”: choose the briefing, its scope, language and marking; the PDF is made off
the GUI thread with progress and a Cancel button, and opens when it is ready.

Views call :func:`open_briefing_dialog` (an event, an organisation, the calendar, the
commitments). The PDF viewer is started through an injectable ``opener`` so tests never open
one; ``workspace.extra["open_path"]``, when set, is used for every dialog.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from database.errors import ArchiveError
from database.records import Entity
from operations import briefings
from operations.briefings import BriefingScope
from ui import i18n
from ui.tasks import Cancelled, Progress, Task
from ui.workspace import Workspace

KINDS = briefings.KINDS
# What the views may call a kind by: the record type they show.
ALIASES = {"organisation": "counterpart", "calendar": "upcoming", "commitment": "commitments"}
LANGUAGES = briefings.LANGUAGES
STATUSES = briefings.STATUSES
PICKER_LIMIT = 200
DEFAULT_DAYS = 28
ERROR_STYLE = "color: #b00020"

FOLDER_KEY = "briefings/folder"  # where the last briefing was saved: the next is offered there

Opener = Callable[[str], object]  # False when the file could not be opened


def open_in_viewer(path: str) -> bool:
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(path)))


@dataclass(frozen=True)
class Request:
    """Everything the export needs, read from the widgets on the GUI thread."""

    kind: str
    record_id: int | None
    country: str
    region: str
    date_from: date
    date_to: date
    statuses: tuple[str, ...]
    lang: str
    marking: str
    path: Path


class RecordPicker(QWidget):
    """A filter box and the records whose name contains what is typed."""

    def __init__(self, workspace: Workspace, entity: str, selected: int | None) -> None:
        super().__init__()
        self.workspace = workspace
        self.entity = entity
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the records"))
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Record"))
        self.combo.setMinimumContentsLength(40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.combo)
        layout.addStretch(1)  # in a taller page the two stay together at the top
        self.filter.textChanged.connect(lambda _text: self.reload())
        self.reload(selected)

    def reload(self, selected: int | None = None) -> None:
        from database.lists import choices

        keep = selected if selected is not None else self.current_id()
        with self.workspace.archive.session() as s:
            rows = choices(s, self.entity, self.filter.text(), limit=PICKER_LIMIT)
        if keep is not None and all(rid != keep for rid, _ in rows) and not self.filter.text():
            # The record the dialog was opened for is offered even beyond the first names.
            try:
                data = self.workspace.archive.get(Entity(self.entity), keep).data
                rows.insert(0, (keep, str(getattr(data, "title", None) or getattr(data, "name", ""))))
            except ArchiveError:
                pass
        self.combo.clear()
        for rid, name in rows:
            self.combo.addItem(name, rid)
        index = self.combo.findData(keep) if keep is not None else -1
        self.combo.setCurrentIndex(index if index >= 0 else 0 if rows else -1)

    def current_id(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None


class BriefingDialog(QDialog):
    exported = Signal(str)  # the path of the PDF, once written

    def __init__(self, workspace: Workspace, kind: str = "event", record_id: int | None = None,
                 parent: QWidget | None = None, *, opener: Opener | None = None,
                 date_from: date | None = None, date_to: date | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.opener: Opener = opener or _workspace_opener(workspace) or open_in_viewer
        self.task: Task | None = None
        self._cancelled = False
        self._path = Path()  # the file being written
        self.setWindowTitle(self.tr("Export briefing"))
        kind = ALIASES.get(kind, kind)
        if kind not in KINDS:
            kind = "event"
        today = workspace.archive.clock.today()

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Briefing"))
        labels = (self.tr("Event briefing"), self.tr("Counterpart dossier"), self.tr("Upcoming events"),
                  self.tr("Commitments report"), self.tr("Document briefing"))
        for key, label in zip(KINDS, labels, strict=True):
            self.kind.addItem(label, key)

        self.event_picker = RecordPicker(workspace, "event", record_id if kind == "event" else None)
        self.counterpart = self._counterpart_page(record_id if kind == "counterpart" else None)
        self.date_from = self._date_edit(date_from or today, self.tr("First day"))
        self.date_to = self._date_edit(date_to or (date_from or today) + timedelta(days=DEFAULT_DAYS - 1),
                                       self.tr("Last day"))
        range_page = QWidget()
        range_form = QFormLayout(range_page)
        range_form.setContentsMargins(0, 0, 0, 0)
        range_form.addRow(self.tr("From", "date range"), self.date_from)
        range_form.addRow(self.tr("To"), self.date_to)
        status_page = QWidget()
        status_row = QHBoxLayout(status_page)
        status_row.setContentsMargins(0, 0, 0, 0)
        self.status_boxes: dict[str, QCheckBox] = {}
        for key, label in zip(STATUSES, (self.tr("Open"), self.tr("In progress"), self.tr("Done"),
                                         self.tr("Dropped")), strict=True):
            box = QCheckBox(label)
            box.setChecked(True)
            self.status_boxes[key] = box
            status_row.addWidget(box)
        status_row.addStretch(1)

        self.document_picker = RecordPicker(workspace, "document", record_id if kind == "document" else None)
        self.scope = QStackedWidget()
        for page in (self.event_picker, self.counterpart, range_page, status_page, self.document_picker):
            self.scope.addWidget(page)

        self.lang = QComboBox()
        self.lang.setAccessibleName(self.tr("Language of the briefing"))
        for code in LANGUAGES:
            self.lang.addItem(i18n.NATIVE_NAMES[code], code)
        current = i18n.current_language()
        self.lang.setCurrentIndex(LANGUAGES.index(current) if current in LANGUAGES else 0)
        self.marking = QLineEdit(_default_marking(self.lang_code()))
        self.marking.setAccessibleName(self.tr("Marking printed at the top and bottom of every page"))
        self._marking_default = self.marking.text()
        self.lang.currentIndexChanged.connect(self._language_changed)

        form = QFormLayout()
        form.addRow(self.tr("Briefing"), self.kind)
        self.scope_label = QLabel(self.tr("Scope"))
        form.addRow(self.scope_label, self.scope)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Marking"), self.marking)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the export"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(lambda _i: self.scope.setCurrentIndex(self.kind.currentIndex()))
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.scope.setCurrentIndex(KINDS.index(kind))

    # --- pages ------------------------------------------------------------------------------

    def _counterpart_page(self, org_id: int | None) -> QWidget:
        page = QWidget()
        self.counterpart_mode = QComboBox()
        self.counterpart_mode.setAccessibleName(self.tr("Counterpart"))
        self.counterpart_mode.addItem(self.tr("Organisation"), "organisation")
        self.counterpart_mode.addItem(self.tr("Country"), "country")
        self.counterpart_mode.addItem(self.tr("Region"), "region")
        self.org_picker = RecordPicker(self.workspace, "organisation", org_id)
        self.area = QLineEdit()
        self.area.setAccessibleName(self.tr("Country or region, as recorded"))
        self.area.setPlaceholderText(self.tr("As recorded, e.g. Russia"))
        self.area.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counterpart_mode)
        layout.addWidget(self.org_picker)
        layout.addWidget(self.area)
        layout.addStretch(1)

        def mode_changed(_index: int) -> None:
            by_org = self.counterpart_mode.currentData() == "organisation"
            self.org_picker.setVisible(by_org)
            self.area.setVisible(not by_org)

        self.counterpart_mode.currentIndexChanged.connect(mode_changed)
        return page

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(i18n.NUMERIC_FORMATS.get(i18n.current_language(), "dd.MM.yyyy"))
        edit.setAccessibleName(name)
        return edit

    def lang_code(self) -> str:
        return str(self.lang.currentData())

    def _language_changed(self, _index: int) -> None:
        # A marking the user typed stays; the default follows the language.
        if self.marking.text() == self._marking_default:
            self.marking.setText(_default_marking(self.lang_code()))
        self._marking_default = _default_marking(self.lang_code())

    # --- exporting --------------------------------------------------------------------------

    def request(self, path: Path = Path()) -> Request | None:
        """The export asked for, or None (with a message) when the scope is incomplete."""
        kind = str(self.kind.currentData())
        record_id: int | None = None
        country = region = ""
        if kind == "event":
            record_id = self.event_picker.current_id()
            if record_id is None:
                self._refuse(self.tr("Choose the event."))
                return None
        elif kind == "document":
            record_id = self.document_picker.current_id()
            if record_id is None:
                self._refuse(self.tr("Choose the document."))
                return None
        elif kind == "counterpart":
            mode = self.counterpart_mode.currentData()
            if mode == "organisation":
                record_id = self.org_picker.current_id()
                if record_id is None:
                    self._refuse(self.tr("Choose the organisation."))
                    return None
            elif not self.area.text().strip():
                self._refuse(self.tr("Type the country or region."))
                return None
            elif mode == "country":
                country = self.area.text().strip()
            else:
                region = self.area.text().strip()
        statuses = tuple(k for k, box in self.status_boxes.items() if box.isChecked())
        if kind == "commitments" and not statuses:
            self._refuse(self.tr("Tick at least one status."))
            return None
        first = _day(self.date_from.date())
        last = _day(self.date_to.date())
        return Request(kind, record_id, country, region, min(first, last), max(first, last),
                       statuses if len(statuses) < len(STATUSES) else (), self.lang_code(),
                       self.marking.text(), path)

    def _refuse(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def export(self) -> None:
        if self.task is not None:
            return
        asked = self.request()
        if asked is None:
            return  # say what is missing before asking where to save
        suggested = last_folder() / (self.suggested_stem(asked) + ".pdf")
        chosen = self.workspace.dialogs.save_file(self.tr("Save the briefing"), self.tr("PDF files (*.pdf)"),
                                                  str(suggested))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        request = self.request(path)
        if request is None:
            return
        if not path.parent.is_dir() or not os.access(path.parent, os.W_OK | os.X_OK):
            refused = (FileNotFoundError(errno.ENOENT, "") if not path.parent.is_dir()
                       else PermissionError(errno.EACCES, ""))
            self._report(self.cannot_write(path, refused))
            return  # every choice stays as it was: another folder, and Export again
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        self._busy(True)
        self._cancelled = False
        self._path = path
        archive = self.workspace.archive
        self.task = self.workspace.tasks.start(lambda progress: make_briefing(archive, request, progress),
                                               self._done, self._failed, self._progressed)

    def suggested_stem(self, request: Request) -> str:
        """The file name offered: the record's date and title, or the briefing's name and dates."""
        if request.record_id is not None:
            try:
                return briefings.record_stem(self.workspace.archive, request.kind, request.record_id)
            except ArchiveError:
                pass
        name = self.kind.currentText()
        if request.kind == "upcoming":
            return briefings.file_stem(f"{request.date_from.isoformat()} – {request.date_to.isoformat()}", name)
        area = request.country or request.region
        return briefings.file_stem(self.workspace.archive.clock.today().isoformat(),
                                   f"{name} {area}".strip())

    def cannot_write(self, path: Path, error: OSError) -> str:
        """Why the file could not be written, in one sentence a person can act on."""
        folder = str(path.parent)
        if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", -1):
            return self.tr("The disk of {folder} is full: free some space or choose another folder; "
                           "the briefing was not saved.").format(folder=folder)
        if error.errno == errno.EROFS:
            return self.tr("{folder} is on a disk that cannot be written to: choose another folder.").format(
                folder=folder)
        if error.errno == errno.ENOENT and not path.parent.is_dir():
            return self.tr("The folder {folder} no longer exists: choose another folder.").format(folder=folder)
        if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
            if path.exists() and os.access(path.parent, os.W_OK):
                return self.tr("{name} is open in another program: close it there, or save under another "
                               "name.").format(name=path.name)
            return self.tr("You may not save files in {folder}: choose another folder.").format(folder=folder)
        reason = error.strerror or str(error)
        return self.tr("The file could not be written: {reason}").format(reason=reason)

    def _report(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        self.workspace.dialogs.error(self.tr("Export briefing"), text)

    def _busy(self, busy: bool) -> None:
        for w in (self.kind, self.scope, self.lang, self.marking, self.export_button):
            w.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)  # busy until the first page reports
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Making the briefing…") if busy else "")

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: Any) -> None:
        self.task = None
        path, pages = result
        self._busy(False)
        if self._cancelled:  # finished before it saw the cancel: honour the cancel all the same
            Path(path).unlink(missing_ok=True)
            self.message.setText(self.tr("The export was cancelled; no file was written."))
            return
        self.message.setText(self.tr("Saved {path} ({pages} pages).").format(path=path, pages=pages))
        self.workspace.status(self.tr("Briefing saved: {path}").format(path=path))
        self.exported.emit(str(path))
        if self.opener(str(path)) is False:  # no program for PDF files: say so, keep the dialog
            self.message.setText(self.tr("Saved {path}, but no program to show PDF files could be "
                                         "started; open it from its folder.").format(path=path))
            return
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._busy(False)
        if isinstance(error, Cancelled):
            self.message.setText(self.tr("The export was cancelled; no file was written."))
            return
        if isinstance(error, ArchiveError) and error.code == "record.not_found":
            text = self.tr("The record is no longer in the archive.")
        elif isinstance(error, OSError):
            text = self.cannot_write(self._path, error)
        else:
            text = self.tr("The briefing could not be made: {error}").format(error=str(error))
        self._report(text)

    def cancel(self) -> None:
        """Stop a running export (the dialog stays open), or close the dialog."""
        if self.task is not None:
            self._cancelled = True
            self.task.progress.cancel()
            self.message.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:
        if self.task is not None:
            self._cancelled = True
            self.task.progress.cancel()
        super().reject()


def make_briefing(archive: Any, request: Request, progress: Progress) -> tuple[Path, int]:
    """Gather the rows and write the PDF (on a pool thread). The file appears under its name
    only when complete; a cancelled or failed export leaves nothing behind."""
    scope = BriefingScope(request.kind, record_id=request.record_id, country=request.country,
                          region=request.region, date_from=request.date_from, date_to=request.date_to,
                          statuses=request.statuses)
    rows = briefings.gather(archive, scope)
    if progress.cancelled:
        raise Cancelled()

    def report(done: int, total: int) -> None:
        if progress.cancelled:
            raise Cancelled()
        progress.report(done, total)

    pages = briefings.write(request.kind, rows, request.path, lang=request.lang, marking=request.marking,
                            progress=report)
    return request.path, pages


def last_folder() -> Path:
    """The folder the last briefing went to, while it exists; else the user's documents."""
    saved = QSettings().value(FOLDER_KEY, "")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def _day(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _default_marking(lang: str) -> str:
    from exports.pdf.labels import DEFAULT_MARKING

    return DEFAULT_MARKING[lang]


def _workspace_opener(workspace: Workspace) -> Opener | None:
    opener = workspace.extra.get("open_path")
    return opener if callable(opener) else None


def open_briefing_dialog(workspace: Workspace, kind: str, record_id: int | None = None,
                         parent: QWidget | None = None, **options: Any) -> BriefingDialog:
    """Show the export dialog for ``kind`` ("event", "counterpart", "upcoming", "commitments"; or
    the record type a view shows), with ``record_id`` chosen; returns the (non-modal) dialog."""
    dialog = BriefingDialog(workspace, kind, record_id, parent, **options)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
