"""Encryption at rest: an archive a post has chosen to encrypt is an SQLCipher database.

SQLCipher (through the ``sqlcipher3`` module, which carries its own SQLite with FTS5) encrypts
every page of the file with AES-256 and checks each page's HMAC, so the file, its -wal and its
backups hold no readable byte of a record. Nothing here keeps the passphrase: it is turned into
a :class:`Key` once per opening and only the key lives on, in memory, for as long as the
archive is open.

- The key is scrypt's of the passphrase and the 16 random bytes SQLCipher keeps at the start of
  the file (its salt), so a backup copied with the same key and salt opens with the same
  passphrase. Deriving it once and handing SQLCipher the raw key spares every new connection
  SQLCipher's own key derivation.
- Attached files are sealed with a second key made from the first (:mod:`database.sealing`).
- An encrypted file starts with random bytes, not "SQLite format 3": :func:`looks_encrypted`
  tells it from a damaged or foreign one, so it is never called damaged nor put aside.

The functions a person's action needs are :func:`unlock` (check a passphrase against a file),
:func:`new_key` (a new encrypted archive) and :func:`encrypt_copy` (a verified encrypted copy
of a plain archive); :mod:`database.encrypting` converts a whole archive.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine

from database.engine import BUSY_TIMEOUT_MS, looks_like_sqlite, make_engine
from database.errors import ArchiveError

SALT_SIZE = 16
KEY_SIZE = 32
# scrypt's cost: about a tenth of a second and 32 MB on a modest machine, once per opening.
SCRYPT_N = 1 << 15
SCRYPT_R = 8
SCRYPT_P = 1
# SQLCipher 4 writes pages of this size; an encrypted file is a whole number of them.
PAGE_SIZE = 4096
MIN_PASSPHRASE = 8
# Errors of either SQLite binding (the standard one for plain files, SQLCipher's for ours).
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)


class Key:
    """The archive's key, made from its passphrase and its file's salt; never written anywhere."""

    __slots__ = ("raw", "salt")

    def __init__(self, raw: bytes, salt: bytes) -> None:
        if len(raw) != KEY_SIZE or len(salt) != SALT_SIZE:
            raise ValueError("a key is 32 bytes and its salt 16")
        self.raw = raw
        self.salt = salt

    def __repr__(self) -> str:  # never the key itself, in a log or a traceback
        return "Key(...)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and hmac.compare_digest(self.raw, other.raw) and self.salt == other.salt

    def __hash__(self) -> int:
        return hash(self.salt)

    def pragma(self) -> str:
        """The value of SQLCipher's ``PRAGMA key``: the raw key and the salt, no derivation."""
        return f"\"x'{self.raw.hex()}{self.salt.hex()}'\""

    @property
    def files(self) -> bytes:
        """The key that seals attached files: another key made from this one."""
        return hmac.new(self.raw, b"elshi attachments v1", hashlib.sha256).digest()


def derive(passphrase: str, salt: bytes) -> Key:
    raw = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                         maxmem=64 * 1024 * 1024, dklen=KEY_SIZE)
    return Key(raw, salt)


def check_passphrase(passphrase: str) -> None:
    """A passphrase for a new encrypted archive: at least eight characters, not only spaces."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ArchiveError("encryption.short_passphrase", str(MIN_PASSPHRASE))


def new_key(passphrase: str) -> Key:
    """The key of a new encrypted archive (a fresh salt)."""
    check_passphrase(passphrase)
    return derive(passphrase, secrets.token_bytes(SALT_SIZE))


# --- telling an encrypted file from a damaged one -----------------------------------------------


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like an SQLCipher file: whole pages of bytes that look random
    from the first.

    Without the key an encrypted file cannot be told from random bytes of the same length;
    a truncated, zeroed, overwritten or plain file fails one of these tests."""
    try:
        size = path.stat().st_size
        if size < PAGE_SIZE or size % PAGE_SIZE:
            return False
        with path.open("rb") as f:
            head = f.read(PAGE_SIZE)
    except OSError:
        return False
    return not head.startswith(b"SQLite format 3\x00") and len(set(head)) > 200


def needs_passphrase(path: Path) -> bool:
    """Whether opening the archive at ``path`` needs its passphrase."""
    try:
        return path.is_file() and path.stat().st_size > 0 and not looks_like_sqlite(path) and looks_encrypted(path)
    except OSError:
        return False


def salt_of(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            salt = f.read(SALT_SIZE)
    except OSError as e:
        raise ArchiveError("archive.unreadable", f"{path}: {e.strerror}") from e
    if len(salt) != SALT_SIZE:
        raise ArchiveError("archive.not_sqlite", str(path))
    return salt


# --- connections ---------------------------------------------------------------------------------


def connect(path: Path, key: Key, *, read_only: bool = False) -> Any:
    """An SQLCipher connection to ``path`` with ``key`` applied (the file is created if missing
    and not ``read_only``). A wrong key shows at the first read, as "file is not a database"."""
    target = path.resolve().as_uri() + "?mode=ro" if read_only else str(path)
    # As SQLAlchemy's own SQLite connections: its pool hands a connection to whichever thread
    # asks (the window's writer and reader threads), one thread at a time.
    con = sqlcipher3.connect(target, uri=read_only, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        # SQLCipher writes a failed page check to stderr: a wrong passphrase is told, not logged.
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = {key.pragma()}")
    except BaseException:
        con.close()
        raise
    return con


def opens_with(path: Path, key: Key) -> bool:
    """Whether ``key`` opens the file at ``path``: its first page decrypts and passes its HMAC.
    Only that page is read, so damage elsewhere is found as damage by the checks that follow,
    not taken for a wrong passphrase. Not a read-only connection, which could not remove the
    -wal and -shm it makes when it is the last to close."""
    try:
        con = connect(path, key)
        try:
            con.execute("PRAGMA user_version").fetchone()
        finally:
            con.close()
    except sqlcipher3.DatabaseError as e:
        # A wrong key fails page 1's HMAC: "file is not a database". "Malformed" means page 1
        # decrypted and something after it is missing or bad (the schema of a truncated file
        # may live on a later page): the key is right and the file is damaged.
        return "malformed" in str(e).lower()
    return True


def unlock(path: Path, passphrase: str) -> Key:
    """The key of the encrypted archive at ``path``; ``encryption.wrong_passphrase`` when the
    passphrase does not open it (the file is not touched)."""
    key = derive(passphrase, salt_of(path))
    if not opens_with(path, key):
        raise ArchiveError("encryption.wrong_passphrase", str(path))
    return key


def key_for(path: Path, key: Key | None) -> Key | None:
    """The key to open ``path`` with: None for a plain archive, ``key`` for an encrypted one
    (or a new file, which ``key`` makes encrypted). Raises, never writing to the file,
    ``archive.encrypted`` (a passphrase is needed), ``encryption.wrong_passphrase`` or
    ``archive.not_sqlite`` (neither a plain nor an encrypted archive)."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return key
        if looks_like_sqlite(path):
            return None
    except OSError as e:
        raise ArchiveError("archive.unreadable", f"{path}: {e.strerror}") from e
    if key is None:
        raise ArchiveError("archive.encrypted" if looks_encrypted(path) else "archive.not_sqlite", str(path))
    if opens_with(path, key):
        return key
    if looks_encrypted(path):
        raise ArchiveError("encryption.wrong_passphrase", str(path))
    raise ArchiveError("archive.not_sqlite", str(path))


def settle(engine: Engine) -> None:
    """Move what the -wal holds into the encrypted file itself. A new archive's pages would
    otherwise wait there until the next checkpoint, its file one page long, and another
    process could not yet tell it is an encrypted archive."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def keyed_engine(path: Path, key: Key, *, wal: bool = True) -> Engine:
    """The archive's SQLAlchemy engine over SQLCipher: every pooled connection keyed."""
    return make_engine(path, wal=wal, connect=lambda: connect(path, key), module=sqlcipher3.dbapi2)


# --- copies ----------------------------------------------------------------------------------------


def plain_connect(path: Path) -> Any:
    """A connection to a plain database through SQLCipher's SQLite (for its export), in
    autocommit: the caller says where transactions begin."""
    con = sqlcipher3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    con.isolation_level = None
    return con


def encrypt_copy(source: Path, target: Path, key: Key) -> None:
    """Write an encrypted copy of the plain database ``source`` to the new file ``target``
    (SQLCipher's ``sqlcipher_export`` in one transaction, so it copies one moment of the source),
    then check it opens with ``key``, is sound page by page and holds as many rows in every
    table. Raises ``backup.unsound`` (``target`` removed) when it does not."""
    if target.exists():
        raise ArchiveError("backup.target_exists", str(target))
    con = plain_connect(source)
    try:
        counts = export_into(con, target, key)
    finally:
        con.close()
    check_copy(target, key, counts)


def export_into(con: Any, target: Path, key: Key) -> dict[str, int]:
    """Export the plain database of ``con`` (autocommit, see :func:`plain_connect`) into the
    new encrypted file ``target`` in one transaction; the rows of every table it copied."""
    con.execute("ATTACH DATABASE ? AS encrypted KEY " + key.pragma(), (str(target),))
    try:
        # A read of the source and a write of the copy: only the copy is written, so no
        # super-journal ties the two files (a kill leaves nothing beside the source).
        con.execute("BEGIN")
        try:
            con.execute("SELECT sqlcipher_export('encrypted')")
            version = con.execute("PRAGMA main.user_version").fetchone()[0]
            con.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            counts = row_counts(con, "main")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.execute("DETACH DATABASE encrypted")
    return counts


def check_copy(target: Path, key: Key, counts: dict[str, int]) -> None:
    """The encrypted copy ``target`` opens with ``key``, passes ``integrity_check`` and every
    page's HMAC, and holds ``counts`` rows per table; else it is removed (``backup.unsound``).
    It is left as one self-contained file (no -wal)."""
    problems: list[str] = []
    try:
        check = connect(target, key)
        try:
            check.execute("PRAGMA journal_mode = DELETE")
            problems = verify_connection(check)
            if not problems and row_counts(check, "main") != counts:
                problems = ["not every row was copied"]
        finally:
            check.close()
    except DB_ERRORS as e:
        problems = [str(e)]
    if problems:
        target.unlink(missing_ok=True)
        raise ArchiveError("backup.unsound", f"{target}: {problems[0]}")


def row_counts(con: Any, schema: str) -> dict[str, int]:
    """Rows in every table of the database ``schema`` (main, or an attached one)."""
    names = [row[0] for row in con.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: con.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in names}


def verify_connection(con: Any) -> list[str]:
    """SQLite's ``integrity_check`` and SQLCipher's page-by-page HMAC check; empty when sound."""
    lines = [str(row[0]) for row in con.execute("PRAGMA integrity_check")]
    problems = [] if lines == ["ok"] else lines
    problems += [str(row[0]) for row in con.execute("PRAGMA cipher_integrity_check")]
    return problems


def wipe(path: Path) -> None:
    """Overwrite the file at ``path`` with zeros, flush it to disk and remove it.

    On a copy-on-write file system or a flash drive the old blocks may survive an overwrite;
    that is why a post encrypts an archive from its start where it can."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as f:
        left = size
        block = bytes(1 << 20)
        while left > 0:
            n = min(left, len(block))
            f.write(block[:n])
            left -= n
        f.flush()
        os.fsync(f.fileno())
    path.unlink()


__all__ = [
    "DB_ERRORS",
    "Key",
    "check_copy",
    "check_passphrase",
    "connect",
    "derive",
    "encrypt_copy",
    "export_into",
    "key_for",
    "keyed_engine",
    "looks_encrypted",
    "needs_passphrase",
    "new_key",
    "opens_with",
    "plain_connect",
    "row_counts",
    "settle",
    "unlock",
    "wipe",
]
