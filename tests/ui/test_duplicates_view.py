from pytestqt.qtbot import QtBot
from PySide6.QtCore import Qt

from database.archive import Archive
from tests.ui.conftest import ScriptedDialogs
from ui.views.duplicates import DuplicatesView
from ui.workspace import Workspace


def settled(qtbot: QtBot, view: DuplicatesView) -> None:
    """Wait, as a person watching the list would, until the writes queued from the view are made
    and the search on the worker has answered."""
    qtbot.waitUntil(lambda: not view.workspace.writer.busy, timeout=10_000)
    qtbot.waitUntil(lambda: not view.busy(), timeout=10_000)
    assert not view.status.isVisible()


def test_the_window_does_not_wait_for_the_search(
    qtbot: QtBot, workspace: Workspace, sample_archive: Archive
) -> None:
    view = DuplicatesView(workspace)
    qtbot.addWidget(view)
    view.show()
    assert view.busy() and view.status.isVisible() and "Looking for possible duplicates" in view.status.text()
    assert not view.merge_button.isEnabled()
    settled(qtbot, view)
    assert view.pairs.count() == 1 and view.merge_button.isEnabled()


def test_merge_and_undo_from_the_duplicates_view(
    qtbot: QtBot, workspace: Workspace, sample_archive: Archive, dialogs: ScriptedDialogs
) -> None:
    view = DuplicatesView(workspace)
    qtbot.addWidget(view)
    view.show()
    settled(qtbot, view)
    assert view.pairs.count() == 1
    assert "Асаин Байханов" in view.pairs.item(0).text() and "Асайын Байханов" in view.pairs.item(0).text()
    dialogs.confirm_answers = [False]
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    assert sample_archive.count("person") == 14  # declined: nothing merged
    dialogs.confirm_answers = [True]
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    settled(qtbot, view)
    assert sample_archive.count("person") == 13
    assert view.pairs.count() == 0 and view.empty.isVisible()
    assert view.history.count() == 1
    view.history.setCurrentRow(0)
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    settled(qtbot, view)
    assert sample_archive.count("person") == 14 and view.pairs.count() == 1
    assert "undone" in view.history.item(0).text()


def test_not_a_duplicate_is_not_offered_again(qtbot: QtBot, workspace: Workspace, sample_archive: Archive) -> None:
    view = DuplicatesView(workspace)
    qtbot.addWidget(view)
    settled(qtbot, view)
    qtbot.mouseClick(view.distinct_button, Qt.MouseButton.LeftButton)
    settled(qtbot, view)
    assert view.pairs.count() == 0
    view.kind.setCurrentIndex(1)
    settled(qtbot, view)
    assert view.entity == "organisation" and view.pairs.count() == 0
