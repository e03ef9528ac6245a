"""Exchange between posts: what goes into a bundle, and what a received bundle changes.

**Sending** (:func:`send`): every record written since the last bundle this post sent to that
post (the audit trail says which, deletions, merges and received records included, so a post
in a ring passes on what it heard), with its version vector, the merges of people and
organisations done since, and the attachments of those records with their files.

**Receiving** (:func:`plan` for the preview, :func:`receive` to apply): each incoming record
is compared with the local one by version vector (:mod:`database.sync`):

- new here, or newer than the local one: written as it came;
- the same or older: nothing to do;
- changed at both posts since their common version: a **conflict** (:mod:`database.conflicts`),
  the local record left as it was and the incoming one kept in full until someone chooses.

Merges are applied as merges before the records, so links only this post knows move too.
Attachments are added (a file already here by UUID is not copied again) and removals travel.
All of it is one transaction: a bundle that cannot be applied whole changes nothing.
"""

from __future__ import annotations

import json
import uuid as uuid_lib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database import audit, bundles, keys
from database import models as m
from database.archive import Archive
from database.atomic import atomic_write
from database.attachments import OWNERS, _stored_name, display_name, owner_of
from database.bundles import BundleError, Contents
from database.exchange import FORMAT as EXCHANGE_FORMAT
from database.exchange import SECTIONS, ExchangeError, import_in
from database.exchange import VERSION as EXCHANGE_VERSION
from database.integrity import sha256_of
from database.known import Known
from database.merge import merge_in
from database.records import ENTITIES, Changes, Entity
from database.statistics import refresh_if_stale
from database.sync import (
    Versions,
    changed_since,
    check_vector,
    compare,
    dominates,
    fields_hash,
    joined,
    last_audit,
    read_records,
    vector_of,
    vector_text,
)

LABEL_KEYS = ("name", "title", "text")
ATTACHMENT_OWNERS = tuple(Entity(k) for k in OWNERS)


@dataclass(frozen=True)
class Item:
    entity: str
    uuid: str
    label: str


@dataclass
class Plan:
    """What a bundle would change (the preview), or did change."""

    from_post: str
    to_post: str
    seq: int
    created_at: str
    new: list[Item] = field(default_factory=list)
    updated: list[Item] = field(default_factory=list)
    deleted: list[Item] = field(default_factory=list)
    conflicts: list[Item] = field(default_factory=list)
    unchanged: int = 0
    merges: int = 0
    files: int = 0
    # internal: what to write
    write: list[tuple[Entity, dict[str, Any], dict[str, int]]] = field(default_factory=list, repr=False)
    same: list[tuple[Entity, str, dict[str, int], dict[str, Any]]] = field(default_factory=list, repr=False)
    clashes: list[tuple[Entity, dict[str, Any], dict[str, int]]] = field(default_factory=list, repr=False)

    @property
    def changes(self) -> int:
        return len(self.new) + len(self.updated) + len(self.deleted) + len(self.conflicts) + self.merges


@dataclass(frozen=True)
class SendReport:
    path: Path
    to_post: str
    seq: int
    counts: dict[str, int]
    files: int
    merges: int
    encrypted: bool


def label_of(fields: dict[str, Any]) -> str:
    for key in LABEL_KEYS:
        value = fields.get(key)
        if isinstance(value, str) and value:
            return value[:200]
    return str(fields.get("uuid", ""))


def _peer(s: Session, post: str) -> m.SyncPeer:
    row = s.get(m.SyncPeer, post)
    if row is None:
        row = m.SyncPeer(post=post, sent_seq=0, sent_audit=0, sent_merge=0, received_seq=0)
        s.add(row)
        s.flush()
    return row


# --- sending ----------------------------------------------------------------------------------


def send(archive: Archive, secrets: keys.Secrets, to: keys.PostKey, out: str | Path, *,
         since: str | datetime = "last", encrypted: bool = True) -> SendReport:
    """Write a bundle for post ``to``: what changed since the last bundle sent there (``since``
    "last"), since a moment (a datetime, UTC) or everything ("all")."""
    out = Path(out)
    with archive.writing() as s:
        known = Known()
        versions = Versions(s, secrets.post)
        versions.settle(known)
        versions.save()
        peer = _peer(s, to.post)
        top = last_audit(s)
        top_merge = s.scalar(select(func.max(m.MergeRecord.id))) or 0
        if since == "last":
            changed, merge_cond = changed_since(s, peer.sent_audit), m.MergeRecord.id > peer.sent_merge
        elif since == "all":
            changed, merge_cond = changed_since(s, 0), m.MergeRecord.id > 0
        else:
            assert isinstance(since, datetime)
            changed, merge_cond = changed_since(s, since=since), m.MergeRecord.at >= since
        sections: dict[str, list[dict[str, Any]]] = {}
        manifest_versions: dict[str, dict[str, Any]] = {}
        counts: dict[str, int] = {}
        owners: dict[tuple[Entity, int], str] = {}
        for entity in ENTITIES:
            cached = {u: versions.read[u] for u in changed[entity] if u in versions.read}
            found = {**cached, **read_records(s, entity, [u for u in changed[entity] if u not in cached], known)}
            rows = [found[u] for u in changed[entity] if u in found]
            sections[SECTIONS[entity]] = rows
            counts[SECTIONS[entity]] = len(rows)
            versions.preload(r["uuid"] for r in rows)
            for row in rows:
                v = versions.get(row["uuid"])
                manifest_versions[row["uuid"]] = {
                    "vector": vector_of(v.vector) if v else {},
                    "base_vector": vector_of(v.base_vector) if v and v.base_vector else None}
            if entity in ATTACHMENT_OWNERS and rows:
                ids = {u: i for i, u in known.uuids(s, entity).items()}
                owners.update({(entity, ids[r["uuid"]]): r["uuid"] for r in rows})
        attachments, files = _attachments_to_send(archive, s, owners)
        merges = [{"entity": r.entity, "kept": r.kept_uuid, "merged": r.merged_uuid, "at": r.at.isoformat()}
                  for r in s.scalars(select(m.MergeRecord).where(merge_cond, m.MergeRecord.undone_at.is_(None))
                                     .order_by(m.MergeRecord.id))]
        now = archive.clock.now()
        seq = peer.sent_seq + 1
        manifest = {
            "format": bundles.FORMAT, "version": bundles.VERSION, "bundle_id": str(uuid_lib.uuid4()),
            "from": secrets.post, "to": to.post, "seq": seq, "created_at": now.isoformat(),
            "since": since if isinstance(since, str) else since.isoformat(),
            "counts": {**counts, "attachments": len(attachments), "files": len(files), "merges": len(merges)},
            "versions": manifest_versions, "attachments": attachments, "merges": merges,
            "files": [{"path": f"files/{sha}", "sha256": sha, "size": size} for sha, (size, _p) in files.items()],
        }
        records = {"format": EXCHANGE_FORMAT, "version": EXCHANGE_VERSION, "exported_at": now.isoformat(),
                   **sections}
        payload = bundles.build_payload(manifest, records, ((sha, p.read_bytes()) for sha, (_n, p) in files.items()))
        data = bundles.seal(payload, sender=secrets, to=to, encrypted=encrypted)
        try:
            with atomic_write(out) as f:
                f.write(data)
        except OSError as e:
            raise BundleError("bundle.cannot_write", f"{out}: {e.strerror}") from e
        peer.sent_seq, peer.sent_audit, peer.sent_merge, peer.sent_at = seq, top, top_merge, now
        audit.append(s, at=now, op="send_bundle", entity=audit.ARCHIVE, record_uuid=None, before=None,
                     after={"to": to.post, "seq": seq, "file": str(out), "counts": manifest["counts"]})
    return SendReport(out, to.post, seq, counts, len(files), len(merges), encrypted)


def _attachments_to_send(archive: Archive, s: Session, owners: dict[tuple[Entity, int], str]
                         ) -> tuple[list[dict[str, Any]], dict[str, tuple[int, Path]]]:
    if not owners:
        return [], {}
    out: list[dict[str, Any]] = []
    files: dict[str, tuple[int, Path]] = {}
    by_entity: dict[Entity, list[int]] = {}
    for entity, rid in owners:
        by_entity.setdefault(entity, []).append(rid)
    for entity, ids in by_entity.items():
        column = OWNERS[entity]
        for a in s.scalars(select(m.Attachment).where(column.in_(ids)).order_by(m.Attachment.id)):
            owner_entity, owner_id = owner_of(a)
            out.append({"uuid": a.uuid, "owner": {"entity": owner_entity.value,
                                                  "uuid": owners[(owner_entity, owner_id)]},
                        "file_name": a.file_name, "size": a.size, "sha256": a.sha256,
                        "created_at": a.created_at.isoformat(),
                        "deleted_at": a.deleted_at.isoformat() if a.deleted_at else None,
                        "path": f"files/{a.sha256}"})
            if a.deleted_at is None and a.sha256 not in files:
                path = archive.attachments_dir / a.stored_name
                if Path(a.stored_name).name != a.stored_name or not path.is_file() or sha256_of(path) != a.sha256:
                    raise BundleError("bundle.attachment_changed", f"{a.file_name} ({a.stored_name})")
                files[a.sha256] = (a.size, path)
    return out, files


# --- receiving --------------------------------------------------------------------------------


def read_bundle(archive: Archive, path: str | Path, secrets: Callable[[], keys.Secrets]) -> Contents:
    """Read and check a bundle (see :func:`database.bundles.unseal`); nothing is written."""
    ring = keys.Keyring(archive.path)
    own = ring.require_own()
    try:
        if Path(path).stat().st_size > bundles.MAX_BUNDLE:
            raise BundleError("bundle.damaged", f"larger than {bundles.MAX_BUNDLE >> 30} GB")
        data = Path(path).read_bytes()
    except OSError as e:
        raise BundleError("bundle.unreadable", f"{path}: {e.strerror}") from e
    return bundles.unseal(data, receiver=secrets, own_post=own.post, trusted=ring.trusted_post)


def _check_contents(contents: Contents) -> None:
    man = contents.manifest
    if not isinstance(man.get("seq"), int) or isinstance(man.get("seq"), bool) or man["seq"] < 1:
        raise BundleError("bundle.damaged", "manifest.seq")
    if not isinstance(man.get("versions", {}), dict) or not isinstance(man.get("merges", []), list):
        raise BundleError("bundle.damaged", "manifest")
    for uid, info in man.get("versions", {}).items():
        if not isinstance(info, dict) or check_vector(info.get("vector")) is None:
            raise BundleError("bundle.damaged", f"manifest.versions.{str(uid)[:40]}")
    doc = contents.records
    if doc.get("format") != EXCHANGE_FORMAT or doc.get("version") != EXCHANGE_VERSION:
        raise BundleError("bundle.damaged", "records.json")
    unknown = set(doc) - {"format", "version", "exported_at", *SECTIONS.values()}
    if unknown or any(not isinstance(doc.get(sec, []), list) for sec in SECTIONS.values()):
        raise BundleError("bundle.damaged", "records.json")


def plan(archive: Archive, contents: Contents) -> Plan:
    """The preview: what receiving the bundle would do, nothing written."""
    _check_contents(contents)
    with archive.session() as s, s.no_autoflush:
        result = _plan(archive, s, contents, Known(), Versions(s, contents.header["to"]))
        s.rollback()
    return result


def _plan(archive: Archive, s: Session, contents: Contents, known: Known, versions: Versions) -> Plan:
    man = contents.manifest
    sender = contents.header["from"]
    peer = s.get(m.SyncPeer, sender)
    if peer is not None and man["seq"] <= peer.received_seq:
        raise BundleError("bundle.replayed", f"{sender} #{man['seq']}")
    versions.settle(known)
    result = Plan(sender, contents.header["to"], man["seq"], str(man.get("created_at", "")))
    incoming_versions = man.get("versions", {})
    for entity in ENTITIES:
        rows = contents.records.get(SECTIONS[entity], [])
        uuids = [str(r.get("uuid")) for r in rows if isinstance(r, dict)]
        local = read_records(s, entity, uuids, known)
        versions.preload(uuids)
        for row in rows:
            if not isinstance(row, dict):
                continue
            uid = str(row.get("uuid"))
            info = incoming_versions.get(uid, {})
            vin = check_vector(info.get("vector")) or {}
            item = Item(entity, uid, label_of(row))
            mine = local.get(uid)
            if mine is None:
                result.new.append(item)
                result.write.append((entity, row, vin))
                continue
            vloc = versions.vector(uid)
            order = compare(vloc, vin)
            same = fields_hash(mine) == fields_hash(row)
            if order == "equal" and not same:
                order = "concurrent"  # the same version saying two things: never chosen silently
            if order == "newer" or (order == "concurrent" and same) or (order == "equal" and same):
                if same:
                    result.unchanged += 1
                    vrow = versions.get(uid)
                    if order != "equal" or vrow is None or vrow.base_vector != vrow.vector:
                        result.same.append((entity, uid, joined(vloc, vin), mine))
                else:
                    (result.deleted if row.get("deleted_at") and not mine.get("deleted_at")
                     else result.updated).append(item)
                    result.write.append((entity, row, vin))
            elif order == "concurrent":
                result.conflicts.append(item)
                result.clashes.append((entity, row, vin))
            else:
                result.unchanged += 1
    result.merges = sum(1 for mg in man.get("merges", []) if _merge_applies(s, mg) is not None)
    result.files = len(contents.files)
    return result


def _merge_applies(s: Session, mg: Any) -> tuple[Entity, int, int] | None:
    """The (type, kept id, merged id) of a merge a bundle names, if it is one to do here."""
    if not isinstance(mg, dict) or mg.get("entity") not in ("person", "organisation"):
        return None
    entity = Entity(str(mg["entity"]))
    kept, merged = str(mg.get("kept")), str(mg.get("merged"))
    if kept == merged or s.scalar(select(m.MergeRecord.id).where(
            m.MergeRecord.kept_uuid == kept, m.MergeRecord.merged_uuid == merged)) is not None:
        return None
    model = m.MODELS[entity]
    rows = {u: (i, d) for i, u, d in s.execute(select(model.id, model.uuid, model.deleted_at)
                                               .where(model.uuid.in_([kept, merged])))}
    if kept not in rows or merged not in rows or rows[kept][1] is not None or rows[merged][1] is not None:
        return None
    return entity, rows[kept][0], rows[merged][0]


def receive(archive: Archive, contents: Contents) -> Plan:
    """Apply a checked bundle in one transaction; returns what it did (as :func:`plan` said)."""
    _check_contents(contents)
    written_files: list[Path] = []
    sender = contents.header["from"]
    own = contents.header["to"]
    try:
        with archive.writing() as s:
            known = Known()
            versions = Versions(s, own)
            result = _plan(archive, s, contents, known, versions)
            versions.save()
            merges_done = []
            for mg in contents.manifest.get("merges", []):
                found = _merge_applies(s, mg)
                if found is not None:
                    merge_in(archive, s, *found)
                    merges_done.append([mg["entity"], mg["kept"], mg["merged"]])
            _write_records(archive, s, result, versions)
            known = Known()  # the merges moved links, the records added new ones
            now = archive.clock.now()
            waiting = set(s.scalars(select(m.SyncConflict.record_uuid).where(m.SyncConflict.resolved_at.is_(None))))
            for entity, uid, vector, fields in result.same:  # a version both posts hold: a base
                versions.put(uid, entity, vector, fields_hash(fields), base=fields)
                if uid in waiting:
                    _close_superseded(s, uid, vector, now)
            _record_conflicts(s, result, sender, versions, known, now)
            files_added = _apply_attachments(archive, s, contents, known, written_files)
            versions.save()
            peer = _peer(s, sender)
            peer.received_seq, peer.received_at = result.seq, now
            audit.append(s, at=now, op="receive_bundle", entity=audit.ARCHIVE, record_uuid=None, before=None,
                         after={"from": sender, "seq": result.seq, "bundle_id": contents.manifest.get("bundle_id"),
                                "new": [i.uuid for i in result.new], "updated": [i.uuid for i in result.updated],
                                "deleted": [i.uuid for i in result.deleted],
                                "conflicts": [i.uuid for i in result.conflicts],
                                "merges": merges_done, "attachments_added": files_added})
    except ExchangeError as e:
        for p in written_files:
            p.unlink(missing_ok=True)
        raise BundleError("bundle.cannot_apply", e.problems[0]) from e
    except BaseException:
        for p in written_files:
            p.unlink(missing_ok=True)
        raise
    refresh_if_stale(archive)
    archive.notify(Changes("*", "import"))
    return result


def _write_records(archive: Archive, s: Session, result: Plan, versions: Versions) -> None:
    if not result.write:
        return
    doc: dict[str, Any] = {"format": EXCHANGE_FORMAT, "version": EXCHANGE_VERSION}
    for entity, row, _v in result.write:
        doc.setdefault(SECTIONS[entity], []).append(row)
    import_in(archive, s, doc)
    fresh = Known()
    open_conflicts = set(s.scalars(select(m.SyncConflict.record_uuid).where(m.SyncConflict.resolved_at.is_(None))))
    for entity in ENTITIES:
        mine = [(row, v) for e, row, v in result.write if e == entity]
        if not mine:
            continue
        stored = read_records(s, entity, [r["uuid"] for r, _v in mine], fresh)
        for row, vector in mine:
            fields = stored[str(row["uuid"])]
            versions.put(fields["uuid"], entity, vector, fields_hash(fields), base=fields)
            if fields["uuid"] in open_conflicts:
                _close_superseded(s, fields["uuid"], vector, archive.clock.now())


def _close_superseded(s: Session, uid: str, vector: dict[str, int], now: datetime) -> None:
    """An open conflict whose both sides the version just applied has seen is settled by it."""
    for c in s.scalars(select(m.SyncConflict).where(m.SyncConflict.record_uuid == uid,
                                                    m.SyncConflict.resolved_at.is_(None))):
        if dominates(vector, vector_of(c.local_vector)) and dominates(vector, vector_of(c.incoming_vector)):
            c.resolved_at, c.resolution = now, "superseded"
            audit.append(s, at=now, op="resolve", entity=c.entity, record_uuid=uid, before=None,
                         after={"conflict": c.id, "choice": "superseded", "from_post": c.from_post})


def _record_conflicts(s: Session, result: Plan, sender: str, versions: Versions, known: Known,
                      now: datetime) -> None:
    for entity in ENTITIES:
        mine = [(row, v) for e, row, v in result.clashes if e == entity]
        if not mine:
            continue
        local = read_records(s, entity, [str(r["uuid"]) for r, _v in mine], known)
        for row, vin in mine:
            uid = str(row["uuid"])
            vrow = versions.get(uid)
            base = None
            if vrow is not None and vrow.base and dominates(vin, vector_of(vrow.base_vector)):
                base = vrow.base
            waiting = list(s.scalars(select(m.SyncConflict).where(m.SyncConflict.record_uuid == uid,
                                                                  m.SyncConflict.resolved_at.is_(None))))
            if any(dominates(vector_of(w.incoming_vector), vin) for w in waiting):
                continue  # the same conflict, already kept
            for w in waiting:  # a later version of what the same side sent: the newer one stands
                if dominates(vin, vector_of(w.incoming_vector)):
                    w.resolved_at, w.resolution = now, "superseded"
            c = m.SyncConflict(entity=entity, record_uuid=uid, from_post=sender, at=now,
                               local=json.dumps(local[uid], ensure_ascii=False),
                               incoming=json.dumps(row, ensure_ascii=False), base=base,
                               local_vector=vector_text(versions.vector(uid)), incoming_vector=vector_text(vin))
            s.add(c)
            s.flush()
            audit.append(s, at=now, op="conflict", entity=entity, record_uuid=uid, before=local[uid],
                         after={**row, "conflict": c.id, "from_post": sender})


def _apply_attachments(archive: Archive, s: Session, contents: Contents, known: Known,
                       written: list[Path]) -> int:
    added = 0
    touched: set[tuple[Entity, int]] = set()
    now = archive.clock.now()
    for a in contents.manifest.get("attachments", []):
        owner = a.get("owner")
        if not isinstance(owner, dict) or owner.get("entity") not in OWNERS:
            raise BundleError("bundle.damaged", "manifest.attachments")
        entity = Entity(str(owner["entity"]))
        ids = {u: i for i, u in known.uuids(s, entity).items()}
        owner_id = ids.get(str(owner.get("uuid")))
        if owner_id is None:
            continue  # the record was purged here
        try:
            uid = str(uuid_lib.UUID(str(a.get("uuid"))))
        except ValueError as e:
            raise BundleError("bundle.damaged", "manifest.attachments.uuid") from e
        row = s.scalar(select(m.Attachment).where(m.Attachment.uuid == uid))
        deleted = a.get("deleted_at")
        if row is None:
            if deleted:
                continue
            data = contents.files[str(a["sha256"])]
            name = display_name(str(a.get("file_name", "file")))
            stored = _stored_name(name)
            folder = archive.attachments_dir
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / stored
            with atomic_write(target, overwrite=False) as f:
                f.write(data)
            written.append(target)
            try:
                created = datetime.fromisoformat(str(a.get("created_at"))).replace(tzinfo=None)
            except ValueError:
                created = now
            s.add(m.Attachment(uuid=uid, file_name=name, stored_name=stored, size=len(data),
                               sha256=str(a["sha256"]), created_at=created, updated_at=now,
                               **{OWNERS[entity].key: owner_id}))
            added += 1
            touched.add((entity, owner_id))
        elif deleted and row.deleted_at is None:
            row.deleted_at = row.updated_at = now
            touched.add(owner_of(row))
    s.flush()
    for entity, owner_id in sorted(touched):
        archive._tell(s, entity, archive._get(s, entity, owner_id), "attach", None, None)
    return added


__all__ = ["Item", "Plan", "SendReport", "plan", "read_bundle", "receive", "send"]
