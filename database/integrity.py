"""``elshi check``: is the file sound, does every link point somewhere, are the attached files
the ones that were attached, and is the audit trail whole: protected by its triggers exactly as
Elshi made them, every entry matching its seal, the chain matching its head and the heads its
backups recorded (:mod:`database.audit_chain`)?

:func:`find_problems` returns codes with parameters (for the window to word in the user's
language); :func:`check_archive` gives the same as English lines for the command line.
:func:`quick_check` is the fast test run when an archive is opened.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import DBAPIError

from database import audit_chain, manifest, sealing
from database import models as m
from database.access import classify, is_locked
from database.archive import Archive
from database.attachments import open_regular, stored_path
from database.errors import ArchiveError
from database.migrate import HEAD, current_revision
from database.search_docs import TYPE_CODES
from database.search_index import index_signature, stored_signature

CHUNK = 1 << 20
AUDIT_TRIGGERS = tuple(audit_chain.TRIGGERS)


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
    "audit.trigger_changed": "audit trail: the trigger {trigger} that keeps it append-only was altered",
    "audit.trigger_foreign": "audit trail: a trigger Elshi did not make, {trigger}, acts on it",
    "audit.changed": "audit trail: entry {id} ({at}) was changed after it was written; "
                     "the entries from there on cannot be trusted",
    "audit.removed": "audit trail: entries before entry {id} ({at}) were removed; "
                     "the entries from there on cannot be trusted",
    "audit.unsealed": "audit trail: entry {id} ({at}) was not written by Elshi",
    "audit.truncated": "audit trail: entries after entry {id} ({at}) were removed",
    "audit.head": "audit trail: its recorded end does not match entry {id} ({at})",
    "audit.erased": "audit trail: the fields of entry {id} ({at}) were erased, but the record was never purged",
    "audit.rewritten": "audit trail: it no longer holds entry {id} as the backup {backup} recorded it; "
                       "the trail was rewritten after that backup",
    "attachment.outside": "attachment {id} ({name}): its stored name {stored} points outside the files folder",
    "uuid.shared": "UUID {uuid} is shared by records of different types ({types}); an exchange file of "
                   "this archive could not be imported",
    "uuid.unprotected": "UUIDs: the trigger {trigger} that keeps a UUID to one record type is missing",
    "search.out_of_step": "search index: {indexed} of {records} {type} records are in it; 'elshi reindex' "
                          "rebuilds it",
    "search.old_rules": "search index: built by other rules than this Elshi's; 'elshi reindex' rebuilds it",
}
# The triggers a server's trail is append-only by (migrations 0002 and 0006), enabled.
SERVER_AUDIT_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete", "audit_log_no_truncate")
UUID_TABLES = ("places", "organisations", "persons", "events", "documents", "commitments", "attachments")


def uuid_problems(conn: Connection) -> list[Problem]:
    """UUIDs that more than one record type carries (each table's own are unique already), and
    the triggers that keep them apart (migration 0007) if any is missing."""
    union = " UNION ALL ".join(f"SELECT uuid, '{table}' AS tbl FROM {table}" for table in UUID_TABLES)
    rows = conn.execute(text(
        f"SELECT uuid, group_concat(tbl, ', ') FROM ({union}) GROUP BY uuid HAVING count(*) > 1 "
        "ORDER BY uuid LIMIT 100")).all()
    problems = [Problem("uuid.shared", {"uuid": uuid, "types": types}) for uuid, types in rows]
    triggers = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    for table in UUID_TABLES:
        for when in ("insert", "update"):
            name = f"uuid_unique_{table}_{when}"
            if name not in triggers:
                problems.append(Problem("uuid.unprotected", {"trigger": name}))
    return problems


def audit_problem(b: audit_chain.Break) -> Problem:
    if b.code in ("audit.unprotected", "audit.trigger_changed", "audit.trigger_foreign"):
        return Problem(b.code, {"trigger": b.detail})
    at = b.at.strftime("%Y-%m-%d %H:%M:%S UTC") if b.at is not None else "—"
    params: dict[str, Any] = {"id": b.entry_id if b.entry_id is not None else 0, "at": at}
    if b.code == "audit.rewritten":
        params["backup"] = b.detail
    return Problem(b.code, params)



def sha256_of(path: Path, key: bytes | None = None) -> str:
    """The SHA-256 of an attached file's content (opened with ``key`` when it is sealed)."""
    with path.open("rb") as f:
        return sealing.sha256_of(f, key)


def _database_problems(conn: Connection, backups: Path | None = None) -> list[Problem]:
    problems: list[Problem] = []
    for (line,) in conn.execute(text("PRAGMA integrity_check")):
        if line != "ok":
            problems.append(Problem("integrity", {"line": line}))
    for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
        problems.append(Problem("broken_link", {"table": table, "rowid": rowid, "parent": parent}))
    revision = current_revision(conn)
    if revision != HEAD:
        problems.append(Problem("schema", {"revision": revision, "expected": HEAD}))
    if revision != HEAD:
        return problems  # the trail's seal needs the current schema
    breaks = audit_chain.trigger_breaks(conn)
    breaks += audit_chain.verify(conn, manifest.anchors(backups) if backups is not None else ())
    problems.extend(audit_problem(b) for b in breaks)
    return problems


def attachment_problems(archive: Archive) -> list[Problem]:
    """Every attachment's file must be in the archive's files folder with its recorded SHA-256;
    a stored name pointing elsewhere (or a copy replaced by a link) is reported, never followed."""
    problems: list[Problem] = []
    folder = archive.attachments_dir
    key = archive.key.files if archive.key is not None else None
    with archive.session() as s:
        rows = s.execute(select(m.Attachment.id, m.Attachment.file_name, m.Attachment.stored_name,
                                m.Attachment.sha256).order_by(m.Attachment.id)).all()
    for att_id, name, stored, sha in rows:
        params = {"id": att_id, "name": name, "stored": stored}
        try:
            source = open_regular(stored_path(folder, stored), "attachment.missing")
        except ArchiveError as e:
            problems.append(Problem("attachment.missing" if e.code == "attachment.missing" else "attachment.outside",
                                    params))
            continue
        except OSError as e:
            problems.append(Problem("attachment.unreadable", {**params, "error": e.strerror}))
            continue
        try:
            with source as f:
                sealed = key is not None and sealing.is_sealed(f)
                actual = sealing.sha256_of(f, key)
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


def server_problems(conn: Connection) -> list[Problem]:
    """What can be wrong with an archive on a server that the server itself does not already
    guard (its storage, its foreign keys): the schema's revision, the audit trail (its triggers
    and its chain), UUIDs shared across record types, and the search index against the records."""
    revision = current_revision(conn)
    if revision != HEAD:
        return [Problem("schema", {"revision": revision, "expected": HEAD})]
    enabled = {str(name) for (name,) in conn.exec_driver_sql(
        "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal "
        "AND tgenabled <> 'D'")}
    problems = [Problem("audit.unprotected", {"trigger": name}) for name in SERVER_AUDIT_TRIGGERS
                if name not in enabled]
    problems += [Problem("audit.trigger_foreign", {"trigger": name}) for name in sorted(enabled)
                 if name not in SERVER_AUDIT_TRIGGERS]
    problems += [audit_problem(b) for b in audit_chain.verify(conn)]
    union = " UNION ALL ".join(f"SELECT uuid, '{table}' AS tbl FROM {table}" for table in UUID_TABLES)
    problems += [Problem("uuid.shared", {"uuid": uuid, "types": types}) for uuid, types in conn.exec_driver_sql(
        f"SELECT uuid, string_agg(tbl, ', ') FROM ({union}) AS u GROUP BY uuid HAVING count(*) > 1 "
        "ORDER BY uuid LIMIT 100")]
    return problems + index_problems(conn)


def index_problems(conn: Connection) -> list[Problem]:
    """The search index against the records: every live record indexed once, by these rules."""
    if stored_signature(conn) != index_signature():
        return [Problem("search.old_rules")]
    indexed: dict[str, int] = {str(entity): int(n) for entity, n in conn.exec_driver_sql(
        "SELECT d.entity, count(*) FROM search_docs d JOIN search_fts f ON f.rowid = d.id GROUP BY d.entity")}
    problems = []
    for entity in TYPE_CODES:
        model = m.MODELS[entity]
        records = conn.execute(select(func.count()).select_from(model).where(model.deleted_at.is_(None))).scalar()
        if int(indexed.get(entity, 0)) != int(records or 0):
            problems.append(Problem("search.out_of_step", {"type": entity, "records": records,
                                                           "indexed": indexed.get(entity, 0)}))
    return problems


def find_problems(archive: Archive) -> list[Problem]:
    """Everything wrong with the archive; an empty list means it is sound."""
    if archive.url is not None:  # a server's own storage and foreign keys are its business
        with archive.engine.connect() as conn:
            problems = server_problems(conn)
        return problems + attachment_problems(archive)
    try:
        with archive.engine.connect() as conn:
            problems = _database_problems(conn, archive.backups_dir)
            if not any(p.code == "integrity" for p in problems):
                problems.extend(uuid_problems(conn))
    except DBAPIError as e:
        if archive.key is None or is_locked(e):  # damage (with what to do), or a lock, said as such
            raise classify(archive.path, e, archive.key) from e
        # an encrypted page that cannot be read at all (its HMAC fails): listed with the rest
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
