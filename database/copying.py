"""The verified copy of an SQLite archive: the low level under backups, migrations and recovery.

A copy is made with SQLite's online backup API (a file copy of a live database can catch it
half-written), written beside its final name (:func:`database.atomic.atomic_path`, claimed),
opened read-only and put through ``integrity_check``, and only then given its name, with its
manifest beside it (:mod:`database.manifest`: its SHA-256 and audit head). It never
overwrites: two processes copying to one name in the same second cannot write into (or
delete) each other's copy.

Nothing here knows when to copy, what to name a copy or which copies to keep (that is
:mod:`database.backup`), nor which schema revisions this Elshi can open (:mod:`database.migrate`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from database import manifest as manifests
from database.atomic import atomic_path
from database.engine import BUSY_TIMEOUT_MS, looks_like_sqlite
from database.errors import BackupError
from database.private import make_folders

Problem = tuple[str, str]  # (code, detail)


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def examine(path: Path) -> tuple[Problem | None, str | None]:
    """Why ``path`` is not a sound Elshi archive of any schema revision (None when it is), and
    the revision it says it is at. Reads the file without writing to it."""
    try:
        if not path.is_file():
            return ("backup.missing", str(path)), None
        if not looks_like_sqlite(path):
            return ("archive.not_sqlite", str(path)), None
        con = read_only(path)
        try:
            lines = [row[0] for row in con.execute("PRAGMA integrity_check")]
            if lines != ["ok"]:
                return ("archive.damaged", "; ".join(str(line) for line in lines[:3])), None
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "events", "persons"} <= tables:
                return ("archive.foreign_database", ", ".join(sorted(tables)[:5])), None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        return ("archive.damaged", str(e)), None
    except OSError as e:
        return ("archive.unreadable", f"{path}: {e.strerror}"), None
    return None, (None if not row or row[0] is None else str(row[0]))


def copy_verified(source: Path, target: Path, *, manifest: bool = True) -> None:
    """Copy the database ``source`` (live or not) to the new file ``target``, verified, with
    its manifest beside it unless ``manifest`` is false (a copy that becomes a live archive).

    Never overwrites: an existing ``target`` is refused. On any failure no ``target`` exists."""
    if target.exists():
        raise BackupError("backup.target_exists", str(target))
    try:
        make_folders(target.parent)
        # Claimed: two processes backing up in the same second pick the same name, and one
        # must not write into (or delete) the other's copy.
        with atomic_path(target, overwrite=False, claim=True) as part:
            src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                dst = sqlite3.connect(part)
                try:
                    src.backup(dst)
                    # A backup is one self-contained file: no -wal beside it to lose on a copy.
                    dst.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dst.close()
            finally:
                src.close()
            problem, _revision = examine(part)
            if problem:
                raise BackupError("backup.unsound", f"{problem[0]}: {problem[1]}")
            described = manifests.describe(part, target.name) if manifest else None
        if described is not None:
            try:
                manifests.write(target, described)
            except BaseException:
                target.unlink(missing_ok=True)  # a copy without its manifest is not one we keep
                raise
    except FileExistsError as e:
        raise BackupError("backup.target_exists", str(target)) from e
    except sqlite3.Error as e:
        code = "archive.busy" if "locked" in str(e) or "busy" in str(e) else "backup.failed"
        raise BackupError(code, str(e)) from e
    except OSError as e:
        raise BackupError("backup.failed", f"{target}: {e.strerror}") from e
