"""Adding many records at once: the checks and write hooks of :meth:`Archive.add`, with one
transaction per batch and the rows inserted through Core with ids given beforehand.

Each draft is checked by the archive (:meth:`Archive._check`), turned into the rows the writers
of :data:`database.mapping.WRITERS` would write (:mod:`database.bulk_rows`: one ``executemany``
per table per batch, where the ORM inserts one row at a time on SQLite), and every write hook
(audit trail, search index, versions) hears of the whole batch inside its transaction, so
derived data never disagrees with the records. A draft that fails its check rolls back its
whole batch and raises the :class:`ValidationError`; earlier batches stay committed.

A draft may link to any record added before it, in its own batch too (its id is given at once).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from database import models as m
from database.archive import Archive, Written, entity_of
from database.bulk_rows import Rows
from database.known import Known
from database.records import Changes, Entity

BATCH = 1000

Progress = Callable[[int], None]  # told the number of records added so far


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def add_many(archive: Archive, drafts: Iterable[Any], *, batch: int = BATCH,
             progress: Progress | None = None) -> list[int]:
    """Add every draft (any mix of record types); returns the new ids in the drafts' order."""
    if batch < 1:
        raise ValueError("batch must be at least 1")
    ids: list[int] = []
    known = Known()
    for chunk in _chunks(drafts, batch):
        added: dict[Entity, set[int]] = {}
        with archive.writing() as s:
            now = archive.clock.now()
            rows = Rows()  # ids read again in each batch's transaction: another process may add too
            pending: list[Written] = []
            with s.no_autoflush:
                for draft in chunk:
                    entity = entity_of(draft)
                    clean = archive._check(s, draft, known)
                    known.uuids(s, entity)  # read before this batch's rows exist, then told of them
                    new = rows.add(s, entity, m.new_uuid(), now, now, None, clean, known)
                    known.added(entity, new.id, new.uuid)
                    pending.append(Written(entity, new, "add", None, clean))
                    added.setdefault(entity, set()).add(new.id)
            rows.write(s)
            archive._tell_many(s, pending, known)
            ids.extend(w.obj.id for w in pending)
        known.memo.clear()  # per-transaction state of the hooks
        for entity, new_ids in added.items():
            archive.notify(Changes(entity, "add", frozenset(new_ids)))
        if progress:
            progress(len(ids))
    return ids
