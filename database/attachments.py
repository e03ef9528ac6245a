"""Files attached to events, documents, commitments and people: signed scans, PDFs, photos.

A file is copied into the archive's attachment folder under a generated name, with its size and
SHA-256 recorded; the original is only read, never moved or changed. The name the user knew is
kept for display only, so no name (``../x``, ``C:\\x``, ``CON``, 300 characters) can steer where
anything is written.

Nothing here follows a symbolic link: a link offered as the file to attach is refused (attaching
a link to ``/etc/shadow`` would copy the secret into the archive), and a copy in the folder that
has been replaced by a link is not read. The stored name of a row is resolved by
:func:`stored_path` only, which refuses any name that is not one plain file name in the
attachments folder, so an edited row (``../../etc/hostname``) cannot make export or "open" read
elsewhere. Copies and their folder are private (0600 / 0700), like everything Elshi makes.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import uuid as uuid_lib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import BinaryIO

from sqlalchemy import select

from database import models as m
from database import sealing
from database.archive import Archive
from database.atomic import atomic_write
from database.errors import ArchiveError
from database.private import make_folders
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
    folder: Path  # the archive's attachments folder
    stored_name: str

    @property
    def path(self) -> Path:
        """Where the archive's copy is; ``attachment.outside`` if the row points elsewhere."""
        return stored_path(self.folder, self.stored_name)


def stored_path(folder: Path, stored_name: str) -> Path:
    """The file a stored name means inside ``folder``, refused (``attachment.outside``) unless
    it is one plain file name there and not a symbolic link. Every reader of an attachment's copy
    (export, open, check, backups and bundles) goes through here."""
    plain = (stored_name not in ("", ".", "..") and "/" not in stored_name and "\\" not in stored_name
             and "\x00" not in stored_name and PureWindowsPath(stored_name).name == stored_name)
    path = folder / stored_name
    if not plain or path.is_symlink():
        raise ArchiveError("attachment.outside", stored_name)
    return path


def open_regular(path: Path, code: str = "attachment.not_a_file") -> BinaryIO:
    """``path`` opened for reading if it is a regular file reached without following a link:
    ``attachment.symlink`` for a link, ``code`` for a folder, a pipe or a device."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    if path.is_symlink():
        raise ArchiveError("attachment.symlink", str(path))
    try:
        fd = os.open(path, flags)  # non-blocking: a pipe must not hang the open
    except OSError as e:
        if e.errno == errno.ELOOP:  # turned into a link after the check above
            raise ArchiveError("attachment.symlink", str(path)) from e
        if e.errno in (errno.ENOENT, errno.EISDIR, errno.ENXIO):
            raise ArchiveError(code, str(path)) from e
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ArchiveError(code, str(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def readable_path(row: AttachmentRow) -> Path:
    """The archive's copy of ``row``, for the system viewer: inside the folder, a regular file
    (``attachment.outside``, or ``attachment.missing`` when it is gone)."""
    path = row.path
    if not path.is_file():
        raise ArchiveError("attachment.missing", row.file_name)
    return path


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
                         archive.attachments_dir, a.stored_name)


def attach(archive: Archive, entity: Entity, record_id: int, source: str | Path) -> AttachmentRow:
    if entity not in OWNERS:
        raise ArchiveError("attachment.wrong_owner", entity)
    source = Path(source)
    try:
        src_file = open_regular(source)
    except OSError as e:
        raise ArchiveError("attachment.copy_failed", f"{source}: {e.strerror}") from e
    file_name = display_name(str(source))
    stored = _stored_name(file_name)
    folder = archive.attachments_dir
    target = folder / stored
    try:
        with src_file as src:
            make_folders(folder)
            with atomic_write(target, overwrite=False) as dst:
                size, sha256 = sealing.copy_in(src, dst, files_key(archive))  # sealed when encrypted
    except OSError as e:
        raise ArchiveError("attachment.copy_failed", f"{source}: {e.strerror}") from e
    try:
        with archive.writing() as s:
            owner = archive._get(s, entity, record_id)
            now = archive.clock.now()
            row = m.Attachment(file_name=file_name, stored_name=stored, size=size, sha256=sha256,
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


def files_key(archive: Archive) -> bytes | None:
    """The key attached files are sealed with: None for a plain archive."""
    return archive.key.files if archive.key is not None else None


def readable_copy(archive: Archive, row: AttachmentRow) -> Path:
    """A path a viewer can open, only ever inside the attachments folder and a regular file
    (``attachment.outside``, ``attachment.missing``): the archive's copy itself when plain; when
    sealed, the content written to a new private folder (0700, the file 0600) for as long as
    the viewer needs it."""
    key = files_key(archive)
    if key is None:
        return readable_path(row)
    folder = Path(tempfile.mkdtemp(prefix="elshi-open-"))
    target = folder / display_name(row.file_name)
    export_copy(row, target, key)
    target.chmod(0o600)
    return target


def export_copy(row: AttachmentRow, target: Path, key: bytes | None = None) -> None:
    """Save a copy of an attachment elsewhere (the archive's copy stays), opened with the
    archive's files ``key`` when sealed; a failure part-way leaves no half file under
    ``target``. Only the copy inside the attachments folder is read."""
    try:
        source = open_regular(row.path, "attachment.missing")
    except ArchiveError as e:
        if e.code == "attachment.symlink":  # the copy itself was replaced by a link
            raise ArchiveError("attachment.outside", row.stored_name) from e
        raise
    with source as src, atomic_write(target) as dst:
        sealing.copy_out(src, dst, key)
