"""One bridge from the core's change notices to a Qt signal, so views refresh what they show."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from database.archive import Archive
from database.records import Changes


class ArchiveSignals(QObject):
    changed = Signal(object)  # a database.records.Changes

    def __init__(self, archive: Archive) -> None:
        super().__init__()
        self.archive = archive
        archive.subscribe(self._relay)

    def _relay(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def detach(self) -> None:
        self.archive.unsubscribe(self._relay)


def touches(changes: Changes, *entities: str) -> bool:
    return changes.entity == "*" or changes.entity in entities
