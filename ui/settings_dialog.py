"""Settings: the interface language.

A new language is applied at once by reopening the window in it (over the same archive, at the
same view); Qt builds every label in the language current when it is made, so a fresh window is
the one way to be sure nothing is left in the old one. If a form has unsaved changes and the user
keeps them, the window stays and the language applies at the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.messages import Dialogs

SwitchLanguage = Callable[[str], object]


class SwitchesLanguage(Protocol):
    def switch_language(self, lang: str) -> QMainWindow | None: ...


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


def add_settings_action(parent: QWidget, menu: QMenu, switch_language: SwitchLanguage) -> QAction:
    """Settings… in ``menu``; a language chosen there goes to ``switch_language`` (the window's
    host decides how the windows reopen)."""
    action = QAction(tr("&Settings…"), parent)
    # Linux desktops define no standard key for preferences; Ctrl+, is what other programs use.
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")])
    action.triggered.connect(lambda: edit_settings(parent, switch_language))
    menu.addAction(action)
    return action


def edit_settings(parent: QWidget, switch_language: SwitchLanguage) -> None:
    dialog = SettingsDialog(parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        switch_language(dialog.chosen())


def apply_language(window: SwitchesLanguage, lang: str) -> QMainWindow | None:
    """What choosing ``lang`` in the dialog does to ``window``: its host reopens it in ``lang``."""
    return window.switch_language(lang)


def close_for_language(window: QMainWindow, dialogs: Dialogs, lang: str) -> bool:
    """Save ``lang`` and close ``window`` so it can reopen in it. False when there is nothing to
    reopen: the language is the one shown, or the user kept unsaved changes (the window stays
    and the language applies at the next start)."""
    i18n.save_language(lang)
    if lang == i18n.current_language():
        return False
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
        dialogs.info(tr("Settings"), tr("The new language will be used the next time Elshi starts."))
    return closed


def reopen_in_language(window: QMainWindow, lang: str, dialogs: Dialogs,
                       reopen: Callable[[Dialogs | None], QMainWindow]) -> QMainWindow | None:
    """Save ``lang``, close ``window``, install ``lang`` and ``reopen`` (given the dialogs the new
    window uses) on the same archive: the steps every host of windows takes. None: nothing
    reopened (see :func:`close_for_language`)."""
    if not close_for_language(window, dialogs, lang):
        return None
    i18n.install(lang)
    return reopen(successor_dialogs(window, dialogs))


def successor_dialogs(window: QMainWindow, dialogs: Dialogs) -> Dialogs | None:
    """The dialogs a window reopened from ``window`` uses: the same service, unless it belonged
    to the old window (then None: the new window makes its own)."""
    return None if getattr(dialogs, "parent", None) is window else dialogs
