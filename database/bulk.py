"""Adding many records at once: the checks, mapping and write hooks of :meth:`Archive.add`,
with one transaction and one flush per batch instead of per record.

Each draft is checked by the archive (:meth:`Archive._check`), turned into rows by the same
writers (:data:`database.mapping.WRITERS`), and every write hook (audit trail, search index,
versions) hears of it inside the batch's transaction, so derived data never disagrees with the
records. The difference from calling ``add`` in a loop is only where SQLAlchemy flushes: the
rows of a whole batch are inserted together (its "insertmanyvalues" batching), which is where
a per-record loop spends most of its time. A draft that fails its check rolls back its whole
batch and raises the :class:`ValidationError`; earlier batches stay committed.

A draft may only link to records that exist before its batch starts (the ids are not known
until the batch is flushed), so callers add places and organisations before the events that
point at them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from database import models as m
from database.archive import Archive, Written, entity_of
from database.known import Known
from database.mapping import WRITERS, write_tags
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
            pending: list[Written] = []
            # The link checks query the session; without this each query would flush the rows
            # added so far, one record at a time, and undo the point of batching.
            with s.no_autoflush:
                for draft in chunk:
                    entity = entity_of(draft)
                    clean = archive._check(s, draft, known)
                    model: Any = m.MODELS[entity]
                    obj = model(created_at=now, updated_at=now)
                    s.add(obj)
                    WRITERS[entity](s, obj, clean)
                    pending.append(Written(entity, obj, "add", None, clean))
            s.flush()
            for w in pending:
                known.added(w.entity, w.obj.id, w.obj.uuid)
                if getattr(w.after, "tags", ()):
                    write_tags(s, w.entity, w.obj.id, w.after.tags, new=True, id_of=known.tag_id)
                added.setdefault(w.entity, set()).add(w.obj.id)
            archive._tell_many(s, pending, known)
            ids.extend(w.obj.id for w in pending)
        known.memo.clear()  # per-transaction state of the hooks
        for entity, new in added.items():
            archive.notify(Changes(entity, "add", frozenset(new)))
        if progress:
            progress(len(ids))
    return ids
