"""First start: an empty archive offers the sample, a press item or the first event, and the
sidebar's counts follow what is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from database.archive import Archive
from database.records import Entity
from tests.ui.conftest import ScriptedDialogs
from tests.ui.test_workspace import click, enter_text, save, written
from ui.main_window import MainWindow
from ui.record_list import RecordListView


def open_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.nav.has_counts, timeout=5000)
    return window


def count_shown(window: MainWindow, key: str) -> str:
    return window.nav.count_label([s.key for s in window.specs].index(key))


def test_an_empty_archive_offers_the_sample_and_its_counts_follow(
        qtbot: QtBot, archive: Archive, dialogs: ScriptedDialogs) -> None:
    window = open_window(qtbot, MainWindow(archive, dialogs))  # type: ignore[arg-type]
    panel = window.first_start
    assert panel is not None
    assert window.content.currentWidget() is panel and panel.isVisible()
    assert count_shown(window, "events") == "0"
    assert panel.press_button.isVisible()  # the press intake is offered beside the sample
    click(qtbot, panel.sample_button)
    written(qtbot, window.workspace.writer)
    events = archive.count(Entity("event"))
    assert events > 0
    qtbot.waitUntil(lambda: count_shown(window, "events") == str(events), timeout=5000)
    assert count_shown(window, "people") == str(archive.count(Entity("person")))
    assert window.content.currentWidget() is window.stack and not panel.isVisible()
    assert window.current_key() == "home"


def test_the_first_event_is_created_from_the_panel_and_counted(
        qtbot: QtBot, archive: Archive, dialogs: ScriptedDialogs) -> None:
    window = open_window(qtbot, MainWindow(archive, dialogs))  # type: ignore[arg-type]
    assert window.first_start is not None
    click(qtbot, window.first_start.event_button)
    assert window.current_key() == "events" and not window.first_start.isVisible()
    view = window.view("events")
    assert isinstance(view, RecordListView)
    assert view.form.current_id() is None  # an empty form, ready for typing
    enter_text(view.form.fields["title"], "Ертіс форумы")
    save(qtbot, view)
    assert [r.data.title for r in archive.list(Entity("event"))] == ["Ертіс форумы"]
    qtbot.waitUntil(lambda: count_shown(window, "events") == "1", timeout=5000)
    assert window.first_start.isHidden() or window.content.currentWidget() is window.stack


def test_the_press_item_button_opens_the_press_review(
        qtbot: QtBot, archive: Archive, dialogs: ScriptedDialogs) -> None:
    window = open_window(qtbot, MainWindow(archive, dialogs))  # type: ignore[arg-type]
    assert window.first_start is not None
    button = window.first_start.press_button
    assert button.isVisible()
    click(qtbot, button)
    dialog = window.intakes.dialog
    assert dialog is not None and dialog.isVisible()  # File → New from press text…, from the panel
    press = window.findChild(QAction, "newFromPressText")
    assert press is window.intakes.new_action and press in window.toolbar.actions()  # in the toolbar too
    dialog.close()


def test_an_archive_with_records_opens_on_home_without_the_panel(
        qtbot: QtBot, sample_archive: Archive, dialogs: ScriptedDialogs) -> None:
    window = open_window(qtbot, MainWindow(sample_archive, dialogs))  # type: ignore[arg-type]
    assert window.content.currentWidget() is window.stack
    assert window.first_start is not None and not window.first_start.isVisible()
    assert count_shown(window, "commitments") == str(sample_archive.count(Entity("commitment")))


def test_the_toolbar_opens_an_empty_form_in_its_view(
        qtbot: QtBot, sample_archive: Archive, dialogs: ScriptedDialogs) -> None:
    window = open_window(qtbot, MainWindow(sample_archive, dialogs))  # type: ignore[arg-type]
    for name, key in (("newDocument", "documents"), ("newCommitment", "commitments"), ("newEvent", "events")):
        action = window.findChild(QAction, name)
        assert action is not None and action in window.toolbar.actions()
        button = window.toolbar.widgetForAction(action)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current_key() == key
        view = window.view(key)
        assert isinstance(view, RecordListView) and view.form.current_id() is None
    search = window.findChild(QAction, "searchArchive")
    qtbot.mouseClick(window.toolbar.widgetForAction(search), Qt.MouseButton.LeftButton)
    assert window.current_key() == "search"
    today = window.findChild(QAction, "calendarToday")
    qtbot.mouseClick(window.toolbar.widgetForAction(today), Qt.MouseButton.LeftButton)
    assert window.current_key() == "calendar"
    assert window.view("calendar").anchor == sample_archive.clock.today()  # type: ignore[attr-defined]
    window.show_view("home")
    briefing = window.findChild(QAction, "makeBriefing")
    qtbot.mouseClick(window.toolbar.widgetForAction(briefing), Qt.MouseButton.LeftButton)
    dialog = window.briefing_dialog  # type: ignore[attr-defined]
    assert dialog.isVisible() and dialog.kind.currentData() == "upcoming"  # nothing open: the coming weeks
    dialog.close()
