from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type as a person would, one key at a time. qtbot.keyClicks aborts on non-ASCII text
    (a Qt assertion in qasciikey.cpp), so Kazakh letters are sent as unknown keys with text."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


class ScriptedDialogs:
    """Answers message boxes and file dialogs in tests, and remembers what was asked."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.files: list[str | None] = []

    def error(self, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def info(self, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def open_file(self, title: str, filter_: str) -> str | None:
        return self.files.pop(0) if self.files else None

    def save_file(self, title: str, filter_: str) -> str | None:
        return self.files.pop(0) if self.files else None


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()
