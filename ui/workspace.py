"""What every view is given: the archive and the window's shared services.

A view module in ``ui/views/`` defines ``VIEW = ViewSpec(...)``; the main window discovers the
modules there and lists their views in its sidebar by ``order``. A view that shows one record
type names it in ``entity`` and implements ``show_record(record_id)``, so any view can open any
record through ``workspace.open_record``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtWidgets import QWidget

from database.archive import Archive
from ui.bridge import ArchiveSignals
from ui.messages import Dialogs
from ui.tasks import Tasks
from ui.writer import Writer


class RecordView(Protocol):
    def show_record(self, record_id: int) -> None: ...


@dataclass
class Workspace:
    archive: Archive
    signals: ArchiveSignals
    dialogs: Dialogs
    tasks: Tasks
    open_record: Callable[[str, int], None] = lambda entity, record_id: None
    status: Callable[[str], None] = lambda message: None
    # Another view by its key, shown and built if need be ("calendar"); None without a window.
    show_view: Callable[[str], QWidget | None] = lambda key: None
    # A record just moved to the trash (entity, id, title): the window offers to undo it.
    deleted: Callable[[str, int, str], None] = lambda entity, record_id, title: None
    settings_prefix: str = "views"
    extra: dict[str, object] = field(default_factory=dict)
    # Every write from the window goes through this one serial writer thread, never the GUI thread.
    writer: Writer = field(default_factory=Writer)


@dataclass(frozen=True)
class ViewSpec:
    key: str
    order: int
    title: Callable[[], str]  # called when shown, so the title follows the interface language
    build: Callable[[Workspace], QWidget]
    entity: str | None = None  # the record type this view opens, if any
    shortcut: str = ""  # e.g. "Ctrl+1"
