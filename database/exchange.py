"""Elshi's JSON exchange format: the whole archive in one file, records matched by UUID.

    {"format": "elshi-archive", "version": 1, "exported_at": "...",
     "places": [...], "organisations": [...], "persons": [...],
     "events": [...], "documents": [...], "commitments": [...]}

Each record carries ``uuid``, ``created_at``, ``updated_at``, ``deleted_at`` and its draft's
fields; links name the other record's UUID. The field list comes from the drafts in
:mod:`database.records`, so the format and the archive cannot drift apart. Importing is one
transaction: a file with any problem changes nothing, and the error names where it is.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
import typing
import uuid as uuid_lib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from database import exchange_files
from database import models as m
from database.archive import Archive, Written
from database.bulk_rows import Rows
from database.drafts_json import draft_to_json, json_key
from database.errors import ArchiveError
from database.json_stream import Members, StreamError
from database.known import Known
from database.mapping import EAGER, READERS, WRITERS, read_all, write_tags
from database.records import DRAFT_TYPES, ENTITIES, Changes, Entity
from database.statistics import refresh_if_stale
from database.validation import ValidationError, hints

FORMAT = "elshi-archive"
VERSION = 1
MAX_BYTES = 1 << 30
MAX_INT = (1 << 63) - 1  # SQLite's largest integer
SECTIONS = {entity: entity + "s" for entity in ENTITIES}  # "event" -> "events"
META_KEYS = ("uuid", "created_at", "updated_at", "deleted_at")
CHUNK = 1000  # records read, or written (flushed, indexed, audited), together


class ExchangeError(Exception):
    """The file cannot be imported; ``problems`` lists where and why, nothing was changed."""

    def __init__(self, problems: list[str]) -> None:
        shown = problems[:20] + ([f"... and {len(problems) - 20} more"] if len(problems) > 20 else [])
        super().__init__("\n".join(shown))
        self.problems = problems


@dataclass(frozen=True)
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_newer: int = 0  # the archive's copy was edited after the file's
    attached: int = 0  # files added from the folder beside the file


# --- export ---------------------------------------------------------------------------------


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def export_archive(archive: Archive, out: IO[str], *, now: datetime | None = None,
                   attachments: list[dict[str, Any]] | None = None) -> dict[str, int]:
    """Write the whole archive, trash included, as JSON; returns the count per section.

    Written record by record, one record to a line, so an archive of any size is never held in
    memory whole, and a file compared with an earlier export shows which records changed."""
    with archive.session() as s:
        uuids: dict[Entity, dict[int, str]] = {
            entity: {row[0]: row[1] for row in s.execute(select(model.id, model.uuid))}
            for entity, model in m.MODELS.items()}

        def uuid_of(entity: Entity, record_id: int) -> str:
            return uuids[entity][record_id]

        out.write("{\n")
        for key, value in (("format", FORMAT), ("version", VERSION),
                           ("exported_at", _time(now or archive.clock.now()))):
            out.write(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        counts = {}
        for n, entity in enumerate(ENTITIES):
            section = SECTIONS[entity]
            out.write(f" {json.dumps(section)}: ")
            count = 0
            for obj, draft in (pair for chunk in read_all(s, entity, chunk=CHUNK) for pair in chunk):
                row = {"uuid": obj.uuid, "created_at": _time(obj.created_at),
                       "updated_at": _time(obj.updated_at), "deleted_at": _time(obj.deleted_at)}
                row.update(draft_to_json(draft, uuid_of))
                out.write("[\n  " if count == 0 else ",\n  ")
                out.write(json.dumps(row, ensure_ascii=False))
                count += 1
            out.write("\n ]" if count else "[]")
            out.write(",\n" if n < len(ENTITIES) - 1 or attachments else "\n")
            counts[section] = count
        if attachments:  # the files themselves are in a folder beside (database.exchange_files)
            out.write(' "attachments": [\n  ')
            out.write(",\n  ".join(json.dumps({k: v for k, v in a.items() if not k.startswith("_")},
                                               ensure_ascii=False) for a in attachments))
            out.write("\n ]\n")
            counts["attachments"] = len(attachments)
        out.write("}\n")
    return counts


# --- import ---------------------------------------------------------------------------------


def _whole_number(text: str) -> int:
    """A JSON integer as SQLite can store it; a longer one (5,000 digits) is refused at once,
    before Python spends time on it or the driver fails on it."""
    digits = len(text.lstrip("-"))
    value = int(text) if digits <= 19 else None
    if value is None or not -MAX_INT - 1 <= value <= MAX_INT:
        raise ExchangeError([f"file: a number of {digits} digits; whole numbers go up to {MAX_INT}"])
    return value


class _Sections:
    """The file's members as the importer asks for them, read as a stream (:mod:`database.json_stream`):
    each section is handed over record by record when its turn comes, in the order of
    :data:`ENTITIES`. A section found before its turn (or before the file has said its format and
    version) is set aside in a temporary file, one record to a line, so memory holds one record
    at a time however large the file and whatever order its members are in."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.members = iter(Members(stream, parse_int=_whole_number, limit=MAX_BYTES))
        self.header: dict[str, Any] = {}
        self.aside: dict[str, IO[str]] = {}
        self.attachments: list[Any] | None = None
        self.done = False

    def _next(self) -> tuple[str, Any] | None:
        try:
            return next(self.members)
        except StopIteration:
            self.done = True
            return None
        except StreamError as e:
            raise ExchangeError([f"file: {e}"]) from e

    def _header_ok(self) -> bool:
        return "format" in self.header and "version" in self.header and not self._header_problems()

    def _header_problems(self) -> list[str]:
        doc = self.header
        if doc.get("format") != FORMAT:
            return [f"format: expected \"{FORMAT}\", found {str(doc.get('format'))[:40]!r}"]
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            return ["version: must be a whole number"]
        if version > VERSION:
            return [f"version: {version} is newer than this Elshi reads ({VERSION})"]
        return []

    def _keep(self, key: str, value: Any) -> None:
        """A member read before its turn: the header remembered, a section set aside."""
        lists = (*SECTIONS.values(), exchange_files.SECTION)
        if key not in {"format", "version", "exported_at", *lists}:
            raise ExchangeError([f"{key[:40]}: unknown section"])
        if key in lists and not isinstance(value, Iterator):
            if key == exchange_files.SECTION:
                self.attachments = value  # refused by its own check, with its own words
                return
            raise ExchangeError([f"{key}: must be a list"])
        if key == exchange_files.SECTION:
            self.attachments = list(self._guarded(value))  # file names and hashes, small
        elif key in lists:
            spool = self.aside[key] = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - closed once read (items, finish)
            for item in self._guarded(value):
                spool.write(json.dumps(item, ensure_ascii=False) + "\n")
        else:
            self.header[key] = value
            problems = self._header_problems()
            if problems and "format" in self.header and ("version" in self.header or problems[0][:7] == "format:"):
                raise ExchangeError(problems)

    def _guarded(self, items: Iterator[Any]) -> Iterator[Any]:
        try:
            yield from items
        except StreamError as e:
            raise ExchangeError([f"file: {e}"]) from e

    def items(self, section: str) -> Iterator[Any]:
        """The records of ``section``, one at a time."""
        spool = self.aside.pop(section, None)
        if spool is not None:
            spool.seek(0)
            with spool:
                yield from (json.loads(line) for line in spool)
            return
        while not self.done:
            member = self._next()
            if member is None:
                break
            key, value = member
            if key == section and isinstance(value, Iterator) and self._header_ok():
                yield from self._guarded(value)
                return
            self._keep(key, value)

    def finish(self) -> None:
        """Read what is left of the file (every section has had its turn) and check the header."""
        while (member := self._next()) is not None:
            self._keep(*member)
        problems = self._header_problems()
        if problems:
            raise ExchangeError(problems)
        for spool in self.aside.values():  # sections met after the records they would have linked
            spool.close()


def import_archive(archive: Archive, stream: IO[bytes], *, files: Path | None = None) -> ImportReport:
    """Import an exchange document in one transaction, read as a stream; its attached files (an
    ``attachments`` section) are taken from the folder ``files`` (see :mod:`database.exchange_files`)."""
    sections = _Sections(stream)
    counts = {"added": 0, "updated": 0, "unchanged": 0, "kept_newer": 0}
    written: list[Path] = []
    problems: list[str] = []
    try:
        with archive.writing() as s:
            _Importer(archive, s, problems, counts).run(sections.items)
            if problems:
                raise ExchangeError(problems)
            sections.finish()
            todo, problems = exchange_files.check_section(sections.attachments, files)
            if problems:
                raise ExchangeError(problems)
            attached = exchange_files.apply_section(archive, s, todo, files, written, problems)
            if problems:
                raise ExchangeError(problems)
    except (ExchangeError, ArchiveError):  # a busy archive or a full disk is not the file's fault
        for p in written:
            p.unlink(missing_ok=True)
        raise
    except Exception as e:  # a constraint the checks above did not foresee: still nothing changes
        for p in written:
            p.unlink(missing_ok=True)
        raise ExchangeError([f"file: cannot be stored: {str(e).splitlines()[0][:200]}"]) from e
    report = ImportReport(**counts, attached=attached)
    if report.added or report.updated or report.attached:
        refresh_if_stale(archive)  # a large import can change what the planner should do
        archive.notify(Changes("*", "import"))
    return report


def import_in(archive: Archive, s: Session, doc: dict[str, Any]) -> dict[str, int]:
    """Write the records of an exchange document inside the caller's write transaction, each
    one that differs from the stored record written as it is in ``doc`` (the caller has decided
    which records to write: see :mod:`database.posts`). ExchangeError lists any problem; the
    caller's transaction is then rolled back."""
    problems: list[str] = []
    counts = {"added": 0, "updated": 0, "unchanged": 0, "kept_newer": 0}
    _Importer(archive, s, problems, counts, force=True).run(lambda section: doc.get(section, []))
    if problems:
        raise ExchangeError(problems)
    return counts


# How each JSON key of a draft class is read: (field, linked record type, a list of links, and for
# a list field the draft class of its items, or ``tuple`` for plain values; None if not a list).
Plan = dict[str, tuple[str, Any, bool, Any]]
_PLANS: dict[type, Plan] = {}


def _plan(cls: type[Any]) -> Plan:
    found = _PLANS.get(cls)
    if found is None:
        types_of = hints(cls)
        found = {}
        for f in dataclasses.fields(cls):
            hint, inner = types_of[f.name], None
            if typing.get_origin(hint) is tuple:
                item = typing.get_args(hint)[0]
                inner = item if dataclasses.is_dataclass(item) else tuple
            found[json_key(f)] = (f.name, f.metadata.get("ref"), bool(f.metadata.get("many")), inner)
        _PLANS[cls] = found
    return found


class _Importer:
    """Reads the file's records in order and writes them in chunks: a chunk's new rows are
    inserted together and its write hooks hear of it at once (see :mod:`database.known`), all in
    the one transaction of the import."""

    def __init__(self, archive: Archive, s: Session, problems: list[str], counts: dict[str, int],
                 *, force: bool = False) -> None:
        self.archive, self.s, self.problems, self.counts = archive, s, problems, counts
        self.force = force  # write every record that differs, whatever its updated_at says
        self.known = Known()
        self._ids: dict[Entity, dict[str, int]] = {}  # UUID -> id, of records stored and written
        self.rows = Rows()  # new records' rows, their ids given at once (database.bulk_rows)
        self.pending_new: list[Written] = []
        self.pending_old: list[tuple[Entity, str, int, Any, datetime | None, datetime | None]] = []
        self._attachment_uuids: set[str] | None = None

    def ids(self, entity: Entity) -> dict[str, int]:
        found = self._ids.get(entity)
        if found is None:
            found = self._ids[entity] = {u: i for i, u in self.known.uuids(self.s, entity).items()}
        return found

    def run(self, items_of: Callable[[str], Iterable[Any]]) -> None:
        """Read each section's records (``items_of(section)``) in the order of :data:`ENTITIES`."""
        seen: set[str] = set()
        with self.s.no_autoflush:
            for entity in ENTITIES:
                section = SECTIONS[entity]
                items: Iterable[tuple[int, Any]] = enumerate(items_of(section))
                if entity == "organisation":  # parents first: a post has thousands, held at once
                    items = self._parents_first(list(items), section)
                for index, item in items:
                    where = f"{section}[{index}]"
                    if not isinstance(item, dict):
                        self.problems.append(f"{where}: must be an object")
                        continue
                    uid = self._uuid(item.get("uuid"), where, seen)
                    if uid:
                        self._upsert(entity, uid, item, where)
                    if len(self.problems) > 100:
                        return
                    if self.pending >= CHUNK:
                        self._flush()
                self._flush()

    def _parents_first(self, items: list[tuple[int, Any]], section: str) -> list[tuple[int, Any]]:
        by_uuid = {it.get("uuid"): (i, it) for i, it in items if isinstance(it, dict)}
        ordered: list[tuple[int, Any]] = []
        state: dict[int, str] = {}

        def visit(i: int, it: Any) -> None:
            if state.get(i) == "done":
                return
            if state.get(i) == "visiting":
                self.problems.append(f"{section}[{i}].parent: organisations link to each other in a circle")
                return
            state[i] = "visiting"
            for key in ("parent", "predecessor"):
                linked = it.get(key) if isinstance(it, dict) else None
                if isinstance(linked, str) and linked in by_uuid:
                    visit(*by_uuid[linked])
            state[i] = "done"
            ordered.append((i, it))

        for i, it in items:
            visit(i, it)
        return ordered

    def _uuid(self, value: Any, where: str, seen: set[str]) -> str | None:
        try:
            uid = str(uuid_lib.UUID(str(value)))
        except ValueError:
            self.problems.append(f"{where}.uuid: {str(value)[:40]!r} is not a UUID")
            return None
        if uid in seen:
            self.problems.append(f"{where}.uuid: {uid} appears twice in the file")
            return None
        seen.add(uid)
        return uid

    @property
    def pending(self) -> int:
        return len(self.pending_new) + len(self.pending_old)

    def _id_of(self, entity: Entity, uid: Any, where: str) -> int | None:
        if uid is None:
            return None
        found = self.ids(entity).get(str(uid))
        if found is None:
            self.problems.append(f"{where}: no {entity} with UUID {str(uid)[:40]!r}")
        return found

    def _draft(self, cls: type[Any], item: dict[str, Any], where: str) -> Any:
        fields = _plan(cls)
        for key in item:
            if key not in fields and key not in META_KEYS:
                self.problems.append(f"{where}.{str(key)[:40]}: unknown field")
        values: dict[str, Any] = {}
        for key, (name, entity, many, inner) in fields.items():
            if key not in item:
                continue
            value = item[key]
            if entity and many:
                if not isinstance(value, list):
                    self.problems.append(f"{where}.{key}: must be a list")
                    continue
                values[name] = tuple(self._id_of(entity, v, f"{where}.{key}[{i}]") for i, v in enumerate(value))
            elif entity:
                values[name] = self._id_of(entity, value, f"{where}.{key}")
            elif inner is None:
                values[name] = value
            elif not isinstance(value, list):
                self.problems.append(f"{where}.{key}: must be a list")
                values[name] = ()
            elif inner is tuple:
                values[name] = tuple(value)
            else:
                out = []
                for i, v in enumerate(value):
                    if isinstance(v, dict):
                        out.append(self._draft(inner, v, f"{where}.{key}[{i}]"))
                    else:
                        self.problems.append(f"{where}.{key}[{i}]: must be an object")
                values[name] = tuple(out)
        return cls(**values)

    def _time(self, item: dict[str, Any], key: str, where: str) -> datetime | None:
        value = item.get(key)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            self.problems.append(f"{where}.{key}: {str(value)[:40]!r} is not a date and time")
            return None
        # Stored as UTC without an offset: a time with one (+14:00) is moved to UTC, not cut off.
        return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment

    def _upsert(self, entity: Entity, uid: str, item: dict[str, Any], where: str) -> None:
        before = len(self.problems)
        raw = self._draft(DRAFT_TYPES[entity], item, where)
        created = self._time(item, "created_at", where)
        updated = self._time(item, "updated_at", where)
        deleted = self._time(item, "deleted_at", where)
        if len(self.problems) > before:
            return
        try:
            draft = self.archive._check(self.s, raw, self.known)
        except ValidationError as e:
            self.problems.extend(f"{where}.{err.field}: {err.message}" for err in e.errors)
            return
        record_id = self.ids(entity).get(uid)
        if record_id is None:
            owner = self._other_owner(entity, uid)
            if owner is not None:
                self.problems.append(f"{where}.uuid: {uid} is already used by another record type in the "
                                     f"archive ({owner}); a UUID names one record of one type")
                return
            now = self.archive.clock.now()
            new = self.rows.add(self.s, entity, uid, created or now, updated or now, deleted, draft, self.known)
            # Known at once, with its id: a record later in this chunk may link to it.
            self.ids(entity)[uid] = new.id
            self.known.added(entity, new.id, uid)
            self.pending_new.append(Written(entity, new, "import", None, draft))
        else:
            self.pending_old.append((entity, uid, record_id, draft, updated, deleted))

    def _other_owner(self, entity: Entity, uid: str) -> Entity | None:
        """The record type other than ``entity`` that already has ``uid`` (the archive's records
        and those of this file written so far), if any. Attachments carry UUIDs too."""
        for other in ENTITIES:
            if other != entity and uid in self.ids(other):
                return other
        if self._attachment_uuids is None:
            self._attachment_uuids = set(self.s.scalars(select(m.Attachment.uuid)))
        if uid in self._attachment_uuids:
            return typing.cast(Entity, "attachment")
        return None

    def _load(self, keys: list[tuple[Entity, int]]) -> dict[tuple[Entity, int], tuple[Any, tuple[str, ...]]]:
        """The stored records (with their tags) of this chunk that the file may change."""
        by_entity: dict[Entity, list[int]] = {}
        for entity, record_id in keys:
            by_entity.setdefault(entity, []).append(record_id)
        out: dict[tuple[Entity, int], tuple[Any, tuple[str, ...]]] = {}
        for entity, ids in by_entity.items():
            model = m.MODELS[entity]
            tags: dict[int, list[str]] = {}
            for record_id, name in self.s.execute(
                    select(m.RecordTag.record_id, m.Tag.name).join(m.Tag)
                    .where(m.RecordTag.entity == entity, m.RecordTag.record_id.in_(ids)).order_by(m.Tag.name)):
                tags.setdefault(record_id, []).append(name)
            for obj in self.s.scalars(select(model).where(model.id.in_(ids)).options(*EAGER[entity])):
                out[(entity, obj.id)] = (obj, tuple(tags.get(obj.id, ())))
        return out

    def _flush(self) -> None:
        """Write the chunk read so far: new records' rows, changed records, tags, then the write
        hooks, which hear of the whole chunk at once."""
        s, known = self.s, self.known
        self.rows.write(s)  # first: the ORM below takes ids of its own for changed records' rows
        written: list[Written] = list(self.pending_new)
        self.counts["added"] += len(self.pending_new)
        tags: list[tuple[Entity, int, tuple[str, ...]]] = []
        stored = self._load([(e, i) for e, _u, i, *_rest in self.pending_old])
        for entity, _uid, record_id, draft, updated, deleted in self.pending_old:
            obj, stored_tags = stored[(entity, record_id)]
            before = READERS[entity](obj, stored_tags)
            if before == draft and obj.deleted_at == deleted:
                self.counts["unchanged"] += 1
            elif not self.force and updated is not None and obj.updated_at > updated:
                self.counts["kept_newer"] += 1
            else:
                WRITERS[entity](s, obj, draft)
                obj.updated_at, obj.deleted_at = updated or self.archive.clock.now(), deleted
                written.append(Written(entity, obj, "import", before, draft))
                if getattr(draft, "tags", None) is not None:
                    tags.append((entity, record_id, draft.tags))
                self.counts["updated"] += 1
        if tags or len(written) > len(self.pending_new):
            s.flush()
            self.rows.forget_ids()  # the ORM has added rows: the next ids are read again
        for entity, record_id, names in tags:
            write_tags(s, entity, record_id, names, id_of=known.tag_id)
        if written:
            self.archive._tell_many(s, written, known)
        s.flush()
        s.expunge_all()  # written and heard: nothing more to do with these objects
        self.pending_new, self.pending_old = [], []
