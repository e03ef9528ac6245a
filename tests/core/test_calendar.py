import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from database import calendar as cal
from database.archive import Archive
from database.clock import FixedClock
from database.commitments import add_note, history, set_status
from database.dates import PartialDate
from database.records import (
    Changes,
    CommitmentDraft,
    CommitmentStatus,
    EventDraft,
    OrganisationDraft,
    PlaceDraft,
)
from database.validation import ValidationError
from desktop_app.cli import main

CONFERENCE = "Шет ел инвестициялары конференциясының бірінші жиыны («Шаңхай шығыс торабы»)"
REFERENDUM = "Жаңа Конституция жобасы бойынша республикалық референдум"
MAYOR_VISIT = "Шаңхай мэрі Гун Чжэннің Алматы және Астана қалаларына сапары"
SHANGHAI_MEETING = "Шаңхай қаласы Халық үкіметінің Сыртқы істер канцеляриясымен кездесу"


def titles(items: Any) -> list[str]:
    return [i.title for i in items]


def visit_commitment_id(archive: Archive) -> int:
    return next(r.id for r in archive.list("commitment") if r.data.text.startswith("Шаңхай мэрі Гун Чжэннің"))


@pytest.fixture
def feb20(sample_archive: Archive, clock: FixedClock) -> Archive:
    clock.day = date(2026, 2, 20)
    return sample_archive


# --- what is coming up ----------------------------------------------------------------------


def test_conference_and_referendum_are_upcoming_and_the_visit_sits_under_the_first_half(feb20: Archive) -> None:
    coming = cal.upcoming(feb20, days=45)
    assert REFERENDUM in titles(coming.dated) and CONFERENCE in titles(coming.dated)
    conference = next(i for i in coming.dated if i.title == CONFERENCE)
    assert (conference.first_day, conference.last_day) == (date(2026, 3, 26), date(2026, 3, 28))
    assert conference.place == "Шаңхай" and conference.country == "China"
    # The mayor's visit has no day: it is a period item of the first half, never on a day.
    assert MAYOR_VISIT not in titles(coming.dated)
    visit = next(i for i in coming.periods if i.title == MAYOR_VISIT)
    assert visit.period == "2026-H1" and not visit.exact
    assert all(MAYOR_VISIT not in titles(coming.on(day)) for day in coming.by_day())
    # Yesterday's meeting in Shanghai is over.
    assert SHANGHAI_MEETING not in titles(coming.items)


def test_the_default_window_is_the_next_30_days(feb20: Archive) -> None:
    coming = cal.upcoming(feb20)
    assert coming.first == date(2026, 2, 20) and coming.last == date(2026, 3, 22)
    assert REFERENDUM in titles(coming.dated)
    assert CONFERENCE not in titles(coming.dated)  # it starts on day 34


def test_an_event_under_way_is_still_upcoming_until_its_last_day(feb20: Archive, clock: FixedClock) -> None:
    clock.day = date(2026, 3, 28)
    assert CONFERENCE in titles(cal.upcoming(feb20, days=7).dated)
    clock.day = date(2026, 3, 29)
    assert CONFERENCE not in titles(cal.upcoming(feb20, days=7).dated)


def test_a_multi_day_event_falls_on_each_of_its_days_and_no_other(feb20: Archive) -> None:
    with feb20.session() as s:
        march = cal.agenda(s, date(2026, 3, 1), date(2026, 3, 31), today=date(2026, 2, 20))
    days = {day for day, items in march.by_day().items() if CONFERENCE in titles(items)}
    assert days == {date(2026, 3, 26), date(2026, 3, 27), date(2026, 3, 28)}
    assert titles(march.on(date(2026, 3, 15))) == [REFERENDUM]
    # Both the visit and its commitment (due 2026-H1) are in March's strip, on no day.
    assert [i.entity for i in march.periods if i.period == "2026-H1"] == ["event", "commitment"]


def test_month_and_year_dates_stay_in_their_own_period(archive: Archive) -> None:
    archive.add(EventDraft("Days of Aktobe in Orenburg", start=PartialDate(2026, 3)))
    archive.add(EventDraft("Year of culture", start=PartialDate(2026)))
    with archive.session() as s:
        march = cal.agenda(s, date(2026, 3, 1), date(2026, 3, 31), today=date(2026, 2, 20))
        april = cal.agenda(s, date(2026, 4, 1), date(2026, 4, 30), today=date(2026, 2, 20))
        december_2025 = cal.agenda(s, date(2025, 12, 1), date(2025, 12, 31), today=date(2026, 2, 20))
    assert titles(march.periods) == ["Year of culture", "Days of Aktobe in Orenburg"]
    assert march.dated == () and march.by_day() == {}
    assert titles(april.periods) == ["Year of culture"]
    assert december_2025.items == ()


def test_deadlines_known_to_a_month_half_or_year_are_in_every_range_they_overlap(archive: Archive) -> None:
    # A month grid of December 2026 runs into January 2027; each deadline's period decides.
    dues = {"December": PartialDate(2026, 12), "second half": PartialDate(2026, half=2),
            "year 2026": PartialDate(2026), "January": PartialDate(2027, 1),
            "first half 2027": PartialDate(2027, half=1), "year 2027": PartialDate(2027),
            "February 2027": PartialDate(2027, 2), "November": PartialDate(2026, 11),
            "first half 2026": PartialDate(2026, half=1), "on 31 December": PartialDate(2026, 12, 31)}
    for text, due in dues.items():
        archive.add(CommitmentDraft(text, due=due))
    with archive.session() as s:
        grid = cal.agenda(s, date(2026, 11, 30), date(2027, 1, 10), today=date(2026, 12, 2))
        week = cal.agenda(s, date(2026, 12, 28), date(2027, 1, 3), today=date(2026, 12, 2))
        june_end = cal.agenda(s, date(2026, 6, 30), date(2026, 6, 30), today=date(2026, 6, 1))
    assert sorted(titles(grid.periods)) == sorted(["December", "second half", "year 2026", "January",
                                                   "first half 2027", "year 2027", "November"])
    assert titles(grid.dated) == ["on 31 December"]
    assert sorted(titles(week.periods)) == sorted(["December", "second half", "year 2026", "January",
                                                   "first half 2027", "year 2027"])
    assert sorted(titles(june_end.periods)) == ["first half 2026", "year 2026"]


def test_trashed_and_undated_events_are_not_in_the_calendar(feb20: Archive) -> None:
    referendum = next(r for r in feb20.list("event") if r.data.title == REFERENDUM)
    feb20.delete("event", referendum.id)
    assert REFERENDUM not in titles(cal.upcoming(feb20, days=45).items)
    with feb20.session() as s:
        everything = cal.agenda(s, date(1900, 1, 1), date(2100, 1, 1), today=date(2026, 2, 20))
    # Three sample events (the Irtysh forum, the XVIII forum, the Astrakhan visit) have no date.
    assert len({i.id for i in everything.items if i.entity == "event"}) == 8 - 3 - 1


# --- deadlines ------------------------------------------------------------------------------


def test_the_visit_commitment_is_overdue_once_the_first_half_is_over(feb20: Archive, clock: FixedClock) -> None:
    visit = visit_commitment_id(feb20)
    clock.day = date(2026, 6, 30)  # the last day it can still be met
    assert visit not in [i.id for i in cal.due(feb20).overdue]
    assert visit in [i.id for i in cal.due(feb20).due_soon]
    clock.day = date(2026, 7, 1)
    overdue = cal.due(feb20).overdue
    assert visit in [i.id for i in overdue]
    assert next(i for i in overdue if i.id == visit).period == "2026-H1"


def test_done_or_dropped_commitments_are_never_overdue(feb20: Archive, clock: FixedClock) -> None:
    clock.day = date(2026, 7, 1)
    visit = visit_commitment_id(feb20)
    set_status(feb20, visit, "done", "The visit took place.")
    assert visit not in [i.id for i in cal.due(feb20).overdue]
    with feb20.session() as s:
        march_to_june = cal.agenda(s, date(2026, 3, 1), date(2026, 6, 30), today=clock.day)
    # Still on the calendar as a deadline, but not flagged.
    item = next(i for i in march_to_june.periods if i.entity == "commitment" and i.id == visit)
    assert item.status == "done" and not item.overdue


def test_due_soon_holds_pending_deadlines_in_the_window_only(archive: Archive, clock: FixedClock) -> None:
    clock.day = date(2026, 3, 1)
    soon = archive.add(CommitmentDraft("Send the list of participants", due=PartialDate(2026, 3, 10))).id
    later = archive.add(CommitmentDraft("Sign the road map", due=PartialDate(2026, 5, 20))).id
    late = archive.add(CommitmentDraft("Answer the letter", due=PartialDate(2026, 2, 27))).id
    archive.add(CommitmentDraft("Already sent", status=CommitmentStatus.DONE, due=PartialDate(2026, 3, 5)))
    archive.add(CommitmentDraft("No deadline"))
    found = cal.due(archive, days=30)
    assert [i.id for i in found.due_soon] == [soon]
    assert [i.id for i in found.overdue] == [late]
    assert later in [i.id for i in cal.due(archive, days=90).due_soon]


# --- counts -----------------------------------------------------------------------------------


def test_counts_by_status_and_overdue(feb20: Archive, clock: FixedClock) -> None:
    counts = cal.counts(feb20)
    assert counts.total == 10
    assert counts.by_status() == {"open": 8, "in_progress": 1, "done": 1, "dropped": 0}
    assert counts.overdue == 2  # the two commitments of the XVIII forum, due in 2025
    clock.day = date(2026, 7, 1)
    assert cal.counts(feb20).overdue == 3 + 1  # + the mayor's visit and the conference participation


def test_roll_up_per_event_and_document(archive: Archive, clock: FixedClock) -> None:
    forum = archive.add(EventDraft("Forum", start=PartialDate(2026, 1, 10))).id
    other = archive.add(EventDraft("Other forum")).id
    statuses = ["done", "done", "done", "open", "dropped"]
    ids = [archive.add(CommitmentDraft(f"Promise {i}", status=CommitmentStatus(st), event_id=forum,
                                       due=PartialDate(2026, 1, 31))).id for i, st in enumerate(statuses)]
    archive.delete("commitment", archive.add(CommitmentDraft("Deleted", event_id=forum)).id)
    with archive.session() as s:
        rolled = cal.rollups(s, "event", [forum, other], today=clock.today())
        assert (rolled[forum].done, rolled[forum].total) == (3, 5)  # "3 of 5 commitments done"
        assert rolled[forum].dropped == 1 and rolled[forum].overdue == 1
        assert rolled[other] == cal.Rollup()
        assert cal.rollups(s, "event", None, today=clock.today()) == {forum: rolled[forum]}
    set_status(archive, ids[3], "done", "Finished")
    with archive.session() as s:
        assert cal.rollup(s, "event", forum, today=clock.today()).done == 4


def test_roll_up_per_document_in_the_sample(feb20: Archive) -> None:
    road_map = next(r for r in feb20.list("document") if r.data.title.startswith("ҚР Ақтөбе облысының"))
    with feb20.session() as s:
        rolled = cal.rollup(s, "document", road_map.id, today=feb20.clock.today())
    assert (rolled.total, rolled.done, rolled.overdue) == (2, 0, 2)


# --- filters --------------------------------------------------------------------------------


def _march_to_june(s: Session, **filters: Any) -> cal.Agenda:
    return cal.agenda(s, date(2026, 2, 1), date(2026, 6, 30), today=date(2026, 2, 20),
                      filters=cal.CalendarFilter(**filters))


def test_filters_by_kind_country_counterpart_and_commitments(feb20: Archive) -> None:
    shanghai_government = next(r.id for r in feb20.list("organisation") if r.data.name == "Шаңхай қаласы Халық үкіметі")
    with feb20.session() as s:
        assert titles(_march_to_june(s, kinds=frozenset({"referendum"}), commitments=False).items) == [REFERENDUM]
        china = _march_to_june(s, country="china")  # any case
        assert CONFERENCE in titles(china.items) and SHANGHAI_MEETING in titles(china.items)
        assert REFERENDUM not in titles(china.items)
        assert set(cal.countries(s)) == {"China", "Kazakhstan", "Russia"}
        organised = _march_to_june(s, organisation_id=shanghai_government, commitments=False)
        # It organises the conference and sends the delegation of the mayor's visit.
        assert titles(organised.items) == [CONFERENCE, MAYOR_VISIT]
        assert shanghai_government in dict(cal.counterparts(s))
        assert {i.entity for i in _march_to_june(s, commitments=False).items} == {"event"}
        assert {i.entity for i in _march_to_june(s, events=False).items} == {"commitment"}


def test_a_delegation_makes_its_organisation_a_counterpart(archive: Archive) -> None:
    from database.records import Delegation

    org = archive.add(OrganisationDraft("Правительство Астраханской области", country="Russia")).id
    place = archive.add(PlaceDraft("Атырау", country="Kazakhstan")).id
    archive.add(EventDraft("Visit", place_id=place, start=PartialDate(2026, 5, 5),
                           delegations=(Delegation("Astrakhan region", organisation_id=org),)))
    archive.add(EventDraft("Unrelated", place_id=place, start=PartialDate(2026, 5, 6)))
    with archive.session() as s:
        assert titles(_march_to_june(s, organisation_id=org).items) == ["Visit"]
        assert titles(_march_to_june(s, country="Russia").items) == ["Visit"]
        assert titles(_march_to_june(s, country="Kazakhstan").items) == ["Visit", "Unrelated"]


# --- status changes -------------------------------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.writes: list[tuple[str, str]] = []

    def written(self, s: Session, entity: str, obj: Any, op: str, before: Any, after: Any) -> None:
        self.writes.append((entity, op))


def test_each_status_change_adds_a_dated_note_and_keeps_the_history(archive: Archive, clock: FixedClock) -> None:
    hook = Recorder()
    archive.hooks.append(hook)
    heard: list[Changes] = []
    archive.subscribe(heard.append)
    cid = archive.add(CommitmentDraft("Restore direct flights Astrakhan–Atyrau", due=PartialDate(2026, 12))).id

    set_status(archive, cid, CommitmentStatus.IN_PROGRESS, "Авиакомпаниялармен келіссөз басталды")
    clock.day = date(2026, 12, 2)
    record = set_status(archive, cid, "done", "Рейстер қайта ашылды", on=date(2026, 11, 30))

    assert record.data.status == CommitmentStatus.DONE
    notes = record.data.notes
    assert [(n.on, n.status, n.text) for n in notes] == [
        (date(2026, 11, 21), CommitmentStatus.IN_PROGRESS, "Авиакомпаниялармен келіссөз басталды"),
        (date(2026, 11, 30), CommitmentStatus.DONE, "Рейстер қайта ашылды"),
    ]
    assert archive.get("commitment", cid).data == record.data  # stored, not just returned
    assert hook.writes.count(("commitment", "update")) == 2
    assert [c.op for c in heard if c.entity == "commitment"] == ["add", "update", "update"]


def test_a_note_without_a_change_of_status_keeps_the_status(archive: Archive) -> None:
    cid = archive.add(CommitmentDraft("Hold Days of Aktobe in Orenburg")).id
    record = add_note(archive, cid, "Dates proposed to the Orenburg side")
    assert record.data.status == CommitmentStatus.OPEN
    assert record.data.notes[-1].status is None and record.data.notes[-1].on == date(2026, 11, 21)


def test_a_status_change_needs_a_note_and_a_known_status(archive: Archive) -> None:
    cid = archive.add(CommitmentDraft("Hold Days of Aktobe in Orenburg")).id
    with pytest.raises(ValidationError) as error:
        set_status(archive, cid, "done", "   ")
    assert [(e.field, e.code) for e in error.value.errors] == [("note", "required")]
    with pytest.raises(ValidationError) as error:
        set_status(archive, cid, "finished", "Done")
    assert error.value.errors[0].field == "status" and error.value.errors[0].code == "unknown_value"
    unchanged = archive.get("commitment", cid).data
    assert unchanged.status == CommitmentStatus.OPEN and unchanged.notes == ()


def test_history_is_in_date_order_even_when_a_note_is_back_dated(archive: Archive) -> None:
    cid = archive.add(CommitmentDraft("Prepare the action plan")).id
    set_status(archive, cid, "in_progress", "Draft sent", on=date(2026, 3, 10))
    set_status(archive, cid, "in_progress", "Forgot to log: first meeting", on=date(2026, 3, 1))
    assert [n.text for n in history(archive.get("commitment", cid).data)] == [
        "Forgot to log: first meeting", "Draft sent"]


# --- command line ---------------------------------------------------------------------------


def test_cli_calendar_lists_a_month_as_json_and_writes_ics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "a.sqlite")
    assert main(["--archive", path, "--create", "sample"]) == 0
    capsys.readouterr()
    assert main(["--archive", path, "--create", "calendar", "--from", "2026-03", "--to", "2026-03", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["from"], doc["to"]) == ("2026-03-01", "2026-03-31")
    by_title = {i["title"]: i for i in doc["items"]}
    assert by_title[CONFERENCE]["dates"] == "2026-03-26/2026-03-28" and by_title[CONFERENCE]["exact"]
    assert by_title[MAYOR_VISIT]["dates"] == "2026-H1" and not by_title[MAYOR_VISIT]["exact"]

    ics = tmp_path / "march.ics"
    assert main(["--archive", path, "--create", "calendar", "--from", "2026-03-01", "--to", "2026-03-31",
                 "--no-commitments", "--ics", str(ics)]) == 0
    out = capsys.readouterr().out
    assert "Wrote 3 calendar entries" in out and "Known only to the month" in out
    assert ics.read_bytes().count(b"BEGIN:VEVENT") == 3


def test_cli_calendar_refuses_a_bad_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--archive", str(tmp_path / "a.sqlite"), "--create", "calendar", "--from", "26 March"])
    assert code == 1 and "is not a date" in capsys.readouterr().err
    code = main(["--archive", str(tmp_path / "a.sqlite"), "--create", "calendar", "--from", "2026-04", "--to", "2026-03"])
    assert code == 1 and "before" in capsys.readouterr().err


def test_window_end_is_inclusive(feb20: Archive) -> None:
    with feb20.session() as s:
        day = date(2026, 3, 15)
        assert titles(cal.agenda(s, day, day, today=day).dated) == [REFERENDUM]
        assert cal.agenda(s, day + timedelta(days=1), day + timedelta(days=9), today=day).dated == ()
