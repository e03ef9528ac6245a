"""One bridge from the core's change notices to a Qt signal, so views refresh what they show.

Writes run on the writer thread (ui/writer.py), so the core tells of them there; the bridge
hands each notice to the GUI thread before any view hears it, in the order they were made.
A notice carries its ``initiator`` (the form that saved, say): that form already has the saved
record from its save's answer and need not reload; every other view refreshes as before.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal

from database.archive import Archive
from database.records import Changes


class ArchiveSignals(QObject):
    changed = Signal(object)  # a database.records.Changes
    _from_worker = Signal(object)

    def __init__(self, archive: Archive) -> None:
        super().__init__()
        self.archive = archive
        self._gui_thread = threading.get_ident()
        self._from_worker.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        archive.subscribe(self._relay)

    def _relay(self, changes: Changes) -> None:
        if threading.get_ident() == self._gui_thread:
            self.changed.emit(changes)
        else:
            self._from_worker.emit(changes)

    def _deliver(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def detach(self) -> None:
        self.archive.unsubscribe(self._relay)


def touches(changes: Changes, *entities: str) -> bool:
    return changes.entity == "*" or changes.entity in entities


def initiated_by(changes: Changes, who: object) -> bool:
    """Whether ``who`` made this change (and so already shows its outcome)."""
    return changes.initiator is not None and changes.initiator is who
