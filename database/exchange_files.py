"""Attached files in the JSON exchange: an ``attachments`` section and a folder beside the file.

Exporting ``post.json`` also writes ``post-files/<sha256>`` for every attached file and lists
each attachment in the JSON's ``attachments`` section (owner, name, size, SHA-256, times).
Importing reads the section after the records; each file is taken from the folder beside the
JSON only if it hashes to its SHA-256 and is named by it, so no entry can name a path. An
attachment already in the archive (by UUID) is not copied again; a removal travels.
"""

from __future__ import annotations

import hashlib
import re
import uuid as uuid_lib
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from database import models as m
from database import sealing
from database.archive import Archive
from database.atomic import atomic_write
from database.attachments import OWNERS, _stored_name, display_name, files_key, owner_of
from database.private import make_folders
from database.records import Entity

SECTION = "attachments"
SHA = re.compile(r"[0-9a-f]{64}")
CHUNK = 1 << 20


def files_folder(json_path: Path) -> Path:
    return json_path.with_name(json_path.stem + "-files")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def rows(archive: Archive) -> list[dict[str, Any]]:
    """Every attachment (removed ones too) as the section lists it."""
    out = []
    with archive.session() as s:
        uuids: dict[Entity, dict[int, str]] = {e: dict(s.execute(select(m.MODELS[e].id, m.MODELS[e].uuid)).all())
            for e in map(Entity, OWNERS)}
        for a in s.scalars(select(m.Attachment).order_by(m.Attachment.id)):
            entity, owner_id = owner_of(a)
            out.append({"uuid": a.uuid, "owner": {"entity": entity.value, "uuid": uuids[entity][owner_id]},
                        "file_name": a.file_name, "size": a.size, "sha256": a.sha256, "file": a.sha256,
                        "created_at": a.created_at.isoformat(),
                        "deleted_at": a.deleted_at.isoformat() if a.deleted_at else None,
                        "_stored": a.stored_name})
    return out


def write_files(archive: Archive, listed: list[dict[str, Any]], folder: Path) -> int:
    """Copy each live attachment's file into ``folder`` under its SHA-256, checked; the count."""
    done: set[str] = set()
    for a in listed:
        if a["deleted_at"] is not None or a["sha256"] in done:
            continue
        source = archive.attachments_dir / a["_stored"]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / a["sha256"]
        with source.open("rb") as src, atomic_write(target) as dst:
            sealing.copy_out(src, dst, files_key(archive))  # the content, opened when sealed
        if _sha256(target) != a["sha256"]:
            raise OSError(f"{source}: the file changed since it was attached")
        done.add(a["sha256"])
    return len(done)


Todo = list[tuple[str, Entity, str, dict[str, Any]]]


def check_section(listed: Any, folder: Path | None) -> tuple[Todo, list[str]]:
    """The attachments of an exchange file's section, each checked (its file there, named by its
    SHA-256 and hashing to it), and every problem found, before anything is written."""
    if listed is None:
        return [], []
    if not isinstance(listed, list):
        return [], [f"{SECTION}: must be a list"]
    problems: list[str] = []
    todo: Todo = []
    for i, a in enumerate(listed):
        where = f"{SECTION}[{i}]"
        owner = a.get("owner") if isinstance(a, dict) else None
        if not isinstance(a, dict) or not isinstance(owner, dict) or owner.get("entity") not in OWNERS:
            problems.append(f"{where}.owner: must name an event, document, commitment or person")
            continue
        try:
            uid = str(uuid_lib.UUID(str(a.get("uuid"))))
        except ValueError:
            problems.append(f"{where}.uuid: not a UUID")
            continue
        sha = str(a.get("sha256", ""))
        if not SHA.fullmatch(sha) or a.get("file", sha) != sha:
            problems.append(f"{where}.sha256: must be the file's SHA-256 (64 hex digits), naming the file")
            continue
        if a.get("deleted_at") is None:
            path = folder / sha if folder is not None else None
            if path is None or not path.is_file():
                problems.append(f"{where}.file: {sha} is missing from the files folder beside the file")
                continue
            if _sha256(path) != sha:
                problems.append(f"{where}.file: {sha} does not match its SHA-256")
                continue
        todo.append((uid, Entity(str(owner["entity"])), str(owner.get("uuid")), a))
    return todo, problems


def apply_section(archive: Archive, s: Session, todo: Todo, folder: Path | None, written: list[Path],
                  problems: list[str]) -> int:
    """Add the checked attachments in the caller's transaction; files copied are listed in
    ``written`` (for the caller to remove if the transaction fails), problems in ``problems`` (the
    caller then rolls back). The number added."""
    added = 0
    touched: set[tuple[Entity, int]] = set()
    now = archive.clock.now()
    for uid, entity, owner_uuid, a in todo:
        model = m.MODELS[entity]
        owner_id = s.scalar(select(model.id).where(model.uuid == owner_uuid))
        if owner_id is None:
            problems.append(f"{SECTION}: no {entity} with UUID {owner_uuid[:40]!r}")
            continue
        row = s.scalar(select(m.Attachment).where(m.Attachment.uuid == uid))
        if row is not None:
            if a.get("deleted_at") and row.deleted_at is None:
                row.deleted_at = row.updated_at = now
                touched.add((entity, owner_id))
            continue
        if a.get("deleted_at") or folder is None:
            continue
        name = display_name(str(a.get("file_name") or "file"))
        stored = _stored_name(name)
        make_folders(archive.attachments_dir)
        target = archive.attachments_dir / stored
        with (folder / a["sha256"]).open("rb") as src, atomic_write(target, overwrite=False) as dst:
            size, _sha = sealing.copy_in(src, dst, files_key(archive))  # sealed when the archive is encrypted
        written.append(target)
        try:
            created = datetime.fromisoformat(str(a.get("created_at"))).replace(tzinfo=None)
        except ValueError:
            created = now
        s.add(m.Attachment(uuid=uid, file_name=name, stored_name=stored, size=size,
                           sha256=a["sha256"], created_at=created, updated_at=now,
                           **{OWNERS[entity].key: owner_id}))
        added += 1
        touched.add((entity, owner_id))
    s.flush()
    for entity, owner_id in sorted(touched):
        archive._tell(s, entity, archive._get(s, entity, owner_id), "attach", None, None)
    return added
