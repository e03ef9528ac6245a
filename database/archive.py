"""The archive: one SQLite file and the named operations everything else uses.

Each operation is one unit of work in its own session, so a failed write leaves nothing
half-done. Operations return plain frozen records, never live ORM objects, so nothing lazy-loads
after its session has closed. After each write, subscribers hear what changed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar, cast

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from database import models as m
from database.clock import Clock
from database.errors import Conflict, NotFound
from database.known import Known
from database.locking import busy_guard
from database.mapping import EAGER, READERS, WRITERS, read_tags, write_tags
from database.records import DRAFT_TYPES, Changes, Entity, Record
from database.server import shown
from database.validation import check, links

if TYPE_CHECKING:
    from database.encryption import Key

D = TypeVar("D")
Listener = Callable[[Changes], None]


class WriteHook(Protocol):
    """Told of every write inside its transaction (search index, audit trail), so derived
    data can never disagree with the records. ``before``/``after`` are drafts (None when the
    record did not or no longer exists); ``op`` is add, update, delete, restore or import."""

    def written(self, s: Session, entity: Entity, obj: Any, op: str, before: Any, after: Any) -> None: ...


class Written(NamedTuple):
    """One record written in a batch, as a hook's ``written_many(s, written, known)`` hears it
    (a hook may offer that as well as ``written``, to answer a thousand records at once)."""

    entity: Entity
    obj: Any
    op: str
    before: Any
    after: Any


# Operations that change a record's fields or its place in the trash, and so raise its version
# by one. Attaching a file does neither, so a form open on the record may still save after a
# file was attached to it; a new record (added, or imported for the first time) starts at 1.
BUMPS = frozenset({"update", "delete", "restore", "import", "merge", "unmerge"})


def bumps(op: str, before: Any) -> bool:
    return op in BUMPS and not (op == "import" and before is None)


def entity_of(draft: object) -> Entity:
    for entity, cls in DRAFT_TYPES.items():
        if isinstance(draft, cls):
            return entity
    raise TypeError(f"not a draft: {type(draft).__name__}")


class Archive:
    def __init__(self, path: Path, engine: Engine, clock: Clock, key: Key | None = None) -> None:
        self.path = path
        self.engine = engine
        self.clock = clock
        # An encrypted archive's key (in memory only); its backups and attached files use it too.
        self.key = key
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self._listeners: list[Listener] = []
        self.hooks: list[WriteHook] = []
        # Unfinished copies of killed backups removed when this archive was opened, to be told.
        self.cleaned: list[Path] = []
        # The PostgreSQL URL of a shared archive (database.server); None for a file.
        self.url: str | None = None

    # --- plumbing ---------------------------------------------------------------------------

    @property
    def location(self) -> str | Path:
        """What :func:`database.opening.open_archive` takes to open this archive again."""
        return self.url if self.url is not None else self.path

    @property
    def shown(self) -> str:
        """What messages call this archive: its file, or its server's URL without a password."""
        return str(self.path) if self.url is None else shown(self.url)

    @property
    def attachments_dir(self) -> Path:
        return self.path.with_name(self.path.stem + "-files")

    @property
    def backups_dir(self) -> Path:
        return self.path.with_name(self.path.stem + "-backups")

    def session(self) -> Session:
        """A read session for query functions; the caller closes it (``with``)."""
        return self.sessions()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction. It takes SQLite's write lock at its start (BEGIN IMMEDIATE),
        so a second process waits its turn instead of failing when its reads go stale; a lock
        held past the busy timeout becomes :class:`Busy`."""
        with busy_guard(self.path.parent), self.sessions.begin() as s:
            s.connection(execution_options={"elshi_write": True})
            s.info["writing"] = True
            yield s

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def close(self) -> None:
        self.engine.dispose()

    # --- records ----------------------------------------------------------------------------

    def add(self, draft: D, *, initiator: object | None = None) -> Record[D]:
        with self.writing() as s:
            record = self.add_in(s, draft)
        self.notify(Changes(record.entity, "add", frozenset({record.id}), initiator))
        return record

    def add_in(self, s: Session, draft: D) -> Record[D]:
        """:meth:`add` inside a write transaction the caller holds (:meth:`writing`), so several
        records can be written together or not at all; the caller notifies."""
        entity = entity_of(draft)
        clean = self._check(s, draft)
        now = self.clock.now()
        obj = m.MODELS[entity](created_at=now, updated_at=now)
        s.add(obj)
        self._write(s, entity, obj, clean)
        self._tell(s, entity, obj, "add", None, clean)
        return self._record(s, entity, obj)

    def update(self, record_id: int, draft: D, *, expected_version: int | None = None,
               initiator: object | None = None) -> Record[D]:
        """Save ``draft`` over record ``record_id``; an unchanged draft writes nothing. With
        ``expected_version`` (the version a form loaded) a record changed since is refused with
        :class:`Conflict` and nothing is written.

        The version compared is the one read inside this write transaction, which holds
        SQLite's single write lock from its start: no other process can commit in between."""
        return self.modify(entity_of(draft), record_id, lambda _current: draft,
                           expected_version=expected_version, initiator=initiator)

    def modify(self, entity: Entity, record_id: int, change: Callable[[Any], D], *,
               expected_version: int | None = None, initiator: object | None = None) -> Record[D]:
        """Read the record's draft, ``change`` it and write the result, all in one write
        transaction: the draft ``change`` sees is the newest committed one and nobody can commit
        before the result is written, so a change made from the current value (a note appended,
        a status set) never undoes another process's. ``expected_version`` as for :meth:`update`."""
        with self.writing() as s:
            record, changed = self.modify_in(s, entity, record_id, change, expected_version=expected_version)
        if changed:
            self.notify(Changes(entity, "update", frozenset({record_id}), initiator))
        return record

    def modify_in(self, s: Session, entity: Entity, record_id: int, change: Callable[[Any], D], *,
                  expected_version: int | None = None) -> tuple[Record[D], bool]:
        """:meth:`modify` inside the caller's write transaction: the record, and whether it changed."""
        obj = self._get(s, entity, record_id)
        before = self._draft(s, entity, obj)
        clean = self._check(s, change(before))
        if before == clean:
            return self._record(s, entity, obj), False
        if expected_version is not None and obj.version != expected_version:
            raise Conflict(entity, record_id, expected_version, obj.version)
        self._write(s, entity, obj, clean, before)
        obj.updated_at = self.clock.now()
        self._tell(s, entity, obj, "update", before, clean)
        return self._record(s, entity, obj), True

    def get(self, entity: Entity, record_id: int) -> Record[Any]:
        with self.session() as s:
            return self._record(s, entity, self._get(s, entity, record_id))

    def get_by_uuid(self, entity: Entity, uuid: str) -> Record[Any]:
        with self.session() as s:
            obj = s.scalar(select(m.MODELS[entity]).where(m.MODELS[entity].uuid == uuid))
            if obj is None:
                raise NotFound("record.not_found", f"{entity} {uuid}")
            return self._record(s, entity, obj)

    def delete(self, entity: Entity, record_id: int, *, initiator: object | None = None) -> None:
        """Move a record to the trash; :meth:`restore` brings it back unchanged."""
        self._set_deleted(entity, record_id, self.clock.now(), "delete", initiator)

    def restore(self, entity: Entity, record_id: int, *, initiator: object | None = None) -> None:
        self._set_deleted(entity, record_id, None, "restore", initiator)

    def list(self, entity: Entity, *, deleted: bool = False) -> list[Record[Any]]:
        """Every record of a type (or, with ``deleted``, those in the trash), oldest first."""
        model = m.MODELS[entity]
        with self.session() as s:
            cond = model.deleted_at.is_not(None) if deleted else model.deleted_at.is_(None)
            objs = s.scalars(select(model).where(cond).order_by(model.id))
            return [self._record(s, entity, o) for o in objs]

    def count(self, entity: Entity) -> int:
        model = m.MODELS[entity]
        with self.session() as s:
            return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0

    # --- used by import ---------------------------------------------------------------------

    def exists(self, s: Session, entity: Entity, record_id: int) -> bool:
        model = m.MODELS[entity]
        return s.scalar(select(model.id).where(model.id == record_id)) is not None

    def existing(self, s: Session, entity: Entity, ids: set[int]) -> set[int]:
        """Those of ``ids`` that are records of this type (the trash included)."""
        model = m.MODELS[entity]
        return set(s.scalars(select(model.id).where(model.id.in_(ids)))) if ids else set()

    def _check(self, s: Session, draft: D, known: Known | None = None) -> D:
        if known is not None:
            clean = check(draft, lambda entity, rid: known.exists(s, entity, rid))
        else:
            # An event with twenty delegates links to forty records: one query per record type.
            present = {entity: self.existing(s, entity, ids) for entity, ids in links(draft).items()}
            clean = check(draft, lambda entity, rid: rid in present.get(entity, ()) or self.exists(s, entity, rid))
        if hasattr(clean, "tags"):
            clean = cast(D, dataclasses.replace(cast(Any, clean), tags=tuple(sorted(set(clean.tags)))))
        return clean

    def _get(self, s: Session, entity: Entity, record_id: int) -> Any:
        # Read to be written: on a server the row stays locked until this write commits, so a
        # second process's write reads the version the first committed (SQLite's write lock,
        # taken at BEGIN IMMEDIATE, already does this for the whole file).
        # Its children (an event's delegations and their members) come with it, a query per kind
        # instead of one per delegation.
        obj = s.get(m.MODELS[entity], record_id, options=EAGER[entity], with_for_update=bool(s.info.get("writing")))
        if obj is None:
            raise NotFound("record.not_found", f"{entity} {record_id}")
        return obj

    def _draft(self, s: Session, entity: Entity, obj: Any) -> Any:
        return READERS[entity](obj, read_tags(s, entity, obj.id))

    def _write(self, s: Session, entity: Entity, obj: Any, draft: Any, before: Any = None) -> None:
        WRITERS[entity](s, obj, draft)
        s.flush()
        if hasattr(draft, "tags") and (before is None or before.tags != draft.tags):
            write_tags(s, entity, obj.id, draft.tags)

    def _tell(self, s: Session, entity: Entity, obj: Any, op: str, before: Any, after: Any) -> None:
        if bumps(op, before):
            obj.version += 1
        s.flush()
        for hook in self.hooks:
            hook.written(s, entity, obj, op, before, after)

    def _tell_many(self, s: Session, written: Sequence[Written], known: Known) -> None:
        """:meth:`_tell` for a batch: hooks that can take the batch at once (``written_many``) do."""
        for w in written:
            if bumps(w.op, w.before):
                w.obj.version += 1
        s.flush()
        for hook in self.hooks:
            many = getattr(hook, "written_many", None)
            if many is not None:
                many(s, written, known)
            else:
                for w in written:
                    hook.written(s, w.entity, w.obj, w.op, w.before, w.after)

    def _record(self, s: Session, entity: Entity, obj: Any) -> Record[Any]:
        s.flush()
        return Record(Entity(entity), obj.id, obj.uuid, obj.created_at, obj.updated_at, obj.deleted_at,
                      self._draft(s, entity, obj), obj.version or 1)

    def _set_deleted(self, entity: Entity, record_id: int, when: datetime | None, op: str,
                     initiator: object | None = None) -> None:
        with self.writing() as s:
            obj = self._get(s, entity, record_id)
            if (obj.deleted_at is None) == (when is None):
                return  # already in the wanted state: nothing to write or report
            obj.deleted_at = when
            obj.updated_at = self.clock.now()
            s.flush()
            self._tell(s, entity, obj, op, None, None)
        self.notify(Changes(Entity(entity), op, frozenset({record_id}), initiator))


__all__ = ["BUMPS", "Archive", "WriteHook", "Written", "bumps", "entity_of"]
