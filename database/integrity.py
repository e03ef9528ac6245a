"""``elshi check``: is the file sound, and does every link point somewhere?"""

from __future__ import annotations

from sqlalchemy import text

from database.archive import Archive
from database.migrate import HEAD, current_revision


def check_archive(archive: Archive) -> list[str]:
    """Problems found, one line each; an empty list means the archive is sound."""
    problems: list[str] = []
    with archive.engine.connect() as conn:
        for (line,) in conn.execute(text("PRAGMA integrity_check")):
            if line != "ok":
                problems.append(f"integrity: {line}")
        for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"broken link: {table} row {rowid} points to a missing {parent} record")
        revision = current_revision(conn)
        if revision != HEAD:
            problems.append(f"schema: at revision {revision}, expected {HEAD}")
    return problems
