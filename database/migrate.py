"""Bringing an archive file to the schema this version of Elshi knows.

Opening an archive must be fast, so the usual case (already at HEAD) is one query and never
imports Alembic. Before an existing archive is migrated it is copied aside with SQLite's backup
API; a file from a newer Elshi is refused rather than touched.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from database.copying import copy_verified as backup_to  # verified, never overwrites
from database.encryption import Key
from database.errors import SchemaError

HEAD = "0010"  # kept equal to Alembic's head by a test
MIGRATIONS = Path(__file__).with_name("migrations")


def current_revision(conn: Connection) -> str | None:
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            raise SchemaError("archive.foreign_database", ", ".join(sorted(tables)[:5]))
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _config(conn: Connection):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    return {rev.revision for rev in script.walk_revisions()}


def alembic_head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def migrate_server(engine: Engine) -> None:
    """Upgrade a PostgreSQL archive to HEAD: one transaction (PostgreSQL's DDL is transactional),
    under an advisory lock so two workstations opening a new server at once do not both build it.
    The server's own backups (pg_dump) are the administrator's, not a copy made here."""
    with engine.connect() as conn:
        revision = current_revision(conn)
        if revision == HEAD:
            return
        if revision is not None and revision not in known_revisions():
            raise SchemaError("archive.newer_schema", revision)
    from alembic import command

    with engine.connect() as conn, conn.begin():
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7365)")  # "elshi" schema changes
        if current_revision(conn) != HEAD:
            command.upgrade(_config(conn), "head")


def migrate(engine: Engine, path: Path, backup_dir: Path, stamp: str, *, keep_copy: bool = True,
            key: Key | None = None) -> Path | None:
    """Upgrade to HEAD; returns the backup made first, if any (none with ``keep_copy`` False,
    for a file that is itself a copy; encrypted with ``key`` when the archive is)."""
    with engine.connect() as conn:
        revision = current_revision(conn)
    if revision == HEAD:
        return None
    if revision is not None and revision not in known_revisions():
        raise SchemaError("archive.newer_schema", revision)
    backup = None
    if revision is not None and keep_copy:
        backup = backup_dir / f"{path.stem}-before-migration-{revision}-{stamp}.sqlite"
        backup_to(path, backup, key=key)
    from alembic import command

    with engine.connect() as conn:
        # SQLite alters a table by copying it and dropping the old one, which foreign keys
        # forbid; they are off while the schema changes and every link is checked after.
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # outside any transaction, or it does nothing
        try:
            with conn.begin():
                command.upgrade(_config(conn), "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise SchemaError("archive.migration_failed", f"{len(broken)} broken links, first in {broken[0][0]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    return backup
