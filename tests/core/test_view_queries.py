"""Home's and the calendar's queries read their indexes, as they would on a large archive.

SQLite picks a plan from its statistics, and a fresh test archive has none: each test writes
the statistics of an archive of 200,000 commitments and 100,000 events (as ``ANALYZE`` took
them on the benchmark archive) and reloads them, so the planner decides as it would there.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from database import calendar as cal
from database.archive import Archive
from database.clock import FixedClock
from database.dates import PartialDate
from database.records import CommitmentDraft, CommitmentStatus, EventDraft, EventKind, EventStatus

# ANALYZE of the large benchmark archive (tests/benchmarks, seed 1): rows, then rows per value
# of each leading column.
LARGE = {
    "commitments": {
        "ix_commitments_deleted_at": "200000 200000", "ix_commitments_document_id": "200000 5",
        "ix_commitments_due_date": "200000 16", "ix_commitments_event_id": "200000 3",
        "ix_commitments_list_order": "200000 200000 100000 16 1", "ix_commitments_pending": "61569 6 1",
        "ix_commitments_responsible_org_id": "200000 40", "ix_commitments_responsible_person_id": "200000 5",
        "ix_commitments_status": "200000 50000", "ix_commitments_status_counts": "200000 200000 50000 6",
        "sqlite_autoindex_commitments_1": "200000 1",
    },
    "events": {
        "ix_events_calendar": "99800 9 5", "ix_events_date_from": "100000 9", "ix_events_date_to": "100000 9",
        "ix_events_deleted_at": "100000 50000", "ix_events_list_order": "100000 50000 25000 9 1",
        "ix_events_organiser_id": "100000 20", "ix_events_place_id": "100000 50",
        "sqlite_autoindex_events_1": "100000 1",
    },
}
TODAY = date(2026, 11, 21)


@pytest.fixture
def large_statistics(archive: Archive) -> Archive:
    with archive.writing() as s:
        conn = s.connection()
        conn.exec_driver_sql("ANALYZE")  # creates sqlite_stat1
        conn.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE tbl IN ('commitments', 'events')")
        for table, indexes in LARGE.items():
            for index, stat in indexes.items():
                conn.exec_driver_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", (table, index, stat))
    # Connections read the statistics when they open: start from new ones.
    archive.engine.dispose()
    return archive


@contextmanager
def statements(archive: Archive) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, params))

    event.listen(archive.engine, "before_cursor_execute", grab)
    try:
        yield seen
    finally:
        event.remove(archive.engine, "before_cursor_execute", grab)


def plans(archive: Archive, work: Callable[[Session], object]) -> list[str]:
    """The plan of every SELECT ``work`` runs, one line per statement."""
    with statements(archive) as seen, archive.session() as s:
        work(s)
    with archive.session() as s:
        conn = s.connection()
        return [" | ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
                for sql, params in seen]


def no_scan(found: list[str]) -> None:
    for plan in found:
        assert "TEMP B-TREE" not in plan, plan
        assert "SCAN commitments" not in plan and "SCAN events" not in plan, plan


def test_home_and_calendar_queries_read_their_indexes(large_statistics: Archive) -> None:
    archive = large_statistics
    home = plans(archive, lambda s: (
        cal.agenda(s, TODAY, TODAY + timedelta(days=30), today=TODAY, filters=cal.CalendarFilter(commitments=False)),
        cal.deadlines(s, today=TODAY, days=30, limit=100),
        cal.status_counts(s, today=TODAY)))
    no_scan(home)
    joined = "\n".join(home)
    # The events of the next days from their last day; the two deadline lists in order from
    # the pending commitments' index; the counts by status from the covering index.
    assert "ix_events_calendar" in home[0], home[0]
    assert joined.count("ix_commitments_pending") >= 2, joined
    assert "COVERING INDEX ix_commitments_status_counts" in joined, joined
    month = plans(archive, lambda s: cal.agenda(s, date(2026, 10, 26), date(2026, 12, 6), today=TODAY))
    no_scan(month)
    assert any("ix_events_calendar" in p for p in month) and any("ix_commitments_list_order" in p for p in month)


def test_home_counts_and_lists_hold_what_they_held(archive: Archive, clock: FixedClock) -> None:
    """The indexed queries count and list exactly the pending, live, past-due commitments, in
    the commitments list's order (by due date, the newest first within a day)."""
    clock.day = TODAY
    add = archive.add
    late_a = add(CommitmentDraft("Send the road map", due=PartialDate(2026, 11, 2))).id
    late_b = add(CommitmentDraft("Answer the embassy", status=CommitmentStatus.IN_PROGRESS,
                                 due=PartialDate(2026, 11, 2))).id
    late_year = add(CommitmentDraft("Open the consulate", due=PartialDate(2025))).id
    add(CommitmentDraft("Signed already", status=CommitmentStatus.DONE, due=PartialDate(2026, 10, 1)))
    add(CommitmentDraft("Given up", status=CommitmentStatus.DROPPED, due=PartialDate(2026, 10, 1)))
    trashed = add(CommitmentDraft("Trashed", due=PartialDate(2026, 10, 1))).id
    archive.delete("commitment", trashed)
    soon = add(CommitmentDraft("Send the list of participants", due=PartialDate(2026, 12, 1))).id
    add(CommitmentDraft("Not yet", due=PartialDate(2027, 3, 1)))
    add(CommitmentDraft("No deadline"))
    add(EventDraft("Forum of the regions", EventKind.FORUM, EventStatus.PLANNED, None, PartialDate(2026, 11, 30)))
    add(EventDraft("A year's work plan", EventKind.OTHER, EventStatus.PLANNED, None, PartialDate(2026)))
    with archive.session() as s:
        due = cal.deadlines(s, today=TODAY, days=30, limit=2)
        counts = cal.status_counts(s, today=TODAY)
        coming = cal.agenda(s, TODAY, TODAY + timedelta(days=30), today=TODAY,
                            filters=cal.CalendarFilter(commitments=False))
    assert [i.id for i in due.overdue] == [late_year, late_b]  # the first two: 2025, then the newer of 2 Nov
    assert due.overdue_total == 3 and late_a not in [i.id for i in due.overdue]
    assert [i.id for i in due.due_soon] == [soon] and due.due_soon_total == 1
    assert counts.by_status() == {"open": 5, "in_progress": 1, "done": 1, "dropped": 1}
    assert counts.overdue == 3 and counts.total == 8  # the trashed one is not counted
    assert [i.title for i in coming.dated] == ["Forum of the regions"]
    assert [i.title for i in coming.periods] == ["A year's work plan"]
