"""The press review on the seed press items (../shared/seeds, or ELSHI_SEEDS): one logged with
each click and key counted, the archive then holding exactly the records it describes and Undo
this intake taking exactly them away; spans and values selecting each other; dates, renames,
sides and bodies shown and saved. Collected only where the seeds are (tests/conftest.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from database.archive import Archive
from database.records import Entity
from tests.ui.conftest import ScriptedDialogs, type_text
from tests.ui.test_intake_review import (
    KK_AKTOBE,
    TARGET,
    Person,
    check,
    counts,
    field,
    opened_dialog,
    read_seed,
    retype,
    seed_text,
    window,
)
from ui.main_window import MainWindow

__all__ = ["window"]  # the fixture, shared with the review's other tests


def test_a_seed_item_is_logged_in_under_30_actions_linking_everyone_and_undone_exactly(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    before = counts(sample_archive)
    people_before = {p.id for p in sample_archive.list(Entity.PERSON)}
    text = seed_text("000")  # the Irtysh forum: no date of its own, four people of the archive
    QGuiApplication.clipboard().setText(text)  # copied from the press service's page
    person = Person(qtbot)
    action = window.findChild(type(window.intakes.new_action), "newFromPressText")
    assert action is window.intakes.new_action and action.shortcut().toString() == "Ctrl+Shift+V"
    person.key(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = opened_dialog(window)
    assert dialog.source.toPlainText() == text  # pasted in: counted as the one key that opened it
    person.click(dialog.read_button)
    assert "no date of its own" in dialog.date_note.text()  # asked, since the text gives none
    person.type(dialog.item_date.edit, "20.11.2025")
    person.click(dialog.read_button)
    draft = dialog.draft
    assert draft is not None and str(draft.item_date) == "2025-11-20"
    # Everyone the text names is the archive's record, shown with why and their current position.
    people = {p.name: p for p in draft.people}
    assert {"Асаин Байханов", "Берік Уали", "Бақытжан Баяхметов", "Виталий Хоценко"} <= set(people)
    combo = field(dialog, "Record for Асаин Байханов")
    assert isinstance(combo, QComboBox) and combo.currentText() == "Асаин Байханов"
    assert [combo.itemText(i) for i in range(combo.count())][-1] == "New record"
    assert any("Асайын Байханов" in combo.itemText(i) for i in range(combo.count()))  # the near match offered
    info = [w for w in dialog.review.findChildren(QWidget) if w.parent() is combo.parent()
            and hasattr(w, "text") and "In the archive: same name" in w.text()]
    assert info and any("әкімі" in w.text() for w in info)  # type: ignore[attr-defined]
    # Every body the text names is the archive's record too: none is proposed as new.
    assert draft.organisations and all(o.match is not None for o in draft.organisations)
    orgs = {o.name: o.match.id for o in draft.organisations}  # type: ignore[union-attr]
    # The review: the forum, held in Omsk, with its three documents and three commitments as read.
    assert draft.event.kind == "forum" and draft.event.place == "Омбы"
    title = field(dialog, "Event title")
    assert isinstance(title, QLineEdit)
    person.click(title)
    person.key(title, Qt.Key.Key_End)
    person.type(title, " (Омбы)")
    person.click(dialog.save_button)
    qtbot.waitUntil(lambda: dialog.saved_as is not None)
    assert person.actions <= TARGET
    saved = dialog.saved_as
    assert saved is not None
    # Exactly the event, its three documents and three commitments; nobody, no body, no place created again.
    after = counts(sample_archive)
    assert after[Entity.EVENT] == before[Entity.EVENT] + 1
    assert after[Entity.DOCUMENT] == before[Entity.DOCUMENT] + 3
    assert after[Entity.COMMITMENT] == before[Entity.COMMITMENT] + 3
    assert all(after[e] == before[e] for e in (Entity.PERSON, Entity.PLACE, Entity.ORGANISATION))
    assert sorted(e for e, _i in saved.created) == ["commitment"] * 3 + ["document"] * 3 + ["event"]
    event = sample_archive.get(Entity.EVENT, saved.event_id).data
    assert event.title.endswith("форумына қатысты (Омбы)") and event.summary == text.strip()
    member_ids = {m.person_id for g in event.delegations for m in g.members}
    assert member_ids <= people_before
    # The Kazakh delegation came as guests, headed by the Pavlodar akim; the Omsk governor hosted.
    sides = {g.role.value: g for g in event.delegations}
    assert set(sides) == {"guest", "host"} and len(event.delegations) == 2
    assert sides["guest"].head_id == people["Асаин Байханов"].match.id  # type: ignore[union-attr]
    assert {m.person_id for m in sides["guest"].members} == {
        people[n].match.id for n in ("Асаин Байханов", "Берік Уали", "Бақытжан Баяхметов")}  # type: ignore[union-attr]
    assert [m.person_id for m in sides["host"].members] == [people["Виталий Хоценко"].match.id]  # type: ignore[union-attr]
    assert sides["host"].organisation_id == orgs["Омбы облысының Үкіметі"]
    docs = [sample_archive.get(Entity.DOCUMENT, i).data for e, i in saved.created if e == "document"]
    assert sorted((d.kind.value, d.period_start.year if d.period_start else None,
                   d.period_end.year if d.period_end else None) for d in docs) == [
        ("action_plan", 2025, 2028), ("action_plan", 2026, 2028), ("agreement", None, None)]
    assert all(d.event_id == saved.event_id for d in docs)
    parties = sorted(sorted(d.party_ids) for d in docs)  # the sample's bodies, linked
    assert parties == sorted(sorted([orgs[a], orgs[b]]) for a, b in (
        ("Омбы облысының Үкіметі", "Павлодар облысының әкімдігі"), ("Омбы облысының Үкіметі", "Абай облысының әкімдігі"),
        ("Омбы облысының Мәдениет министрлігі", "Абай облысының мәдениет, тілдерді дамыту және мұрағат ісі басқармасы")))
    promised = [sample_archive.get(Entity.COMMITMENT, i).data for e, i in saved.created if e == "commitment"]
    assert all(c.event_id == saved.event_id for c in promised)
    (commission,) = [c for c in promised if "үкіметаралық комиссиясына" in c.text]  # the proposals forwarded
    assert commission.responsible_org_id == orgs["Қазақстан-Ресей үкіметаралық комиссиясы"]
    # The new event is open in the events view; the status bar offers to undo.
    events = window.views["events"]
    assert window.current_key() == "events"
    qtbot.waitUntil(lambda: events.form.current_id() == saved.event_id)  # type: ignore[attr-defined]
    notice = window.intakes.notice
    assert notice.isVisible() and "Undo this intake" in notice.text() and "7 new records" in notice.text()
    assert window.intakes.undo_action.isEnabled() and window.intakes.undo_action in window.edit_menu.actions()
    # Undo: exactly those seven go to the trash, everything else is as before.
    notice.linkActivated.emit("undo")
    qtbot.waitUntil(lambda: window.intakes.last is None)
    assert counts(sample_archive) == before
    assert {p.id for p in sample_archive.list(Entity.PERSON)} == people_before
    assert not window.intakes.undo_action.isEnabled() and not notice.isVisible()


def test_closing_unchanged_does_not_ask(qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs) -> None:
    QGuiApplication.clipboard().setText(seed_text("004"))
    window.intakes.new_action.trigger()
    dialog = opened_dialog(window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not dialogs.shown


def test_an_error_is_one_sentence_beside_the_review_and_every_value_stays(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    dialog = read_seed(qtbot, window, "004")
    before = counts(sample_archive)
    title = retype(dialog, "Event title", "Шаңхайдағы кездесу")
    qtbot.keyClick(title, Qt.Key.Key_Return)  # Enter in a value does not save the draft half reviewed
    assert dialog.isVisible() and dialog.saved_as is None and counts(sample_archive) == before
    start = retype(dialog, "Event start", "келесі аптада")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == ("The event's start: “келесі аптада” is not a date; write it as 26.03.2026, "
                                     "March 2026 or 2026.")
    assert dialog.isVisible() and title.text() == "Шаңхайдағы кездесу" and start.text() == "келесі аптада"
    assert counts(sample_archive) == before
    period = retype(dialog, "Document 1: period", "2028/2026")
    start = retype(dialog, "Event start", "28.03.2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "“2028/2026” is not a period: write it as 2026–2028."
    assert dialog.isVisible() and period.text() == "2028/2026" and counts(sample_archive) == before
    # A refusal from the archive itself (an end before the start) is a sentence too; the values stay.
    retype(dialog, "Document 1: period", "2026–2028")
    end = retype(dialog, "Event end", "26.03.2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    assert dialog.message.text() == "Ends before it starts."
    assert dialog.isVisible() and (start.text(), end.text()) == ("28.03.2026", "26.03.2026")
    assert title.text() == "Шаңхайдағы кездесу" and counts(sample_archive) == before


def test_a_value_selects_its_span_and_a_span_selects_its_value(qtbot: QtBot, window: MainWindow) -> None:
    text = seed_text("004")
    QGuiApplication.clipboard().setText(text)
    window.intakes.new_action.trigger()
    dialog = opened_dialog(window)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    draft = dialog.draft
    assert draft is not None
    gun = next(p for p in draft.people if p.name == "Гун Чжэн")
    name = field(dialog, "Name: Гун Чжэн")
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    assert dialog.selected_text() == text[gun.span[0]:gun.span[1]] and dialog.selected_text().startswith("Гун Чжэн")
    # Clicking inside the road map's words in the text focuses the document's kind.
    road = next(n for n, x in enumerate(draft.documents, 1) if x.kind == "road_map")
    span = draft.documents[road - 1].span
    cursor = dialog.source.textCursor()
    cursor.setPosition(span[0] + 2)
    dialog.source.setTextCursor(cursor)
    dialog.source.ensureCursorVisible()
    pos = dialog.source.cursorRect(cursor).center()
    qtbot.mouseClick(dialog.source.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.accessibleName().startswith(f"Document {road}: ")
    assert dialog.selected_text() == text[span[0]:span[1]]


def test_a_date_of_the_text_becomes_the_events_dates_in_one_click(qtbot: QtBot, window: MainWindow) -> None:
    dialog = read_seed(qtbot, window, "004")
    button = field(dialog, "Use 26 March 2026 – 28 March 2026 as the event's dates")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.draft is not None
    assert (str(dialog.draft.event.start), str(dialog.draft.event.end)) == ("2026-03-26", "2026-03-28")
    start, end = field(dialog, "Event start"), field(dialog, "Event end")
    assert isinstance(start, QLineEdit) and isinstance(end, QLineEdit)
    assert (start.text(), end.text()) == ("26 March 2026", "28 March 2026")
    assert dialog.selected_text() == "2026 жылғы 26 - 28 наурыз"  # the words it came from, marked


def test_reading_again_asks_before_replacing_the_reviews_changes(
        qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs) -> None:
    dialog = read_seed(qtbot, window, "004")
    title = retype(dialog, "Event title", "Кездесу")
    dialogs.confirm_answers = [False]
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][:2] == ("confirm", "Read the text again") and title.text() == "Кездесу"
    assert dialog.draft is not None and dialog.draft.event.title == "Кездесу"
    # The text made editable again, changed, and read again on a yes: a new draft of the new text.
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert not dialog.source.isReadOnly() and not dialog.save_button.isEnabled()  # read it again first
    dialog.source.selectAll()
    dialog.source.textCursor().removeSelectedText()
    type_text(dialog.source, KK_AKTOBE)
    dialogs.confirm_answers = [True]
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.draft.text == KK_AKTOBE and dialog.source.isReadOnly() and dialog.save_button.isEnabled()
    assert {p.name for p in dialog.draft.people} == {"Ералы Тоғжанов", "Денис Паслер"}


def test_values_naming_other_items_follow_a_rename_and_an_item_left_out(qtbot: QtBot, window: MainWindow) -> None:
    dialog = read_seed(qtbot, window, "001")  # the memorandum signed at the XXI forum in Oral
    draft = dialog.draft
    assert draft is not None
    memo = next(n for n, x in enumerate(draft.documents, 1) if x.kind == "memorandum")
    signed = field(dialog, f"Document {memo}: signatories")
    assert isinstance(signed, QLineEdit) and "Виталий Хоценко" in signed.text()
    retype(dialog, "Name: Виталий Хоценко", "Хоценко Виталий")
    assert "Хоценко Виталий" in signed.text() and "Виталий Хоценко" not in signed.text()
    assert "Хоценко Виталий" in draft.documents[memo - 1].signatories
    place = field(dialog, "Event place")
    assert isinstance(place, QComboBox) and place.currentText() == draft.event.place == "Орал"
    qtbot.mouseClick(check(dialog, "Keep Орал"), Qt.MouseButton.LeftButton)
    assert place.currentText() == "—" and "Орал" not in [place.itemText(i) for i in range(place.count())]
    assert draft.place(draft.event.place) is None  # the event is saved without it


def test_sides_bodies_and_what_was_promised_are_shown_follow_renames_and_are_saved(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = read_seed(qtbot, window, "004")  # the Shanghai meeting: consulate and mayoralty, three promises
    draft = dialog.draft
    assert draft is not None
    guest, host = draft.delegations
    assert (guest.country, host.country) == ("KZ", "CN")
    country = field(dialog, "Delegation 2: country")
    assert isinstance(country, QLabel) and country.text() == "China"
    body = field(dialog, "Delegation 2: organisation")
    assert isinstance(body, QComboBox) and body.currentText() == host.organisation == "Шаңхай қаласының мэриясы"
    invited = next(n for n, c in enumerate(draft.commitments, 1) if c.responsible == host.organisation)
    who = field(dialog, f"Commitment {invited}: responsible")
    assert isinstance(who, QComboBox) and who.currentText() == host.organisation
    # Renamed in its own row, the mayoralty is renamed wherever the review names it.
    retype(dialog, "Name: Шаңхай қаласының мэриясы", "Shanghai mayoralty")
    assert (body.currentText(), who.currentText()) == ("Shanghai mayoralty", "Shanghai mayoralty")
    assert host.organisation == draft.commitments[invited - 1].responsible == "Shanghai mayoralty"
    # A member's label follows a rename, and leaving the member out takes the renamed one out.
    gun = draft.person("Гун Чжэн")
    assert gun is not None
    member = field(dialog, "Member Гун Чжэн")
    assert isinstance(member, QCheckBox) and member.text() == f"Гун Чжэн — {gun.position}"
    retype(dialog, "Name: Гун Чжэн", "Gong Zheng")
    assert member.text() == f"Gong Zheng — {gun.position}" and member.accessibleName() == "Member Gong Zheng"
    assert host.members == ["Gong Zheng"] and host.head == "Gong Zheng"
    # Who promised it and the document it belongs to are chosen from the review's own items.
    person = field(dialog, f"Commitment {invited}: person")
    document = field(dialog, f"Commitment {invited}: document")
    assert isinstance(person, QComboBox) and isinstance(document, QComboBox)
    person.setCurrentIndex(person.findText("Gong Zheng"))
    (road_map,) = [x for x in draft.documents if x.kind == "road_map"]
    document.setCurrentIndex(document.findText(road_map.title))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_as is not None)
    saved = dialog.saved_as
    assert saved is not None
    gong = next(p for p in sample_archive.list(Entity.PERSON) if p.data.name == "Гун Чжэн")
    assert gun.match is not None and gun.match.id == gong.id  # renamed in the review, still the archive's
    (doc_id,) = [i for e, i in saved.created if e == "document"]
    promised = [sample_archive.get(Entity.COMMITMENT, i).data for e, i in saved.created if e == "commitment"]
    chosen = [c for c in promised if c.document_id == doc_id]
    assert len(chosen) == 1 and chosen[0].responsible_person_id == gong.id
    mayoralty = next(o for o in draft.organisations if o.name == "Shanghai mayoralty")
    assert mayoralty.match is not None and chosen[0].responsible_org_id == mayoralty.match.id


def test_bodies_named_by_a_position_and_what_a_document_is_called_are_shown(
        qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = read_seed(qtbot, window, "000")
    assert dialog.draft is not None
    named = [o for o in dialog.draft.organisations if o.from_position]
    assert [o.name for o in named] == ["Шығыс Қазақстан облысының әкімдігі"]  # from "облысы әкімінің орынбасары"
    note = field(dialog, "Шығыс Қазақстан облысының әкімдігі: from a position")
    assert isinstance(note, QLabel) and note.text() == "from a position"
    assert not [w for w in dialog.review.findChildren(QLabel)
                if w.accessibleName() == "Павлодар облысының әкімдігі: from a position"]  # named by itself
    # A body of the archive shows what kind of body it is there.
    combo = field(dialog, "Record for Омбы облысының Үкіметі")
    grid = combo.parentWidget().layout()
    assert isinstance(grid, QGridLayout)
    row, column, _rows, _columns = grid.getItemPosition(grid.indexOf(combo))
    info = grid.itemAtPosition(row, column + 1).widget()
    assert isinstance(info, QLabel) and info.text() == "In the archive: same name; Government"
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    dialog.source.selectAll()
    dialog.source.textCursor().removeSelectedText()
    type_text(dialog.source, "Ақтөбе облысының әкімі мен Орынбор облысының губернаторы ниет хатына қол қойды.")
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    (letter,) = dialog.draft.documents
    assert (letter.kind, letter.subkind) == ("other", "letter_of_intent")
    called = field(dialog, "Document 1: called")
    assert isinstance(called, QLabel) and called.text() == "letter of intent"
