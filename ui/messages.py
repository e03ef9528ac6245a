"""Message boxes and file dialogs behind one small service, so tests can answer them."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Dialogs:
    """What the window asks of the user; tests replace it with scripted answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, text)

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_save(self, title: str, text: str) -> str:
        """"save", "discard" or "cancel" for a form with unsaved changes."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(self.parent, title, text, buttons, QMessageBox.StandardButton.Save)
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")

    def passphrase(self, title: str, text: str, *, new: bool = False, error: str = "") -> str | None:
        """An encrypted archive's passphrase (typed twice when ``new``); None when cancelled."""
        from ui.passphrase_dialog import ask_passphrase

        return ask_passphrase(self.parent, title, text, new=new, error=error)

    def open_path(self, path: str) -> None:
        """Open a file with the system's viewer."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def open_file(self, title: str, filter_: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", filter_)
        return path or None

    def save_file(self, title: str, filter_: str, suggested: str = "") -> str | None:
        """Where to save; ``suggested`` is the folder and name offered (the user may change both)."""
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filter_)
        return path or None
