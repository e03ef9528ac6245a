"""The calendar's iCalendar files: export what is shown, and import after a preview of what
the import would do (nothing is written unless Import is pressed). The work itself is
operations.calendar's; here it is asked for, run off the GUI thread and reported. Reading the
file and exporting run on the task pool; the import itself is a write and goes through the
window's writer, in turn with the other writes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.calendar import CalendarFilter
from database.errors import ArchiveError
from database.ics_import import ADD, SKIP, UNCHANGED, UPDATE, IcsEntry, ImportResult
from operations.calendar import apply_ics_import, items_between, plan_ics_import, write_ics_file
from operations.messages import describe
from ui.views.calendar.texts import export_language, partial_text
from ui.workspace import Workspace


def tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


class CalendarPage(Protocol):
    """What the export and import need of the calendar view."""

    workspace: Workspace
    preview_dialog: IcsPreviewDialog | None

    def shown_range(self) -> tuple[date, date]: ...

    def filters(self) -> CalendarFilter: ...

    def imported(self) -> None:
        """Events were added or changed: refresh the filters and the page."""
        ...


def export_ics(view: CalendarPage, parent: QWidget) -> None:
    """Ask where, then write the items of the page shown (with its filters) as an .ics file."""
    workspace = view.workspace
    path = workspace.dialogs.save_file(tr("Export to iCalendar"), tr("iCalendar files (*.ics)"))
    if not path:
        return
    target = Path(path) if path.lower().endswith(".ics") else Path(path + ".ics")
    first, last = view.shown_range()
    archive = workspace.archive
    items = items_between(archive, first, last, view.filters()).items
    lang = export_language()

    def work(_progress: Any) -> int:
        return write_ics_file(archive, items, target, lang=lang)

    workspace.tasks.start(
        work,
        lambda n: workspace.status(tr("{n} entries exported to {file}").format(n=n, file=target)),
        lambda error: workspace.dialogs.error(
            tr("Export to iCalendar"),
            tr("{file} could not be written: {reason}").format(file=target, reason=_reason(error))),
    )


def import_ics(view: CalendarPage, parent: QWidget) -> None:
    """Ask for a file, read it off the GUI thread, and show the preview."""
    workspace = view.workspace
    path = workspace.dialogs.open_file(tr("Import from iCalendar"),
                                       tr("iCalendar files (*.ics);;All files (*)"))
    if not path:
        return
    archive = workspace.archive

    def work(_progress: Any) -> list[IcsEntry]:
        return plan_ics_import(archive, path)

    workspace.tasks.start(work, lambda entries: _preview(view, parent, path, entries),
                          lambda error: _import_failed(view, path, error))


def _import_failed(view: CalendarPage, path: str, error: BaseException) -> None:
    view.workspace.dialogs.error(
        tr("Import from iCalendar"),
        tr("{file} was not imported, nothing changed: {reason}").format(
            file=path, reason=_reason(error)))


def _preview(view: CalendarPage, parent: QWidget, path: str, entries: list[IcsEntry]) -> None:
    dialog = IcsPreviewDialog(Path(path).name, entries, parent)
    view.preview_dialog = dialog
    dialog.accepted.connect(lambda: _apply(view, path, entries))
    dialog.finished.connect(lambda _r: setattr(view, "preview_dialog", None))
    dialog.open()


def _apply(view: CalendarPage, path: str, entries: list[IcsEntry]) -> None:
    workspace = view.workspace
    archive = workspace.archive

    def done(result: ImportResult) -> None:
        workspace.status(tr("Imported from {file}: {added} new, {updated} updated").format(
            file=Path(path).name, added=len(result.added), updated=len(result.updated)))
        view.imported()

    workspace.writer.submit(lambda: apply_ics_import(archive, entries), done,
                            lambda error: _import_failed(view, path, error))


def _reason(error: BaseException) -> str:
    code = getattr(error, "code", None)
    if code == "ics.unreadable":
        return tr("it is not an iCalendar file")
    if code == "ics.no_calendar":
        return tr("the file holds no calendar")
    if isinstance(error, OSError):
        return error.strerror or str(error)
    if isinstance(error, ArchiveError):  # an event edited since the preview, a busy archive
        return describe(error)
    return str(error)


class IcsPreviewDialog(QDialog):
    """What an import would do, entry by entry; nothing is written unless Import is pressed."""

    def __init__(self, file_name: str, entries: Iterable[IcsEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = list(entries)
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        self.resize(820, 420)
        actions = {ADD: self.tr("New"), UPDATE: self.tr("Update"), UNCHANGED: self.tr("Unchanged"),
                   SKIP: self.tr("Skipped")}
        reasons = {
            "no_date": self.tr("no date"), "no_title": self.tr("no title"),
            "commitment": self.tr("a commitment deadline, not an event"),
            "in_trash": self.tr("the matching event is in the trash"),
            "repeated_uid": self.tr("repeats an entry above"),
        }
        fields = {"title": self.tr("title"), "start": self.tr("dates"), "end": self.tr("dates"),
                  "place_id": self.tr("place"), "kind": self.tr("kind"), "status": self.tr("cancelled")}
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Dates"), self.tr("Title"), self.tr("Place"),
                                    self.tr("Note")])
        self.table.setAccessibleName(self.tr("Entries in the file"))
        for entry in self.entries:
            notes = []
            if entry.action == SKIP:
                notes.append(reasons.get(entry.reason, entry.reason))
            if entry.action == UPDATE:
                changed = dict.fromkeys(fields[c] for c in entry.changes if c in fields)
                notes.append(self.tr("changes: {fields}").format(fields=", ".join(changed)))
            if entry.recurring:
                notes.append(self.tr("repeats: only the first date is imported"))
            if entry.location and entry.place_id is None and entry.action == ADD:
                notes.append(self.tr("place not in the archive: kept in the summary"))
            dates = ""
            if entry.start is not None:
                dates = partial_text(entry.start) + (f" – {partial_text(entry.end)}" if entry.end else "")
            line = QTreeWidgetItem(self.table, [actions.get(entry.action, entry.action), dates,
                                                " ".join(entry.title.split()), entry.location, "; ".join(notes)])
            if entry.action in (SKIP, UNCHANGED):
                for column in range(5):
                    line.setForeground(column, QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText)))
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.to_write = sum(1 for e in self.entries if e.action in (ADD, UPDATE))
        counts = {a: sum(1 for e in self.entries if e.action == a) for a in (ADD, UPDATE, UNCHANGED, SKIP)}
        self.summary = QLabel(self.tr("{add} new planned events, {update} updated, {same} unchanged, "
                                      "{skip} skipped. Nothing is written until you press Import.").format(
            add=counts[ADD], update=counts[UPDATE], same=counts[UNCHANGED], skip=counts[SKIP]))
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(self.to_write > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

