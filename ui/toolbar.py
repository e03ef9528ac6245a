"""The window's toolbar: the actions a working day starts from, whatever view is shown.

New event, new document and new commitment open an empty form in their view; Search puts the
cursor in the archive-wide search; Briefing makes the briefing of what is shown (the record
open in a form, the calendar's weeks) or else of the coming weeks; Today shows today in the
calendar. A text-from-the-press action, when the window has one, is offered beside the new
records."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QPushButton, QToolBar

from ui.icons import icon

PRESS_ACTION = "newFromPressText"  # the File menu's "from a press item" action, when there is one


def tr(text: str) -> str:
    return QCoreApplication.translate("Toolbar", text)


def _action(window: QMainWindow, name: str, text: str, tip: str, icon_name: str,
            slot: Callable[[], None]) -> QAction:
    action = QAction(icon(icon_name), text, window)
    action.setObjectName(name)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def new_record(window: Any, key: str) -> None:
    """An empty form in view ``key``, ready for typing (asks first if a form there is unsaved)."""
    view = window.show_view(key)
    new = getattr(view, "new_record", None)
    if new is not None:
        new()


def _opener(window: Any, key: str) -> Callable[[], None]:
    return lambda: new_record(window, key)


def briefing(window: Any) -> None:
    """The briefing of what is shown: the open record's, the calendar's, else the coming weeks'."""
    view = window.view(window.current_key())
    form = getattr(view, "form", None)
    for button in (getattr(form, "briefing_button", None), getattr(view, "briefing_button", None)):
        if isinstance(button, QPushButton) and button.isEnabled() and button.isVisible():
            button.click()
            return
    from ui.briefing_dialog import open_briefing_dialog

    window.briefing_dialog = open_briefing_dialog(window.workspace, "upcoming", None, window)


def today(window: Any) -> None:
    view = window.show_view("calendar")
    go_today = getattr(view, "go_today", None)
    if go_today is not None:
        go_today()


def add_toolbar(window: Any) -> QToolBar:
    bar = QToolBar(tr("Main actions"), window)
    bar.setObjectName("mainToolbar")  # its place is kept with the window's state
    bar.setMovable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    keys = [spec.key for spec in window.specs]
    new_ones = (
        ("newEvent", "events", tr("New event"), tr("An empty event form in Events"), "calendar-plus"),
        ("newDocument", "documents", tr("New document"), tr("An empty document form in Documents"), "file-plus"),
        ("newCommitment", "commitments", tr("New commitment"),
         tr("An empty commitment form in Commitments"), "list-plus"),
    )
    for name, key, text, tip, icon_name in new_ones:
        if key in keys:
            bar.addAction(_action(window, name, text, tip, icon_name, _opener(window, key)))
    press = window.findChild(QAction, PRESS_ACTION)
    if press is not None:
        if press.icon().isNull():
            press.setIcon(icon("newspaper"))
        bar.addAction(press)
    bar.addSeparator()
    if "search" in keys:
        bar.addAction(_action(window, "searchArchive", tr("Search"), tr("Search the whole archive (Ctrl+F)"),
                              "search", window.focus_search))
    bar.addAction(_action(window, "makeBriefing", tr("Briefing"),
                          tr("A PDF briefing of what is shown: the open record, the calendar's weeks, "
                             "or the coming weeks"), "file-down", lambda: briefing(window)))
    if "calendar" in keys:
        bar.addAction(_action(window, "calendarToday", tr("Today"), tr("Today in the calendar"),
                              "calendar-check", lambda: today(window)))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
