"""A filter's drop-down whose choices are read from the archive when first wanted.

The calendar's counterpart filter lists every organisation that organised, attended or answers
for something: 5,000 of them on a large archive, a query and five thousand items that would
otherwise be paid each time the calendar is opened, before its month can be painted. The box
shows its "all" choice until it is opened, focused, scrolled or asked for its choices.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox

Choices = Callable[[], Sequence[tuple[str, Any]]]


class ChoicesBox(QComboBox):
    def __init__(self, all_label: str, choices: Choices) -> None:
        super().__init__()
        self._all_label = all_label
        self._choices = choices
        self._stale = True
        self.addItem(all_label, None)

    def invalidate(self) -> None:
        """The archive changed: read the choices again when next wanted, at once if one is
        chosen (it may be gone, and the calendar then shows all again)."""
        self._stale = True
        if self.currentIndex() > 0:
            self.ensure_filled()

    def ensure_filled(self) -> None:
        if not self._stale:
            return
        self._stale = False
        keep = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._all_label, None)
        for label, value in self._choices():
            self.addItem(label, value)
        self.setCurrentIndex(max(0, super().findData(keep)))
        self.blockSignals(False)

    # Whatever shows or reads the choices fills the box first.

    def count(self) -> int:
        self.ensure_filled()
        return super().count()

    def findData(self, *args: Any, **kwargs: Any) -> int:
        self.ensure_filled()
        return super().findData(*args, **kwargs)

    def findText(self, *args: Any, **kwargs: Any) -> int:
        self.ensure_filled()
        return super().findText(*args, **kwargs)

    def showPopup(self) -> None:
        self.ensure_filled()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_filled()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.ensure_filled()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.ensure_filled()
        super().wheelEvent(event)
