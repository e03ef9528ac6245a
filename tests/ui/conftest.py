from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from database.archive import Archive
from ui import i18n
from ui.bridge import ArchiveSignals
from ui.tasks import Tasks
from ui.workspace import Workspace


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
        self.save_answers: list[str] = []
        self.passphrases: list[str | None] = []
        self.suggested: list[str] = []  # the folder and name each save dialog offered

    def error(self, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def info(self, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def ask_save(self, title: str, text: str) -> str:
        self.shown.append(("ask_save", title, text))
        return self.save_answers.pop(0) if self.save_answers else "cancel"

    def passphrase(self, title: str, text: str, *, new: bool = False, error: str = "") -> str | None:
        self.shown.append(("passphrase", title, error or text))
        return self.passphrases.pop(0) if self.passphrases else None

    def open_path(self, path: str) -> None:
        self.shown.append(("open_path", "", path))

    def open_file(self, title: str, filter_: str) -> str | None:
        return self.files.pop(0) if self.files else None

    def save_file(self, title: str, filter_: str, suggested: str = "") -> str | None:
        self.suggested.append(suggested)
        return self.files.pop(0) if self.files else None


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Window sizes and last views go to a throwaway folder, not the user's settings."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("ElshiTests")
    QCoreApplication.setApplicationName("ElshiTests")
    yield


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def workspace(archive: Archive, dialogs: ScriptedDialogs) -> Iterator[Workspace]:
    """A workspace over the test's archive; ``opened`` records what views asked to open."""
    signals = ArchiveSignals(archive)
    opened: list[tuple[str, int]] = []
    statuses: list[str] = []
    ws = Workspace(archive, signals, dialogs, Tasks(),  # type: ignore[arg-type]
                   open_record=lambda entity, rid: opened.append((entity, rid)), status=statuses.append)
    ws.extra["opened"] = opened
    ws.extra["statuses"] = statuses
    yield ws
    ws.writer.finish()  # a write the test left queued lands before the archive closes
    signals.detach()


@pytest.fixture
def language() -> Iterator[Any]:
    """Switch the application's language for one test; English and the old locale afterwards."""
    saved = QLocale()
    yield i18n.install
    i18n.uninstall()
    QLocale.setDefault(saved)
