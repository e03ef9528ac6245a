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
import time
from pathlib import Path
from typing import Any

from database import encryption, engine
from database import manifest as manifests
from database.access import is_damage, is_locked
from database.atomic import atomic_path
from database.encryption import DB_ERRORS, Key
from database.engine import looks_like_sqlite
from database.errors import BackupError
from database.leftovers import hold
from database.private import make_folders

Problem = tuple[str, str]  # (code, detail)


def busy_timeout_s() -> float:
    """How long a copy waits for a lock another process holds (the archive's busy timeout)."""
    return engine.BUSY_TIMEOUT_MS / 1000


def read_only(path: Path, key: Key | None = None) -> Any:
    """A read-only connection; with ``key``, through SQLCipher (the file's own kind decides)."""
    if key is not None and not looks_like_sqlite(path):
        return encryption.connect(path, key, read_only=True)
    return engine.read_only_connection(path, busy_timeout_s())


def backup_database(src: Any, dst: Any) -> None:
    """``src.backup(dst)`` that honours the busy timeout: Python's backup loop retries a locked
    source or destination for ever, so a file held by another program would hang the copy.
    Past the timeout it raises ``sqlite3.OperationalError("database is locked")``; the
    destination is then as it was (one step copies every page, in one transaction)."""
    started = time.monotonic()
    limit = busy_timeout_s()

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() - started > limit:
            raise sqlite3.OperationalError("database is locked")

    src.backup(dst, pages=-1, progress=progress, sleep=0.05)


def copy_error(error: BaseException, where: Path) -> BackupError:
    if is_locked(error):
        return BackupError("archive.busy", str(error))
    if is_damage(error):
        return BackupError("backup.unsound", f"archive.damaged: {where}: {error}")
    return BackupError("backup.failed", str(error))


def _writable(path: Path, key: Key | None) -> Any:
    return encryption.connect(path, key) if key is not None else sqlite3.connect(path)


def examine(path: Path, key: Key | None = None) -> tuple[Problem | None, str | None]:
    """Why ``path`` is not a sound Elshi archive of any schema revision (None when it is), and
    the revision it says it is at. Reads the file without writing to it. An encrypted file is
    examined with ``key``; without one (or with another) it is said to be encrypted, never damaged."""
    try:
        if not path.is_file():
            return ("backup.missing", str(path)), None
        encrypted = not looks_like_sqlite(path)
        if encrypted and (key is None or not encryption.opens_with(path, key)):
            if encryption.looks_encrypted(path):
                return ("archive.encrypted" if key is None else "encryption.wrong_passphrase", str(path)), None
            return ("archive.not_sqlite", str(path)), None
        con = read_only(path, key if encrypted else None)
        try:
            lines = [row[0] for row in con.execute("PRAGMA integrity_check")]
            if encrypted and lines == ["ok"]:  # and every page's HMAC
                lines = [row[0] for row in con.execute("PRAGMA cipher_integrity_check")] or lines
            if lines != ["ok"]:
                return ("archive.damaged", "; ".join(str(line) for line in lines[:3])), None
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "events", "persons"} <= tables:
                return ("archive.foreign_database", ", ".join(sorted(tables)[:5])), None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except DB_ERRORS as e:
        # Only SQLite calling the file damaged makes it so: a lock or a place it cannot open
        # says nothing about the file.
        if is_locked(e):
            return ("archive.locked", str(path)), None
        if is_damage(e):
            return ("archive.damaged", str(e)), None
        return ("archive.unreadable", f"{path}: {e}"), None
    except OSError as e:
        return ("archive.unreadable", f"{path}: {e.strerror}"), None
    return None, (None if not row or row[0] is None else str(row[0]))


def copy_verified(source: Path, target: Path, *, manifest: bool = True, key: Key | None = None) -> None:
    """Copy the database ``source`` (live or not) to the new file ``target``, verified, with
    its manifest beside it unless ``manifest`` is false (a copy that becomes a live archive).

    The copy of an encrypted archive (``key``) is encrypted with the same key and salt, so the
    same passphrase opens it. Never overwrites: an existing ``target`` is refused. On any
    failure no ``target`` exists."""
    if key is not None and looks_like_sqlite(source):
        key = None  # a plain file stays plain
    if target.exists():
        raise BackupError("backup.target_exists", str(target))
    try:
        make_folders(target.parent)
        # Claimed: two processes backing up in the same second pick the same name, and one
        # must not write into (or delete) the other's copy.
        with atomic_path(target, overwrite=False, claim=True) as part, hold(part):
            src = encryption.connect(source, key) if key else sqlite3.connect(source, timeout=busy_timeout_s())
            try:
                dst = _writable(part, key)
                try:
                    backup_database(src, dst)
                    # A backup is one self-contained file: no -wal beside it to lose on a copy.
                    dst.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dst.close()
            finally:
                src.close()
            problem, _revision = examine(part, key)
            if problem:
                raise BackupError("backup.unsound", f"{problem[0]}: {problem[1]}")
            described = manifests.describe(part, target.name, key) if manifest else None
        if described is not None:
            try:
                manifests.write(target, described)
            except BaseException:
                target.unlink(missing_ok=True)  # a copy without its manifest is not one we keep
                raise
    except FileExistsError as e:
        raise BackupError("backup.target_exists", str(target)) from e
    except DB_ERRORS as e:
        raise copy_error(e, source) from e
    except OSError as e:
        raise BackupError("backup.failed", f"{target}: {e.strerror}") from e
