import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from database.archive import Archive
from database.clock import FixedClock
from database.dates import PartialDate
from database.records import EventStatus
from tests.ui.conftest import ScriptedDialogs
from ui.views.calendar import AGENDA, ITEMS_ROLE, SLOTS_ROLE, VIEW, WEEK, CalendarView, RecordLines
from ui.workspace import Workspace

CONFERENCE = "Шет ел инвестициялары конференциясының бірінші жиыны («Шаңхай шығыс торабы»)"
REFERENDUM = "Жаңа Конституция жобасы бойынша республикалық референдум"
MAYOR_VISIT = "Шаңхай мэрі Гун Чжэннің Алматы және Астана қалаларына сапары"


def records(tree: RecordLines) -> list[tuple[str, int]]:
    return [line.record for line in tree.record_lines() if line.record]


def event_id(archive: Archive, title: str) -> int:
    return next(r.id for r in archive.list("event") if r.data.title == title)


def on_day(view: CalendarView, day: date) -> list[str]:
    return [i.title for i in view.days_model.index_of(day).data(ITEMS_ROLE)]


def click_day(qtbot: QtBot, view: CalendarView, day: date, double: bool = False) -> None:
    grid = view.month_view if view.mode != WEEK else view.week_view
    index = grid.model().index_of(day)  # type: ignore[attr-defined]
    assert index.isValid()
    action = qtbot.mouseDClick if double else qtbot.mouseClick
    action(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(index).center())


def click_line(qtbot: QtBot, tree: RecordLines, record: tuple[str, int]) -> None:
    index = tree.model().index(tree.row_of(record), 0)
    assert index.isValid()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())


@pytest.fixture
def view(qtbot: QtBot, sample_archive: Archive, clock: FixedClock, workspace: Workspace) -> CalendarView:
    clock.day = date(2026, 2, 20)
    widget = CalendarView(workspace)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


@pytest.fixture
def kazakh() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan))
    yield
    QLocale.setDefault(before)


def test_the_calendar_view_is_listed_after_places() -> None:
    assert (VIEW.key, VIEW.order) == ("calendar", 70)


def test_the_month_opens_on_today_and_turns_to_march(qtbot: QtBot, view: CalendarView) -> None:
    assert view.days_model.month == (2026, 2)
    assert view.days_model.index_of(date(2026, 2, 20)) == view.month_view.currentIndex()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.days_model.month == (2026, 3)
    assert view.title.text() == f"{QLocale().standaloneMonthName(3)} 2026"
    assert on_day(view, date(2026, 3, 15)) == [REFERENDUM]
    for day in (26, 27, 28):
        assert CONFERENCE in on_day(view, date(2026, 3, day))
    assert CONFERENCE not in on_day(view, date(2026, 3, 25)) + on_day(view, date(2026, 3, 29))


def test_events_and_deadlines_are_marked_apart_and_a_long_event_keeps_its_line(view: CalendarView) -> None:
    view.go_to(date(2026, 3, 1))
    slots = {day: view.days_model.index_of(date(2026, 3, day)).data(SLOTS_ROLE) for day in (26, 27, 28)}
    lane = [i.title for i in slots[26]].index(CONFERENCE)
    assert all(slots[day][lane] is not None and slots[day][lane].title == CONFERENCE for day in (27, 28))
    kinds = {(i.entity, i.kind) for i in slots[26] if i is not None}
    assert kinds == {("event", "conference"), ("commitment", "commitment")}
    tip = view.days_model.index_of(date(2026, 3, 26)).data(Qt.ItemDataRole.ToolTipRole)
    assert "⚑ Шаңхайдағы" in tip and CONFERENCE in tip


def test_the_visit_sits_in_the_strip_not_on_a_day(view: CalendarView, sample_archive: Archive) -> None:
    view.go_to(date(2026, 3, 1))
    assert view.strip.isVisible()
    strip = view.strip.all_lines()
    assert [line.text(0) for line in strip] == ["first half of 2026", "first half of 2026"]
    assert records(view.strip)[0] == ("event", event_id(sample_archive, MAYOR_VISIT))
    assert all(MAYOR_VISIT not in on_day(view, date(2026, 3, d)) for d in range(1, 32))
    view.go_to(date(2026, 8, 1))
    assert not view.strip.isVisible()


def test_selecting_a_day_lists_it_and_a_click_opens_the_record(qtbot: QtBot, view: CalendarView,
                                                               sample_archive: Archive, workspace: Workspace) -> None:
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    click_day(qtbot, view, date(2026, 3, 15))
    assert view.anchor == date(2026, 3, 15)
    referendum = ("event", event_id(sample_archive, REFERENDUM))
    assert records(view.day_list) == [referendum]
    click_line(qtbot, view.day_list, referendum)
    assert workspace.extra["opened"] == [referendum]

    click_day(qtbot, view, date(2026, 3, 27))
    conference = ("event", event_id(sample_archive, CONFERENCE))
    assert records(view.day_list) == [conference]
    click_day(qtbot, view, date(2026, 3, 27), double=True)  # one item on the day: it opens
    assert workspace.extra["opened"][-1] == conference
    click_line(qtbot, view.strip, ("event", event_id(sample_archive, MAYOR_VISIT)))
    assert workspace.extra["opened"][-1] == ("event", event_id(sample_archive, MAYOR_VISIT))


def test_a_dimmed_day_of_the_next_month_turns_the_page(qtbot: QtBot, view: CalendarView) -> None:
    view.go_to(date(2026, 2, 1))
    click_day(qtbot, view, date(2026, 3, 1))  # 1 March is shown at the end of February
    assert view.days_model.month == (2026, 3)
    qtbot.keyClick(view.month_view, Qt.Key.Key_PageDown)
    assert view.days_model.month == (2026, 4)


def test_filters_narrow_what_is_shown(qtbot: QtBot, view: CalendarView) -> None:
    view.go_to(date(2026, 3, 26))
    view.commitments_box.setChecked(False)
    assert on_day(view, date(2026, 3, 26)) == [CONFERENCE]
    assert [line.text(1) for line in view.strip.all_lines()] == [MAYOR_VISIT]
    view.kind_box.setCurrentIndex(view.kind_box.findData("referendum"))
    assert on_day(view, date(2026, 3, 26)) == [] and on_day(view, date(2026, 3, 15)) == [REFERENDUM]
    view.kind_box.setCurrentIndex(0)
    view.country_box.setCurrentIndex(view.country_box.findData("China"))
    assert on_day(view, date(2026, 3, 15)) == [] and on_day(view, date(2026, 3, 26)) == [CONFERENCE]
    assert view.counterpart_box.count() > 1


def test_week_and_agenda_views(qtbot: QtBot, view: CalendarView, sample_archive: Archive) -> None:
    view.go_to(date(2026, 3, 26))
    qtbot.mouseClick(view.mode_buttons.button(WEEK), Qt.MouseButton.LeftButton)
    assert view.pages.currentWidget() is view.week_view and view.week_model.rowCount() == 1
    week = [view.week_model.day_at(view.week_model.index(0, c)) for c in range(7)]
    assert date(2026, 3, 26) in week
    with_conference = [d for d in week
                       if CONFERENCE in [i.title for i in view.week_model.index_of(d).data(ITEMS_ROLE)]]
    assert with_conference == [date(2026, 3, 26), date(2026, 3, 27), date(2026, 3, 28)]

    view.go_to(date(2026, 2, 20))
    qtbot.mouseClick(view.mode_buttons.button(AGENDA), Qt.MouseButton.LeftButton)
    view.weeks_box.setValue(6)
    listed = records(view.agenda_list)
    conference = ("event", event_id(sample_archive, CONFERENCE))
    assert listed.count(conference) == 1  # a multi-day event is listed once
    assert listed.index(("event", event_id(sample_archive, REFERENDUM))) < listed.index(conference)
    assert not view.day_panel.isVisible()


def test_month_and_weekday_names_follow_the_interface_language(qtbot: QtBot, kazakh: None,
                                                               workspace: Workspace, clock: FixedClock,
                                                               sample_archive: Archive) -> None:
    clock.day = date(2026, 3, 10)
    view = CalendarView(workspace)
    qtbot.addWidget(view)
    assert view.title.text() == "Наурыз 2026"
    header = view.days_model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "дс"  # Monday first, as in Kazakhstan
    assert "наурыз" in view.day_title.text()


def test_export_writes_the_month_shown_as_ics(qtbot: QtBot, view: CalendarView, dialogs: ScriptedDialogs,
                                              sample_archive: Archive, tmp_path: Path, workspace: Workspace) -> None:
    view.go_to(date(2026, 3, 1))
    target = tmp_path / "march"
    dialogs.files.append(str(target))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "march.ics"
    qtbot.waitUntil(lambda: bool(workspace.extra["statuses"]))
    cal = Calendar.from_ical(written.read_bytes())
    uids = {str(c["uid"]) for c in cal.walk("VEVENT")}
    conference = sample_archive.get("event", event_id(sample_archive, CONFERENCE))
    visit = sample_archive.get("event", event_id(sample_archive, MAYOR_VISIT))
    assert {f"event-{conference.uuid}@elshi", f"event-{visit.uuid}@elshi"} <= uids
    assert len(uids) == 5  # referendum, conference, visit and two deadlines
    assert "5" in workspace.extra["statuses"][-1]


def test_import_shows_a_preview_and_writes_only_when_accepted(qtbot: QtBot, view: CalendarView,
                                                              dialogs: ScriptedDialogs, sample_archive: Archive,
                                                              tmp_path: Path) -> None:
    source = tmp_path / "invitations.ics"
    source.write_bytes(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mail//EN\r\nBEGIN:VEVENT\r\nUID:inv-1@mail.example\r\n"
        "DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260415\r\nDTEND;VALUE=DATE:20260417\r\n"
        "SUMMARY:Ертіс форумы\r\nLOCATION:Омск\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".encode())
    events_before = sample_archive.count("event")

    dialogs.files.append(str(source))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.preview_dialog is not None)
    preview = view.preview_dialog
    assert preview is not None
    row = preview.table.topLevelItem(0)
    assert (row.text(0), row.text(2), row.text(3)) == ("New", "Ертіс форумы", "Омск")
    assert sample_archive.count("event") == events_before  # nothing written yet
    qtbot.mouseClick(preview.buttons.button(preview.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert sample_archive.count("event") == events_before

    dialogs.files.append(str(source))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.preview_dialog is not None)
    preview = view.preview_dialog
    assert preview is not None
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sample_archive.count("event") == events_before + 1)
    created = next(r for r in sample_archive.list("event") if r.data.title == "Ертіс форумы")
    omsk = next(r.id for r in sample_archive.list("place") if r.data.name == "Омбы")
    assert created.data.status == EventStatus.PLANNED and created.data.place_id == omsk
    view.go_to(date(2026, 4, 1))
    qtbot.waitUntil(lambda: "Ертіс форумы" in on_day(view, date(2026, 4, 16)))

    # The same file again: nothing new to write.
    dialogs.files.append(str(source))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.preview_dialog is not None)
    assert view.preview_dialog is not None
    assert view.preview_dialog.table.topLevelItem(0).text(0) == "Unchanged"
    assert not view.preview_dialog.import_button.isEnabled()
    view.preview_dialog.reject()


def test_a_file_that_is_not_a_calendar_is_reported(qtbot: QtBot, view: CalendarView, dialogs: ScriptedDialogs,
                                                   tmp_path: Path) -> None:
    bad = tmp_path / "notes.ics"
    bad.write_text("hello", encoding="utf-8")
    dialogs.files.append(str(bad))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _t, _x in dialogs.shown))
    assert "not an iCalendar file" in dialogs.shown[-1][2]
    assert view.preview_dialog is None


def test_the_calendar_follows_changes_made_elsewhere(view: CalendarView, sample_archive: Archive) -> None:
    view.go_to(date(2026, 3, 1))
    record = sample_archive.get("event", event_id(sample_archive, REFERENDUM))
    sample_archive.update(record.id, dataclasses.replace(record.data, start=PartialDate(2026, 3, 16)))
    assert on_day(view, date(2026, 3, 16)) == [REFERENDUM] and on_day(view, date(2026, 3, 15)) == []
