"""``elshi check``: is the file sound, does every link point somewhere, are the attached files
the ones that were attached, and is the audit trail still protected?

:func:`find_problems` returns codes with parameters (for the window to word in the user's
language); :func:`check_archive` gives the same as English lines for the command line.
:func:`quick_check` is the fast test run when an archive is opened.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError

from database import models as m
from database import sealing
from database.archive import Archive
from database.errors import ArchiveError
from database.migrate import HEAD, current_revision

CHUNK = 1 << 20
AUDIT_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")


@dataclass(frozen=True)
class Problem:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return MESSAGES.get(self.code, self.code).format(**self.params)


MESSAGES = {
    "integrity": "integrity: {line}",
    "broken_link": "broken link: {table} row {rowid} points to a missing {parent} record",
    "schema": "schema: at revision {revision}, expected {expected}",
    "attachment.missing": "attachment {id} ({name}): the file {stored} is missing",
    "attachment.changed": "attachment {id} ({name}): the file {stored} has changed since it was attached",
    "attachment.unreadable": "attachment {id} ({name}): the file {stored} cannot be read: {error}",
    "attachment.not_encrypted": "attachment {id} ({name}): the file {stored} is not encrypted, "
                                "though the archive is (elshi encrypt seals it)",
    "audit.unprotected": "audit trail: the trigger {trigger} that keeps it append-only is missing",
}


def sha256_of(path: Path, key: bytes | None = None) -> str:
    """The SHA-256 of an attached file's content (opened with ``key`` when it is sealed)."""
    with path.open("rb") as f:
        return sealing.sha256_of(f, key)


def _sealed(path: Path) -> bool:
    with path.open("rb") as f:
        return sealing.is_sealed(f)


def _database_problems(conn: Connection) -> list[Problem]:
    problems: list[Problem] = []
    for (line,) in conn.execute(text("PRAGMA integrity_check")):
        if line != "ok":
            problems.append(Problem("integrity", {"line": line}))
    for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
        problems.append(Problem("broken_link", {"table": table, "rowid": rowid, "parent": parent}))
    revision = current_revision(conn)
    if revision != HEAD:
        problems.append(Problem("schema", {"revision": revision, "expected": HEAD}))
    triggers = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    for trigger in AUDIT_TRIGGERS:
        if trigger not in triggers:
            problems.append(Problem("audit.unprotected", {"trigger": trigger}))
    return problems


def attachment_problems(archive: Archive) -> list[Problem]:
    """Every attachment's file must be in the archive's files folder with its recorded SHA-256."""
    problems: list[Problem] = []
    folder = archive.attachments_dir
    key = archive.key.files if archive.key is not None else None
    with archive.session() as s:
        rows = s.execute(select(m.Attachment.id, m.Attachment.file_name, m.Attachment.stored_name,
                                m.Attachment.sha256).order_by(m.Attachment.id)).all()
    for att_id, name, stored, sha in rows:
        params = {"id": att_id, "name": name, "stored": stored}
        path = folder / stored
        # A stored name is ours, never the user's, but a damaged row must not send us elsewhere.
        if Path(stored).name != stored or not path.is_file():
            problems.append(Problem("attachment.missing", params))
            continue
        try:
            actual = sha256_of(path, key)
            sealed = key is not None and _sealed(path)
        except OSError as e:
            problems.append(Problem("attachment.unreadable", {**params, "error": e.strerror}))
            continue
        except ArchiveError:  # a sealed file changed, cut short, or not this archive's
            problems.append(Problem("attachment.changed", params))
            continue
        if actual != sha.lower():
            problems.append(Problem("attachment.changed", params))
        elif key is not None and not sealed:
            problems.append(Problem("attachment.not_encrypted", params))
    return problems


def find_problems(archive: Archive) -> list[Problem]:
    """Everything wrong with the archive; an empty list means it is sound."""
    try:
        with archive.engine.connect() as conn:
            problems = _database_problems(conn)
    except DBAPIError as e:  # a page that cannot be read at all (in an encrypted file: its HMAC)
        problems = [Problem("integrity", {"line": str(e.orig)})]
    if not any(p.code == "integrity" for p in problems):
        problems.extend(attachment_problems(archive))
    return problems


def check_archive(archive: Archive) -> list[str]:
    """Problems found, one line each; an empty list means the archive is sound."""
    return [p.message for p in find_problems(archive)]


def quick_check(conn: Connection) -> list[str]:
    """SQLite's fast structural check (no index contents); an empty list means it passed."""
    lines = [str(line) for (line,) in conn.execute(text("PRAGMA quick_check"))]
    return [] if lines == ["ok"] else lines
