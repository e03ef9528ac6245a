from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from database import audit
from database.archive import Archive
from database.clock import FixedClock
from database.merge import merges
from database.opening import open_archive
from operations import maintenance
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
    assert view.pair_rows.rowCount() == 1 and view.merge_button.isEnabled()


def test_merge_and_undo_from_the_duplicates_view(
    qtbot: QtBot, workspace: Workspace, sample_archive: Archive, dialogs: ScriptedDialogs
) -> None:
    view = DuplicatesView(workspace)
    qtbot.addWidget(view)
    view.show()
    settled(qtbot, view)
    assert view.pair_rows.rowCount() == 1
    pair = [view.pair_rows.text(0, column) for column in range(3)]
    assert {"Асаин Байханов", "Асайын Байханов"} == set(pair[:2]) and pair[2].startswith("same name in another script")
    dialogs.confirm_answers = [False]
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    assert sample_archive.count("person") == 14  # declined: nothing merged
    dialogs.confirm_answers = [True]
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    settled(qtbot, view)
    assert sample_archive.count("person") == 13
    assert view.pair_rows.rowCount() == 0 and view.empty.isVisible()
    assert view.merge_rows.rowCount() == 1
    first = view.history.visualRect(view.merge_rows.index(0, 0)).center()
    qtbot.mouseClick(view.history.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    settled(qtbot, view)
    assert sample_archive.count("person") == 14 and view.pair_rows.rowCount() == 1
    assert view.merge_rows.text(0, 2) == "undone"


def test_not_a_duplicate_is_not_offered_again(qtbot: QtBot, workspace: Workspace, sample_archive: Archive) -> None:
    view = DuplicatesView(workspace)
    qtbot.addWidget(view)
    settled(qtbot, view)
    qtbot.mouseClick(view.distinct_button, Qt.MouseButton.LeftButton)
    settled(qtbot, view)
    assert view.pair_rows.rowCount() == 0
    view.kind.setCurrentIndex(1)
    settled(qtbot, view)
    assert view.entity == "organisation" and view.pair_rows.rowCount() == 0


def test_the_views_merge_and_undo_leave_the_same_trail_as_the_command_line(
    qtbot: QtBot, workspace: Workspace, sample_archive: Archive, dialogs: ScriptedDialogs,
    archive_templates: Any, clock: FixedClock, tmp_path: Path,
) -> None:
    """The view merges through operations.maintenance, as ``elshi merge``/``unmerge`` do: the
    same pair merged both ways writes the same merge record and the same audit entries."""
    cli_path = tmp_path / "cli.sqlite"
    archive_templates.place(cli_path, clock, with_sample=True)  # the same records, the same uuids
    cli = open_archive(cli_path, clock=clock)
    try:
        view = DuplicatesView(workspace)
        qtbot.addWidget(view)
        settled(qtbot, view)
        pair = view.selected()
        assert pair is not None
        trail_before = audit.count(sample_archive)
        assert audit.count(cli) == trail_before

        dialogs.confirm_answers = [True]
        qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
        settled(qtbot, view)
        cli_info = maintenance.merge_records(cli, pair.entity, pair.a_id, pair.b_id)
        [window_info] = merges(sample_archive)
        assert (window_info.id, window_info.entity, window_info.kept_id, window_info.merged_id) == (
            cli_info.id, cli_info.entity, cli_info.kept_id, cli_info.merged_id)
        assert trail(sample_archive, trail_before) == trail(cli, trail_before)
        assert any(op == "merge" for op, *_ in trail(sample_archive, trail_before))

        first = view.history.visualRect(view.merge_rows.index(0, 0)).center()
        qtbot.mouseClick(view.history.viewport(), Qt.MouseButton.LeftButton, pos=first)
        qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
        settled(qtbot, view)
        maintenance.unmerge(cli, cli_info.id)
        assert sample_archive.count("person") == cli.count("person") == 14
        assert trail(sample_archive, trail_before) == trail(cli, trail_before)
        assert [info.undone for info in merges(sample_archive)] == [True]
        assert "Merge undone" in workspace.extra["statuses"][-1]
    finally:
        cli.close()


def trail(archive: Archive, after: int) -> list[tuple[str, str, str | None, Any, Any]]:
    """The audit entries written after the first ``after``, oldest first, without their times."""
    rows = audit.entries(archive)[::-1][after:]
    return [(r.op, r.entity, r.record_uuid, r.before, r.after) for r in rows]


def test_the_search_waits_while_another_view_is_shown(
    qtbot: QtBot, sample_archive: Archive, dialogs: ScriptedDialogs, monkeypatch: Any
) -> None:
    import time

    from database.duplicates import Stopped
    from ui.main_window import MainWindow

    compared: list[int] = []

    def slow_search(_s: Any, _entity: str, stop: Any) -> list[Any]:  # a large archive's search
        for n in range(100_000):
            if stop():
                raise Stopped()
            compared.append(n)
            time.sleep(0.001)
        return []

    monkeypatch.setattr("ui.views.duplicates.find_duplicates", slow_search)
    window = MainWindow(sample_archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.show_view("duplicates")
    qtbot.waitUntil(lambda: len(compared) > 5)
    window.show_view("home")
    qtbot.wait(400)
    paused_at = len(compared)
    qtbot.wait(400)
    assert len(compared) - paused_at <= 1  # nothing compared while Home is shown
    window.show_view("duplicates")
    qtbot.waitUntil(lambda: len(compared) > paused_at + 5)
    window.close()  # the search is cancelled with the window
