"""The forms as a person types into them: no re-typing, no orphans, every problem at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from database.archive import Archive
from database.dates import PartialDate
from database.records import PersonDraft
from tests.ui.conftest import ScriptedDialogs
from tests.ui.test_workspace import add_member, click, enter_text, go_to, new_row, pick, save, window
from ui.i18n import install, uninstall
from ui.main_window import MainWindow

__all__ = ["window"]


def test_irtysh_forum_each_position_is_typed_once(qtbot: QtBot, window: MainWindow, archive: Archive) -> None:
    typed: list[str] = []
    events = go_to(qtbot, window, "events")
    click(qtbot, events.new_button)
    form = events.form
    enter_text(form.fields["title"], "Ертіс форумы")
    enter_text(form.fields["start"], "14 қазан 2026")
    kazakh = new_row(qtbot, form.fields["delegations"])
    enter_text(kazakh.widgets["side"], "Қазақстан")
    for person, position, org, head in [
        ("Асаин Байханов", "Павлодар облысының әкімі", "Павлодар облысының әкімдігі", True),
        ("Берік Уали", "Абай облысының әкімі", "Абай облысының әкімдігі", False),
    ]:
        add_member(qtbot, kazakh, person, position, org, new=True, head=head)
        typed.append(position)
    assert len(form.offers.additions()) == 2  # both positions offered to the careers
    save(qtbot, events)
    assert not form.is_dirty(), [e.text() for e in form.error_labels.values() if e.text()]
    [event] = archive.list("event")
    [delegation] = event.data.delegations
    people = {r.data.name: r for r in archive.list("person")}
    assert delegation.head_id == people["Асаин Байханов"].id
    assert [m.position for m in delegation.members] == typed  # the head has a position like anyone
    assert [p.title for p in people["Берік Уали"].data.positions] == ["Абай облысының әкімі"]

    documents = go_to(qtbot, window, "documents")
    click(qtbot, documents.new_button)
    doc = documents.form
    enter_text(doc.fields["title"], "Іс-шаралар жоспары")
    pick(qtbot, doc.fields["event_id"], "Ертіс")
    for name in ("Асаин Байханов", "Берік Уали"):
        row = new_row(qtbot, doc.fields["signatories"])
        pick(qtbot, row.widgets["person_id"], name)
    assert [r.widgets["position"].value() for r in doc.fields["signatories"].rows] == typed  # not typed again
    assert not doc.offers.isVisible()
    save(qtbot, documents)
    [document] = archive.list("document")
    assert [s.position for s in document.data.signatories] == typed
    assert len(typed) == len(set(typed)) == 2


def test_plus_then_revert_leaves_no_record(qtbot: QtBot, window: MainWindow, archive: Archive) -> None:
    events = go_to(qtbot, window, "events")
    click(qtbot, events.new_button)
    form = events.form
    enter_text(form.fields["title"], "Кездесу")
    pick(qtbot, form.fields["place_id"], "Атырау", create=True)
    pick(qtbot, form.fields["organiser_id"], "Атырау облысының әкімдігі", create=True)
    assert len(form.pending) == 2 and archive.count("place") == 0
    click(qtbot, form.revert_button)
    form.workspace.writer.finish()
    assert archive.count("place") == 0 and archive.count("organisation") == 0 and archive.count("event") == 0
    assert form.fields["place_id"].value() is None


def test_plus_on_a_near_duplicate_name_warns(qtbot: QtBot, window: MainWindow, archive: Archive) -> None:
    archive.add(PersonDraft("Асаин Байханов"))
    events = go_to(qtbot, window, "events")
    click(qtbot, events.new_button)
    delegation = new_row(qtbot, events.form.fields["delegations"])
    click(qtbot, delegation.members.add_button)
    picker = delegation.members.rows[-1].widgets["person_id"]
    enter_text(picker.edit, "Асайын Байханов")
    picker.completer.popup().hide()
    click(qtbot, picker.create_button)
    dialog = picker.create_dialog
    assert dialog.warning.isVisible() and "Асаин Байханов" in dialog.warning.text()
    click(qtbot, dialog.use_buttons[0])  # take the one already there
    assert picker.value() == archive.list("person")[0].id and len(events.form.pending) == 0


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("kk", "14 қазан 2026", PartialDate(2026, 10, 14)),
    ("ru", "1 декабря 2026", PartialDate(2026, 12, 1)),
    ("en", "Dec 1 2026", PartialDate(2026, 12, 1)),
    ("kk", "наурыз 2026", PartialDate(2026, 3)),
    ("kk", "2026 жылдың бірінші жартысы", PartialDate(2026, half=1)),
    ("ru", "26.03.2026", PartialDate(2026, 3, 26)),
])
def test_every_date_form_parses_in_its_language(qtbot: QtBot, window: MainWindow, lang: str, text: str,
                                                 expected: PartialDate) -> None:
    install(lang)
    try:
        events = go_to(qtbot, window, "events")
        click(qtbot, events.new_button)
        field = events.form.fields["start"]
        enter_text(field, text)
        assert field.value() == expected
        assert field.hint.text() not in ("", "not a date yet")
        popup = field.open_calendar()  # the calendar opens on the date typed
        assert popup.selectedDate().toPython() == expected.first_day()
        popup.close()
    finally:
        uninstall()


def test_a_record_with_three_problems_shows_all_three_at_once(qtbot: QtBot, window: MainWindow,
                                                             archive: Archive) -> None:
    events = go_to(qtbot, window, "events")
    click(qtbot, events.new_button)
    form = events.form
    enter_text(form.fields["start"], "ertis")  # not a date
    new_row(qtbot, form.fields["delegations"])
    second = new_row(qtbot, form.fields["delegations"])
    enter_text(new_row(qtbot, form.fields["delegations"]).widgets["side"], "Қазақстан")
    assert second is form.fields["delegations"].rows[1]
    form.fields["delegations"].remove_row(form.fields["delegations"].rows[0],
                                          form.fields["delegations"].rows[0].parentWidget())
    save(qtbot, events)
    assert archive.count("event") == 0
    assert form.error_labels["title"].text() == "Enter a title."
    assert "“ertis” is not a date" in form.error_labels["start"].text()
    assert form.error_labels["delegations"].text() == "Delegation 1: choose a side"
    assert "3" in form.general_error.text()


def test_undo_and_redo_restore_the_form_exactly(qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs) -> None:
    events = go_to(qtbot, window, "events")
    click(qtbot, events.new_button)
    form = events.form
    enter_text(form.fields["title"], "Кездесу")
    enter_text(form.fields["summary"], "Екі тарап")
    delegation = new_row(qtbot, form.fields["delegations"])
    enter_text(delegation.widgets["side"], "Ресей")
    before_side = form._state()
    states = [form._state()]
    form.undo_action.trigger()  # the side typed
    assert form.fields["delegations"].value()[0].side == ""
    form.undo_action.trigger()  # the delegation added
    assert form.fields["delegations"].value() == ()
    form.undo_action.trigger()  # the summary
    assert form.fields["summary"].value() == "" and form.fields["title"].value() == "Кездесу"
    for _ in range(3):
        form.redo_action.trigger()
    assert form._state() == before_side == states[0]
    # Ctrl+Z from inside a text box undoes the form's last step, not only that box.
    form.fields["title"].setFocus()
    qtbot.keyClick(form.fields["title"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.fields["delegations"].value()[0].side == "" and form.fields["title"].value() == "Кездесу"
