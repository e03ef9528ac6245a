"""Actions on a record, driven as a person would over the sample archive: show an event in the
calendar, go to a typed date, a briefing's file name and folder (and why it could not be saved),
a document's briefing, files dropped on a form, a record copied as a template, and undo of the
last delete."""

from __future__ import annotations

import dataclasses
import errno
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

import database.atomic
from database.archive import Archive
from database.attachments import attachments_of
from database.clock import FixedClock
from database.dates import PartialDate
from database.links import links_of
from database.records import DocumentStatus, EventStatus
from tests.ui.conftest import ScriptedDialogs, type_text
from tests.ui.test_workspace import click, go_to, save, window, written
from ui.briefing_dialog import FOLDER_KEY, BriefingDialog, open_briefing_dialog
from ui.main_window import MainWindow
from ui.record_list import RecordListView
from ui.views.calendar import CalendarView
from ui.workspace import Workspace

pytestmark = pytest.mark.ui
__all__ = ["window"]  # the fixture, shared with the workspace's tests

CONFERENCE = "Шет ел инвестициялары конференциясының"  # 26–28 March 2026
MAYOR_VISIT = "Шаңхай мэрі"  # the first half of 2026, no fixed day
XXI_FORUM = "Қазақстан мен Ресейдің XXI"  # 13 November 2025, with a document and a commitment
ROAD_MAP = "Алматы қаласы әкімдігі мен Шаңхай"
MEMORANDUM = "Павлодар облысының әкімдігі мен Омбы облысы үкіметі"
EXPORT_TIMEOUT_MS = 30_000


def record_id(archive: Archive, entity: str, start: str) -> int:
    return next(r.id for r in archive.list(entity) if r.data.title.startswith(start))


def choose_in_popup(qtbot: QtBot, open_menu: Callable[[], None], text: str) -> None:
    """Open a menu and pick an entry with the keyboard; the menu is closed whatever happens."""
    picked: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(50, pick)
            return
        try:
            action = next(a for a in menu.actions() if a.text() == text)
            menu.setActiveAction(action)
            qtbot.keyClick(menu, Qt.Key.Key_Return)
            picked.append(text)
        finally:
            if not picked:
                menu.close()

    qtbot.wait(100)  # a person's pause: a popup opened in the same turn of the event loop closes at once
    QTimer.singleShot(50, pick)
    open_menu()
    qtbot.waitUntil(lambda: bool(picked), timeout=5000)


def right_click_row(qtbot: QtBot, view: RecordListView, record: int, text: str) -> None:
    """Right-click the record's row in the list and choose ``text`` from the menu."""
    table = view.table
    pos = table.visualRect(view.model.index(view.model.row_of(record), 1)).center()

    def open_menu() -> None:
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, table.viewport().mapToGlobal(pos))
        QApplication.sendEvent(table.viewport(), event)

    choose_in_popup(qtbot, open_menu, text)


def delete_row(qtbot: QtBot, view: RecordListView, record: int, dialogs: ScriptedDialogs) -> None:
    """Click the record's row, press Delete, and answer Yes."""
    table = view.table
    pos = table.visualRect(view.model.index(view.model.row_of(record), 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.selected_id() == record
    dialogs.confirm_answers = [True]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    written(qtbot, view.workspace.writer)


def from_more_button(qtbot: QtBot, view: RecordListView, text: str) -> None:
    button = view.form.more_button
    choose_in_popup(qtbot, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton), text)


def calendar_of(window: MainWindow) -> CalendarView:
    view = window.view("calendar")
    assert isinstance(view, CalendarView)
    return view


# --- show in calendar, go to date -------------------------------------------------------------


def test_show_in_calendar_opens_the_events_month_with_the_event_selected(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    events = go_to(qtbot, window, "events")
    conference = record_id(sample_archive, "event", CONFERENCE)
    window.open_record("event", conference)
    calendar = calendar_of(window)
    calendar.kind_box.setCurrentIndex(calendar.kind_box.findData("referendum"))  # a filter that hides it
    window.show_view("events")

    from_more_button(qtbot, events, "Show in calendar")
    assert window.current_key() == "calendar"
    assert calendar.days_model.month == (2026, 3) and calendar.anchor == date(2026, 3, 26)
    assert calendar.day_list.selected_record() == ("event", conference)
    assert calendar.kind_box.currentData() == ""  # the filter that hid it was let go

    # from the list's right-click menu: a visit known only to the half-year sits in the strip
    window.show_view("events")
    visit = record_id(sample_archive, "event", MAYOR_VISIT)
    right_click_row(qtbot, events, visit, "Show in calendar")
    assert window.current_key() == "calendar" and calendar.days_model.month == (2026, 1)
    assert calendar.strip.selected_record() == ("event", visit)


def test_go_to_date_takes_the_dates_the_forms_take(qtbot: QtBot, sample_archive: Archive, clock: FixedClock,
                                                   workspace: Workspace) -> None:
    clock.day = date(2026, 2, 20)
    view = CalendarView(workspace)
    qtbot.addWidget(view)
    view.show()
    for typed, day in (("14 қазан 2026", date(2026, 10, 14)), ("1 декабря 2026", date(2026, 12, 1)),
                       ("Dec 1 2027", date(2027, 12, 1)), ("наурыз 2026", date(2026, 3, 1)),
                       ("2026 жылдың екінші жартысы", date(2026, 7, 1)), ("26.03.2026", date(2026, 3, 26))):
        view.go_box.clear()
        view.go_box.setFocus()
        type_text(view.go_box, typed)
        qtbot.keyClick(view.go_box, Qt.Key.Key_Return)
        assert (view.anchor, view.days_model.month) == (day, (day.year, day.month)), typed
        assert not view.go_error.isVisible()
    view.go_box.clear()
    type_text(view.go_box, "келесі бейсенбі")
    qtbot.keyClick(view.go_box, Qt.Key.Key_Return)
    assert view.go_error.isVisible() and "келесі бейсенбі" in view.go_error.text()
    assert view.anchor == date(2026, 3, 26)  # a date not read moves nothing
    click(qtbot, view.today_button)
    assert view.anchor == date(2026, 2, 20) and view.days_model.month == (2026, 2)


# --- the briefing's file -----------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    return " ".join((p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def export(qtbot: QtBot, dialog: BriefingDialog, dialogs: ScriptedDialogs, path: Path | None) -> None:
    dialogs.files.append(str(path) if path is not None else None)
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=EXPORT_TIMEOUT_MS)


def test_the_file_name_offered_is_the_events_date_and_title_and_the_folder_is_remembered(
        qtbot: QtBot, sample_archive: Archive, workspace: Workspace, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    conference = record_id(sample_archive, "event", CONFERENCE)
    opened: list[str] = []
    dialog = open_briefing_dialog(workspace, "event", conference, opener=opened.append)
    qtbot.addWidget(dialog)
    export(qtbot, dialog, dialogs, None)  # the person reads the name offered, and cancels
    offered = Path(dialogs.suggested[-1])
    assert offered.name == ("2026-03-26 Шет ел инвестициялары конференциясының бірінші жиыны "
                            "(Шаңхай шығыс торабы).pdf")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert offered.parent == Path(documents or Path.home())
    assert dialog.isVisible() and not opened

    folder = tmp_path / "Анықтамалар"
    folder.mkdir()
    export(qtbot, dialog, dialogs, folder / offered.name)
    assert opened == [str(folder / offered.name)] and "Шаңхай" in pdf_text(folder / offered.name)
    assert QSettings().value(FOLDER_KEY) == str(folder)

    forum = record_id(sample_archive, "event", "«Ертіс")
    again = open_briefing_dialog(workspace, "event", forum, opener=opened.append)
    qtbot.addWidget(again)
    export(qtbot, again, dialogs, None)
    assert Path(dialogs.suggested[-1]) == folder / "Ертіс достық өзені – даму өзені халықаралық форумы.pdf"


def failing(monkeypatch: pytest.MonkeyPatch, where: str, error: OSError) -> None:
    def fail(*_args: Any) -> Any:
        raise error

    monkeypatch.setattr(database.atomic, where, fail)


@pytest.mark.parametrize("where, error, says", [
    ("_create", PermissionError(errno.EACCES, "Permission denied"), "You may not save files in {folder}"),
    ("_publish", OSError(errno.ENOSPC, "No space left on device"), "The disk of {folder} is full"),
    ("_publish", PermissionError(errno.EACCES, "Permission denied"), "{name} is open in another program"),
    ("_create", OSError(errno.EROFS, "Read-only file system"), "is on a disk that cannot be written to"),
])
def test_a_briefing_that_cannot_be_saved_says_why_in_one_sentence_and_keeps_every_choice(
        qtbot: QtBot, sample_archive: Archive, workspace: Workspace, dialogs: ScriptedDialogs,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, error: OSError, says: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "forum.pdf"
    if "open in another program" in says:
        target.write_bytes(b"%PDF-1.4 the copy a viewer holds open")
    forum = record_id(sample_archive, "event", "«Ертіс")
    opened: list[str] = []
    dialog = open_briefing_dialog(workspace, "event", forum, opener=opened.append)
    qtbot.addWidget(dialog)
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    dialog.marking.setText("Экз. № 2")
    failing(monkeypatch, where, error)
    export(qtbot, dialog, dialogs, target)

    sentence = says.format(folder=folder, name=target.name)
    assert sentence in dialog.message.text() and dialog.message.text().count(".") <= 2
    assert dialogs.shown[-1][0] == "error" and sentence in dialogs.shown[-1][2]
    assert "Traceback" not in dialog.message.text() and "Errno" not in dialog.message.text()
    assert dialog.isVisible() and not opened  # nothing lost: the same choices, Export again
    assert (dialog.event_picker.current_id(), dialog.lang.currentData(), dialog.marking.text()) == \
        (forum, "ru", "Экз. № 2")
    assert dialog.export_button.isEnabled()
    leftovers = sorted(p.name for p in folder.iterdir())
    assert leftovers == (["forum.pdf"] if target.exists() else [])
    if target.exists():
        assert target.read_bytes() == b"%PDF-1.4 the copy a viewer holds open"


def test_a_folder_gone_since_it_was_chosen_is_named(qtbot: QtBot, sample_archive: Archive,
                                                   workspace: Workspace, dialogs: ScriptedDialogs,
                                                   tmp_path: Path) -> None:
    forum = record_id(sample_archive, "event", "«Ертіс")
    dialog = open_briefing_dialog(workspace, "event", forum, opener=lambda _path: None)
    qtbot.addWidget(dialog)
    gone = tmp_path / "USB" / "Анықтамалар"
    export(qtbot, dialog, dialogs, gone / "forum.pdf")
    assert dialog.message.text() == f"The folder {gone} no longer exists: choose another folder."
    assert dialog.isVisible() and not gone.exists()


def test_a_pdf_no_program_can_show_is_saved_and_the_dialog_says_so(
        qtbot: QtBot, sample_archive: Archive, workspace: Workspace, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    forum = record_id(sample_archive, "event", "«Ертіс")
    dialog = open_briefing_dialog(workspace, "event", forum, opener=lambda _path: False)
    qtbot.addWidget(dialog)
    export(qtbot, dialog, dialogs, tmp_path / "forum.pdf")
    assert (tmp_path / "forum.pdf").stat().st_size > 1000
    assert "no program to show PDF files" in dialog.message.text() and dialog.isVisible()


def open_road_map(qtbot: QtBot, window: MainWindow, archive: Archive) -> tuple[RecordListView, int]:
    documents = go_to(qtbot, window, "documents")
    road_map = record_id(archive, "document", ROAD_MAP)
    window.open_record("document", road_map)
    return documents, road_map


def test_a_document_has_its_briefing_from_its_form(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    documents, road_map = open_road_map(qtbot, window, sample_archive)
    opened: list[str] = []
    window.workspace.extra["open_path"] = opened.append
    click(qtbot, documents.form.briefing_button)
    dialog = documents.form.briefing_dialog
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "document" and dialog.document_picker.current_id() == road_map
    dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))
    dialogs.files.append(str(tmp_path / "жол картасы"))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=EXPORT_TIMEOUT_MS)
    assert Path(dialogs.suggested[-1]).name.startswith("Алматы қаласы әкімдігі мен Шаңхай қаласының")
    text = pdf_text(tmp_path / "жол картасы.pdf")
    for words in ("Құжат бойынша анықтама", "Тараптар", "Шаңхай қаласы Халық үкіметі", "Бағыттар",
                  "сауда-экономикалық", "Қол қойылған іс-шара", "Құжаттан туындайтын міндеттемелер"):
        assert words in text, words


# --- files dropped on a form ------------------------------------------------------------------


def drop(form: QWidget, urls: list[QUrl]) -> bool:
    """Drag files from a file manager and let go over the form; whether the form took them."""
    mime = QMimeData()
    mime.setUrls(urls)
    centre = form.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(form, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(form, QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime,
                                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    return True


def test_a_file_dropped_on_a_text_box_of_the_form_is_attached_not_typed_into_it(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    documents, road_map = open_road_map(qtbot, window, sample_archive)
    scan = tmp_path / "жол картасы скан.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    title, summary = documents.form.fields["title"], documents.form.fields["summary"]
    before = title.text(), summary.toPlainText()  # type: ignore[attr-defined]
    assert drop(title, [QUrl.fromLocalFile(str(scan))])  # let go over the title box
    written(qtbot, window.workspace.writer)
    assert drop(summary.viewport(), [QUrl.fromLocalFile(str(scan))])  # type: ignore[attr-defined]
    written(qtbot, window.workspace.writer)
    assert (title.text(), summary.toPlainText()) == before  # type: ignore[attr-defined]
    assert [a.file_name for a in attachments_of(sample_archive, "document", road_map)] == [scan.name] * 2
    assert not documents.form.is_dirty()


def test_files_dropped_on_a_form_are_attached_and_those_refused_say_why(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    documents, road_map = open_road_map(qtbot, window, sample_archive)
    signed = tmp_path / "қол қойылған нұсқа.pdf"
    signed.write_bytes(b"%PDF-1.4 signed copy")
    letter = tmp_path / "上海 letter.txt"
    letter.write_text("共同行动计划", encoding="utf-8")
    folder = tmp_path / "сканерлер"
    folder.mkdir()
    urls = [QUrl.fromLocalFile(str(signed)), QUrl.fromLocalFile(str(letter)), QUrl.fromLocalFile(str(folder)),
            QUrl("https://example.org/roadmap.pdf")]
    assert drop(documents.form, urls)
    written(qtbot, window.workspace.writer)

    panel = documents.form.attachments
    names = sorted(panel.list.item(i).text().split("  (")[0] for i in range(panel.list.count()))
    assert names == sorted(["қол қойылған нұсқа.pdf", "上海 letter.txt"])
    stored = attachments_of(sample_archive, "document", road_map)
    assert sorted(a.file_name for a in stored) == names and all(a.size > 0 for a in stored)
    errors = [text for kind, _title, text in dialogs.shown if kind == "error"]
    assert any("https://example.org/roadmap.pdf" in text and "Only files on this computer" in text for text in errors)
    assert any("сканерлер" in text for text in errors)  # the folder, with the reason
    assert not any("Traceback" in text for text in errors)

    click(qtbot, documents.new_button)  # a new record has nothing to attach files to yet
    dialogs.shown.clear()
    assert drop(documents.form, [QUrl.fromLocalFile(str(signed))])
    written(qtbot, window.workspace.writer)
    assert dialogs.shown == [("error", "Not attached", "Save the record first to attach files.")]


# --- a copy as a template --------------------------------------------------------------------


def copy_as_template(qtbot: QtBot, window: MainWindow, archive: Archive, entity: str,
                     title: str) -> tuple[RecordListView, Any, int]:
    """Open the record and choose Duplicate as template from its row's menu: the view, the
    record copied and how many records of its type there were."""
    view = go_to(qtbot, window, entity + "s")
    source = archive.get(entity, record_id(archive, entity, title))
    count = archive.count(entity)
    window.open_record(entity, source.id)
    right_click_row(qtbot, view, source.id, "Duplicate as template…")
    return view, source, count


def test_an_event_duplicated_as_a_template_is_written_only_when_saved(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    events, forum, count = copy_as_template(qtbot, window, sample_archive, "event", XXI_FORUM)
    form = events.form
    assert form.current_id() is None and events.selected_id() is None
    draft = form.draft()
    assert (form.fields["start"].edit.text(), form.fields["end"].edit.text(), draft.status) == \
        ("", "", EventStatus.PLANNED)
    same_delegations = tuple(dataclasses.replace(d, uuid="") for d in forum.data.delegations)
    assert forum.data.delegations and all(d.uuid for d in forum.data.delegations)
    assert (draft.title, draft.kind, draft.place_id, draft.delegations, draft.tags) == \
        (forum.data.title, forum.data.kind, forum.data.place_id, same_delegations, forum.data.tags)
    assert "XXI" in form.heading.text() and form.id_label.text() == ""
    assert form.attachments.list.count() == 0 and not form.history_toggle.isEnabled()
    assert sample_archive.count("event") == count  # nothing written yet

    click(qtbot, form.revert_button)  # changed their mind: nothing was written, nothing is left
    assert sample_archive.count("event") == count and form.draft().delegations == ()

    window.open_record("event", forum.id)
    from_more_button(qtbot, events, "Duplicate as template…")
    form.fields["title"].set_value("Қазақстан мен Ресейдің XXII өңіраралық ынтымақтастық форумы")
    form.fields["start"].setFocus()
    type_text(form.fields["start"].edit, "15 қыркүйек 2026")
    save(qtbot, events)
    assert sample_archive.count("event") == count + 1
    new = sample_archive.get("event", form.current_id())
    assert new.id != forum.id and new.uuid != forum.uuid
    assert new.data.start == PartialDate(2026, 9, 15)
    assert tuple(dataclasses.replace(d, uuid="") for d in new.data.delegations) == same_delegations
    assert not {d.uuid for d in new.data.delegations} & {d.uuid for d in forum.data.delegations}
    assert sample_archive.get("event", forum.id) == forum  # the one copied from is untouched


def test_a_document_duplicated_as_a_template_keeps_its_parties_and_leaves_dates(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive, dialogs: ScriptedDialogs) -> None:
    documents, memorandum, count = copy_as_template(qtbot, window, sample_archive, "document", MEMORANDUM)
    form = documents.form
    draft = form.draft()
    assert [form.fields[name].edit.text() for name in ("signed_on", "period_start", "period_end")] == ["", "", ""]
    assert (draft.event_id, draft.status) == (None, DocumentStatus.DRAFT)
    assert (draft.party_ids, draft.signatories, draft.directions, draft.kind) == \
        (memorandum.data.party_ids, memorandum.data.signatories, memorandum.data.directions, memorandum.data.kind)
    dialogs.save_answers = ["discard"]
    window.open_record("document", memorandum.id)  # leaving the unsaved copy asks first
    assert dialogs.shown[-1][0] == "ask_save"
    assert documents.form.current_id() == memorandum.id and sample_archive.count("document") == count


# --- undo of the last delete -----------------------------------------------------------------


def link_under(label: QWidget, word: str) -> QPoint:
    """Where the word (the link at the end of the status message) is drawn."""
    plain = label.text().split("<a")[0].replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    metrics = label.fontMetrics()
    left = label.contentsRect().left() + label.margin()
    return QPoint(left + metrics.horizontalAdvance(plain + " ") + metrics.horizontalAdvance(word) // 2,
                  label.height() // 2)


def test_undo_in_the_status_bar_brings_the_deleted_record_back_with_its_links(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive, dialogs: ScriptedDialogs) -> None:
    events = go_to(qtbot, window, "events")
    forum = sample_archive.get("event", record_id(sample_archive, "event", XXI_FORUM))
    with sample_archive.session() as s:
        links = links_of(s, "event", forum.id)
    assert links  # a document signed there and a commitment from it point at it
    delete_row(qtbot, events, forum.id, dialogs)
    assert events.model.row_of(forum.id) < 0 and dialogs.shown[-1][0] == "confirm"

    undo = window.delete_undo
    assert undo.link.isVisible() and "Undo" in undo.link.text() and forum.data.title in undo.link.text()
    assert undo.action.isEnabled() and forum.data.title in undo.action.text()
    qtbot.mouseClick(undo.link, Qt.MouseButton.LeftButton, pos=link_under(undo.link, "Undo"))
    written(qtbot, window.workspace.writer)

    assert sample_archive.get("event", forum.id).data == forum.data
    assert sample_archive.get("event", forum.id).uuid == forum.uuid
    with sample_archive.session() as s:
        assert links_of(s, "event", forum.id) == links
    assert events.selected_id() == forum.id and not undo.link.isVisible() and not undo.action.isEnabled()


def test_edit_undo_delete_restores_the_last_record_deleted(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive, dialogs: ScriptedDialogs) -> None:
    documents = go_to(qtbot, window, "documents")
    road_map = sample_archive.get("document", record_id(sample_archive, "document", ROAD_MAP))
    delete_row(qtbot, documents, road_map.id, dialogs)
    assert sample_archive.count("document") == 6
    menu = window.edit_menu
    undo_delete = [a for a in menu.actions() if a.text().startswith("&Undo delete")]
    assert [a.text() for a in undo_delete] == [f"&Undo delete of “{road_map.data.title}”"]
    assert undo_delete[0].isEnabled()
    choose_in_popup(qtbot, lambda: menu.popup(window.mapToGlobal(QPoint(10, 10))),
                    f"&Undo delete of “{road_map.data.title}”")
    written(qtbot, window.workspace.writer)
    assert sample_archive.count("document") == 7
    assert sample_archive.get("document", road_map.id).data == road_map.data
    assert window.current_key() == "documents" and documents.selected_id() == road_map.id
