"""File → New from press text…: a seed press item logged through the review as a person would, each
click and key counted; the archive then holds exactly the records the item describes, and Undo this
intake takes exactly them away. Closing with changes asks, an error keeps what was typed, and a
value and its span in the text select each other."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from database.archive import Archive
from database.records import Entity
from tests.seeds import SEEDS
from tests.ui.conftest import ScriptedDialogs, type_text
from ui.intake_review import IntakeDialog
from ui.main_window import MainWindow

TARGET = 30  # user actions for one press item (clicks + keys, pasting counted as one)


class Person:
    """Drives widgets as a person would and counts every click and key."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.actions = 0

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.actions += 1
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def key(self, widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.actions += 1
        self.qtbot.keyClick(widget, key, modifiers)

    def type(self, widget: QWidget, text: str) -> None:
        self.actions += len(text)
        type_text(widget, text)


def seed_text(name: str) -> str:
    (path,) = SEEDS.glob(name + "_*.txt")
    return path.read_text(encoding="utf-8")


def counts(archive: Archive) -> dict[str, int]:
    return {e: len(archive.list(e)) for e in (Entity.EVENT, Entity.PERSON, Entity.PLACE, Entity.DOCUMENT,
                                                Entity.ORGANISATION, Entity.COMMITMENT)}


@pytest.fixture
def window(qtbot: QtBot, sample_archive: Archive, dialogs: ScriptedDialogs) -> Iterator[MainWindow]:
    QGuiApplication.clipboard().setText("")  # nothing left from another test is pasted
    w = MainWindow(sample_archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    w.workspace.writer.finish()


def opened_dialog(window: MainWindow) -> IntakeDialog:
    dialog = window.intakes.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    QApplication.processEvents()
    return dialog


def check(dialog: IntakeDialog, name: str) -> QCheckBox:
    (box,) = [b for b in dialog.review.findChildren(QCheckBox) if b.accessibleName() == name]
    return box


def field(dialog: IntakeDialog, name: str) -> QWidget:
    (w,) = [w for w in dialog.review.findChildren(QWidget) if w.accessibleName() == name]
    return w


def read_seed(qtbot: QtBot, window: MainWindow, name: str) -> IntakeDialog:
    """A seed item copied, the review opened with it pasted in, and read."""
    QGuiApplication.clipboard().setText(seed_text(name))
    window.intakes.new_action.trigger()
    dialog = opened_dialog(window)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    return dialog


def retype(dialog: IntakeDialog, name: str, text: str) -> QLineEdit:
    """Select all of a value and type over it."""
    box = field(dialog, name)
    assert isinstance(box, QLineEdit)
    box.selectAll()
    box.setFocus()
    box.del_()
    type_text(box, text)
    return box


def test_closing_with_changes_asks_and_cancel_keeps_the_dialog(
        qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs) -> None:
    QGuiApplication.clipboard().setText("")
    window.intakes.new_action.trigger()
    dialog = opened_dialog(window)
    type_text(dialog.source, "Ақтөбеде кездесу өтті.")
    dialogs.save_answers = ["cancel"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialogs.shown[-1][0] == "ask_save" and dialog.isVisible()
    assert dialog.source.toPlainText() == "Ақтөбеде кездесу өтті."
    dialogs.save_answers = ["discard"]
    dialog.close()
    assert not dialog.isVisible() and [k for k, _t, _x in dialogs.shown].count("ask_save") == 2


def test_every_section_shows_even_when_the_text_gives_nothing_for_it(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QGroupBox, QLabel

    window.intakes.new_action.trigger()
    dialog = opened_dialog(window)
    type_text(dialog.source, KK_AKTOBE)  # a meeting: two people, no document, nothing promised
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    boxes = {b.title(): b for b in dialog.review.findChildren(QGroupBox)}
    assert set(boxes) == {"Event", "Delegations", "Documents", "Commitments", "People", "Organisations", "Places"}
    for empty in ("Documents", "Commitments"):
        notes = [w.text() for w in boxes[empty].findChildren(QLabel)]
        assert notes == ["None found in the text."]
    assert "None found in the text." not in [w.text() for w in boxes["People"].findChildren(QLabel)]


# In the project's own words, from the facts of the Shanghai meeting of 19 February 2026.
RU_SHANGHAI = (
    "В Генеральном консульстве в Шанхае прошла встреча\n"
    "Стороны обсудили проект дорожной карты на 2026–2028 годы между акиматом Алматы и мэрией Шанхая. "
    "Мэру Шанхая Гун Чжэну (龚正) предложено посетить Алматы и Астану в первом полугодии текущего года.")
KK_AKTOBE = "Ақтөбе облысының әкімі Ералы Тоғжанов Орынбор облысының губернаторы Денис Паслермен кездесті."


def test_a_near_match_is_offered_not_linked_and_choosing_it_links_the_archives_record(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    QGuiApplication.clipboard().setText(RU_SHANGHAI)
    window.intakes.new_action.trigger()
    dialog = opened_dialog(window)
    type_text(dialog.item_date.edit, "19.02.2026")
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.draft is not None
    # "Гун Чжэну" is read in the nominative and is the archive's Гун Чжэн, shown with his position.
    (gun,) = [p for p in dialog.draft.people if p.name.startswith("Гун")]
    gong = next(p for p in sample_archive.list(Entity.PERSON) if p.data.name == "Гун Чжэн")
    assert gun.name == "Гун Чжэн" and gun.match is not None and gun.match.id == gong.id
    person_combo = field(dialog, "Record for Гун Чжэн")
    assert isinstance(person_combo, QComboBox) and person_combo.currentText() == "Гун Чжэн"
    # "Мэрия Шанхая" only looks like the archive's Shanghai government: offered, never linked by itself.
    combo = field(dialog, "Record for Мэрия Шанхая")
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "New record"
    shanghai = next(o for o in sample_archive.list(Entity.ORGANISATION) if o.data.name == "Шаңхай қаласы Халық үкіметі")
    assert any(combo.itemData(i).id == shanghai.id for i in range(combo.count() - 1))
    combo.setCurrentIndex(next(i for i in range(combo.count() - 1) if combo.itemData(i).id == shanghai.id))
    before = counts(sample_archive)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_as is not None)
    assert dialog.saved_as is not None
    event = sample_archive.get(Entity.EVENT, dialog.saved_as.event_id).data
    assert [m.person_id for g in event.delegations for m in g.members] == [gong.id]
    (road_map,) = [sample_archive.get(Entity.DOCUMENT, i).data for e, i in dialog.saved_as.created if e == "document"]
    assert shanghai.id in road_map.party_ids
    after = counts(sample_archive)
    assert after[Entity.PERSON] == before[Entity.PERSON]
    # Only the consulate, written in a way the archive does not know, is a new body.
    assert after[Entity.ORGANISATION] == before[Entity.ORGANISATION] + 1
    created = [sample_archive.get(Entity.ORGANISATION, i).data.name
               for e, i in dialog.saved_as.created if e == "organisation"]
    assert created == ["Генеральное консульство в Шанхае"]


def test_a_new_person_is_created_and_undo_from_the_edit_menu_removes_only_what_the_intake_created(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    before = counts(sample_archive)
    window.intakes.new_action.trigger()
    dialog = opened_dialog(window)
    type_text(dialog.source, KK_AKTOBE)
    type_text(dialog.item_date.edit, "10.11.2022")
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    combo = field(dialog, "Record for Ералы Тоғжанов")
    assert isinstance(combo, QComboBox) and combo.currentText() == "Ералы Тоғжанов"
    combo.setCurrentIndex(combo.count() - 1)  # New record: another person of the same name
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_as is not None)
    assert counts(sample_archive)[Entity.PERSON] == before[Entity.PERSON] + 1
    # Only the person: the two regions' bodies named by their positions are the archive's.
    assert sorted(e for e, _i in dialog.saved_as.created) == ["event", "person"]  # type: ignore[union-attr]
    (undo_action,) = [a for a in window.edit_menu.actions() if a.objectName() == "undoIntake"]
    undo_action.trigger()
    qtbot.waitUntil(lambda: window.intakes.last is None)
    assert counts(sample_archive) == before
    names = [p.data.name for p in sample_archive.list(Entity.PERSON)]
    assert names.count("Ералы Тоғжанов") == 1  # the archive's own is still there


def test_closing_the_window_with_a_review_open_asks_first(
        qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs) -> None:
    window.intakes.new_action.trigger()
    dialog = opened_dialog(window)
    type_text(dialog.source, KK_AKTOBE)
    dialogs.save_answers = ["cancel"]
    assert not window.close()
    assert window.isVisible() and dialog.isVisible() and dialog.source.toPlainText() == KK_AKTOBE
    assert dialogs.shown[-1][0] == "ask_save"


@pytest.mark.parametrize(("lang", "words"), [
    ("kk", {"Іс-шара", "Делегациялар", "Құжаттар", "Міндеттемелер", "Тұлғалар", "Ұйымдар", "Орындар"}),
    ("ru", {"Мероприятие", "Делегации", "Документы", "Обязательства", "Персоны", "Организации", "Места"}),
])
def test_the_review_speaks_the_interface_language(
        qtbot: QtBot, sample_archive: Archive, dialogs: ScriptedDialogs, language: object, lang: str,
        words: set[str]) -> None:
    from PySide6.QtWidgets import QGroupBox, QLabel

    language(lang)  # type: ignore[operator]
    w = MainWindow(sample_archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(w)
    w.show()
    assert w.intakes.new_action.text() == {"kk": "Баспасөз &мәтінінен жаңа жазба…",
                                           "ru": "Новое из &текста прессы…"}[lang]
    QGuiApplication.clipboard().setText("")
    w.intakes.new_action.trigger()
    dialog = opened_dialog(w)
    type_text(dialog.source, KK_AKTOBE)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert {b.title() for b in dialog.review.findChildren(QGroupBox)} == words
    assert dialog.date_note.text().startswith({"kk": "Мәтінде өз күні жоқ", "ru": "В тексте нет собственной даты"}[lang])
    notes = {x.text() for x in dialog.review.findChildren(QLabel)}
    assert {"kk": "Мәтіннен ештеңе табылмады.", "ru": "В тексте ничего не найдено."}[lang] in notes
    start = field(dialog, {"kk": "Іс-шараның басталуы", "ru": "Начало мероприятия"}[lang])
    assert isinstance(start, QLineEdit)
    type_text(start, "ертең")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == {
        "kk": "Іс-шараның басталуы: «ертең» күн емес; оны 26.03.2026, 2026 жылғы наурыз немесе 2026 түрінде жазыңыз.",
        "ru": "Начало мероприятия: «ертең» — не дата; запишите её как 26.03.2026, март 2026 или 2026."}[lang]
    retype(dialog, {"kk": "Іс-шараның басталуы", "ru": "Начало мероприятия"}[lang], "10.11.2022")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_as is not None)
    assert w.intakes.notice.text().startswith({"kk": "Енгізу сақталды: ", "ru": "Ввод сохранён: "}[lang])
    assert {"kk": "Осы енгізуді кері қайтару", "ru": "Отменить этот ввод"}[lang] in w.intakes.notice.text()
    w.workspace.writer.finish()


def test_delegations_show_their_head_and_members_with_positions_and_a_member_can_be_left_out(
        qtbot: QtBot, window: MainWindow, sample_archive: Archive) -> None:
    from operations.intake.model import DelegationItem

    window.intakes.new_action.trigger()
    dialog = opened_dialog(window)
    type_text(dialog.source, KK_AKTOBE)
    type_text(dialog.item_date.edit, "10.11.2022")
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    draft = dialog.draft
    assert draft is not None
    # The delegations as the reading gives them when the text says who came with whom.
    draft.delegations = [DelegationItem("Ақтөбе облысы", "host", "Ералы Тоғжанов", ["Ералы Тоғжанов"]),
                         DelegationItem("Орынбор облысы", "guest", "Денис Паслер", ["Денис Паслер"])]
    dialog._fill()
    head = field(dialog, "Delegation 2: head")
    assert isinstance(head, QComboBox) and head.currentText() == "Денис Паслер"
    member = field(dialog, "Member Денис Паслер")
    pasler = draft.person("Денис Паслер")
    assert pasler is not None and pasler.position.endswith("Орынбор облысының губернаторы")
    assert isinstance(member, QCheckBox) and member.text() == f"Денис Паслер — {pasler.position}"
    role = field(dialog, "Delegation 1: role")
    assert isinstance(role, QComboBox) and role.currentText() == "Host"
    qtbot.mouseClick(check(dialog, "Keep Delegation 2"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_as is not None)
    assert dialog.saved_as is not None
    event = sample_archive.get(Entity.EVENT, dialog.saved_as.event_id).data
    (host,) = event.delegations
    togzhanov = next(p for p in sample_archive.list(Entity.PERSON) if p.data.name == "Ералы Тоғжанов")
    assert (host.side, host.role.value, host.head_id) == ("Ақтөбе облысы", "host", togzhanov.id)
    assert [(m.person_id, m.position) for m in host.members] == [(togzhanov.id, "Ақтөбе облысының әкімі")]


def test_the_window_has_a_font_that_draws_chinese(window: MainWindow) -> None:
    from PySide6.QtGui import QFontDatabase

    from ui.fonts import ensure_chinese

    assert ensure_chinese()  # installed, or the bundled fallback registered when the window opened
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
