"""Undo and redo of a whole form's edits (Ctrl+Z, Ctrl+Shift+Z), not only inside one text box.

Each step holds the form's state before and after; typing on in the same box merges into one
step, so one Ctrl+Z takes back a word typed, a row added or a person picked, and restores the
form exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

REDO_KEY = QKeySequence("Ctrl+Shift+Z")
UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def is_form_key(event: QEvent) -> bool:
    """A text box lets the form's undo and redo keys through instead of using its own."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    return any(event.matches(k) for k in UNDO_KEYS) or QKeySequence(event.keyCombination()) == REDO_KEY


class _Step(QUndoCommand):
    def __init__(self, history: FormHistory, before: Any, after: Any, key: int) -> None:
        super().__init__()
        self.history, self.before, self.after, self.key = history, before, after, key
        self._first = True

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Step) or other.key != self.key or not self.key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # pushed after the edit was made
            self._first = False
            return
        self.history.restore(self.after)

    def undo(self) -> None:
        self.history.restore(self.before)


class FormHistory(QObject):
    def __init__(self, parent: QObject, apply: Callable[[Any], None]) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._apply = apply
        self._last: Any = None
        self._restoring = False

    def reset(self, state: Any) -> None:
        self.stack.clear()
        self._last = state

    def edited(self, state: Any) -> None:
        if self._restoring or state == self._last:
            return
        focus = QApplication.focusWidget()
        self.stack.push(_Step(self, self._last, state, id(focus) if focus is not None else 0))
        self._last = state

    def restore(self, state: Any) -> None:
        self._restoring = True
        try:
            self._apply(state)
        finally:
            self._restoring = False
        self._last = state
