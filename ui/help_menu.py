"""Help: the keyboard shortcuts of the window's own menus, and About (versions, the archive's path).

Both are told through the window's dialogs service, so tests read them without a modal."""

from __future__ import annotations

import sqlite3
import sys
from importlib import metadata

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.workspace import Workspace


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


def shortcuts_text(window: QMainWindow) -> str:
    """One line per menu action with a shortcut: its key, then its words without the & marks."""
    lines = []
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if key:
                lines.append(f"{key}\t{action.text().replace('&', '')}")
    return "\n".join(dict.fromkeys(lines))


def about_text(workspace: Workspace) -> str:
    try:
        version = metadata.version("elshi")
    except metadata.PackageNotFoundError:
        version = "?"
    return tr("Elshi {version}\nArchive: {path}\nPython {python}, Qt {qt}, PySide6 {pyside}, SQLite {sqlite}").format(
        version=version, path=workspace.archive.shown, python=sys.version.split()[0], qt=qVersion(),
        pyside=PySide6.__version__, sqlite=sqlite3.sqlite_version)


def add_help_menu(window: QMainWindow, workspace: Workspace) -> QMenu:
    menu = window.menuBar().addMenu(tr("&Help"))
    keys = QAction(tr("&Keyboard shortcuts"), window)
    keys.setShortcut(QKeySequence.StandardKey.HelpContents)
    keys.triggered.connect(lambda: workspace.dialogs.info(tr("Keyboard shortcuts"), shortcuts_text(window)))
    menu.addAction(keys)
    about = QAction(tr("&About Elshi"), window)
    about.triggered.connect(lambda: workspace.dialogs.info(tr("About Elshi"), about_text(workspace)))
    menu.addAction(about)
    return menu
