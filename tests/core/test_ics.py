import dataclasses
import io
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from database import audit
from database import calendar as cal
from database.archive import Archive
from database.clock import FixedClock
from database.dates import PartialDate
from database.errors import Conflict
from database.ics_import import ADD, SKIP, UNCHANGED, UPDATE, IcsError, apply_import, plan_import
from database.opening import open_archive
from database.records import Changes, EventDraft, EventKind, EventStatus, PlaceDraft
from desktop_app.cli import main
from exports.ics import write_ics
from operations.messages import describe

CONFERENCE = "Шет ел инвестициялары конференциясының бірінші жиыны («Шаңхай шығыс торабы»)"
MAYOR_VISIT = "Шаңхай мэрі Гун Чжэннің Алматы және Астана қалаларына сапары"


@pytest.fixture
def feb20(sample_archive: Archive, clock: FixedClock) -> Archive:
    clock.day = date(2026, 2, 20)
    return sample_archive


def first_half(archive: Archive) -> cal.Agenda:
    with archive.session() as s:
        return cal.agenda(s, date(2026, 2, 20), date(2026, 6, 30), today=archive.clock.today())


def export(archive: Archive, **options: Any) -> bytes:
    out = io.BytesIO()
    write_ics(first_half(archive).items, out, now=archive.clock.now(), **options)
    return out.getvalue()


def components(data: bytes, name: str = "VEVENT") -> dict[str, Any]:
    return {str(c["uid"]): c for c in Calendar.from_ical(data).walk(name)}


def event_record(archive: Archive, title: str) -> Any:
    return next(r for r in archive.list("event") if r.data.title == title)


# --- export ---------------------------------------------------------------------------------


def test_a_multi_day_event_exports_field_by_field(feb20: Archive) -> None:
    record = event_record(feb20, CONFERENCE)
    entry = components(export(feb20))[f"event-{record.uuid}@elshi"]
    assert str(entry["summary"]) == CONFERENCE
    assert entry.decoded("dtstart") == date(2026, 3, 26)
    assert entry.decoded("dtend") == date(2026, 3, 29)  # exclusive: the 28th is the last day
    assert entry["dtstart"].params["VALUE"] == "DATE"
    assert str(entry["location"]) == "Шаңхай, China"
    assert [str(c) for c in entry["categories"].cats] == ["conference"]
    assert str(entry["status"]) == "CONFIRMED" and str(entry["transp"]) == "OPAQUE"
    stamp = entry.decoded("dtstamp")
    assert stamp.tzinfo is not None and stamp.utcoffset().total_seconds() == 0
    assert stamp == record.updated_at.replace(tzinfo=UTC)
    assert "Shanghai East Hub" in str(entry["description"])
    assert str(entry["x-elshi-start"]) == "2026-03-26" and str(entry["x-elshi-end"]) == "2026-03-28"


def test_a_partial_date_exports_as_an_all_day_span_that_says_so(feb20: Archive) -> None:
    record = event_record(feb20, MAYOR_VISIT)
    entry = components(export(feb20))[f"event-{record.uuid}@elshi"]
    assert (entry.decoded("dtstart"), entry.decoded("dtend")) == (date(2026, 1, 1), date(2026, 7, 1))
    assert "Date known only as first half of 2026" in str(entry["description"])
    assert "龚正" in str(entry["description"])
    assert str(entry["transp"]) == "TRANSPARENT" and str(entry["status"]) == "TENTATIVE"
    assert str(entry["x-elshi-start"]) == "2026-H1"
    kazakh = components(export(feb20, lang="kk"))[f"event-{record.uuid}@elshi"]
    assert "Нақты күні белгісіз: 2026 жылдың бірінші жартыжылдығы" in str(kazakh["description"])


def test_commitment_deadlines_as_all_day_events_or_as_tasks(feb20: Archive) -> None:
    conference_commitment = next(r for r in feb20.list("commitment") if r.data.due == PartialDate(2026, 3, 26))
    uid = f"commitment-{conference_commitment.uuid}@elshi"
    as_event = components(export(feb20))[uid]
    assert (as_event.decoded("dtstart"), as_event.decoded("dtend")) == (date(2026, 3, 26), date(2026, 3, 27))
    assert str(as_event["summary"]).startswith("Commitment: Шаңхайдағы Шет ел инвестициялары")
    assert str(as_event["transp"]) == "TRANSPARENT"  # a deadline does not make the day busy
    assert conference_commitment.data.text in str(as_event["description"])
    assert "Responsible: Қазақстан Республикасының Шаңхайдағы Бас консулдығы" in str(as_event["description"])

    todo_data = export(feb20, commitments_as="todo")
    assert uid not in components(todo_data, "VEVENT")
    todo = components(todo_data, "VTODO")[uid]
    assert todo.decoded("due") == date(2026, 3, 26) and str(todo["status"]) == "NEEDS-ACTION"
    assert "dtend" not in todo


def test_kazakh_text_survives_and_lines_are_folded_by_octets(feb20: Archive) -> None:
    data = export(feb20, lang="kk")
    text = data.decode("utf-8")  # valid UTF-8 even where long lines were folded
    lines = text.split("\r\n")
    assert lines[-1] == "" and all(len(line.encode("utf-8")) <= 75 for line in lines)
    summaries = {str(c["summary"]) for c in Calendar.from_ical(data).walk("VEVENT")}
    assert CONFERENCE in summaries and MAYOR_VISIT in summaries
    assert any(s.startswith("Міндеттеме: ") for s in summaries)


def test_re_export_keeps_the_uids_and_an_edit_raises_the_sequence(feb20: Archive, clock: FixedClock) -> None:
    before = components(export(feb20))
    assert components(export(feb20)).keys() == before.keys()
    assert export(feb20) == export(feb20)  # nothing changed: the same bytes

    record = event_record(feb20, CONFERENCE)
    clock.time = datetime(2026, 12, 1, 9, 0)
    feb20.update(record.id, dataclasses.replace(record.data, start=PartialDate(2026, 3, 27)))
    after = components(export(feb20))
    assert after.keys() == before.keys()
    uid = f"event-{record.uuid}@elshi"
    assert after[uid].decoded("dtstart") == date(2026, 3, 27)
    assert int(after[uid]["sequence"]) > int(before[uid]["sequence"])
    assert after[uid].decoded("dtstamp") > before[uid].decoded("dtstamp")


def test_cancelled_events_export_as_cancelled(archive: Archive) -> None:
    archive.add(EventDraft("Forum", status=EventStatus.CANCELLED, start=PartialDate(2026, 4, 2)))
    entry = next(iter(components(export(archive)).values()))
    assert str(entry["status"]) == "CANCELLED"


# --- import ---------------------------------------------------------------------------------

FOREIGN = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Example//Mail//EN\r
BEGIN:VEVENT\r
UID:abc-123@mail.example.com\r
DTSTAMP:20260101T000000Z\r
DTSTART;VALUE=DATE:20260410\r
DTEND;VALUE=DATE:20260412\r
SUMMARY:Астана халықаралық форумы\r
LOCATION:Astana\\, Kazakhstan\r
CATEGORIES:Forum\r
DESCRIPTION:Ministry invitation\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:call-7@mail.example.com\r
DTSTAMP:20260101T000000Z\r
DTSTART;TZID=Asia/Almaty:20260501T100000\r
DTEND;TZID=Asia/Almaty:20260501T120000\r
SUMMARY:Weekly call\r
LOCATION:Room 4\r
RRULE:FREQ=WEEKLY\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:no-date@mail.example.com\r
DTSTAMP:20260101T000000Z\r
SUMMARY:Undated\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.fixture
def astana(archive: Archive) -> int:
    return archive.add(PlaceDraft("Астана", country="Kazakhstan", aliases=("Astana",))).id


def test_a_preview_writes_nothing_and_apply_creates_planned_events(archive: Archive, astana: int) -> None:
    heard: list[Changes] = []
    archive.subscribe(heard.append)
    entries = plan_import(archive, FOREIGN.encode())
    assert [(e.action, e.reason) for e in entries] == [(ADD, ""), (ADD, ""), (SKIP, "no_date")]
    assert archive.count("event") == 0 and heard == []

    forum, call = entries[0], entries[1]
    assert (forum.start, forum.end) == (PartialDate(2026, 4, 10), PartialDate(2026, 4, 11))
    assert forum.place_id == astana and forum.kind == EventKind.FORUM
    assert call.recurring and call.start == PartialDate(2026, 5, 1) and call.end is None

    result = apply_import(archive, entries)
    assert len(result.added) == 2 and result.skipped == 1
    created = archive.get("event", result.added[0]).data
    assert created.title == "Астана халықаралық форумы" and created.status == EventStatus.PLANNED
    assert created.place_id == astana and created.summary == "Ministry invitation"
    # A location the archive does not know is kept in the summary rather than lost.
    assert archive.get("event", result.added[1]).data.summary == "Room 4"


def test_re_import_matches_by_uid_and_updates_instead_of_duplicating(archive: Archive, astana: int) -> None:
    first = apply_import(archive, plan_import(archive, FOREIGN.encode()))
    again = plan_import(archive, FOREIGN.encode())
    assert [e.action for e in again] == [UNCHANGED, UNCHANGED, SKIP]
    assert apply_import(archive, again).added == ()
    assert archive.count("event") == 2

    moved = FOREIGN.replace("DTSTART;VALUE=DATE:20260410", "DTSTART;VALUE=DATE:20260411").replace(
        "DTEND;VALUE=DATE:20260412", "DTEND;VALUE=DATE:20260413")  # one day later
    update = plan_import(archive, moved.encode())[0]
    assert update.action == UPDATE and update.event_id == first.added[0] and update.changes == ("start", "end")
    result = apply_import(archive, [update])
    assert result.updated == (first.added[0],) and archive.count("event") == 2
    data = archive.get("event", first.added[0]).data
    assert (data.start, data.end) == (PartialDate(2026, 4, 11), PartialDate(2026, 4, 12))


def test_an_update_over_an_edit_made_since_the_preview_is_refused_and_writes_nothing(
        archive: Archive, astana: int) -> None:
    forum_id, call_id = apply_import(archive, plan_import(archive, FOREIGN.encode())).added
    logged = audit.count(archive)
    renamed = FOREIGN.replace("SUMMARY:Астана халықаралық форумы", "SUMMARY:Астана форумы").replace(
        "SUMMARY:Weekly call", "SUMMARY:Апта сайынғы қоңырау").replace(
        "UID:no-date@mail.example.com\r\nDTSTAMP:20260101T000000Z\r\n",
        "UID:new@mail.example.com\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260601\r\n")
    # Step 1: the preview, as the window shows it.
    planned = plan_import(archive, renamed.encode())
    assert [e.action for e in planned] == [UPDATE, UPDATE, ADD]
    # Meanwhile the weekly call is edited in another window (another connection to the file).
    elsewhere = open_archive(archive.path)
    try:
        call = elsewhere.get("event", call_id)
        elsewhere.update(call_id, dataclasses.replace(call.data, title="Қоңырау (ауыстырылды)"))
    finally:
        elsewhere.close()
    # Step 2: Import pressed on the old preview. The forum's update comes first and would be
    # written; the call's finds a newer version: the whole import is refused.
    with pytest.raises(Conflict) as refused:
        apply_import(archive, planned)
    assert refused.value.record_id == call_id and describe(refused.value).startswith(
        "the record was changed elsewhere in the meantime; nothing was saved")
    assert archive.get("event", call_id).data.title == "Қоңырау (ауыстырылды)"  # the edit stays
    assert archive.get("event", forum_id).data.title == "Астана халықаралық форумы"  # not half-written
    assert archive.count("event") == 2  # the new entry was not added either
    assert audit.count(archive) == logged + 1  # only the other window's edit
    # A fresh preview shows the edit and writes over it knowingly.
    again = plan_import(archive, renamed.encode())
    assert apply_import(archive, again).updated == (forum_id, call_id)
    assert archive.get("event", call_id).data.title == "Апта сайынғы қоңырау" and archive.count("event") == 3


def test_an_update_keeps_what_only_the_archive_knows(archive: Archive, astana: int) -> None:
    event_id = apply_import(archive, plan_import(archive, FOREIGN.encode())).added[0]
    record = archive.get("event", event_id)
    archive.update(event_id, dataclasses.replace(record.data, summary="Our notes", status=EventStatus.POSTPONED))
    renamed = FOREIGN.replace("SUMMARY:Астана халықаралық форумы", "SUMMARY:Астана форумы")
    apply_import(archive, plan_import(archive, renamed.encode()))
    data = archive.get("event", event_id).data
    assert data.title == "Астана форумы" and data.summary == "Our notes" and data.status == EventStatus.POSTPONED


def test_importing_elshis_own_export_changes_nothing(feb20: Archive) -> None:
    heard: list[Changes] = []
    feb20.subscribe(heard.append)
    entries = plan_import(feb20, export(feb20))
    assert {e.action for e in entries if e.reason != "commitment"} == {UNCHANGED}
    assert [e.reason for e in entries if e.action == SKIP] == ["commitment"] * 2
    apply_import(feb20, entries)
    assert heard == [] and feb20.count("event") == 8


def test_an_export_imported_into_another_archive_keeps_partial_dates(feb20: Archive, tmp_path: Path) -> None:
    data = export(feb20)
    other = open_archive(tmp_path / "other.sqlite", clock=FixedClock(date(2026, 2, 21)))
    try:
        result = apply_import(other, plan_import(other, data))
        titles = {other.get("event", i).data.title: other.get("event", i).data for i in result.added}
        assert titles[MAYOR_VISIT].start == PartialDate(2026, half=1) and titles[MAYOR_VISIT].end is None
        assert (titles[CONFERENCE].start, titles[CONFERENCE].end) == (PartialDate(2026, 3, 26),
                                                                        PartialDate(2026, 3, 28))
        assert titles[CONFERENCE].kind == EventKind.CONFERENCE
        # The UIDs are remembered there too: a second import adds nothing.
        assert {e.action for e in plan_import(other, data) if e.action != SKIP} == {UNCHANGED}
    finally:
        other.close()


def test_an_entry_moved_in_a_mail_client_takes_its_new_days(feb20: Archive) -> None:
    record = event_record(feb20, MAYOR_VISIT)
    data = export(feb20).decode()
    uid = f"event-{record.uuid}@elshi"
    # The client moved the visit to 12 May but kept Elshi's X- properties.
    block_start = data.index(f"UID:{uid}")
    block = data[data.rindex("BEGIN:VEVENT", 0, block_start):data.index("END:VEVENT", block_start)]
    moved = block.replace("DTSTART;VALUE=DATE:20260101", "DTSTART;VALUE=DATE:20260512").replace(
        "DTEND;VALUE=DATE:20260701", "DTEND;VALUE=DATE:20260513")
    entry = next(e for e in plan_import(feb20, data.replace(block, moved).encode()) if e.uid == uid)
    assert entry.action == UPDATE and entry.event_id == record.id
    assert entry.start == PartialDate(2026, 5, 12) and entry.end is None


def test_entries_the_archive_cannot_hold_are_skipped_with_a_reason(archive: Archive) -> None:
    odd = FOREIGN.replace("DTSTART;VALUE=DATE:20260410", "DTSTART;VALUE=DATE:16260410").replace(
        "DTEND;VALUE=DATE:20260412", "DTEND;VALUE=DATE:16260412").replace(
        "SUMMARY:Weekly call", "SUMMARY:  ")
    entries = plan_import(archive, odd.encode())
    assert [(e.action, e.reason) for e in entries] == [(SKIP, "no_date"), (SKIP, "no_title"), (SKIP, "no_date")]
    assert apply_import(archive, entries).added == () and archive.count("event") == 0


def test_a_file_that_is_not_a_calendar_is_refused(archive: Archive) -> None:
    with pytest.raises(IcsError) as error:
        plan_import(archive, b"this is not a calendar")
    assert error.value.code == "ics.unreadable"
    with pytest.raises(IcsError):
        plan_import(archive, b"")


def test_cli_import_shows_a_preview_then_writes_with_yes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, ics = str(tmp_path / "a.sqlite"), tmp_path / "in.ics"
    ics.write_text(FOREIGN, encoding="utf-8")
    assert main(["--archive", path, "--create", "calendar-import", str(ics)]) == 0
    out = capsys.readouterr().out
    assert "Астана халықаралық форумы" in out and "Nothing was written" in out and "2 to add" in out
    assert "repeats" in out and "no date" in out
    assert main(["--archive", path, "--create", "calendar-import", str(ics), "--yes"]) == 0
    assert "2 added" in capsys.readouterr().out
    assert main(["--archive", path, "--create", "calendar-import", str(ics), "--yes"]) == 0
    assert "0 added" in capsys.readouterr().out
    bad = tmp_path / "bad.ics"
    bad.write_text("hello", encoding="utf-8")
    assert main(["--archive", path, "--create", "calendar-import", str(bad)]) == 1
    assert "not an iCalendar file" in capsys.readouterr().err
