"""Version vectors: what this archive knows of each record's edits at every post.

A record's vector counts its edits per post (``{"consulate": 2, "embassy": 1}``). An edit here
is noticed lazily: before anything is sent or received, every record written since the last look
(:func:`settle`, found through the audit trail) has the hash of its fields compared with the one
stored; if they differ, this post's count goes up by one. Two versions compare as equal, older,
newer or concurrent; only concurrent versions with different fields are a conflict.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database import models as m
from database.drafts_json import draft_to_json
from database.known import Known
from database.mapping import EAGER, READERS
from database.records import ENTITIES, Entity

Vector = dict[str, int]
META = ("created_at", "updated_at")  # not part of what a record says: they differ between posts
LOCAL_NOT_EDITS = ("import", "attach", "detach", "conflict")  # audit entries that are no edit made here


def vector_of(text: str | None) -> Vector:
    if not text:
        return {}
    value = json.loads(text)
    return {str(k): int(v) for k, v in value.items()} if isinstance(value, dict) else {}


def vector_text(v: Vector) -> str:
    return json.dumps(dict(sorted(v.items())), ensure_ascii=False)


def check_vector(value: Any) -> Vector | None:
    """A vector as a bundle gives it, or None if it is not one."""
    if not isinstance(value, dict) or len(value) > 1000:
        return None
    out: Vector = {}
    for k, v in value.items():
        if not isinstance(k, str) or not isinstance(v, int) or isinstance(v, bool) or v < 0:
            return None
        out[k] = v
    return out


def compare(local: Vector, incoming: Vector) -> str:
    """"equal", "older" (incoming is behind local), "newer" or "concurrent"."""
    keys = set(local) | set(incoming)
    behind = any(incoming.get(k, 0) < local.get(k, 0) for k in keys)
    ahead = any(incoming.get(k, 0) > local.get(k, 0) for k in keys)
    if ahead and behind:
        return "concurrent"
    if ahead:
        return "newer"
    return "older" if behind else "equal"


def joined(a: Vector, b: Vector) -> Vector:
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in set(a) | set(b)}


def dominates(a: Vector, b: Vector) -> bool:
    """``a`` has seen every edit ``b`` has."""
    return all(a.get(k, 0) >= n for k, n in b.items())


def fields_hash(fields: dict[str, Any]) -> str:
    """The hash of what a record says (its fields and whether it is in the trash)."""
    content = {k: v for k, v in fields.items() if k not in META}
    content["deleted_at"] = content.get("deleted_at") is not None
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def read_records(s: Session, entity: Entity, uuids: Iterable[str], known: Known) -> dict[str, dict[str, Any]]:
    """The exchange JSON (meta fields included) of these records, by UUID; purged ones are absent."""
    wanted = list(dict.fromkeys(uuids))
    model = m.MODELS[entity]
    out: dict[str, dict[str, Any]] = {}

    def uuid_of(e: Entity, record_id: int) -> str:
        return known.uuid(s, e, record_id) or f"#{record_id}"

    for start in range(0, len(wanted), 500):
        batch = wanted[start:start + 500]
        objs = list(s.scalars(select(model).where(model.uuid.in_(batch)).options(*EAGER[entity])))
        ids = [o.id for o in objs]
        tags: dict[int, list[str]] = {}
        if ids:
            for record_id, name in s.execute(
                    select(m.RecordTag.record_id, m.Tag.name).join(m.Tag)
                    .where(m.RecordTag.entity == entity, m.RecordTag.record_id.in_(ids)).order_by(m.Tag.name)):
                tags.setdefault(record_id, []).append(name)
        for o in objs:
            row: dict[str, Any] = {"uuid": o.uuid, "created_at": _time(o.created_at),
                                   "updated_at": _time(o.updated_at), "deleted_at": _time(o.deleted_at)}
            row.update(draft_to_json(READERS[entity](o, tuple(tags.get(o.id, ()))), uuid_of))
            out[o.uuid] = row
    return out


def changed_since(s: Session, after_audit: int = 0, since: datetime | None = None) -> dict[Entity, list[str]]:
    """The records with an audit entry after entry ``after_audit`` (or at or after ``since``)."""
    e = m.AuditEntry
    q = select(e.entity, e.record_uuid).where(e.record_uuid.is_not(None), e.entity.in_(list(ENTITIES)))
    q = q.where(e.at >= since) if since is not None else q.where(e.id > after_audit)
    out: dict[Entity, list[str]] = {entity: [] for entity in ENTITIES}
    seen: set[str] = set()
    for entity, uid in s.execute(q.order_by(e.id)):
        if uid is not None and uid not in seen:
            seen.add(uid)
            out[Entity(entity)].append(uid)
    return out


def last_audit(s: Session) -> int:
    return s.scalar(select(func.max(m.AuditEntry.id))) or 0


def state(s: Session, key: str) -> int:
    row = s.get(m.SyncState, key)
    return row.value if row is not None else 0


def set_state(s: Session, key: str, value: int) -> None:
    row = s.get(m.SyncState, key)
    if row is None:
        s.add(m.SyncState(key=key, value=value))
    else:
        row.value = value


class Versions:
    """The vectors of one transaction: read from ``sync_versions``, raised for edits made here,
    written back by :meth:`save` (a preview never saves)."""

    def __init__(self, s: Session, own: str) -> None:
        self.s, self.own = s, own
        self.rows: dict[str, m.SyncVersion] = {}
        self.absent: set[str] = set()  # known to have no row yet
        self.read: dict[str, dict[str, Any]] = {}  # fields read by settle, by UUID
        self.dirty: set[str] = set()

    def preload(self, uuids: Iterable[str]) -> None:
        """Read the vectors of many records at once (a bundle holds thousands)."""
        wanted = [u for u in dict.fromkeys(uuids) if u not in self.rows and u not in self.absent]
        for start in range(0, len(wanted), 500):
            batch = wanted[start:start + 500]
            found = {r.uuid: r for r in self.s.scalars(select(m.SyncVersion).where(m.SyncVersion.uuid.in_(batch)))}
            self.rows.update(found)
            self.absent.update(u for u in batch if u not in found)

    def get(self, uid: str) -> m.SyncVersion | None:
        if uid not in self.rows:
            if uid in self.absent:
                return None
            row = self.s.get(m.SyncVersion, uid)
            if row is None:
                self.absent.add(uid)
                return None
            self.rows[uid] = row
        return self.rows[uid]

    def vector(self, uid: str) -> Vector:
        row = self.get(uid)
        return vector_of(row.vector) if row is not None else {}

    def put(self, uid: str, kind: str, vector: Vector, digest: str, *, base: dict[str, Any] | None = None,
            keep_base: bool = True) -> None:
        row = self.get(uid)
        if row is None:
            row = m.SyncVersion(uuid=uid, kind=kind, vector="{}", hash="")
            self.rows[uid] = row
            self.absent.discard(uid)
        row.vector, row.hash = vector_text(vector), digest
        if base is not None:
            row.base = json.dumps(base, ensure_ascii=False)
            row.base_vector = vector_text(vector)
        elif not keep_base:
            row.base = row.base_vector = None
        self.dirty.add(uid)

    def settle(self, known: Known) -> None:
        """Count every edit made here since the last look: a record whose fields no longer hash
        to the stored value gets this post's count raised by one."""
        start = state(self.s, "settled")
        top = last_audit(self.s)
        if top <= start:
            return
        for entity, uuids in changed_since(self.s, start).items():
            found = read_records(self.s, entity, uuids, known)
            self.read.update(found)
            self.preload(found)
            edited = self._edited_here([u for u in found if self.get(u) is None])
            bases = self._first_imports(sorted(edited))
            for uid, fields in found.items():
                digest = fields_hash(fields)
                row = self.get(uid)
                if row is None:
                    # First seen by the exchange: a record only ever imported here (the same file
                    # loaded at several posts) is nobody's edit yet; one made or edited here is ours.
                    self.put(uid, entity, {self.own: 1} if uid in edited else {}, digest)
                    if uid in bases:  # what it said as first imported: the version posts shared
                        row = self.rows[uid]
                        row.base, row.base_vector = bases[uid], vector_text({})
                elif row.hash != digest:
                    v = vector_of(row.vector)
                    v[self.own] = v.get(self.own, 0) + 1
                    self.put(uid, entity, v, digest)
        self.settled_to = top

    settled_to: int | None = None

    def _first_imports(self, uuids: list[str]) -> dict[str, str]:
        """Records first imported (the file every post loaded) then edited here: the fields they
        had as imported, the base a conflict is shown against."""
        e = m.AuditEntry
        out: dict[str, str] = {}
        for start in range(0, len(uuids), 500):
            batch = uuids[start:start + 500]
            first = select(func.min(e.id)).where(e.record_uuid.in_(batch)).group_by(e.record_uuid)
            for uid, op, after in self.s.execute(select(e.record_uuid, e.op, e.after).where(e.id.in_(first))):
                if uid is not None and op == "import" and after:
                    out[uid] = json.dumps({"uuid": uid, "deleted_at": None, **json.loads(after)}, ensure_ascii=False)
        return out

    def _edited_here(self, uuids: list[str]) -> set[str]:
        e = m.AuditEntry
        out: set[str] = set()
        for start in range(0, len(uuids), 500):
            batch = uuids[start:start + 500]
            out.update(self.s.scalars(select(e.record_uuid).distinct().where(
                e.record_uuid.in_(batch), e.op.not_in(LOCAL_NOT_EDITS))))
        return {u for u in out if u is not None}

    def save(self) -> None:
        for uid in self.dirty:
            row = self.rows[uid]
            if row not in self.s:
                self.s.add(row)
        if self.settled_to is not None:
            set_state(self.s, "settled", self.settled_to)
        self.s.flush()
