"""The SQLite connection: pragmas and the one place that knows the file is SQLite."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from database.names import quick_fold

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any, *, wal: bool = True) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin: the module would
    # otherwise commit before every CREATE/ALTER, so a failed migration could be left half done.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL" if wal else "PRAGMA journal_mode = DELETE")
    # FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on power loss. A post's
    # record is entered by hand a few times a minute at most, so an fsync per commit costs
    # nothing a person notices, and bulk imports are one transaction.
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()
    # Unicode case folding for filters: SQLite's own lower()/LIKE fold ASCII only.
    dbapi_connection.create_function("elshi_fold", 1, _fold_or_none, deterministic=True)


def _on_connect_without_wal(dbapi_connection: sqlite3.Connection, record: Any) -> None:
    _on_connect(dbapi_connection, record, wal=False)


def _fold_or_none(value: str | None) -> str | None:
    return None if value is None else quick_fold(value)


def make_engine(path: Path, *, wal: bool = True, connect: Callable[[], Any] | None = None,
                module: Any = None) -> Engine:
    """The engine of the archive at ``path``; ``wal`` False for a one-file copy being prepared
    (no -wal beside it to lose). An encrypted archive gives ``connect``, which returns a new
    connection already keyed, and its DB-API ``module`` (SQLCipher's), whose errors SQLAlchemy
    must recognise (:func:`database.encryption.keyed_engine`)."""
    if connect is None:
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    else:
        engine = create_engine(f"sqlite:///{path}", creator=connect, module=module)
    event.listen(engine, "connect", _on_connect if wal else _on_connect_without_wal)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_begin(conn: Any) -> None:
    # Writes take the lock up front: a deferred BEGIN whose reads are overtaken by another
    # process's commit could not upgrade to a write lock and would fail instead of waiting.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("elshi_write") else "BEGIN")


def read_only_connection(path: Path, timeout: float | None = None) -> sqlite3.Connection:
    """A plain sqlite3 connection that can only read the file at ``path`` (checks, counts and
    copies read through here, so how a file is opened is decided in one place)."""
    seconds = BUSY_TIMEOUT_MS / 1000 if timeout is None else timeout
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=seconds)


def looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER

