"""Statistics for SQLite's query planner, kept current.

Every record table has an index on ``deleted_at`` (for the trash). With no statistics, SQLite
takes ``deleted_at IS NULL`` for a selective test and reads, say, the commitments of 900 events
by walking every live commitment through that index (43 ms) instead of looking each event up
in ``commitments.event_id`` (4 ms). ``ANALYZE`` tells it how many rows each index holds; it reads
only the indexes (under a second for 400,000 records). It is run after an import, after a bulk
load, and by the window's background checks when the tables have grown or shrunk by more than
a fifth since the statistics were taken.
"""

from __future__ import annotations

from sqlalchemy import Connection

from database.archive import Archive

TABLES = ("places", "organisations", "persons", "events", "documents", "commitments", "audit_log")
DRIFT = 0.2  # a table this much larger or smaller than its statistics say makes them stale


def stale(conn: Connection) -> bool:
    """Whether the planner's statistics are missing or no longer describe the tables."""
    if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first() is None:
        return True
    known: dict[str, int] = {}
    for table, stat in conn.exec_driver_sql("SELECT tbl, stat FROM sqlite_stat1"):
        known[table] = max(known.get(table, 0), int(str(stat).split()[0]))
    for table in TABLES:
        rows = int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)
        counted = known.get(table, 0)
        if abs(rows - counted) > max(DRIFT * max(rows, counted), 100):
            return True
    return False


def refresh(archive: Archive) -> None:
    """Take the statistics again, reading every index whole (an estimate from a sample was
    what misled the planner)."""
    with archive.writing() as s:
        conn = s.connection()
        conn.exec_driver_sql("PRAGMA analysis_limit = 0")
        conn.exec_driver_sql("ANALYZE")


def refresh_if_stale(archive: Archive) -> bool:
    """:func:`refresh` when :func:`stale`; says whether it did. A PostgreSQL server keeps its
    own statistics (autovacuum's ANALYZE): nothing to do there."""
    if archive.engine.dialect.name == "postgresql":
        return False
    with archive.engine.connect() as conn:
        if not stale(conn):
            return False
    refresh(archive)
    return True
