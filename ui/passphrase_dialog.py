"""The passphrase of an encrypted archive: asked when it is opened, or chosen for a new one.

The typed text is never shown, kept or written anywhere: the dialog hands it back once and the
caller turns it into the archive's key (:mod:`ui.unlock`). A new passphrase is typed twice.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00020"


class PassphraseDialog(QDialog):
    def __init__(self, title: str, text: str, *, new: bool = False, error: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.new = new
        layout = QVBoxLayout(self)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setObjectName("passphrase_again")
        if new:
            form.addRow(self.tr("Again:"), self.again)
        layout.addLayout(form)
        self.error = QLabel(error)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(bool(error))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.passphrase.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _accept(self) -> None:
        if self.new and self.again.text() != self.passphrase.text():
            self.show_error(self.tr("The two passphrases differ; type the same one twice."))
            self.again.clear()
            self.again.setFocus()
            return
        self.accept()

    def value(self) -> str:
        return self.passphrase.text()


def ask_passphrase(parent: QWidget | None, title: str, text: str, *, new: bool = False,
                   error: str = "") -> str | None:
    dialog = PassphraseDialog(title, text, new=new, error=error, parent=parent)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.passphrase.clear()
        dialog.again.clear()
        dialog.deleteLater()
