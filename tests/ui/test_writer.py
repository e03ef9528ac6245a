"""Writes from the window on the writer thread: the window never waits on SQLite's lock.

Another process is played by a second sqlite3 connection holding the write lock
(BEGIN IMMEDIATE), as an import in another Elshi would.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from database.archive import Archive
from database.records import Changes, PlaceDraft
from tests.raw_db import raw_connect
from tests.ui.conftest import ScriptedDialogs, type_text
from ui.forms.records import PlaceForm
from ui.main_window import MainWindow
from ui.record_list import RecordListView
from ui.workspace import Workspace
from ui.writer import Writer

BUSY_TEXT = "The archive is busy in another Elshi window or process"


class Lock:
    """Another process's write transaction on the archive, held until released."""

    def __init__(self, archive: Archive) -> None:
        self.conn = raw_connect(archive.path, archive.key, isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN IMMEDIATE")
        self.held = True

    def release(self) -> None:
        if self.held:
            self.conn.execute("COMMIT")
            self.held = False

    def close(self) -> None:
        self.release()
        self.conn.close()


@pytest.fixture
def lock(archive: Archive) -> Iterator[Any]:
    locks: list[Lock] = []

    def take() -> Lock:
        locks.append(Lock(archive))
        return locks[-1]

    yield take
    for held in locks:
        held.close()


class Ticks:
    """Counts a 20 ms timer on the GUI thread: it only fires while that thread is free."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1


def short_busy_timeout(archive: Archive, ms: int) -> None:
    """New connections give up on a held lock after ``ms`` instead of ten seconds."""
    event.listen(archive.engine, "connect", lambda con, _rec: con.execute(f"PRAGMA busy_timeout = {ms}"))
    archive.engine.dispose()


def place_form(qtbot: QtBot, workspace: Workspace) -> PlaceForm:
    form = PlaceForm(workspace)
    qtbot.addWidget(form)
    form.show()
    form.load(None)
    return form


def type_into(form: PlaceForm, name: str, text: str) -> None:
    field = form.fields[name]
    field.setFocus()
    type_text(field, text)


def test_a_save_waits_for_the_lock_while_the_window_stays_responsive_and_editable(
    qtbot: QtBot, workspace: Workspace, archive: Archive, lock: Any
) -> None:
    form = place_form(qtbot, workspace)
    type_into(form, "name", "Атырау")
    other = lock()
    ticks = Ticks()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.saving and form.saving_label.isVisible() and not form.save_button.isEnabled()

    type_into(form, "country", "Қазақстан")  # the form takes typing while it saves
    assert not form.save_button.isEnabled()  # … but not a second save of the same record
    qtbot.wait(600)
    assert form.saving and archive.count("place") == 0  # still waiting for the other writer
    assert ticks.count >= 10  # the GUI thread kept running meanwhile

    other.release()
    qtbot.waitUntil(lambda: not form.saving, timeout=10_000)
    [saved] = archive.list("place")
    assert saved.data.name == "Атырау" and saved.data.country == ""
    assert form.current_id() == saved.id and not form.saving_label.isVisible()
    # What was typed during the save is still there, as a change not yet saved.
    assert form.fields["country"].value() == "Қазақстан" and form.is_dirty()
    assert form.save_button.isEnabled() and not form.general_error.isVisible()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.saving)
    assert archive.get("place", saved.id).data.country == "Қазақстан" and not form.is_dirty()


def test_a_lock_held_past_the_busy_timeout_says_so_plainly_and_keeps_the_values(
    qtbot: QtBot, workspace: Workspace, archive: Archive, lock: Any
) -> None:
    short_busy_timeout(archive, 300)
    form = place_form(qtbot, workspace)
    type_into(form, "name", "Ақтау")
    type_into(form, "region", "Маңғыстау облысы")
    lock()  # never released during the save
    ticks = Ticks()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.saving, timeout=10_000)
    assert form.general_error.isVisible() and BUSY_TEXT in form.general_error.text()
    assert "Nothing was saved" in form.general_error.text() and "Traceback" not in form.general_error.text()
    assert form.fields["name"].value() == "Ақтау" and form.fields["region"].value() == "Маңғыстау облысы"
    assert form.is_dirty() and form.save_button.isEnabled() and form.current_id() is None
    assert ticks.count >= 5
    assert archive.count("place") == 0


def test_writes_are_made_and_answered_in_the_order_given(qtbot: QtBot, workspace: Workspace) -> None:
    writer = workspace.writer
    made: list[int] = []
    answered: list[int] = []
    threads: set[int] = set()

    def work(i: int) -> int:
        threads.add(threading.get_ident())
        time.sleep(0.01 if i % 3 == 0 else 0)  # the slow ones do not let the quick ones overtake
        made.append(i)
        return i

    for i in range(12):
        writer.submit(lambda i=i: work(i), answered.append, lambda e: answered.append(-1))
    qtbot.waitUntil(lambda: not writer.busy, timeout=10_000)
    assert made == list(range(12)) and answered == list(range(12))
    assert len(threads) == 1 and threading.get_ident() not in threads  # one thread, not the GUI's


def test_record_writes_queue_behind_a_held_lock_and_land_in_order(
    qtbot: QtBot, workspace: Workspace, archive: Archive, lock: Any
) -> None:
    place = archive.add(PlaceDraft("Түркістан"))
    heard: list[tuple[str, str]] = []
    workspace.signals.changed.connect(lambda c: heard.append((c.entity, c.op)))
    other = lock()
    form = place_form(qtbot, workspace)
    type_into(form, "name", "Шымкент")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # 1: add
    writer = workspace.writer
    writer.submit(lambda: archive.delete("place", place.id))  # 2
    writer.submit(lambda: archive.restore("place", place.id))  # 3
    writer.submit(lambda: archive.delete("place", place.id))  # 4
    QTimer.singleShot(300, other.release)
    qtbot.waitUntil(lambda: not writer.busy, timeout=10_000)
    assert heard == [("place", "add"), ("place", "delete"), ("place", "restore"), ("place", "delete")]
    assert [p.data.name for p in archive.list("place")] == ["Шымкент"]
    assert archive.get("place", place.id).deleted


def test_closing_the_window_with_a_save_still_queued_keeps_the_save(
    qtbot: QtBot, archive: Archive, dialogs: ScriptedDialogs, lock: Any
) -> None:
    window = MainWindow(archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow([s.key for s in window.specs].index("places"))
    view = window.view("places")
    assert isinstance(view, RecordListView)
    view.new_record()
    form = view.form
    form.fields["name"].setFocus()
    type_text(form.fields["name"], "Қостанай")
    doomed = archive.add(PlaceDraft("Уақытша"))
    other = lock()
    assert form.save()
    # A delete queued behind it, from the list: both must land before the archive closes.
    window.workspace.writer.submit(lambda: archive.delete("place", doomed.id))
    QTimer.singleShot(400, other.release)
    assert window.close()
    assert not window.workspace.writer.busy
    archive.close()  # as the application does once its last window has closed
    names = [p.data.name for p in archive.list("place")]  # the trash not included
    assert names == ["Қостанай"] and archive.get("place", doomed.id).deleted
    assert not [s for s in dialogs.shown if s[0] == "ask_save"]  # nothing was left unsaved to ask about


def test_the_initiator_reaches_listeners_and_the_saving_form_does_not_reload_itself(
    qtbot: QtBot, workspace: Workspace, archive: Archive
) -> None:
    heard: list[Changes] = []
    workspace.signals.changed.connect(heard.append)
    editing = place_form(qtbot, workspace)
    watching = place_form(qtbot, workspace)  # another form showing the same record
    place = archive.add(PlaceDraft("Орал"))
    editing.load(place.id)
    watching.load(place.id)
    heard.clear()
    loads: list[PlaceForm] = []

    def counting(form: PlaceForm) -> None:
        original = form.load

        def load(record_id: int | None) -> None:
            loads.append(form)
            original(record_id)

        form.load = load  # type: ignore[method-assign]

    counting(editing)
    counting(watching)

    editing.fields["name"].setFocus()
    qtbot.keyClick(editing.fields["name"], Qt.Key.Key_End)
    type_text(editing.fields["name"], " қаласы")
    qtbot.mouseClick(editing.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not workspace.writer.busy, timeout=10_000)
    [change] = heard
    assert change.initiator is editing and (change.entity, change.op, change.ids) == ("place", "update", {place.id})
    assert loads == [watching]  # the other form refreshed; the saving one showed its answer
    assert watching.fields["name"].value() == "Орал қаласы" and editing.fields["name"].value() == "Орал қаласы"
    assert not editing.is_dirty()

    # A change from elsewhere carries no initiator, and a form with typed values keeps them.
    qtbot.keyClick(watching.fields["name"], Qt.Key.Key_End)
    type_text(watching.fields["name"], "!")
    archive.update(place.id, PlaceDraft("Орал", country="Қазақстан"))
    assert heard[-1].initiator is None
    assert loads == [watching, editing] and watching.fields["name"].value() == "Орал қаласы!"


def test_the_archive_passes_the_initiator_on_with_each_write(archive: Archive) -> None:
    from database.concurrency import save

    heard: list[Changes] = []
    archive.subscribe(heard.append)
    me = object()
    place = archive.add(PlaceDraft("Семей"), initiator=me)
    archive.update(place.id, PlaceDraft("Семей қаласы"), initiator=me)
    save(archive, place.id, PlaceDraft("Семей"), 2, initiator=me)
    archive.delete("place", place.id, initiator=me)
    archive.restore("place", place.id)
    assert [(c.op, c.initiator is me) for c in heard] == [
        ("add", True), ("update", True), ("update", True), ("delete", True), ("restore", False)]
    assert heard[0] == Changes("place", "add", frozenset({place.id}))  # who asked is not part of what changed


def test_a_writer_outside_a_window_finishes_before_returning(qtbot: QtBot) -> None:
    writer = Writer()
    made: list[int] = []
    for i in range(3):
        writer.submit(lambda i=i: (time.sleep(0.05), made.append(i)))
    writer.finish()
    assert made == [0, 1, 2] and not writer.busy


def test_quitting_the_application_lets_queued_writes_land_first(
    qtbot: QtBot, workspace: Workspace, archive: Archive, lock: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    other = lock()
    workspace.writer.submit(lambda: archive.add(PlaceDraft("Көкшетау")))
    QTimer.singleShot(300, other.release)
    QApplication.instance().aboutToQuit.emit()  # what QApplication.quit() sends before the loop ends
    assert not workspace.writer.busy and [p.data.name for p in archive.list("place")] == ["Көкшетау"]


def test_a_status_change_waits_for_the_lock_with_the_dialog_open(
    qtbot: QtBot, workspace: Workspace, archive: Archive, lock: Any
) -> None:
    from database.records import CommitmentDraft, CommitmentStatus
    from ui.status_dialog import change_status

    commitment = archive.add(CommitmentDraft("Әуе рейсін ашу"))
    dialog = change_status(archive, commitment.id, None, writer=workspace.writer)
    qtbot.addWidget(dialog)
    dialog.note.setFocus()
    type_text(dialog.note, "Келіссөз басталды")
    other = lock()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    assert dialog.isVisible() and not save.isEnabled()  # waiting, and not saving twice
    other.release()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    data = archive.get("commitment", commitment.id).data
    assert data.status is CommitmentStatus.IN_PROGRESS and data.notes[-1].text == "Келіссөз басталды"


def test_an_import_then_a_form_save_are_written_in_that_order_on_the_writer(
    qtbot: QtBot, workspace: Workspace, archive: Archive, lock: Any
) -> None:
    from ui import archive_actions

    written: list[tuple[str, str, str]] = []
    archive.subscribe(lambda c: written.append((threading.current_thread().name, c.entity, c.op)))
    other = lock()  # both wait for the other process; neither may overtake the other
    ticks = Ticks()
    archive_actions.import_file(workspace, str(archive_actions.SAMPLE))
    form = place_form(qtbot, workspace)
    type_into(form, "name", "Тараз")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    assert written == [] and archive.count("place") == 0 and ticks.count >= 5
    other.release()
    qtbot.waitUntil(lambda: not workspace.writer.busy, timeout=20_000)
    assert written == [("elshi-writer", "*", "import"), ("elshi-writer", "place", "add")]
    places = archive.list("place")
    assert places[-1].data.name == "Тараз" and len(places) > 1 and form.current_id() == places[-1].id
    assert any(s.startswith("Imported:") for s in workspace.extra["statuses"])


def test_a_purge_waits_for_a_held_lock_with_the_window_running_and_lands_after_release(
    qtbot: QtBot, workspace: Workspace, archive: Archive, dialogs: ScriptedDialogs, lock: Any
) -> None:
    from ui.backup_actions import purge_with_confirmation

    place = archive.add(PlaceDraft("Талдықорған"))
    archive.delete("place", place.id)
    other = lock()
    ticks = Ticks()
    during: list[int] = []
    QTimer.singleShot(250, lambda: during.append(len(archive.list("place", deleted=True))))
    QTimer.singleShot(500, other.release)
    dialogs.confirm_answers.append(True)
    started = time.monotonic()
    assert purge_with_confirmation(workspace, "place", place.id) is True
    assert time.monotonic() - started >= 0.45  # it waited for the release …
    assert during == [1] and ticks.count >= 10  # … with the record still there and timers firing
    assert archive.list("place", deleted=True) == [] and not workspace.writer.busy
    assert "for good" in workspace.extra["statuses"][-1]


def test_a_restore_is_made_after_the_save_asked_for_before_it(
    qtbot: QtBot, workspace: Workspace, archive: Archive, dialogs: ScriptedDialogs, lock: Any
) -> None:
    from database.backup import backup_now
    from ui.backup_actions import restore_from_backup

    archive.add(PlaceDraft("Петропавл"))
    saved = backup_now(archive)
    other = lock()
    workspace.writer.submit(lambda: archive.add(PlaceDraft("Сатпаев")))  # asked for first
    QTimer.singleShot(300, other.release)
    dialogs.confirm_answers.append(True)
    assert restore_from_backup(workspace, saved) is True
    # The save landed first, so the restore replaced it (it is kept in the archive set aside).
    assert [p.data.name for p in archive.list("place")] == ["Петропавл"]
    assert dialogs.shown[-1][0] == "info"


def test_a_note_in_the_status_dialog_never_undoes_a_status_set_elsewhere(
    qtbot: QtBot, workspace: Workspace, archive: Archive
) -> None:
    from database.commitments import set_status
    from database.opening import open_archive
    from database.records import CommitmentDraft, CommitmentStatus
    from ui.status_dialog import change_status

    commitment = archive.add(CommitmentDraft("Визовый центр: ответ"))
    dialog = change_status(archive, commitment.id, None, writer=workspace.writer)
    qtbot.addWidget(dialog)
    other = open_archive(archive.path, key=archive.key)  # another process, while the dialog is open
    try:
        set_status(other, commitment.id, CommitmentStatus.DONE, "Закрыто коллегой")
    finally:
        other.close()
    dialog.status.setCurrentIndex(dialog.status.findData(CommitmentStatus.OPEN.value))  # as shown: a note only
    dialog.note.setFocus()
    type_text(dialog.note, "Позвонили в посольство")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    data = archive.get("commitment", commitment.id).data
    assert data.status is CommitmentStatus.DONE
    assert [n.text for n in data.notes] == ["Закрыто коллегой", "Позвонили в посольство"]


def test_a_new_status_over_a_commitment_changed_since_is_refused_with_the_note_kept(
    qtbot: QtBot, workspace: Workspace, archive: Archive
) -> None:
    from database.commitments import add_note
    from database.records import CommitmentDraft, CommitmentStatus
    from ui.status_dialog import change_status

    commitment = archive.add(CommitmentDraft("Меморандум о сотрудничестве"))
    dialog = change_status(archive, commitment.id, None, writer=workspace.writer)
    qtbot.addWidget(dialog)
    add_note(archive, commitment.id, "Another window's note")
    dialog.note.setFocus()
    type_text(dialog.note, "Подписание перенесено")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.isVisible() and "changed elsewhere" in dialog.error.text()
    assert dialog.note.toPlainText() == "Подписание перенесено" and save.isEnabled()
    data = archive.get("commitment", commitment.id).data
    assert data.status is CommitmentStatus.OPEN and [n.text for n in data.notes] == ["Another window's note"]
