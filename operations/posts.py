"""Exchange with other posts: keys, sending and receiving bundles, conflicts, attachments.

The window and the command line both call these; neither asks for a passphrase here: they pass
it in (typed, or ``ELSHI_KEY_PASSPHRASE`` for scripts) or a function that asks when needed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from database import conflicts as conflict_store
from database import keys, posts
from database.archive import Archive
from database.attachments import OWNERS, AttachmentRow, attach, attachments_of
from database.backup import backup_now
from database.bundles import BundleError, Contents
from database.conflicts import ConflictInfo
from database.errors import ArchiveError
from database.records import Entity

PASSPHRASE_ENV = keys.PASSPHRASE_ENV


def passphrase_from_env() -> str | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return value if value else None


def keyring(archive: Archive) -> keys.Keyring:
    return keys.Keyring(archive.path)


def init_keys(archive: Archive, post: str, passphrase: str) -> keys.PostKey:
    return keyring(archive).init(post, passphrase, archive.clock.now())


def own_key(archive: Archive) -> keys.PostKey | None:
    return keyring(archive).own()


def export_key(archive: Archive, out: str | Path) -> keys.PostKey:
    key = keyring(archive).require_own()
    try:
        keys.write_key_file(key, Path(out))
    except OSError as e:
        raise keys.KeyError_("keys.cannot_write", f"{out}: {e.strerror}") from e
    return key


def read_key(path: str | Path) -> keys.PostKey:
    return keys.read_key_file(Path(path))


def trust_key(archive: Archive, key: keys.PostKey) -> None:
    keyring(archive).trust(key, archive.clock.now())


def trusted_posts(archive: Archive) -> list[keys.PostKey]:
    return keyring(archive).trusted()


def parse_since(text: str) -> str | datetime:
    """"last", "all" or a date (YYYY-MM-DD, from its start in UTC); ValueError otherwise."""
    if text in ("last", "all"):
        return text
    return datetime.fromisoformat(text).replace(tzinfo=None)


def send_bundle(archive: Archive, to_post: str, out: str | Path, passphrase: str, *,
                since: str | datetime = "last", encrypted: bool = True) -> posts.SendReport:
    ring = keyring(archive)
    ring.require_own()
    to = ring.trusted_post(to_post)
    if to is None:
        raise keys.KeyError_("keys.unknown_post", to_post)
    return posts.send(archive, ring.secrets(passphrase), to, out, since=since, encrypted=encrypted)


def open_bundle(archive: Archive, path: str | Path, passphrase: Callable[[], str]) -> Contents:
    """Read and check a bundle whole: BundleError (or a key error) and nothing written if not sound."""
    ring = keyring(archive)
    return posts.read_bundle(archive, path, lambda: ring.secrets(passphrase()))


def preview(archive: Archive, contents: Contents) -> posts.Plan:
    return posts.plan(archive, contents)


def receive_bundle(archive: Archive, contents: Contents) -> posts.Plan:
    """Apply a checked bundle in one transaction, after a backup of the archive."""
    posts.plan(archive, contents)  # refused before the backup if it cannot be applied (a replay)
    backup_now(archive)
    return posts.receive(archive, contents)


def list_conflicts(archive: Archive, *, include_resolved: bool = False) -> list[ConflictInfo]:
    return conflict_store.conflicts(archive, include_resolved=include_resolved)


def get_conflict(archive: Archive, conflict_id: int) -> ConflictInfo:
    return conflict_store.get(archive, conflict_id)


def resolve_conflict(archive: Archive, conflict_id: int, choice: str,
                     fields: dict[str, str] | None = None) -> dict[str, object]:
    own = keyring(archive).own()
    if own is None:
        raise keys.KeyError_("keys.none", str(keyring(archive).folder))
    return conflict_store.resolve(archive, own.post, conflict_id, choice, fields)


# --- attachments for scripts --------------------------------------------------------------------


def find_record(archive: Archive, ref: str) -> tuple[Entity, int]:
    """A record named ``TYPE:ID`` or ``TYPE:UUID`` (``event:12``), or by UUID alone."""
    kind, _, value = ref.partition(":")
    candidates = [Entity(kind)] if value and kind in {e.value for e in Entity} else list(Entity)
    key = value if value else ref
    # Only ASCII digits within SQLite's integers are an id: "²" passes str.isdigit but not int(),
    # and a number past 2**63 - 1 cannot be looked up; either names no record.
    number = int(key) if key.isascii() and key.isdigit() and len(key) < 20 else None
    if number is not None and number >= 1 << 63:
        raise ArchiveError("record.not_found", ref)
    for entity in candidates:
        try:
            record = (archive.get(entity, number) if number is not None
                      else archive.get_by_uuid(entity, key))
        except ArchiveError:
            continue
        return entity, record.id
    raise ArchiveError("record.not_found", ref)


def attach_file(archive: Archive, ref: str, path: str | Path) -> tuple[Entity, int, AttachmentRow]:
    entity, record_id = find_record(archive, ref)
    return entity, record_id, attach(archive, entity, record_id, path)


def list_attachments(archive: Archive, ref: str) -> tuple[Entity, int, list[AttachmentRow]]:
    entity, record_id = find_record(archive, ref)
    if entity not in OWNERS:
        raise ArchiveError("attachment.wrong_owner", entity)
    return entity, record_id, attachments_of(archive, entity, record_id)


__all__ = ["BundleError", "attach_file", "export_key", "init_keys", "list_attachments", "list_conflicts",
           "open_bundle", "parse_since", "preview", "read_key", "receive_bundle", "resolve_conflict",
           "send_bundle", "trust_key", "trusted_posts"]
