"""Setting up a post's shared archive on PostgreSQL: making its schema on an empty database
(``elshi server init``) and moving a local archive file onto it (``elshi server push``), checked
table by table and record by record before the move is called done."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from database import server_push
from database.encryption import Key
from database.migrate import HEAD, current_revision
from database.opening import open_archive, open_server
from database.server import server_engine, server_errors, shown


@dataclass(frozen=True)
class InitReport:
    url: str  # without its password
    revision: str
    existed: bool  # the archive was there already (brought up to date, or at HEAD)


@dataclass(frozen=True)
class PushReport:
    url: str  # without its password
    source: Path
    rows: dict[str, int]  # rows of every table now on the server
    files: int  # attached files copied
    missing: dict[str, tuple[int, int]] = field(default_factory=dict)  # table: (in the file, on the server)
    differences: list[str] = field(default_factory=list)  # where a row or a record differs

    @property
    def records(self) -> int:
        return sum(self.rows.get(t, 0) for t in ("places", "organisations", "persons", "events", "documents",
                                                 "commitments"))

    @property
    def verified(self) -> bool:
        return not self.missing and not self.differences


def revision_at(url: str, password: str | None = None) -> str | None:
    """The schema revision of the archive at ``url``; None for a database holding none."""
    engine = server_engine(url, password)
    try:
        with server_errors(url), engine.connect() as conn:
            return current_revision(conn)
    finally:
        engine.dispose()


def init(url: str, password: str | None = None) -> InitReport:
    """Make (or bring up to date) the archive's schema at ``url`` by the same migrations a file
    gets, with its search index; the database itself is the administrator's to create."""
    before = revision_at(url, password)
    archive = open_server(url, password=password)
    archive.close()
    return InitReport(shown(url), HEAD, before is not None)


def push(source: Path, url: str, *, key: Key | None = None, password: str | None = None) -> PushReport:
    """Copy the archive file ``source`` (opened with ``key`` if it is encrypted) into the new,
    empty archive at ``url`` (made first if the database holds none), then compare them."""
    local = open_archive(source, create=False, key=key)
    try:
        target = open_server(url, password=password)
        try:
            _copied, files = server_push.push(local, target)
            with local.session() as a, target.session() as b:
                before, after = server_push.counts(a.connection()), server_push.counts(b.connection())
            missing = {t: (n, after.get(t, 0)) for t, n in before.items() if after.get(t, 0) != n}
            differences = server_push.differences(local, target) if not missing else []
        finally:
            target.close()
    finally:
        local.close()
    return PushReport(shown(url), source, after, files, missing, differences)


__all__ = ["InitReport", "PushReport", "init", "push", "revision_at"]
