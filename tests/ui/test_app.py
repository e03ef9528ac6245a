"""The application object: opening an archive (and recovering a damaged one), its windows, and
switching the interface language, over real temporary archives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from database.archive import Archive
from database.backup import backup_now
from database.clock import FixedClock
from database.errors import ArchiveError
from database.opening import open_archive
from database.records import PlaceDraft
from desktop_app import i18n_cli
from desktop_app.app import App
from tests.ui.conftest import ScriptedDialogs
from ui import i18n
from ui.main_window import MainWindow

pytestmark = pytest.mark.ui

DAMAGED = b"SQLite format 3\x00" + b"\xff" * 8000


@pytest.fixture
def app(qtbot: QtBot, dialogs: ScriptedDialogs, clock: FixedClock) -> Iterator[App]:
    saved = QLocale()
    application = App(dialogs=dialogs, clock=clock)  # type: ignore[arg-type]
    yield application
    for window in application.windows:
        window.close()
    application.close()
    i18n.uninstall()
    QLocale.setDefault(saved)
    i18n_cli.set_language("en")  # the CLI tests that follow speak English


def place_names(archive: Archive) -> list[str]:
    return [r.data.name for r in archive.list("place")]


def backed_up_archive(path: Path, clock: FixedClock) -> None:
    archive = open_archive(path, clock=clock)
    archive.add(PlaceDraft("Атырау"))
    backup_now(archive)
    archive.close()


def shown(qtbot: QtBot, window: QMainWindow | None) -> MainWindow:
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def test_opening_an_archive_shows_its_window(qtbot: QtBot, app: App, dialogs: ScriptedDialogs,
                                             tmp_path: Path) -> None:
    path = tmp_path / "post.sqlite"
    dialogs.confirm_answers.append(True)  # create it: the path does not exist yet
    window = shown(qtbot, app.open(path))
    assert window.isVisible() and window.archive.path == path and path.exists()
    assert app.windows == [window] and window.host is app
    assert window.workspace.dialogs is dialogs  # type: ignore[comparison-overlap]  # every question goes through the replaceable service
    assert [k for k, _, _ in dialogs.shown] == ["confirm"] and "does not exist" in dialogs.shown[0][2]
    window.close()
    dialogs.shown.clear()
    again = shown(qtbot, app.open(path))  # it exists now: nothing to ask
    assert dialogs.shown == [] and again.archive.path == path


def test_a_mistyped_path_is_not_created_when_the_person_says_no(
        app: App, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    path = tmp_path / "psot.sqlite"
    dialogs.confirm_answers.append(False)
    assert app.open(path) is None
    assert [k for k, _, _ in dialogs.shown] == ["confirm"]
    assert not path.exists() and list(tmp_path.iterdir()) == []


def test_an_archive_locked_by_another_program_is_explained_never_recovered(
        app: App, dialogs: ScriptedDialogs, tmp_path: Path, clock: FixedClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from database import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "post.sqlite"
    backed_up_archive(path, clock)
    before = path.read_bytes()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("COMMIT")
    try:
        assert app.open(path) is None
    finally:
        holder.close()
    assert [k for k, _, _ in dialogs.shown] == ["error"]  # no offer to replace it
    assert "locked" in dialogs.shown[0][2] and "not damaged" in dialogs.shown[0][2]
    assert path.read_bytes() == before
    assert not list((tmp_path / "post-backups").glob("*damaged*"))


def test_a_damaged_archive_is_offered_its_newest_good_backup(
        qtbot: QtBot, app: App, dialogs: ScriptedDialogs, tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "post.sqlite"
    backed_up_archive(path, clock)
    path.write_bytes(DAMAGED)
    dialogs.confirm_answers.append(True)
    window = shown(qtbot, app.open(path))
    assert [k for k, _, _ in dialogs.shown] == ["confirm", "info"]
    assert "is damaged" in dialogs.shown[0][2]
    question = dialogs.shown[0][2]  # both sides, before anything is replaced
    assert "The archive now: cannot be read" in question and "The backup:      1 places" in question
    assert window.archive.path == path and place_names(window.archive) == ["Атырау"]
    assert next((tmp_path / "post-backups").glob("post-damaged-*.sqlite")).read_bytes() == DAMAGED


def test_declining_the_backup_opens_nothing_and_leaves_the_file(
        app: App, dialogs: ScriptedDialogs, tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "post.sqlite"
    backed_up_archive(path, clock)
    path.write_bytes(DAMAGED)
    dialogs.confirm_answers.append(False)
    assert app.open(path) is None
    assert [k for k, _, _ in dialogs.shown] == ["confirm"]
    assert app.windows == [] and path.read_bytes() == DAMAGED


def test_an_archive_that_cannot_be_opened_is_explained_not_recovered(
        app: App, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    folder = tmp_path / "not-a-file.sqlite"
    folder.mkdir()
    assert app.open(folder) is None
    assert dialogs.shown == [("error", "Elshi", f"{folder} is a folder, not an archive file")]
    assert app.windows == []


def test_switching_language_reopens_the_window_on_the_same_view(
        qtbot: QtBot, app: App, sample_archive: Archive, dialogs: ScriptedDialogs) -> None:
    app.set_language("en")
    window = shown(qtbot, app.open_window(sample_archive))
    window.show_view("documents")
    successor = shown(qtbot, window.switch_language("ru"))  # what Settings… calls when OK is pressed
    assert not window.isVisible() and successor.isVisible()
    assert successor.current_key() == "documents" and successor.archive is sample_archive
    assert [a.text() for a in successor.menuBar().actions()][:3] == ["&Файл", "&Правка", "&Вид"]
    assert app.windows == [successor] and successor.host is app
    assert i18n.saved_language() == "ru"
    assert i18n_cli.language() == "ru"  # error texts shared with the command line follow the window
    assert successor.switch_language("ru") is None  # the language shown: nothing to reopen


def test_a_problem_found_after_opening_reopens_the_restored_archive_through_the_app(
        qtbot: QtBot, app: App, dialogs: ScriptedDialogs, tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "post.sqlite"
    backed_up_archive(path, clock)
    window = shown(qtbot, app.open(path))
    window.archive.add(PlaceDraft("Омбы"))  # after the backup: lost by a restore, as the question says
    window.archive.close()
    with path.open("r+b") as f:  # a failing disk writes over pages the check then reads
        f.seek(4096 * 2)
        f.write(b"\xde\xad" * 8192)
    dialogs.confirm_answers.append(True)
    window.offer_recovery("database disk image is malformed")
    assert [k for k, _, _ in dialogs.shown] == ["error", "confirm", "info"]
    successor = shown(qtbot, app.windows[-1])
    assert successor is not window and not window.isVisible() and successor.isVisible()
    assert successor.archive.path == path and place_names(successor.archive) == ["Атырау"]


def test_a_problem_reported_for_a_sound_archive_never_replaces_it(
        qtbot: QtBot, app: App, dialogs: ScriptedDialogs, tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "post.sqlite"
    backed_up_archive(path, clock)
    window = shown(qtbot, app.open(path))
    window.archive.add(PlaceDraft("Омбы"))
    dialogs.confirm_answers.append(True)
    window.offer_recovery("database is locked")  # what a check may meet while another program holds it
    assert [k for k, _, _ in dialogs.shown] == ["error", "error"]
    assert "not damaged" in dialogs.shown[1][2]
    assert not list((tmp_path / "post-backups").glob("*damaged*"))
    again = open_archive(path)
    try:
        assert place_names(again) == ["Атырау", "Омбы"]
    finally:
        again.close()


def test_the_sample_into_an_archive_that_filled_meanwhile_is_refused_in_words(
        qtbot: QtBot, app: App, dialogs: ScriptedDialogs, sample_archive: Archive) -> None:
    from ui import archive_actions

    window = shown(qtbot, app.open_window(sample_archive))
    archive_actions.load_sample(window.workspace)
    assert dialogs.shown[-1][0] == "info" and "empty archive" in dialogs.shown[-1][2]
    failed = archive_actions._failed(window.workspace, "Import")
    failed(ArchiveError("archive.busy"))
    busy = "the archive is busy in another Elshi window or process; nothing was changed, try again"
    assert dialogs.shown[-1] == ("error", "Import", busy)


def test_a_read_only_disk_is_explained_in_the_window_not_recovered(
        app: App, dialogs: ScriptedDialogs, tmp_path: Path, clock: FixedClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from database import access

    path = tmp_path / "post.sqlite"
    backed_up_archive(path, clock)
    monkeypatch.setattr(access, "read_only_mount", lambda _folder: True)
    assert app.open(path) is None
    assert [k for k, _, _ in dialogs.shown] == ["error"]
    assert "read-only disk or mount" in dialogs.shown[0][2] and "damaged" not in dialogs.shown[0][2]
    assert os.path.getsize(path) > 0 and not list((tmp_path / "post-backups").glob("*damaged*"))


def test_the_window_says_which_unfinished_copies_it_removed(
        qtbot: QtBot, app: App, dialogs: ScriptedDialogs, tmp_path: Path, clock: FixedClock) -> None:
    import os
    import time

    path = tmp_path / "post.sqlite"
    backed_up_archive(path, clock)
    left = tmp_path / "post-backups" / "post-20261121-120000.sqlite.part"
    left.write_bytes(b"SQLite format 3\x00half")
    past = time.time() - 600
    os.utime(left, (past, past))
    window = shown(qtbot, app.open(path))
    assert not left.exists()
    assert str(left) in window.statusBar().currentMessage()
