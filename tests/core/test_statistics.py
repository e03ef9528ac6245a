"""The query planner's statistics: taken when missing or when the tables have changed a lot."""

from __future__ import annotations

from database.archive import Archive
from database.bulk import add_many
from database.records import CommitmentDraft
from database.statistics import refresh, refresh_if_stale, stale


def _stale(archive: Archive) -> bool:
    with archive.engine.connect() as conn:
        return stale(conn)


def test_statistics_are_taken_when_missing_and_when_the_archive_grows(archive: Archive) -> None:
    assert _stale(archive)  # a new archive has none
    assert refresh_if_stale(archive)
    assert not _stale(archive) and not refresh_if_stale(archive)
    add_many(archive, [CommitmentDraft(f"Commitment {i}") for i in range(150)])  # 0 -> 150 rows
    assert _stale(archive)
    refresh(archive)
    with archive.engine.connect() as conn:
        counted = {row[0]: row[1] for row in conn.exec_driver_sql("SELECT idx, stat FROM sqlite_stat1")}
    assert counted["ix_commitments_deleted_at"].split()[0] == "150"
    assert not _stale(archive)


def test_an_import_leaves_current_statistics(sample_archive: Archive) -> None:
    assert not _stale(sample_archive)
