"""What an archive file holds, in a few numbers: records of each type and its newest change.

Shown, for both sides, before a restore or a recovery replaces one file's records with
another's, so nobody swaps a month of work for an old backup without seeing it. Read-only and
tolerant: a damaged or locked file gives what could be read (``readable`` False otherwise),
never an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from database import encryption
from database import models as m
from database.encryption import DB_ERRORS, Key
from database.engine import looks_like_sqlite, read_only_connection
from database.records import ENTITIES, Entity


@dataclass(frozen=True)
class Contents:
    path: Path
    counts: dict[Entity, int]  # records of each type, the trash left out
    newest: datetime | None  # the newest change to any record (UTC), None if none or unreadable
    readable: bool = True

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def contents(path: Path, timeout: float = 2.0, key: Key | None = None) -> Contents:
    """The record counts and newest change of the archive file at ``path`` (read-only; an
    encrypted one read with ``key``)."""
    counts: dict[Entity, int] = {}
    newest: datetime | None = None
    con: Any
    try:
        if key is not None and not looks_like_sqlite(Path(path)):
            con = encryption.connect(Path(path), key, read_only=True)
        else:
            con = read_only_connection(Path(path), timeout)
    except (DB_ERRORS + (OSError,)):
        return Contents(Path(path), counts, None, readable=False)
    readable = True
    try:
        for entity in ENTITIES:
            table = m.MODELS[entity].__tablename__
            try:
                count, latest = con.execute(
                    f"SELECT count(*) FILTER (WHERE deleted_at IS NULL), max(updated_at) FROM {table}").fetchone()
            except DB_ERRORS:
                readable = False
                continue
            counts[entity] = int(count or 0)
            if latest:
                try:
                    when = datetime.fromisoformat(str(latest))
                except ValueError:
                    continue
                newest = when if newest is None or when > newest else newest
    finally:
        con.close()
    return Contents(Path(path), counts, newest, readable=readable)


def lost_by_replacing(now: Contents, then: Contents) -> dict[Entity, int]:
    """Per type, how many more records the file as it is now holds than the one that would
    replace it (what a restore would take out of the archive; edits to kept records aside)."""
    return {e: now.counts.get(e, 0) - then.counts.get(e, 0)
            for e in ENTITIES if now.counts.get(e, 0) > then.counts.get(e, 0)}


__all__ = ["Contents", "contents", "lost_by_replacing"]
