"""Files attached to events, documents, commitments and people: signed scans, PDFs, photos.

A file is copied into the archive's attachment folder under a generated name, with its size and
SHA-256 recorded; the original is only read, never moved or changed. The name the user knew is
kept for display only, so no name (``../x``, ``C:\\x``, ``CON``, 300 characters) can steer where
anything is written.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import uuid as uuid_lib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath, PureWindowsPath

from sqlalchemy import select

from database import models as m
from database.archive import Archive
from database.atomic import atomic_write
from database.errors import ArchiveError
from database.records import Changes, Entity

OWNERS = {"event": m.Attachment.event_id, "document": m.Attachment.document_id,
          "person": m.Attachment.person_id, "commitment": m.Attachment.commitment_id}
MAX_NAME = 255
CHUNK = 1 << 20


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    uuid: str
    file_name: str
    size: int
    sha256: str
    added_at: datetime
    path: Path


def display_name(source: str) -> str:
    """The last part of a path in either convention, without control characters, bounded."""
    name = PureWindowsPath(PurePosixPath(source).name).name
    name = "".join(c for c in name if c.isprintable()).strip() or "file"
    return name[:MAX_NAME]


def _stored_name(file_name: str) -> str:
    suffix = Path(file_name).suffix.lower()
    if not re.fullmatch(r"\.[a-z0-9]{1,10}", suffix):
        suffix = ""
    return f"{uuid_lib.uuid4()}{suffix}"


def _row(archive: Archive, a: m.Attachment) -> AttachmentRow:
    return AttachmentRow(a.id, a.uuid, a.file_name, a.size, a.sha256, a.created_at,
                         archive.attachments_dir / a.stored_name)


def attach(archive: Archive, entity: Entity, record_id: int, source: str | Path) -> AttachmentRow:
    if entity not in OWNERS:
        raise ArchiveError("attachment.wrong_owner", entity)
    source = Path(source)
    if not source.is_file():
        raise ArchiveError("attachment.not_a_file", str(source))
    file_name = display_name(str(source))
    stored = _stored_name(file_name)
    folder = archive.attachments_dir
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / stored
    digest = hashlib.sha256()
    size = 0
    try:
        with source.open("rb") as src, atomic_write(target, overwrite=False) as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                dst.write(chunk)
                size += len(chunk)
    except OSError as e:
        raise ArchiveError("attachment.copy_failed", f"{source}: {e.strerror}") from e
    try:
        with archive.writing() as s:
            owner = archive._get(s, entity, record_id)
            now = archive.clock.now()
            row = m.Attachment(file_name=file_name, stored_name=stored, size=size, sha256=digest.hexdigest(),
                               created_at=now, updated_at=now, **{OWNERS[entity].key: record_id})
            s.add(row)
            s.flush()
            archive._tell(s, entity, owner, "attach", None, None)
            result = _row(archive, row)
    except Exception:
        target.unlink(missing_ok=True)  # no record, no stray copy
        raise
    archive.notify(Changes(entity, "update", frozenset({record_id})))
    return result


def attachments_of(archive: Archive, entity: str, record_id: int) -> list[AttachmentRow]:
    with archive.session() as s:
        rows = s.scalars(select(m.Attachment).where(
            OWNERS[entity] == record_id, m.Attachment.deleted_at.is_(None)).order_by(m.Attachment.id))
        return [_row(archive, a) for a in rows]


def remove(archive: Archive, attachment_id: int) -> None:
    """Take an attachment off its record; the copied file stays until the record is purged."""
    with archive.writing() as s:
        row = s.get(m.Attachment, attachment_id)
        if row is None or row.deleted_at is not None:
            raise ArchiveError("record.not_found", f"attachment {attachment_id}")
        row.deleted_at = row.updated_at = archive.clock.now()
        entity, owner_id = owner_of(row)
        archive._tell(s, entity, archive._get(s, entity, owner_id), "detach", None, None)
    archive.notify(Changes(entity, "update", frozenset({owner_id})))


def owner_of(row: m.Attachment) -> tuple[Entity, int]:
    """The record an attachment belongs to (every attachment has exactly one)."""
    for name, column in OWNERS.items():
        value = getattr(row, column.key)
        if value is not None:
            return Entity(name), int(value)
    raise ArchiveError("record.not_found", f"owner of attachment {row.id}")


def export_copy(row: AttachmentRow, target: Path) -> None:
    """Save a copy of an attachment elsewhere (the archive's copy stays); a failure part-way
    leaves no half file under ``target``."""
    with row.path.open("rb") as src, atomic_write(target) as dst:
        shutil.copyfileobj(src, dst, CHUNK)
