"""The Search view driven as a person would: type in the box, read the groups, press Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from database.archive import Archive
from database.records import EventDraft
from tests.ui.conftest import ScriptedDialogs, type_text
from ui.views.search import HIT_ROLE, HTML_ROLE, VIEW, SearchView
from ui.workspace import Workspace

pytestmark = pytest.mark.ui


@pytest.fixture
def view(qtbot: QtBot, sample_archive: Archive, workspace: Workspace) -> SearchView:
    v = VIEW.build(workspace)
    assert isinstance(v, SearchView)
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    v.activateWindow()
    qtbot.waitUntil(v.isActiveWindow)
    return v


def type_query(qtbot: QtBot, view: SearchView, text: str) -> None:
    type_text(view.box, text)
    qtbot.waitUntil(lambda: not view.busy(), timeout=5000)
    assert view.shown_query == text or view.shown_query.endswith(text)


def groups(view: SearchView) -> dict[str, list[tuple[str, int]]]:
    out = {}
    for row in range(view.model.rowCount()):
        group = view.model.item(row)
        out[group.text()] = [group.child(i).data(HIT_ROLE) for i in range(group.rowCount())]
    return out


def person_id(archive: Archive, name: str) -> int:
    return next(r.id for r in archive.list("person") if r.data.name == name)


def test_the_view_is_listed_for_the_sidebar() -> None:
    assert (VIEW.key, VIEW.order, VIEW.entity, VIEW.shortcut) == ("search", 80, None, "Ctrl+Shift+F")
    assert VIEW.title() == "Search"


def test_typing_shows_hits_grouped_by_type_and_enter_opens_the_first(
        qtbot: QtBot, view: SearchView, sample_archive: Archive, workspace: Workspace) -> None:
    type_query(qtbot, view, "Байхан")
    found = groups(view)
    assert list(found) == ["People (2)"]
    assert set(found["People (2)"]) == {("person", person_id(sample_archive, "Асаин Байханов")),
                                        ("person", person_id(sample_archive, "Асайын Байханов"))}
    qtbot.keyClick(view.box, Qt.Key.Key_Return)
    assert workspace.extra["opened"] == [found["People (2)"][0]]


def test_enter_pressed_before_the_results_are_in_opens_the_first_of_them(
        qtbot: QtBot, view: SearchView, sample_archive: Archive, workspace: Workspace) -> None:
    type_text(view.box, "Хоценко")
    qtbot.keyClick(view.box, Qt.Key.Key_Return)  # at once, before the pause that starts a search
    qtbot.waitUntil(lambda: bool(workspace.extra["opened"]), timeout=5000)
    assert workspace.extra["opened"] == [("person", person_id(sample_archive, "Виталий Хоценко"))]


def test_down_then_enter_opens_the_chosen_hit(qtbot: QtBot, view: SearchView, workspace: Workspace) -> None:
    type_query(qtbot, view, "Омск")
    hits = [h for g in groups(view).values() for h in g]
    assert len(hits) > 2
    qtbot.keyClick(view.box, Qt.Key.Key_Down)
    assert view.results.hasFocus()
    qtbot.keyClick(view.results, Qt.Key.Key_Down)
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    assert workspace.extra["opened"] == [view.results.currentIndex().data(HIT_ROLE)]
    assert workspace.extra["opened"][0] in hits[1:]


def test_double_click_opens_a_hit(qtbot: QtBot, view: SearchView, workspace: Workspace) -> None:
    type_query(qtbot, view, "上海")
    group = view.model.index(0, 0)
    index = view.model.index(0, 0, group)
    rect = view.results.visualRect(index)
    # A person's double click starts with a press; QTest's alone does not.
    qtbot.mouseClick(view.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workspace.extra["opened"] == [index.data(HIT_ROLE)]


def test_only_the_answer_to_the_last_text_is_shown(qtbot: QtBot, view: SearchView) -> None:
    type_query(qtbot, view, "Шаңхай")
    type_text(view.box, " мэрі")
    qtbot.waitUntil(lambda: not view.busy(), timeout=5000)
    assert view.shown_query == "Шаңхай мэрі"
    titles = {view.model.item(r).child(i).text() for r in range(view.model.rowCount())
              for i in range(view.model.item(r).rowCount())}
    assert titles and all("мэр" in t.lower() for t in titles)


def test_matches_are_highlighted_and_record_text_is_escaped(
        qtbot: QtBot, view: SearchView, sample_archive: Archive) -> None:
    sample_archive.add(EventDraft("<b>Ертіс</b> & <i>Жайық</i> кездесуі"))
    type_query(qtbot, view, "Жайық")
    item = view.model.item(0).child(0)
    html = item.data(HTML_ROLE)
    assert "&lt;b&gt;Ертіс&lt;/b&gt; &amp; &lt;i&gt;" in html
    assert '<span style="background-color: #ffe58a; color: #000000;">Жайық</span>' in html


def test_the_type_filter_narrows_the_results(qtbot: QtBot, view: SearchView) -> None:
    type_query(qtbot, view, "Шаңхай")
    assert len(groups(view)) > 1
    view.type_combo.setCurrentIndex(view.type_combo.findData("place"))
    qtbot.waitUntil(lambda: list(groups(view)) == ["Places (1)"], timeout=5000)


def test_a_new_record_appears_in_the_results_while_shown(qtbot: QtBot, view: SearchView, sample_archive: Archive) -> None:
    type_query(qtbot, view, "Ертіс")
    before = sum(len(g) for g in groups(view).values())
    added = sample_archive.add(EventDraft("Ертіс бассейнінің жаңа кездесуі"))
    qtbot.waitUntil(lambda: sum(len(g) for g in groups(view).values()) == before + 1, timeout=5000)
    assert ("event", added.id) in [h for g in groups(view).values() for h in g]


def test_a_misspelt_name_offers_the_spelling_in_the_archive(
        qtbot: QtBot, view: SearchView, sample_archive: Archive) -> None:
    type_query(qtbot, view, "Хоцинко")  # (Хоцэнко is found: it transliterates as the Latin Khotsenko)
    assert view.summary.text() == "Nothing found."
    assert view.near_label.isVisible() and "Хоценко" in view.near_label.text()
    near_group = next(k for k in groups(view) if k.startswith("Similar spellings"))
    assert ("person", person_id(sample_archive, "Виталий Хоценко")) in groups(view)[near_group]
    view.near_label.linkActivated.emit("Хоценко")
    qtbot.waitUntil(lambda: not view.busy(), timeout=5000)
    assert view.shown_query == "Хоценко"
    assert "People (1)" in groups(view)


@pytest.mark.parametrize("text", ['"*( -:', "😀", '"'])
def test_odd_input_finds_nothing_and_says_so(qtbot: QtBot, view: SearchView, text: str) -> None:
    type_query(qtbot, view, text)
    assert view.summary.text() == "Nothing found." and view.model.rowCount() == 0


def test_a_long_paste_with_control_characters_is_searched_too(qtbot: QtBot, view: SearchView) -> None:
    view.box.setText("Шаңхай\x00\x01 " + "ы" * 10_000)
    qtbot.waitUntil(lambda: not view.busy(), timeout=5000)
    assert view.summary.text() == "Nothing found."
    view.box.setText("\x00Шаңхай\x1f")
    qtbot.waitUntil(lambda: not view.busy(), timeout=5000)
    assert view.model.rowCount() > 1


def test_a_saved_search_restores_its_text_and_filters(
        qtbot: QtBot, view: SearchView, dialogs: ScriptedDialogs) -> None:
    type_query(qtbot, view, "Шаңхай")
    view.status_combo.setCurrentIndex(view.status_combo.findData("planned"))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.saved_combo.findData("Шаңхай") > 0
    view.box.clear()
    view.status_combo.setCurrentIndex(0)
    index = view.saved_combo.findData("Шаңхай")
    view.saved_combo.setCurrentIndex(index)
    view.saved_combo.activated.emit(index)
    qtbot.waitUntil(lambda: not view.busy(), timeout=5000)
    assert view.shown_query == "Шаңхай"
    assert view.status_combo.currentData() == "planned"
    assert all(hit[0] == "event" for g in groups(view).values() for hit in g)
    dialogs.confirm_answers.append(True)
    qtbot.mouseClick(view.forget_button, Qt.MouseButton.LeftButton)
    assert view.saved_combo.findData("Шаңхай") == -1
