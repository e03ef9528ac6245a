"""A post's shared archive on a PostgreSQL server: the one place that knows how to connect.

An archive is named by any libpq connection URL (``postgresql://user@host/db``,
``postgresql://user@/db?host=/run/postgresql``). libpq itself finds the password in the user's
``.pgpass`` or uses the post's Kerberos; a password typed at a prompt or given in
``ELSHI_PASSWORD`` is handed to libpq for the connection only and never written anywhere.

What lives on the server is the whole archive (records, history, search index); what a
workstation keeps beside it, in its own data folder, is only what is per-workstation (backups
it made, attached files not yet on the server), in a folder named after the server and database,
never after the password.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event

from database.errors import ArchiveError
from database.models import declare_server_indexes

SCHEMES = ("postgresql://", "postgres://")
PASSWORD_VARIABLE = "ELSHI_PASSWORD"
DIALECT = "postgresql"
# A record row read to be written is locked until the write commits (SELECT ... FOR UPDATE), so a
# second editor's save waits for the first and then compares versions with the committed one.
LOCK_TIMEOUT_MS = 10_000


def is_server_url(value: object) -> bool:
    """Whether ``value`` (as typed after ``--archive``) names a PostgreSQL archive, not a file."""
    return isinstance(value, str) and value.lower().startswith(SCHEMES)


def is_server(conn_or_engine: Connection | Engine) -> bool:
    return conn_or_engine.dialect.name == DIALECT


def shown(url: str) -> str:
    """``url`` without a password (in its user part or as ``?password=``), for messages and
    folder names."""
    parts = urlsplit(url)
    query = "&".join(p for p in parts.query.split("&") if p and not p.lower().startswith("password="))
    if parts.password is None and query == parts.query:
        return url
    netloc = parts.netloc
    if parts.password is not None:
        host = parts.netloc.rsplit("@", 1)[1]
        user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
        netloc = (f"{user}@" if user else "") + host
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


# Why a connection failed, as the server or libpq says it (SQLSTATE when there is one; libpq's
# own words otherwise), and the code each becomes (operations.messages words them).
_SQLSTATES = {"28P01": "server.wrong_password", "3D000": "server.no_database", "28000": "server.refused",
              "42501": "server.refused", "53300": "server.busy", "57P03": "server.busy"}
_WORDS = (
    ("password authentication failed", "server.wrong_password"),
    ("no password supplied", "server.password_needed"),
    ("does not exist", "server.no_database"),  # a role is checked first: see connection_error
    ("no pg_hba.conf entry", "server.refused"),
    ("too many clients", "server.busy"),
    ("the database system is starting up", "server.busy"),
    ("the database system is shutting down", "server.unreachable"),
    ("could not translate host name", "server.unreachable"),
    ("connection refused", "server.unreachable"),
    ("no such file or directory", "server.unreachable"),
    ("timeout expired", "server.unreachable"),
    ("could not connect", "server.unreachable"),
    ("server closed the connection", "server.unreachable"),
    ("connection to server", "server.unreachable"),
)


def connection_error(url: str, error: BaseException) -> ArchiveError | None:
    """The :class:`ArchiveError` a failed connection to ``url`` is (None if ``error`` is not
    one): the server down or unknown, a password wrong or missing, no such database or role."""
    import psycopg

    orig = getattr(error, "orig", error)
    if not isinstance(orig, psycopg.OperationalError):
        return None
    text = str(orig).lower()
    where = shown(url)
    code = _SQLSTATES.get(getattr(orig, "sqlstate", None) or "")
    if code is None and 'role "' in text and "does not exist" in text:
        code = "server.no_role"
    if code is None:
        code = next((c for words, c in _WORDS if words in text), None)
    if code is None:
        return None
    return ArchiveError(code, where)


@contextmanager
def server_errors(url: str) -> Iterator[None]:
    """A failed connection to ``url`` raised as its :class:`ArchiveError`."""
    try:
        yield
    except ArchiveError:
        raise
    except Exception as e:
        found = connection_error(url, e)
        if found is None:
            raise
        raise found from e


def password_given() -> str | None:
    """The password a script gave in ``ELSHI_PASSWORD`` (else libpq's own ways: .pgpass, Kerberos)."""
    return os.environ.get(PASSWORD_VARIABLE) or None


def connect_raw(url: str, password: str | None = None, **kwargs: Any) -> Any:
    """A plain psycopg connection to ``url`` (server administration, tests)."""
    import psycopg

    if password is None:
        password = password_given()
    if password is not None:
        kwargs["password"] = password
    return psycopg.connect(url, **kwargs)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    with dbapi_connection.cursor() as cur:
        cur.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
        cur.execute("SET TIME ZONE 'UTC'")
    dbapi_connection.commit()


def server_engine(url: str, password: str | None = None) -> Engine:
    """The engine of the archive at the server ``url``; every connection is libpq's own, so
    any URL, service file, .pgpass or Kerberos setting libpq understands works here."""
    engine = create_engine("postgresql+psycopg://", creator=lambda: connect_raw(url, password),
                           pool_size=2, max_overflow=8)
    declare_server_indexes()
    event.listen(engine, "connect", _on_connect)
    return engine


def local_folder(url: str) -> Path:
    """This workstation's folder for the archive at ``url`` (its backups, attached files)."""
    parts = urlsplit(shown(url))
    name = hashlib.sha256(f"{parts.username}@{parts.hostname}:{parts.port}{parts.path}?{parts.query}"
                          .encode()).hexdigest()[:16]
    return Path(platformdirs.user_data_dir("Elshi", appauthor=False)) / "servers" / name


__all__ = ["DIALECT", "PASSWORD_VARIABLE", "connect_raw", "connection_error", "is_server", "is_server_url",
           "local_folder", "password_given", "server_engine", "server_errors", "shown"]
