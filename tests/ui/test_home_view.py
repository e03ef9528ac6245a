from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from database.archive import Archive
from database.clock import FixedClock
from database.records import CommitmentStatus
from tests.ui.conftest import type_text
from ui.views.calendar import OVERDUE_COLOUR, Line, RecordLines
from ui.views.home import VIEW, HomeView
from ui.workspace import Workspace

CONFERENCE = "Шет ел инвестициялары конференциясының бірінші жиыны («Шаңхай шығыс торабы»)"
REFERENDUM = "Жаңа Конституция жобасы бойынша республикалық референдум"
MAYOR_VISIT = "Шаңхай мэрі Гун Чжэннің Алматы және Астана қалаларына сапары"


def lines(tree: RecordLines) -> list[Line]:
    return tree.all_lines()


def titles(tree: RecordLines) -> list[str]:
    return [line.text(1) for line in tree.record_lines()]


def line_of(tree: RecordLines, title: str) -> Line:
    return next(line for line in tree.record_lines() if line.text(1).startswith(title))


def click(qtbot: QtBot, tree: RecordLines, line: Line) -> None:
    index = tree.model().index(lines(tree).index(line), 1)
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())


def event_id(archive: Archive, title: str) -> int:
    return next(r.id for r in archive.list("event") if r.data.title == title)


def visit_commitment(archive: Archive) -> int:
    return next(r.id for r in archive.list("commitment") if r.data.text.startswith("Шаңхай мэрі Гун Чжэннің"))


@pytest.fixture
def home(qtbot: QtBot, sample_archive: Archive, clock: FixedClock, workspace: Workspace) -> HomeView:
    clock.day = date(2026, 2, 20)
    view = HomeView(workspace)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.loaded)  # its lists fill just after the first paint
    return view


def test_home_lists_are_models_qt_accepts(home: HomeView, qtmodeltester: object) -> None:
    for view in (home.events, home.overdue, home.due_soon):
        assert view.model().rowCount() > 0
        qtmodeltester.check(view.model())  # type: ignore[attr-defined]


def test_home_is_the_first_view_with_its_shortcut() -> None:
    assert (VIEW.key, VIEW.order, VIEW.shortcut) == ("home", 0, "Ctrl+0")


def test_the_next_30_days_hold_the_referendum_and_the_visit_without_a_day(home: HomeView) -> None:
    shown = titles(home.events)
    assert shown[0] == REFERENDUM
    assert CONFERENCE not in shown  # 34 days away
    # The visit is listed under its own heading, dated by the half-year, after the dated events.
    heading = next(i for i, line in enumerate(lines(home.events)) if line.record is None
                   and line.text(0) == "Without a fixed day yet")
    visit = line_of(home.events, MAYOR_VISIT)
    assert lines(home.events).index(visit) > heading
    assert visit.text(0) == "first half of 2026" and visit.text(2) == "Алматы"


def test_looking_further_ahead_brings_in_the_conference(qtbot: QtBot, home: HomeView) -> None:
    home.days_box.selectAll()
    qtbot.keyClicks(home.days_box.lineEdit(), "45")
    assert titles(home.events)[:2] == [REFERENDUM, CONFERENCE]
    assert line_of(home.events, CONFERENCE).text(2) == "Шаңхай"
    assert "45" in home.events_box.title()


def test_clicking_a_line_opens_its_record(qtbot: QtBot, home: HomeView, sample_archive: Archive,
                                          workspace: Workspace) -> None:
    click(qtbot, home.events, line_of(home.events, REFERENDUM))
    assert workspace.extra["opened"] == [("event", event_id(sample_archive, REFERENDUM))]
    click(qtbot, home.events, line_of(home.events, MAYOR_VISIT))
    assert workspace.extra["opened"][-1] == ("event", event_id(sample_archive, MAYOR_VISIT))
    # Keyboard: Enter opens the current line.
    home.events.setFocus()
    home.events.select_record(line_of(home.events, REFERENDUM).record)  # type: ignore[arg-type]
    qtbot.keyClick(home.events, Qt.Key.Key_Return)
    assert workspace.extra["opened"][-1] == ("event", event_id(sample_archive, REFERENDUM))


def test_overdue_commitments_are_highlighted_and_counted(qtbot: QtBot, home: HomeView, clock: FixedClock,
                                                         sample_archive: Archive, workspace: Workspace) -> None:
    assert len(titles(home.overdue)) == 2  # the XVIII forum's commitments, due in 2025
    assert "<b>2</b>" in home.count_labels["overdue"].text() and "<b>8</b>" in home.count_labels["open"].text()
    clock.day = date(2026, 7, 1)
    home.refresh()
    visit = line_of(home.overdue, "Шаңхай мэрі Гун Чжэннің")
    assert visit.text(0) == "first half of 2026"
    shown = home.overdue.model().index(lines(home.overdue).index(visit), 1)
    assert home.overdue.model().data(shown, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert "<b>4</b>" in home.count_labels["overdue"].text()
    assert home.overdue_box.title() == "Overdue (4)"
    click(qtbot, home.overdue, visit)
    assert workspace.extra["opened"] == [("commitment", visit_commitment(sample_archive))]


def test_due_soon_lists_pending_deadlines_of_the_window(home: HomeView, sample_archive: Archive) -> None:
    assert titles(home.due_soon) == []
    home.days_box.setValue(40)  # the conference participation is due on 26 March, day 34
    participation = next(r.id for r in sample_archive.list("commitment")
                         if r.data.text.startswith("Шаңхайдағы Шет ел инвестициялары"))
    assert [line.record for line in home.due_soon.record_lines()] == [("commitment", participation)]


def test_changing_a_status_from_home_takes_it_off_the_overdue_list(
        qtbot: QtBot, home: HomeView, clock: FixedClock, sample_archive: Archive) -> None:
    clock.day = date(2026, 7, 1)
    home.refresh()
    commitment = visit_commitment(sample_archive)
    home.activateWindow()
    qtbot.waitUntil(home.isActiveWindow)
    home.overdue.setFocus()
    while home.overdue.selected_record() != ("commitment", commitment):
        qtbot.keyClick(home.overdue, Qt.Key.Key_Down)  # selecting with the keys opens nothing
    assert home.change_button.isEnabled()
    qtbot.mouseClick(home.change_button, Qt.MouseButton.LeftButton)
    dialog = home.status_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.chosen_date() == date(2026, 7, 1)  # today, from the archive's clock
    assert dialog.status.currentData() == "in_progress"  # the next usual step

    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not home.workspace.writer.busy)  # the save runs on the writer thread
    assert dialog.isVisible() and dialog.error.isVisible()  # a note is required
    assert sample_archive.get("commitment", commitment).data.status == CommitmentStatus.OPEN

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.note.setFocus()
    type_text(dialog.note, "Сапар 2026 жылғы маусымда өтті")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not home.workspace.writer.busy)
    assert not dialog.isVisible()
    data = sample_archive.get("commitment", commitment).data
    assert data.status == CommitmentStatus.DONE
    assert (data.notes[-1].on, data.notes[-1].text) == (date(2026, 7, 1), "Сапар 2026 жылғы маусымда өтті")
    assert "Шаңхай мэрі Гун Чжэннің" not in " ".join(titles(home.overdue))
    assert "<b>2</b>" in home.count_labels["done"].text()


def test_a_long_overdue_list_shows_the_first_and_counts_them_all(
        qtbot: QtBot, sample_archive: Archive, clock: FixedClock, workspace: Workspace,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Decades of open commitments can make tens of thousands overdue: home lists the first
    (by due date), its title counts them all, and a line says where the rest are."""
    import ui.views.home as home_module

    monkeypatch.setattr(home_module, "DEADLINES_SHOWN", 3)
    clock.day = date(2026, 7, 1)  # four overdue in the sample
    view = HomeView(workspace)
    qtbot.addWidget(view)
    view.show()
    assert not view.loaded  # the window paints first, then the lists fill
    qtbot.waitUntil(lambda: view.loaded)
    assert view.overdue_box.title() == "Overdue (4)"
    assert len(titles(view.overdue)) == 3
    assert "The first 3 of 4; the Commitments view lists them all." in [line.text(0) for line in lines(view.overdue)]
    assert "<b>4</b>" in view.count_labels["overdue"].text()


def test_dates_kinds_and_statuses_are_shown_whole(home: HomeView) -> None:
    # The narrow columns are as wide as their widest text and their header, never cut short.
    checked = 0
    for tree in (home.events, home.overdue, home.due_soon):
        header = tree.header()
        rows = [row for row, line in enumerate(lines(tree)) if line.kind == "item"]
        for column in (0, 3):
            for row in rows:
                assert header.sectionSize(column) >= tree.sizeHintForIndex(tree.model().index(row, column)).width()
                checked += 1
            assert header.sectionSize(column) >= header.sectionSizeHint(column)
    assert checked > 0
