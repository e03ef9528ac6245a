"""Records made from a form that is not saved yet: they belong to that form's save.

"+" beside a name puts a draft here under a placeholder id (negative); the form's fields hold
that id like any other. Save writes them with the record (database.together); Revert, Discard
or opening another record forgets them, so nothing is left behind.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from database.archive import entity_of
from database.records import Entity
from database.together import NewRecord


def label_of(draft: Any) -> str:
    return str(getattr(draft, "name", None) or getattr(draft, "title", None) or getattr(draft, "text", ""))


class Pending:
    def __init__(self) -> None:
        self._records: dict[int, NewRecord] = {}
        self._next = -1

    def add(self, draft: Any) -> int:
        placeholder, self._next = self._next, self._next - 1
        self._records[placeholder] = NewRecord(placeholder, draft)
        return placeholder

    def name(self, placeholder: int) -> str:
        found = self._records.get(placeholder)
        return "" if found is None else label_of(found.draft)

    def draft(self, placeholder: int) -> Any:
        found = self._records.get(placeholder)
        return None if found is None else found.draft

    def matching(self, entity: Entity, text: str) -> list[tuple[int, str]]:
        wanted = text.strip().casefold()
        return [(p, label_of(r.draft)) for p, r in self._records.items()
                if entity_of(r.draft) == entity and wanted in label_of(r.draft).casefold()]

    def items(self) -> list[NewRecord]:
        return list(self._records.values())

    def clear(self) -> None:
        self._records.clear()

    def __len__(self) -> int:
        return len(self._records)


def pending_of(widget: QWidget) -> Pending | None:
    """The records-in-waiting of the form this widget belongs to, if it is in one."""
    current: QWidget | None = widget
    while current is not None:
        found = getattr(current, "pending", None)
        if isinstance(found, Pending):
            return found
        current = current.parentWidget()
    return None
