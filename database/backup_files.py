"""The attached files of a backup, and bringing them back on restore.

A backup copies the archive's database; the scans attached to its records live beside it in
``NAME-files/``. Each backup also keeps every file its copy refers to, stored once by SHA-256 in
the backups folder (``NAME-backups/files/<sha256>``; for a backup written elsewhere, in
``<backup>-files/`` beside it), so a hundred daily backups of one scan hold it once. A backup is
verified only when each of its files hashes to the SHA-256 recorded for it.

On restore, every attachment of the restored records whose file is missing from the archive's
files folder, or no longer matches, is copied back from the backup's files.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from database import encryption, sealing
from database.atomic import atomic_write
from database.encryption import Key
from database.engine import looks_like_sqlite
from database.errors import ArchiveError, BackupError
from database.private import make_folders

CHUNK = 1 << 20
STORE = "files"


def _sha256(path: Path, key: Key | None = None) -> str:
    """The SHA-256 of a kept file's content (of an encrypted archive's sealed file: opened first)."""
    if key is not None:
        try:
            with path.open("rb") as f:
                return sealing.sha256_of(f, key.files)
        except ArchiveError:  # changed, cut short or another archive's
            return ""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def store_for(backup: Path, backups_dir: Path) -> Path:
    """Where the files of the backup ``backup`` are kept."""
    if backup.parent.resolve() == backups_dir.resolve():
        return backups_dir / STORE
    return backup.with_name(backup.stem + "-files")


def _attachments(db: Path, key: Key | None = None) -> list[tuple[str, str]]:
    """(stored name, sha256) of every attachment a database file (encrypted: with ``key``) refers to."""
    conn: Any
    if key is not None and not looks_like_sqlite(db):
        conn = encryption.connect(db, key, read_only=True)
    else:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "attachments" not in tables:
            return []
        return [(str(a), str(b).lower()) for a, b in conn.execute("SELECT stored_name, sha256 FROM attachments")]
    finally:
        conn.close()


def _copy(source: Path, target: Path, sha: str, key: Key | None = None) -> None:
    """Copy, then check the copy's hash; a copy that does not match is removed, BackupError."""
    make_folders(target.parent)
    with source.open("rb") as src, atomic_write(target) as dst:
        shutil.copyfileobj(src, dst, CHUNK)
    if _sha256(target, key) != sha:
        target.unlink(missing_ok=True)
        raise BackupError("backup.unsound", f"{target}: the copy does not match its SHA-256")


def save(backup: Path, attachments_dir: Path, backups_dir: Path, key: Key | None = None) -> list[str]:
    """Keep the files the backup ``backup`` refers to, then verify each by its hash. Returns the
    files that could not be kept because the archive itself lacks them or they changed there
    (``elshi check`` reports those); BackupError if a copy made here does not verify."""
    store = store_for(backup, backups_dir)
    lacking: list[str] = []
    for stored, sha in _attachments(backup, key):
        kept = store / sha
        if kept.is_file() and kept.stat().st_size > 0 and _sha256(kept, key) == sha:
            continue
        source = attachments_dir / stored
        if Path(stored).name != stored or not source.is_file() or _sha256(source, key) != sha:
            lacking.append(stored)
            continue
        _copy(source, kept, sha, key)
    return lacking


def verify(backup: Path, backups_dir: Path, key: Key | None = None) -> list[str]:
    """The files of a backup that are missing or do not match their SHA-256."""
    store = store_for(backup, backups_dir)
    bad = []
    for _stored, sha in _attachments(backup, key):
        kept = store / sha
        if not kept.is_file() or _sha256(kept, key) != sha:
            bad.append(sha)
    return bad


def restore(source: Path, archive_db: Path, attachments_dir: Path, backups_dir: Path,
            key: Key | None = None) -> list[str]:
    """Bring back the files of the restored archive from the backup ``source``'s files; returns
    the stored names that could not be brought back (the backup lacked them)."""
    stores = [store_for(source, backups_dir), source.with_name(source.stem + "-files"), source.parent / STORE]
    missing = []
    for stored, sha in _attachments(archive_db, key):
        if Path(stored).name != stored:
            missing.append(stored)
            continue
        target = attachments_dir / stored
        if target.is_file() and _sha256(target, key) == sha:
            continue
        kept = next((p / sha for p in stores if (p / sha).is_file() and _sha256(p / sha, key) == sha), None)
        if kept is None:
            missing.append(stored)
            continue
        if target.exists():  # a changed file is kept aside, never overwritten
            os.replace(target, target.with_name(target.name + ".changed"))
        _copy(kept, target, sha, key)
    return missing
