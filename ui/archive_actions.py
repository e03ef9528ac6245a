"""File menu work on the whole archive: import and export the JSON exchange file, load the
sample. Each runs off the GUI thread; the window stays responsive and reports when done.
Imports write, so they go through the window's writer, in turn with every save asked for
before or after them; the export only reads and runs on the task pool."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from database.errors import ArchiveError
from database.exchange import ExchangeError, ImportReport
from operations import exchange
from operations.messages import describe
from ui.tasks import Progress
from ui.workspace import Workspace

SAMPLE = exchange.SAMPLE


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveActions", text)


def _failed(workspace: Workspace, title: str) -> Any:
    def show(error: BaseException) -> None:
        if isinstance(error, ExchangeError):
            text = tr("The file was not imported and nothing changed:\n{problems}").format(problems=error)
        elif isinstance(error, OSError):
            text = tr("The file could not be read or written: {reason}").format(reason=error.strerror or error)
        elif isinstance(error, ArchiveError):  # e.g. busy in another window, or not empty for the sample
            text = describe(error)
        else:
            text = str(error)
        workspace.dialogs.error(title, text)
    return show


def _imported(workspace: Workspace) -> Any:
    def show(report: ImportReport) -> None:
        workspace.status(tr("Imported: {added} added, {updated} updated, {unchanged} unchanged.").format(
            added=report.added, updated=report.updated, unchanged=report.unchanged))
    return show


def import_file(workspace: Workspace, path: str) -> None:
    archive = workspace.archive
    workspace.status(tr("Importing {path}…").format(path=path))
    workspace.writer.submit(lambda: exchange.import_file(archive, path), _imported(workspace),
                            _failed(workspace, tr("Import")))


def ask_and_import(workspace: Workspace) -> None:
    path = workspace.dialogs.open_file(tr("Import an Elshi archive file"), tr("Elshi JSON (*.json);;All files (*)"))
    if path:
        import_file(workspace, path)


def ask_and_export(workspace: Workspace) -> None:
    path = workspace.dialogs.save_file(tr("Export the archive"), tr("Elshi JSON (*.json)"))
    if not path:
        return
    target = Path(path)

    def work(_progress: Progress) -> Path:
        exchange.export_file(workspace.archive, target)
        return target

    workspace.tasks.start(work, lambda t: workspace.status(tr("Exported to {path}").format(path=t)),
                          _failed(workspace, tr("Export")))


def load_sample(workspace: Workspace) -> None:
    if not exchange.is_empty(workspace.archive):
        workspace.dialogs.info(tr("Sample archive"),
                               tr("The sample can only be loaded into an empty archive. Open a new archive file first."))
        return

    archive = workspace.archive
    workspace.status(tr("Importing {path}…").format(path=SAMPLE))
    workspace.writer.submit(lambda: exchange.load_sample(archive), _imported(workspace),
                            _failed(workspace, tr("Import")))
