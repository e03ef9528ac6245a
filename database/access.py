"""Why an archive file cannot be used, told apart so that nothing else is ever taken for damage.

SQLite reports a file held by another program (``PRAGMA locking_mode=EXCLUSIVE``, a long
write), a read-only disk, a folder it cannot create its journal in and a file it may not open
in words that look alike ("database is locked", "unable to open database file", "attempt to
write a readonly database"), and a program that calls all of them "damaged" would offer to put
a sound archive aside. Here each has its own code, and only SQLite's ``integrity_check`` (or
SQLite itself saying the file is not a database or is malformed) makes a file damaged:

- ``archive.locked``: another program holds the file locked; wait or close it;
- ``archive.read_only_mount``: the disk or mount is read-only;
- ``archive.read_only_folder``: Elshi cannot write in the folder (its journal, -wal and -shm
  files and its backups live beside the archive);
- ``archive.no_permission``: the file may not be read or written by this user;
- ``archive.disk_full``: the disk has no room for what SQLite had to write;
- ``archive.damaged``: the file itself is damaged;
- ``archive.missing``: the file does not exist (and was not asked to be created).
"""

from __future__ import annotations

import os
from pathlib import Path

from database import encryption, engine
from database.encryption import Key
from database.errors import ArchiveError

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code behind ``error`` (a driver error, or SQLAlchemy's wrapper)."""
    original = getattr(error, "orig", error)
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(original).lower()  # drivers that do not carry the code
    if "locked" in text or "busy" in text:
        return SQLITE_BUSY
    if "malformed" in text or "not a database" in text:
        return SQLITE_CORRUPT
    if "readonly" in text or "read-only" in text:
        return SQLITE_READONLY
    if "disk is full" in text:
        return SQLITE_FULL
    if "unable to open" in text:
        return SQLITE_CANTOPEN
    return None


def is_locked(error: BaseException) -> bool:
    return sqlite_code(error) in (SQLITE_BUSY, SQLITE_LOCKED)


def is_damage(error: BaseException) -> bool:
    """SQLite itself says the file is not a database or is malformed."""
    return sqlite_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def read_only_mount(path: Path) -> bool:
    """The file system holding ``path`` is mounted read-only."""
    try:
        return bool(os.statvfs(path).f_flag & getattr(os, "ST_RDONLY", 1))
    except (OSError, AttributeError):  # no statvfs (Windows): SQLite's own error says it later
        return False


def _existing_folder(path: Path) -> Path:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def place_problem(path: Path, *, create: bool = True) -> ArchiveError | None:
    """Why the archive at ``path`` cannot be opened for reading and writing because of where it
    is (not what is in it): missing, a folder, a read-only disk or folder, no permission. None
    when its place is fine. Nothing is created or written."""
    if path.is_dir():
        return ArchiveError("archive.is_folder", str(path))
    exists = path.exists()
    if not exists and not create:
        return ArchiveError("archive.missing", str(path))
    folder = path.parent if path.parent.exists() else _existing_folder(path)
    if read_only_mount(folder):
        return ArchiveError("archive.read_only_mount", str(folder))
    if exists and not os.access(path, os.R_OK | os.W_OK):
        return ArchiveError("archive.no_permission", str(path))
    if not os.access(folder, os.W_OK | os.X_OK):
        return ArchiveError("archive.read_only_folder", str(folder))
    return None


def classify(path: Path, error: BaseException, key: Key | None = None) -> ArchiveError:
    """What an error met while opening or reading the archive at ``path`` really is.

    A lock is a lock and a place that cannot be written is that; damage is only what SQLite
    calls damage, confirmed by ``integrity_check`` when the file can be read at all."""
    if isinstance(error, ArchiveError):
        return error
    detail = f"{path}: {getattr(error, 'orig', error)}"
    if is_locked(error):
        return ArchiveError("archive.locked", str(path))
    placed = place_problem(path)
    if placed is not None:
        return placed
    if sqlite_code(error) == SQLITE_FULL:
        return ArchiveError("archive.disk_full", str(path.parent))
    if is_damage(error):
        found = integrity_problem(path, key=key)
        if found is not None:
            return found
        return ArchiveError("archive.damaged", detail)
    return ArchiveError("archive.unreadable", detail)


def integrity_problem(path: Path, timeout: float | None = None, *, key: Key | None = None) -> ArchiveError | None:
    """SQLite's ``integrity_check`` of the file at ``path``, opened read-only: ``archive.damaged``
    only when it fails, ``archive.locked`` or a place problem when it cannot be run at all."""
    if key is None and encryption.needs_passphrase(path):
        return ArchiveError("archive.encrypted", str(path))  # sound as far as anyone can tell without its key
    try:
        if key is not None and not engine.looks_like_sqlite(path):
            con = encryption.connect(path, key, read_only=True)
        else:
            con = engine.read_only_connection(path, timeout)
        try:
            lines = [str(row[0]) for row in con.execute("PRAGMA integrity_check")]
        finally:
            con.close()
    except encryption.DB_ERRORS as e:
        if is_damage(e):
            return ArchiveError("archive.damaged", f"{path}: {e}")
        if is_locked(e):
            return ArchiveError("archive.locked", str(path))
        return place_problem(path) or ArchiveError("archive.unreadable", f"{path}: {e}")
    except OSError as e:
        return ArchiveError("archive.unreadable", f"{path}: {e.strerror}")
    if lines != ["ok"]:
        return ArchiveError("archive.damaged", "; ".join(lines[:3]))
    return None


__all__ = ["classify", "integrity_problem", "is_damage", "is_locked", "place_problem", "read_only_mount",
           "sqlite_code"]
