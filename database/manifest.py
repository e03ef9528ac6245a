"""The manifest beside every verified copy of an archive: ``COPY.sqlite.manifest.json``.

It records what the copy is (size, SHA-256 of the file, schema revision) and the head of its
audit trail (the last entry's id and chain hash, and its newest restore entry). The live
archive's ``check`` compares its trail with these heads: a trail rewritten after a backup was
taken, even with every hash recomputed, no longer contains the entry the backup's manifest
names (see :mod:`database.audit_chain`).

Written as JSON, one object, so later versions can add to it; readers ignore what they do not
know and treat a manifest they cannot read as absent.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from database import encryption
from database.atomic import atomic_write
from database.audit_chain import Anchor
from database.encryption import Key
from database.engine import looks_like_sqlite

SUFFIX = ".manifest.json"
FORMAT = "elshi-archive-copy"
VERSION = 1
CHUNK = 1 << 20


def manifest_path(copy: Path) -> Path:
    return copy.with_name(copy.name + SUFFIX)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def audit_head_of(con: Any) -> dict[str, Any] | None:
    """The audit head a database holds, or None when its schema has no sealed trail yet."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "audit_head" not in tables:
        return None
    row = con.execute("SELECT last_id, chain_sha256 FROM audit_head WHERE id = 1").fetchone()
    last_restore = con.execute("SELECT max(id) FROM audit_log WHERE op = 'restore_backup'").fetchone()
    return {"last_id": int(row[0]) if row else 0, "chain_sha256": str(row[1]) if row else "0" * 64,
            "last_restore_id": last_restore[0] if last_restore else None}


def describe(copy: Path, name: str, key: Key | None = None) -> dict[str, Any]:
    """The manifest of the finished copy at ``copy``, to be named ``name`` (read only); an
    encrypted copy is read with ``key``."""
    if key is not None and not looks_like_sqlite(copy):
        con = encryption.connect(copy, key, read_only=True)
    else:
        con = sqlite3.connect(copy.resolve().as_uri() + "?mode=ro", uri=True)
    with closing(con):
        head = audit_head_of(con)
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return {"format": FORMAT, "version": VERSION, "file": name, "size": copy.stat().st_size,
            "sha256": _sha256(copy), "schema": revision[0] if revision else None, "audit": head}


def write(copy: Path, manifest: dict[str, Any]) -> Path:
    """Write ``manifest`` beside ``copy`` (whole or not at all); returns its path."""
    target = manifest_path(copy)
    with atomic_write(target) as out:
        out.write(json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
    return target


def read(path: Path) -> dict[str, Any] | None:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) and value.get("format") == FORMAT else None


def anchors(folder: Path) -> list[Anchor]:
    """The audit heads recorded by the manifests in ``folder`` (a backups folder), oldest
    first; copies whose manifests hold none (older schemas) are left out."""
    found: list[Anchor] = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*" + SUFFIX)):
        manifest = read(path)
        head = manifest.get("audit") if manifest else None
        if not isinstance(head, dict):
            continue
        last_id, chain, restore = head.get("last_id"), head.get("chain_sha256"), head.get("last_restore_id")
        if isinstance(last_id, int) and isinstance(chain, str) and (restore is None or isinstance(restore, int)):
            found.append(Anchor(path.name[:-len(SUFFIX)], last_id, chain, restore))
    return sorted(found, key=lambda a: a.last_id)
