"""The workspace driven as a person would: click, type, press keys, over a real archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from database.archive import Archive
from database.records import CommitmentStatus, DelegationRole, DocumentKind, EventKind, EventStatus
from tests.ui.conftest import ScriptedDialogs, type_text
from ui.forms.fields import PickerField, RowsField
from ui.main_window import MainWindow
from ui.record_list import RecordListView


@pytest.fixture
def window(qtbot: QtBot, archive: Archive, dialogs: ScriptedDialogs) -> MainWindow:
    w = MainWindow(archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def go_to(qtbot: QtBot, window: MainWindow, key: str) -> RecordListView:
    row = [s.key for s in window.specs].index(key)
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = window.view(key)
    assert isinstance(view, RecordListView)
    return view


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def enter_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    type_text(widget.focusProxy() or widget, text)


def choose(qtbot: QtBot, combo: QComboBox, value: Any) -> None:
    """Open the list and pick the entry with the keyboard, as a person would."""
    combo.setFocus()
    target = combo.findData(getattr(value, "value", value))
    assert target >= 0
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def pick(qtbot: QtBot, picker: PickerField, text: str, *, create: bool = False) -> None:
    enter_text(picker.edit, text)
    picker.completer.popup().hide()
    if create:
        click(qtbot, picker.create_button)
        click(qtbot, picker.create_dialog.create_button)  # the small dialog, prefilled with the name
    else:
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.value() is not None, text


def new_row(qtbot: QtBot, rows: RowsField) -> Any:
    click(qtbot, rows.add_button)
    return rows.rows[-1]


def save(qtbot: QtBot, view: RecordListView) -> None:
    """Ctrl+S, then wait for the writer thread's answer, as a person waits for "Saving…" to go.

    Once a completer popup has closed and events have run, the offscreen platform leaves no
    window active (a desktop gives the activation back), and shortcuts need an active window:
    then the Save button is clicked instead."""
    if view.window().isActiveWindow():
        qtbot.keyClick(view.form.fields.get("tags", view.form),
                       Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    else:
        click(qtbot, view.form.save_button)
    written(qtbot, view.workspace.writer)


def written(qtbot: QtBot, writer: Any) -> None:
    """Wait until every write the window queued has been made and answered."""
    qtbot.waitUntil(lambda: not writer.busy, timeout=10_000)


def add_member(qtbot: QtBot, delegation: Any, person: str, position: str, org: str, *, new: bool,
               head: bool = False) -> Any:
    click(qtbot, delegation.members.add_button)
    member = delegation.members.rows[-1]
    pick(qtbot, member.widgets["person_id"], person, create=new)
    if position:
        enter_text(member.widgets["position"], position)
    pick(qtbot, member.widgets["organisation_id"], org, create=new)
    if head:
        click_box(qtbot, member.head)
    return member


def click_box(qtbot: QtBot, box: Any) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())


def test_record_the_whole_irtysh_forum_through_the_window(qtbot: QtBot, window: MainWindow, archive: Archive) -> None:
    events = go_to(qtbot, window, "events")
    click(qtbot, events.new_button)
    form = events.form
    enter_text(form.fields["title"], "«Ертіс: достық өзені – даму өзені» халықаралық форумы")
    choose(qtbot, form.fields["kind"], EventKind.FORUM)
    choose(qtbot, form.fields["status"], EventStatus.HELD)
    pick(qtbot, form.fields["place_id"], "Омбы", create=True)
    pick(qtbot, form.fields["organiser_id"], "Омбы облысының Үкіметі", create=True)
    enter_text(form.fields["summary"], "Ертіс алабы өңірлерінің ынтымақтастығы туралы форум.")
    enter_text(form.fields["source"], "СІМ баспасөз қызметі")

    kazakh = new_row(qtbot, form.fields["delegations"])
    enter_text(kazakh.widgets["side"], "Қазақстан")
    choose(qtbot, kazakh.widgets["role"], DelegationRole.GUEST)
    add_member(qtbot, kazakh, "Асаин Байханов", "Павлодар облысының әкімі", "Павлодар облысының әкімдігі", new=True,
               head=True)
    add_member(qtbot, kazakh, "Берік Уали", "Абай облысының әкімі", "Абай облысының әкімдігі", new=True)
    add_member(qtbot, kazakh, "Бақытжан Баяхметов", "Шығыс Қазақстан облысы әкімінің орынбасары",
               "Шығыс Қазақстан облысының әкімдігі", new=True)

    host = new_row(qtbot, form.fields["delegations"])
    enter_text(host.widgets["side"], "Ресей, Омбы облысы")
    choose(qtbot, host.widgets["role"], DelegationRole.HOST)
    pick(qtbot, host.widgets["organisation_id"], "Омбы облысының Үкіметі")
    click(qtbot, host.members.add_button)
    member = host.members.rows[-1]
    pick(qtbot, member.widgets["person_id"], "Виталий Хоценко", create=True)
    enter_text(member.widgets["position"], "Омбы облысының губернаторы")
    pick(qtbot, member.widgets["organisation_id"], "омбы облысының үкіметі")
    click_box(qtbot, member.head)
    save(qtbot, events)
    assert not form.is_dirty(), [e.text() for e in form.error_labels.values() if e.text()]

    documents = go_to(qtbot, window, "documents")
    plans = [
        ("Омбы облысының Үкіметі мен Павлодар облысының әкімдігі арасындағы іс-шаралар жоспары", DocumentKind.ACTION_PLAN,
         "2026", "2028", ["Омбы облысының Үкіметі", "Павлодар облысының әкімдігі"]),
        ("Омбы облысының Үкіметі мен Абай облысының әкімдігі арасындағы іс-шаралар жоспары", DocumentKind.ACTION_PLAN,
         "2025", "2028", ["Омбы облысының Үкіметі", "Абай облысының әкімдігі"]),
        ("Мәдениет саласындағы ведомствоаралық келісім", DocumentKind.AGREEMENT, "", "",
         ["Омбы облысының Мәдениет министрлігі", "Абай облысының мәдениет басқармасы"]),
    ]
    for title, kind, start, end, parties in plans:
        click(qtbot, documents.new_button)
        doc = documents.form
        enter_text(doc.fields["title"], title)
        choose(qtbot, doc.fields["kind"], kind)
        enter_text(doc.fields["period_start"], start)
        enter_text(doc.fields["period_end"], end)
        pick(qtbot, doc.fields["event_id"], "Ертіс")
        for party in parties:
            row = new_row(qtbot, doc.fields["party_ids"])
            existing = party in ("Омбы облысының Үкіметі", "Павлодар облысының әкімдігі", "Абай облысының әкімдігі")
            pick(qtbot, row, party, create=not existing)
        save(qtbot, documents)
        assert not doc.is_dirty(), doc.general_error.text()

    commitments = go_to(qtbot, window, "commitments")
    click(qtbot, commitments.new_button)
    c = commitments.form
    enter_text(c.fields["text"], "Форум ұсыныстарын Қазақстан-Ресей үкіметаралық комиссиясына жолдау")
    pick(qtbot, c.fields["event_id"], "Ертіс")
    choose(qtbot, c.fields["status"], CommitmentStatus.OPEN)
    save(qtbot, commitments)
    assert not c.is_dirty(), c.general_error.text()

    # The archive holds exactly what was entered.
    [event] = archive.list("event")
    assert event.data.title == "«Ертіс: достық өзені – даму өзені» халықаралық форумы"
    assert (event.data.kind, event.data.status) == (EventKind.FORUM, EventStatus.HELD)
    names = {r.id: r.data.name for r in archive.list("person")}
    orgs = {r.id: r.data.name for r in archive.list("organisation")}
    guest, host_d = event.data.delegations
    assert guest.role is DelegationRole.GUEST and host_d.role is DelegationRole.HOST
    assert [(names[m.person_id], m.position, orgs[m.organisation_id]) for m in guest.members] == [
        ("Асаин Байханов", "Павлодар облысының әкімі", "Павлодар облысының әкімдігі"),
        ("Берік Уали", "Абай облысының әкімі", "Абай облысының әкімдігі"),
        ("Бақытжан Баяхметов", "Шығыс Қазақстан облысы әкімінің орынбасары", "Шығыс Қазақстан облысының әкімдігі"),
    ]
    assert names[guest.head_id] == "Асаин Байханов"
    assert names[host_d.head_id] == "Виталий Хоценко" and orgs[host_d.organisation_id] == "Омбы облысының Үкіметі"
    assert sorted(names.values()) == sorted(["Асаин Байханов", "Берік Уали", "Бақытжан Баяхметов", "Виталий Хоценко"])
    docs = archive.list("document")
    assert len(docs) == 3 and all(d.data.event_id == event.id for d in docs)
    assert [str(d.data.period_start) if d.data.period_start else None for d in docs] == ["2026", "2025", None]
    assert [[orgs[p] for p in d.data.party_ids] for d in docs] == [p[4] for p in plans]
    [commitment] = archive.list("commitment")
    assert commitment.data.event_id == event.id and commitment.data.status is CommitmentStatus.OPEN
    assert [r.data.name for r in archive.list("place")] == ["Омбы"]


def test_invalid_input_is_explained_and_nothing_typed_is_lost(qtbot: QtBot, window: MainWindow, archive: Archive) -> None:
    events = go_to(qtbot, window, "events")
    click(qtbot, events.new_button)
    form = events.form
    enter_text(form.fields["start"], "30.02.2026")
    enter_text(form.fields["end"], "2025")
    enter_text(form.fields["summary"], "Маңызды кездесу")
    save(qtbot, events)
    assert archive.count("event") == 0
    assert form.error_labels["title"].isVisible() and "Enter a title" in form.error_labels["title"].text()
    assert "does not exist" in form.error_labels["start"].text()
    assert form.fields["summary"].value() == "Маңызды кездесу"  # nothing typed is lost
    assert form.fields["start"].value() == "30.02.2026"
    # Correct the fields: end before start is caught too, then it saves.
    form.fields["start"].edit.clear()
    enter_text(form.fields["start"], "2026-03-26")
    enter_text(form.fields["title"], "Кездесу")
    save(qtbot, events)
    assert "Ends before it starts" in form.error_labels["end"].text()
    form.fields["end"].edit.clear()
    enter_text(form.fields["end"], "28.03.2026")
    save(qtbot, events)
    assert [r.data.title for r in archive.list("event")] == ["Кездесу"]
    assert not form.error_labels["end"].isVisible()


def test_a_name_not_chosen_from_the_list_blocks_saving_with_a_hint(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    events = go_to(qtbot, window, "events")
    click(qtbot, events.new_button)
    enter_text(events.form.fields["title"], "Кездесу")
    enter_text(events.form.fields["place_id"].edit, "Атырау")
    save(qtbot, events)
    assert archive.count("event") == 0
    assert "press +" in events.form.error_labels["place_id"].text()
    click(qtbot, events.form.fields["place_id"].create_button)
    click(qtbot, events.form.fields["place_id"].create_dialog.create_button)
    save(qtbot, events)
    assert archive.count("event") == 1 and archive.count("place") == 1


def test_leaving_unsaved_changes_asks_first(
    qtbot: QtBot, window: MainWindow, sample_archive: Archive, dialogs: ScriptedDialogs
) -> None:
    events = go_to(qtbot, window, "events")
    table = events.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 1)).center())
    first = events.form.current_id()
    assert first is not None
    events.form.fields["source"].setFocus()
    qtbot.keyClick(events.form.fields["source"], Qt.Key.Key_End)
    type_text(events.form.fields["source"], " (қосымша)")
    dialogs.save_answers = ["cancel"]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(1, 1)).center())
    assert events.form.current_id() == first and events.form.is_dirty()  # stayed, typing kept
    dialogs.save_answers = ["save"]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(1, 1)).center())
    assert sample_archive.get("event", first).data.source.endswith("(қосымша)")
    assert events.form.current_id() != first


def test_delete_asks_once_and_the_trash_restores(
    qtbot: QtBot, window: MainWindow, sample_archive: Archive, dialogs: ScriptedDialogs
) -> None:
    documents = go_to(qtbot, window, "documents")
    table = documents.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 1)).center())
    doomed = documents.selected_id()
    dialogs.confirm_answers = [True]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    written(qtbot, window.workspace.writer)
    assert [s[0] for s in dialogs.shown] == ["confirm"]
    assert sample_archive.count("document") == 6 and table.model().rowCount() == 6
    qtbot.mouseClick(documents.trash_box, Qt.MouseButton.LeftButton)
    assert table.model().rowCount() == 1 and documents.restore_button.isVisible()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 1)).center())
    click(qtbot, documents.restore_button)
    written(qtbot, window.workspace.writer)
    assert table.model().rowCount() == 0
    qtbot.mouseClick(documents.trash_box, Qt.MouseButton.LeftButton)
    assert sample_archive.count("document") == 7 and documents.model.row_of(doomed) >= 0


def test_links_lead_from_a_person_to_the_events_they_attended(
    qtbot: QtBot, window: MainWindow, sample_archive: Archive
) -> None:
    people = go_to(qtbot, window, "people")
    person = next(r for r in sample_archive.list("person") if r.data.name == "Асайын Байханов")
    window.open_record("person", person.id)
    links = people.form.links
    labels = [links.item(i).text() for i in range(links.count())]
    assert any("XXI" in label for label in labels) and any("меморандум" in label for label in labels)
    item = next(links.item(i) for i in range(links.count()) if "XXI" in links.item(i).text())
    links.setCurrentItem(item)
    qtbot.keyClick(links, Qt.Key.Key_Return)
    events = window.view("events")
    assert window.current_key() == "events"
    assert "XXI" in events.form.fields["title"].value()  # type: ignore[attr-defined]


def test_typing_in_the_quick_filter_narrows_the_list(qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    people = go_to(qtbot, window, "people")
    qtbot.mouseClick(people.table.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(people.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is people.filter_box
    type_text(people.filter_box, "baikhanov")  # another spelling of the name finds it
    qtbot.waitUntil(lambda: people.model.rowCount() == 1)
    assert people.model.index(0, 0).data() == "Асаин Байханов"


@pytest.mark.parametrize("entity", ["event", "document", "commitment", "person", "organisation", "place"])
def test_each_list_model_passes_the_model_tester(qtmodeltester, sample_archive: Archive, entity: str) -> None:  # type: ignore[no-untyped-def]
    from ui.record_model import RecordTableModel

    model = RecordTableModel(sample_archive, entity)
    qtmodeltester.check(model)
    assert model.rowCount() == sample_archive.count(entity)


def test_attach_a_signed_scan_and_open_it(
    qtbot: QtBot, window: MainWindow, sample_archive: Archive, dialogs: ScriptedDialogs, tmp_path: Any
) -> None:
    documents = go_to(qtbot, window, "documents")
    table = documents.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 1)).center())
    panel = documents.form.attachments
    scan = tmp_path / "қол қойылған.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    dialogs.files = [str(scan)]
    click(qtbot, panel.add_button)
    written(qtbot, window.workspace.writer)
    assert panel.list.count() == 1 and "қол қойылған.pdf" in panel.list.item(0).text()
    panel.list.setCurrentRow(0)
    click(qtbot, panel.open_button)
    kind, _, opened = dialogs.shown[-1]
    assert kind == "open_path" and opened != str(scan) and Path(opened).read_bytes() == b"%PDF-1.4 scan"
    click(qtbot, documents.new_button)
    assert not documents.form.attachments.add_button.isEnabled()  # a new record must be saved first


def test_export_and_import_from_the_file_menu_keep_the_window_responsive(
    qtbot: QtBot, window: MainWindow, sample_archive: Archive, dialogs: ScriptedDialogs, tmp_path: Any
) -> None:
    from ui import archive_actions

    target = tmp_path / "export.json"
    dialogs.files = [str(target)]
    archive_actions.ask_and_export(window.workspace)
    qtbot.waitUntil(lambda: target.exists() and not window.workspace.tasks.busy, timeout=10_000)
    assert '"format": "elshi-archive"' in target.read_text(encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    dialogs.files = [str(bad)]
    archive_actions.ask_and_import(window.workspace)
    qtbot.waitUntil(lambda: any(s[0] == "error" for s in dialogs.shown), timeout=10_000)
    assert "nothing changed" in dialogs.shown[-1][2] and sample_archive.count("event") == 8


def test_open_another_archive_replaces_the_window_and_refuses_a_bad_file(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Any
) -> None:
    from ui import main_window

    junk = tmp_path / "notes.sqlite"
    junk.write_text("not a database")
    dialogs.files = [str(junk)]
    window.open_other_archive()
    assert dialogs.shown[-1][0] == "error" and "not an Elshi archive" in dialogs.shown[-1][2]
    assert window.isVisible()
    dialogs.files = [str(tmp_path / "second.sqlite")]
    window.open_other_archive()
    successor = main_window.OPEN_WINDOWS.pop()
    qtbot.addWidget(successor)
    assert successor.archive.path.name == "second.sqlite" and not window.isVisible()


def test_overdue_commitments_are_marked_in_the_list(qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    from PySide6.QtGui import QColor

    view = go_to(qtbot, window, "commitments")
    model = view.model
    colours = {model.index(r, 1).data(): model.index(r, 1).data(Qt.ItemDataRole.ForegroundRole) for r in range(model.rowCount())}
    overdue = {text for text, colour in colours.items() if colour == QColor("#b00020")}
    # Today is 2026-11-21: the 2025 road-map items and the H1 2026 visit are overdue; done ones are not.
    assert len(overdue) == 4
    assert all("Павлодар және Омбы" not in text for text in overdue)


def test_a_member_gets_the_position_held_on_the_event_date(qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    events = go_to(qtbot, window, "events")
    click(qtbot, events.new_button)
    form = events.form
    enter_text(form.fields["title"], "Кездесу")
    enter_text(form.fields["start"], "2026-02-19")
    delegation = new_row(qtbot, form.fields["delegations"])
    click(qtbot, delegation.members.add_button)
    member = delegation.members.rows[-1]
    pick(qtbot, member.widgets["person_id"], "Аққошқаров")
    assert member.widgets["position"].value() == "Қазақстанның Шаңхайдағы Бас консулы"
    assert member.widgets["organisation_id"].edit.text() == "Қазақстан Республикасының Шаңхайдағы Бас консулдығы"


def test_saving_a_new_spelling_of_a_known_person_warns(qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    people = go_to(qtbot, window, "people")
    click(qtbot, people.new_button)
    enter_text(people.form.fields["name"], "Асайин Байханов")
    qtbot.keyClick(people.form.fields["name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    written(qtbot, window.workspace.writer)
    notice = people.form.duplicate_notice
    assert notice.isVisible() and "Асаин Байханов" in notice.text()


def test_change_status_from_the_commitment_form_keeps_a_dated_note(
    qtbot: QtBot, window: MainWindow, sample_archive: Archive
) -> None:
    from database.records import CommitmentStatus as CS

    commitments = go_to(qtbot, window, "commitments")
    target = next(r for r in sample_archive.list("commitment") if "әуе рейстерінің" in r.data.text)
    window.open_record("commitment", target.id)
    form = commitments.form
    click(qtbot, form.status_button)
    dialog = form.status_dialog
    choose(qtbot, dialog.status, CS.IN_PROGRESS)
    dialog.note.setFocus()
    type_text(dialog.note, "Әуе компаниясымен келіссөз басталды")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    written(qtbot, window.workspace.writer)
    saved = sample_archive.get("commitment", target.id).data
    assert saved.status is CS.IN_PROGRESS
    assert saved.notes[-1].text == "Әуе компаниясымен келіссөз басталды" and str(saved.notes[-1].on) == "2026-11-21"
    assert form.fields["status"].value() == "in_progress"  # the form shows the new state


def test_events_and_documents_show_how_their_commitments_stand(qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    events = go_to(qtbot, window, "events")
    meeting = next(r for r in sample_archive.list("event") if r.data.title.startswith("Шаңхай қаласы Халық"))
    window.open_record("event", meeting.id)
    assert events.form.rollup.text() == "Commitments: 0 of 5 done, 2 overdue"


def test_briefings_are_offered_where_people_look_for_them(qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    events = go_to(qtbot, window, "events")
    assert not events.form.briefing_button.isEnabled()  # nothing chosen yet
    meeting = next(r for r in sample_archive.list("event") if r.data.title.startswith("Шаңхай қаласы Халық"))
    window.open_record("event", meeting.id)
    click(qtbot, events.form.briefing_button)
    dialog = events.form.briefing_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    organisations = go_to(qtbot, window, "organisations")
    org = sample_archive.list("organisation")[0]
    window.open_record("organisation", org.id)
    click(qtbot, organisations.form.briefing_button)
    qtbot.addWidget(organisations.form.briefing_dialog)
    assert organisations.form.briefing_dialog.isVisible()
    commitments = go_to(qtbot, window, "commitments")
    click(qtbot, commitments.filters.report)
    qtbot.addWidget(commitments.filters.dialog)
    assert commitments.filters.dialog.isVisible()


def test_ctrl_f_anywhere_opens_the_search_box(qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    events = go_to(qtbot, window, "events")
    qtbot.mouseClick(events.table.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(events.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "search"
    assert QApplication.focusWidget() is window.view("search").box  # type: ignore[attr-defined]
    type_text(QApplication.focusWidget(), "Хоценко")
    qtbot.waitUntil(lambda: window.view("search").results.model().rowCount() > 0, timeout=5000)  # type: ignore[attr-defined]


def test_views_have_distinct_keyboard_shortcuts(window: MainWindow) -> None:
    keys = {a.text(): a.shortcut().toString() for a in window.view_menu.actions() if not a.isSeparator()}
    assert keys["Events"] == "Ctrl+1" and keys["Home"] == "Ctrl+0"
    shortcuts = [k for k in keys.values() if k]
    assert len(shortcuts) == len(set(shortcuts)) and len(shortcuts) == len(keys)


def test_opening_a_hidden_commitment_clears_the_filters_that_hid_it(
    qtbot: QtBot, window: MainWindow, sample_archive: Archive
) -> None:
    commitments = go_to(qtbot, window, "commitments")
    filters = commitments.filters
    qtbot.mouseClick(filters.overdue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: commitments.model.rowCount() == 4)
    done = next(r for r in sample_archive.list("commitment") if r.data.status.value == "done")
    window.open_record("commitment", done.id)
    assert commitments.form.current_id() == done.id
    assert commitments.model.row_of(done.id) >= 0 and not filters.overdue.isChecked()
