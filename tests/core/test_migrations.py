import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from database.archive import Archive
from database.errors import ArchiveError
from database.migrate import HEAD, alembic_head
from database.models import Base
from database.opening import open_archive

# The list-order indexes are on expressions, which Alembic cannot compare on SQLite (it says so);
# test_every_list_opens_in_index_order_without_sorting checks them instead.
pytestmark = [pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index"),
              pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")]


def test_head_constant_matches_the_migrations() -> None:
    assert alembic_head() == HEAD


def test_a_new_archive_is_built_by_the_migrations_and_matches_the_models(tmp_path: Path) -> None:
    archive = open_archive(tmp_path / "new.sqlite")
    with archive.engine.connect() as conn:
        # The full-text index (search_*) is derived data its extension creates and rebuilds.
        # Alembic reads ix_commitments_pending's "id DESC" back as "id" and would call it
        # changed; test_home_and_calendar_queries_read_their_indexes checks it instead.
        ctx = MigrationContext.configure(conn, opts={
            "include_name": lambda name, kind, parent: not (kind == "table" and str(name).startswith("search_"))
            and not (kind == "index" and name == "ix_commitments_pending")})
        diff = compare_metadata(ctx, Base.metadata)
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert diff == []
    assert version == HEAD


def test_the_connection_keeps_foreign_keys_wal_and_a_busy_timeout(tmp_path: Path) -> None:
    archive = open_archive(tmp_path / "a.sqlite")
    with archive.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_an_archive_from_a_newer_elshi_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_archive(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff'")
    before = path.read_bytes()
    with pytest.raises(ArchiveError) as e:
        open_archive(path)
    assert e.value.code == "archive.newer_schema"
    assert path.read_bytes() == before


def test_a_file_that_is_not_an_archive_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database")
    with pytest.raises(ArchiveError) as e:
        open_archive(path)
    assert e.value.code == "archive.not_sqlite"
    assert path.read_text() == "these are my notes, not a database"


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(ArchiveError) as e:
        open_archive(path)
    assert e.value.code == "archive.foreign_database"


def test_an_older_archive_is_backed_up_before_it_is_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import database.migrate as migrate

    path = tmp_path / "old.sqlite"
    open_archive(path).close()
    with sqlite3.connect(path) as db:  # pretend the file predates the current head
        db.execute("UPDATE alembic_version SET version_num = 'old0'")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {"old0", HEAD})
    monkeypatch.setattr("alembic.command.upgrade", lambda cfg, rev: cfg.attributes["connection"].exec_driver_sql(
        f"UPDATE alembic_version SET version_num = '{HEAD}'"))
    archive = open_archive(path)
    backups = list(archive.backups_dir.glob("*.sqlite"))
    assert len(backups) == 1 and "before-migration-old0" in backups[0].name
    with sqlite3.connect(backups[0]) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == ("old0",)


def test_every_list_opens_in_index_order_without_sorting(archive: Archive) -> None:
    """A list of 200,000 commitments opened in its default order reads an index instead of
    sorting every row first (a temporary B-tree in SQLite's plan)."""
    from sqlalchemy.dialects import sqlite

    from database.lists import SPECS, ids_query

    with archive.session() as s:
        for entity in SPECS:
            sql = str(ids_query(entity).compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
            plan = " | ".join(row[-1] for row in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert "TEMP B-TREE" not in plan and "list_order" in plan, (entity, plan)
