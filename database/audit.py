"""The audit trail: who changed what, when, and what it looked like before and after.

Every add, update, delete, restore, import, merge and purge is written to ``audit_log`` by a
write hook, inside the same transaction as the change itself: a change and its entry are
committed together or not at all. Entries are never changed or removed (the table's triggers
refuse it); the functions here only add and read them. Each entry is sealed onto a hash chain
(:mod:`database.audit_chain`), which ``elshi check`` verifies. The one exception to "never
changed" is a purge: it erases the content (fields before and after) of every entry about the
purged record, keeping when, who and what, and the chain still verifies.

Fields are stored as the JSON of the record's draft in the exchange format (links as UUIDs), so
an entry still says which organisation was meant after ids have moved between archives.
"""

from __future__ import annotations

import csv
import getpass
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import IO, Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from database import audit_chain
from database import models as m
from database.archive import Archive, Written
from database.drafts_json import draft_to_json
from database.known import Known
from database.names import fold
from database.records import Entity
from database.validation import links

# What an entry's ``op`` may say: record operations, then whole-archive ones.
RECORD_OPS = ("add", "update", "delete", "restore", "import", "merge", "unmerge", "purge", "attach", "detach",
              "conflict", "resolve")
ARCHIVE_OPS = ("restore_backup", "receive_bundle", "send_bundle")
OPS = RECORD_OPS + ARCHIVE_OPS
ARCHIVE = "archive"  # ``entity`` of entries about the archive as a whole
CSV_COLUMNS = ("id", "at_utc", "os_user", "op", "entity", "record_uuid", "before", "after", "content_sha256",
               "chain_sha256")


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # naive UTC, as stored
    os_user: str
    op: str
    entity: str
    record_uuid: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    erased: bool = False  # its fields were taken out of the trail when the record was purged

    def changed_fields(self) -> list[tuple[str, Any, Any]]:
        """(field, before, after) for each top-level field whose value differs."""
        before, after = self.before or {}, self.after or {}
        keys = list(before) + [k for k in after if k not in before]
        return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


def _account_name() -> str:
    """The name of the account the process runs as, from the system, never from variables such
    as USER or LOGNAME that anyone can set to anything."""
    if sys.platform == "win32":
        import ctypes

        size = ctypes.c_ulong(257)
        buffer = ctypes.create_unicode_buffer(size.value)
        if ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):  # type: ignore[attr-defined,unused-ignore]
            return buffer.value
        return getpass.getuser()
    import pwd

    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # no passwd entry (a container's arbitrary uid): the number is the truth
        return f"uid {uid}"


@cache
def os_user() -> str:
    """The operating-system account running Elshi; never fails, even with no passwd entry."""
    try:
        name = _account_name()
    except Exception:
        name = ""
    return (name or "unknown")[:200]


def _to_json(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate cannot be stored as UTF-8: keep it escaped
        text = json.dumps(value, ensure_ascii=True)
    return text


def _from_json(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    value = json.loads(text)
    return value if isinstance(value, dict) else {"value": value}


def link_uuids(s: Session, *drafts: Any) -> dict[tuple[Entity, int], str]:
    """The UUID of every record these drafts link to, in one query per record type."""
    wanted: dict[Entity, set[int]] = {}
    for draft in drafts:
        if draft is not None:
            for entity, ids in links(draft).items():
                wanted.setdefault(entity, set()).update(ids)
    uuids: dict[tuple[Entity, int], str] = {}
    for entity, ids in wanted.items():
        model = m.MODELS[entity]
        uuids.update(((entity, i), u) for i, u in s.execute(select(model.id, model.uuid).where(model.id.in_(ids))))
    return uuids


def draft_json(s: Session, draft: Any, known: Known | None = None,
               uuids: dict[tuple[Entity, int], str] | None = None) -> dict[str, Any]:
    """A draft as exchange-format JSON, links given by the linked record's UUID (from ``known``,
    from ``uuids`` when the caller looked them up, else looked up here)."""
    if known is None and uuids is None:
        uuids = link_uuids(s, draft)

    def uuid_of(entity: Entity, record_id: int) -> str:
        found = known.uuid(s, entity, record_id) if known is not None else (uuids or {}).get((entity, record_id))
        return found if found is not None else f"#{record_id}"

    return draft_to_json(draft, uuid_of)


def attached_files(s: Session, entity: str, record_id: int) -> list[str]:
    """The names of the files now attached to a record, oldest first."""
    column = {"event": m.Attachment.event_id, "document": m.Attachment.document_id,
              "person": m.Attachment.person_id, "commitment": m.Attachment.commitment_id}.get(entity)
    if column is None:
        return []
    return list(s.scalars(select(m.Attachment.file_name).where(
        column == record_id, m.Attachment.deleted_at.is_(None)).order_by(m.Attachment.id)))


def append(s: Session, *, at: datetime, op: str, entity: str, record_uuid: str | None,
           before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    """Add one entry in the caller's transaction."""
    audit_chain.seal(s, [{"at": at, "os_user": os_user(), "op": op, "entity": entity, "record_uuid": record_uuid,
                          "before": _to_json(before), "after": _to_json(after)}])


class AuditHook:
    """Writes one entry for each record written, in the write's own transaction."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive

    def written(self, s: Session, entity: str, obj: Any, op: str, before: Any, after: Any) -> None:
        if op == "purge":
            # Gone for good means gone from the trail too: what the record said is erased from
            # every entry about it; that it was purged, when and by whom is the new entry.
            erased = audit_chain.erase(s, obj.uuid)
            append(s, at=self.archive.clock.now(), op=op, entity=entity, record_uuid=obj.uuid,
                   before=None, after={"erased_entries": erased})
            return
        old, new = self._fields(s, entity, obj, op, before, after, None)
        append(s, at=self.archive.clock.now(), op=op, entity=entity, record_uuid=obj.uuid,
               before=old, after=new)

    def written_many(self, s: Session, written: list[Written], known: Known) -> None:
        at, user = self.archive.clock.now(), os_user()
        rows = []
        for w in written:
            old, new = self._fields(s, w.entity, w.obj, w.op, w.before, w.after, known)
            rows.append({"at": at, "os_user": user, "op": w.op, "entity": w.entity, "record_uuid": w.obj.uuid,
                         "before": _to_json(old), "after": _to_json(new)})
        audit_chain.seal(s, rows)

    @staticmethod
    def _fields(s: Session, entity: str, obj: Any, op: str, before: Any, after: Any,
                known: Known | None) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        if op in ("delete", "restore"):
            # The archive passes no drafts here: the record itself is unchanged, only its place.
            return {"in_trash": op == "restore"}, {"in_trash": op == "delete"}
        if op in ("attach", "detach"):
            return None, {"attachments": attached_files(s, entity, obj.id)}
        # Before and after mostly link to the same records: their UUIDs are looked up once.
        uuids = link_uuids(s, before, after) if known is None else None
        return (draft_json(s, before, known, uuids) if before is not None else None,
                draft_json(s, after, known, uuids) if after is not None else None)


def record_archive_event(archive: Archive, op: str, details: dict[str, Any]) -> None:
    """An entry about the archive as a whole (a restored backup), in its own transaction."""
    with archive.writing() as s:
        append(s, at=archive.clock.now(), op=op, entity=ARCHIVE, record_uuid=None, before=None, after=details)


def install(archive: Archive) -> None:
    """Keep the trail for every write from now on (once, however often it is called)."""
    if not any(isinstance(h, AuditHook) for h in archive.hooks):
        archive.hooks.append(AuditHook(archive))


# --- reading ----------------------------------------------------------------------------------


def _row(e: m.AuditEntry) -> AuditRow:
    return AuditRow(e.id, e.at, e.os_user, e.op, e.entity, e.record_uuid,
                    _from_json(e.before), _from_json(e.after), erased=e.salt is None and e.chain_sha256 is not None)


def history_of_uuid(archive: Archive, record_uuid: str) -> list[AuditRow]:
    """Every entry about one record, oldest first."""
    with archive.session() as s:
        q = select(m.AuditEntry).where(m.AuditEntry.record_uuid == record_uuid).order_by(m.AuditEntry.id)
        return [_row(e) for e in s.scalars(q)]


def history(archive: Archive, entity: Entity, record_id: int) -> list[AuditRow]:
    """Every entry about the record ``record_id``, oldest first."""
    model = m.MODELS[entity]
    with archive.session() as s:
        uuid = s.scalar(select(model.uuid).where(model.id == record_id))
    return history_of_uuid(archive, uuid) if uuid is not None else []


@dataclass(frozen=True)
class AuditFilter:
    entity: str | None = None
    op: str | None = None
    os_user: str | None = None
    since: datetime | None = None  # inclusive, naive UTC
    until: datetime | None = None  # exclusive, naive UTC
    record_uuid: str | None = None
    text: str | None = None  # found anywhere in the before/after fields

    def conditions(self) -> list[ColumnElement[bool]]:
        e = m.AuditEntry
        out: list[ColumnElement[bool]] = []
        if self.entity:
            out.append(e.entity == self.entity)
        if self.op:
            out.append(e.op == self.op)
        if self.os_user:
            out.append(e.os_user == self.os_user)
        if self.since:
            out.append(e.at >= self.since)
        if self.until:
            out.append(e.at < self.until)
        if self.record_uuid:
            out.append(e.record_uuid == self.record_uuid)
        if self.text:
            # Unicode folding in SQL (SQLite's own lower() folds ASCII only); JSON escapes none
            # of the letters a person types, as entries are written with ensure_ascii off.
            fields = func.coalesce(e.before, "") + " " + func.coalesce(e.after, "")
            out.append(func.instr(func.elshi_fold(fields), fold(self.text)) > 0)
        return out


def entries(
    archive: Archive, where: AuditFilter | None = None, *, limit: int | None = None, offset: int = 0
) -> list[AuditRow]:
    """Entries across the archive, newest first."""
    q = select(m.AuditEntry).where(*(where or AuditFilter()).conditions()).order_by(m.AuditEntry.id.desc())
    if limit is not None:
        q = q.limit(limit).offset(offset)
    with archive.session() as s:
        return [_row(e) for e in s.scalars(q)]


def count(archive: Archive, where: AuditFilter | None = None) -> int:
    q = select(func.count()).select_from(m.AuditEntry).where(*(where or AuditFilter()).conditions())
    with archive.session() as s:
        return s.scalar(q) or 0


def users(archive: Archive) -> list[str]:
    with archive.session() as s:
        return list(s.scalars(select(m.AuditEntry.os_user).distinct().order_by(m.AuditEntry.os_user)))


def _cell(value: str) -> str:
    # A cell starting with = + - @ is a formula to a spreadsheet; an OS user name is the only
    # free text here not wrapped in JSON braces.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def export_csv(archive: Archive, out: IO[str], where: AuditFilter | None = None) -> int:
    """Write entries (oldest first) as CSV with a header row; returns how many."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    n = 0
    q = select(m.AuditEntry).where(*(where or AuditFilter()).conditions()).order_by(m.AuditEntry.id)
    with archive.session() as s:
        for e in s.scalars(q.execution_options(yield_per=1000)):
            writer.writerow(_csv_row(e))
            n += 1
    return n


def _csv_row(e: m.AuditEntry) -> Iterable[str | int]:
    return (
        e.id,
        e.at.isoformat() + "Z",
        _cell(e.os_user),
        e.op,
        e.entity,
        e.record_uuid or "",
        e.before or "",
        e.after or "",
        e.content_sha256 or "",
        e.chain_sha256 or "",
    )


# --- naming records in a list of entries --------------------------------------------------------

LABEL_FIELDS = ("name", "title", "text")  # the field that names a record, by record type


def label_in(row: AuditRow) -> str | None:
    """The record's name as the entry itself recorded it, if it did."""
    for fields in (row.after, row.before):
        for key in LABEL_FIELDS:
            if fields and isinstance(fields.get(key), str):
                return str(fields[key])
    return None


def find_uuids(archive: Archive, uuids: Iterable[str]) -> dict[str, tuple[str, int, str]]:
    """``uuid -> (entity, id, name)`` for those records still in the archive (trash included)."""
    wanted = {u for u in uuids if u}
    found: dict[str, tuple[str, int, str]] = {}
    if not wanted:
        return found
    with archive.session() as s:
        for entity, model in m.MODELS.items():
            column = next(getattr(model, k) for k in LABEL_FIELDS if hasattr(model, k))
            for uuid, record_id, label in s.execute(
                select(model.uuid, model.id, column).where(model.uuid.in_(wanted))
            ):
                found[uuid] = (entity, record_id, label)
    return found
