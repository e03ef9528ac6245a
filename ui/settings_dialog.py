"""Settings: the interface language.

A new language is applied at once by reopening the window in it (over the same archive, at the
same view); Qt builds every label in the language current when it is made, so a fresh window is
the one way to be sure nothing is left in the old one. If a form has unsaved changes and the user
keeps them, the window stays and the language applies at the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ui import i18n

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code in i18n.LANGUAGES:
            # Each language in itself, so it can be found whatever the interface shows now.
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(i18n.LANGUAGES.index(i18n.current_language()))  # what is shown now
        self.language.setAccessibleName(self.tr("Interface language"))
        caption = QLabel(self.tr("Interface &language"))
        caption.setBuddy(self.language)
        note = QLabel(self.tr("Menus, messages, dates and month names follow this language; the window "
                              "reopens in it at once. Names and texts in records stay as they were entered."))
        note.setWordWrap(True)
        note.setStyleSheet("color: gray")
        form = QFormLayout()
        form.addRow(caption, self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def chosen(self) -> str:
        return str(self.language.currentData())


def add_settings_action(window: MainWindow, menu: QMenu) -> QAction:
    action = QAction(tr("&Settings…"), window)
    # Linux desktops define no standard key for preferences; Ctrl+, is what other programs use.
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")])
    action.triggered.connect(lambda: edit_settings(window))
    menu.addAction(action)
    return action


def edit_settings(window: MainWindow) -> None:
    dialog = SettingsDialog(window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        apply_language(window, dialog.chosen())


def apply_language(window: MainWindow, lang: str) -> MainWindow | None:
    """Save ``lang`` and reopen ``window`` in it; returns the new window, or None when nothing
    changed or the old window had to stay (unsaved changes kept: the language applies at the
    next start)."""
    i18n.save_language(lang)
    if lang == i18n.current_language():
        return None
    app = QApplication.instance()
    quit_on_last = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
    if isinstance(app, QApplication):
        app.setQuitOnLastWindowClosed(False)  # the old window goes before the new one is shown
    try:
        closed = window.close()
    finally:
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(quit_on_last)
    if not closed:
        window.workspace.dialogs.info(
            tr("Settings"), tr("The new language will be used the next time Elshi starts."))
        return None
    return reopen(window, lang)


def reopen(window: MainWindow, lang: str) -> MainWindow:
    from ui.main_window import OPEN_WINDOWS, MainWindow

    i18n.install(lang)
    dialogs = window.workspace.dialogs
    if getattr(dialogs, "parent", None) is window:
        dialogs = None  # message boxes belong to the new window
    successor = MainWindow(window.archive, dialogs, settings_group=window.settings_group)
    if window in OPEN_WINDOWS:
        OPEN_WINDOWS.remove(window)
    OPEN_WINDOWS.append(successor)
    successor.show()
    return successor
