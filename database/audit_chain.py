"""The audit trail's seal: each entry hashed together with the one before it.

Every entry carries

- ``salt``: 16 random bytes (hex), new for each entry;
- ``content_sha256``: SHA-256 of the canonical encoding of (salt, before, after);
- ``chain_sha256``: SHA-256 of the canonical encoding of the previous entry's chain hash, this
  entry's id, time, user, operation, record type and UUID, and its ``content_sha256``.

``audit_head`` keeps the id and chain hash of the last entry, and every verified copy of the
archive (backups, copies before an upgrade or a restore) gets a manifest with the head it
held (:mod:`database.manifest`). So an entry changed, removed or slipped in with sqlite3 no
longer matches its own hash or the next one's; entries removed from the end no longer match the
head; and a trail rewritten from some entry on, hashes and head recomputed, no longer matches
the heads its earlier backups recorded.

A purge must take a record's content out of the trail as well, and the chain must still verify
afterwards. That is why the content is hashed on its own and only its digest enters the chain:
erasing an entry's salt, before and after keeps ``content_sha256``, so the chain over every
entry's columns and digests still verifies, and who did what to which record when stays
provable. The salt makes the digest useless for confirming a guess of what was erased. An
erased entry is accepted only where a later purge entry of the same record explains it.

The hashes are not keyed: anyone who can write the file can recompute every hash after their
edit. What they cannot do is make the result agree with the heads already copied into backups
and their manifests, which is why :func:`verify` compares those too.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, text, update
from sqlalchemy.orm import Session

from database import models as m
from database.bulk_rows import insert_rows

GENESIS = "0" * 64  # the "previous hash" of the first entry
_CONTENT = "elshi-audit-content-1"
_LINK = "elshi-audit-chain-1"

# The triggers that keep the trail append-only, exactly as sqlite_master must hold them. The one
# update allowed is a purge's: erasing salt, before and after, every other column unchanged.
NO_UPDATE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.os_user IS OLD.os_user "
    "AND NEW.op IS OLD.op AND NEW.entity IS OLD.entity AND NEW.record_uuid IS OLD.record_uuid "
    "AND NEW.content_sha256 IS OLD.content_sha256 AND NEW.chain_sha256 IS OLD.chain_sha256 "
    "AND NEW.salt IS NULL AND NEW.before IS NULL AND NEW.after IS NULL) "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)
NO_DELETE = (
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)
TRIGGERS: Mapping[str, str] = {"audit_log_no_update": NO_UPDATE, "audit_log_no_delete": NO_DELETE}


@dataclass(frozen=True)
class Head:
    last_id: int
    chain_sha256: str


@dataclass(frozen=True)
class Anchor:
    """The head a copy of the archive recorded (from its manifest)."""

    source: str  # the copy's file name, for the report
    last_id: int
    chain_sha256: str
    last_restore_id: int | None  # the copy's newest restore entry: which branch of history it is on


@dataclass(frozen=True)
class Break:
    """Something wrong with the trail, at entry ``entry_id`` (time ``at``), or with a trigger."""

    code: str
    entry_id: int | None = None
    at: datetime | None = None
    detail: str = ""


def _encode(values: Sequence[Any]) -> bytes:
    """Each value as a tag byte (0 for none, 1 for text), then for text its length in UTF-8
    bytes (8 bytes, big-endian) and those bytes; numbers as their decimal text. Unambiguous,
    and quick on long Cyrillic text (lone surrogates pass as they are)."""
    out = bytearray()
    for value in values:
        if value is None:
            out += b"\x00"
        else:
            data = str(value).encode("utf-8", "surrogatepass")
            out += b"\x01" + len(data).to_bytes(8, "big") + data
    return bytes(out)


def stamp(at: datetime | str) -> str:
    """An entry's time as hashed: the form SQLAlchemy stores it in, microseconds always (a
    stored text already in that form is taken as it is)."""
    if isinstance(at, str):
        if len(at) == 26 and at[10] == " " and at[19] == ".":
            return at
        at = datetime.fromisoformat(at)
    return at.isoformat(sep=" ", timespec="microseconds")


def _when(at: object) -> datetime | None:
    """A stored time for a report (None when it is no time at all)."""
    if isinstance(at, datetime):
        return at
    try:
        return datetime.fromisoformat(str(at)) if at is not None else None
    except ValueError:
        return None


def content_digest(salt: str | None, before: str | None, after: str | None) -> str:
    return hashlib.sha256(_encode((_CONTENT, salt, before, after))).hexdigest()


def chain_link(previous: str, entry_id: int, at: datetime | str, os_user: str, op: str, entity: str,
               record_uuid: str | None, content_sha256: str) -> str:
    return hashlib.sha256(_encode(
        (_LINK, previous, entry_id, stamp(at), os_user, op, entity, record_uuid, content_sha256))).hexdigest()


def new_salt() -> str:
    return secrets.token_hex(16)


# --- writing ------------------------------------------------------------------------------------


def head(s: Session | Connection) -> Head:
    """The recorded end of the trail; one edited into nonsense reads as a head no entry has."""
    # On a server, a write holds the head until it commits: the next entry follows this one's,
    # whichever process writes it (SQLite's one write lock does this for a file).
    lock = (" FOR UPDATE" if isinstance(s, Session) and s.info.get("writing")
            and s.get_bind().dialect.name == "postgresql" else "")
    row = s.execute(text("SELECT last_id, chain_sha256 FROM audit_head WHERE id = 1" + lock)).first()
    if row is None:
        return Head(0, GENESIS)
    try:
        return Head(int(row[0]), str(row[1]))
    except (TypeError, ValueError):
        return Head(-1, "")  # so the next entry cannot follow it either: the break stays in sight


def _set_head(s: Session, new: Head) -> None:
    done = s.execute(update(m.AuditHead).where(m.AuditHead.id == 1).values(
        last_id=new.last_id, chain_sha256=new.chain_sha256))
    if not getattr(done, "rowcount", 0):
        s.execute(insert(m.AuditHead).values(id=1, last_id=new.last_id, chain_sha256=new.chain_sha256))


def seal(s: Session, rows: Iterable[dict[str, Any]]) -> None:
    """Insert entries (``at``, ``os_user``, ``op``, ``entity``, ``record_uuid``, ``before`` and
    ``after`` given; ``before``/``after`` as stored text) sealed onto the chain, in the caller's
    write transaction, and move the head to the last of them."""
    batch = list(rows)
    if not batch:
        return
    current = head(s)
    top = s.scalar(select(func.max(m.AuditEntry.id))) or 0
    # After the head, never before it: an entry removed from the end is not silently replaced.
    next_id = max(current.last_id, top) + 1
    previous = current.chain_sha256
    for row in batch:
        salt = new_salt()
        content = content_digest(salt, row["before"], row["after"])
        previous = chain_link(previous, next_id, row["at"], row["os_user"], row["op"], row["entity"],
                              row["record_uuid"], content)
        row.update(id=next_id, salt=salt, content_sha256=content, chain_sha256=previous)
        next_id += 1
    insert_rows(s, m.AuditEntry.__table__, batch)  # type: ignore[arg-type]
    _set_head(s, Head(next_id - 1, previous))


def erase(s: Session, record_uuid: str) -> int:
    """Take the content (fields before and after) of every entry about one record out of the
    trail, keeping when, who, what and the digests; returns how many entries were erased."""
    done = s.execute(update(m.AuditEntry).where(
        m.AuditEntry.record_uuid == record_uuid, m.AuditEntry.salt.is_not(None)).values(
        salt=None, before=None, after=None))
    return int(getattr(done, "rowcount", 0) or 0)


# --- verifying ----------------------------------------------------------------------------------


def trigger_breaks(conn: Connection) -> list[Break]:
    """Each protecting trigger missing or not exactly as Elshi made it, and any other trigger
    on the trail (one could rewrite what is inserted)."""
    found = {str(name): str(sql) for name, sql in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")}
    out: list[Break] = []
    for name, expected in TRIGGERS.items():
        if name not in found:
            out.append(Break("audit.unprotected", detail=name))
        elif found[name] != expected:
            out.append(Break("audit.trigger_changed", detail=name))
    out.extend(Break("audit.trigger_foreign", detail=name) for name in sorted(found) if name not in TRIGGERS)
    return out


def verify(conn: Connection, anchors: Sequence[Anchor] = ()) -> list[Break]:
    """Walk the whole trail once: the first entry that does not verify (and nothing after it,
    which can no longer be trusted), the head, erased entries no purge explains, and the heads
    recorded by copies of the archive. Empty when the trail is intact."""
    wanted = {a.last_id for a in anchors}
    at_anchor: dict[int, str] = {}
    restores: list[int] = []
    erased: dict[str, tuple[int, str]] = {}  # record UUID -> its first erased entry
    unexplained: list[tuple[int, str]] = []
    previous, previous_id, last_at = GENESIS, 0, None
    broken: Break | None = None
    # Plain rows, the time as stored: half a million entries are read in seconds.
    rows = conn.exec_driver_sql(
        "SELECT id, at, os_user, op, entity, record_uuid, before, after, salt, content_sha256, chain_sha256 "
        "FROM audit_log ORDER BY id")
    for (entry_id, at, user, op, entity, uuid, before, after, salt, content, chain) in rows:
        if content is None or chain is None:
            broken = Break("audit.unsealed", entry_id, _when(at))
            break
        if salt is None:
            if before is not None or after is not None:
                broken = Break("audit.changed", entry_id, _when(at))
                break
            if uuid is None:
                unexplained.append((entry_id, at))
            else:
                erased.setdefault(uuid, (entry_id, at))
        elif content_digest(salt, before, after) != content:
            broken = Break("audit.changed", entry_id, _when(at))
            break
        try:
            link = chain_link(previous, entry_id, at, user, op, entity, uuid, content)
        except (TypeError, ValueError, AttributeError):  # a time that is no time at all
            link = ""
        if link != chain:
            broken = Break("audit.removed" if entry_id != previous_id + 1 else "audit.changed", entry_id, _when(at))
            break
        if op == "purge" and uuid is not None and salt is not None:
            erased.pop(uuid, None)
        if op == "restore_backup":
            restores.append(entry_id)
        if entry_id in wanted:
            at_anchor[entry_id] = chain
        previous, previous_id, last_at = chain, entry_id, at
    out: list[Break] = []
    if broken is not None:
        return [broken]
    recorded = head(conn)
    if recorded != Head(previous_id, previous):
        # Entries removed from the end (or the head itself changed): name the last one left.
        out.append(Break("audit.truncated" if recorded.last_id > previous_id else "audit.head",
                         previous_id or None, _when(last_at), str(recorded.last_id)))
    unexplained.extend(erased.values())
    if unexplained:
        first_id, first_at = min(unexplained)
        out.append(Break("audit.erased", first_id, _when(first_at)))
    for anchor in anchors:
        branch = max((r for r in restores if r <= anchor.last_id), default=None)
        if branch != anchor.last_restore_id:
            continue  # taken before a restore replaced that part of the history
        if at_anchor.get(anchor.last_id) != anchor.chain_sha256 and not (
                anchor.last_id == 0 and anchor.chain_sha256 == GENESIS):
            out.append(Break("audit.rewritten", anchor.last_id, None, anchor.source))
            break
    return out
