"""Moving an archive file onto a server: every table copied row for row (records, their names
and links, the trash, the audit trail with its hash chain, merges, exchange state), attached
files beside it, then the search index built there; and the comparison that proves nothing was
lost or changed on the way.

The copy keeps every id, UUID, version and time stamp as they were, so the trail's chain (which
seals each entry's content) verifies on the server as it did in the file, and a bundle or an
export made before still names the same records. It goes only into an archive holding no
records yet (a new one made by ``elshi server init`` or by the push itself), in one transaction:
a failure part-way leaves the server as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from database import models as m
from database.archive import Archive
from database.attachments import AttachmentRow, export_copy, files_key, stored_path
from database.errors import ArchiveError
from database.mapping import read_all
from database.private import make_folders
from database.records import Entity
from database.search_index import rebuild
from database.server import shown

TABLES: tuple[Table, ...] = tuple(m.Base.metadata.sorted_tables)
# Rows a new archive holds before any record: the trail's head (its empty chain), replaced by
# the file's own.
REPLACED = ("audit_head",)
CHUNK = 2000
MAX_DIFFERENCES = 20


def counts(conn: Connection) -> dict[str, int]:
    """Rows of every table of the archive."""
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0) for t in TABLES}


def _rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    key = list(table.primary_key.columns)
    result = conn.execution_options(yield_per=CHUNK).execute(select(table).order_by(*key))
    for row in result:
        yield dict(row._mapping)


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A table's rows with every row after the rows of the same table it refers to (an
    organisation after its parent and its predecessor), as the server checks each at once."""
    columns = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not columns:
        return rows
    pending, out = rows, []
    done: set[Any] = set()
    while pending:
        ready = [r for r in pending if all(r[c] is None or r[c] in done or r[c] == r["id"] for c in columns)]
        if not ready:  # a loop of references: the server refuses it as it would any write
            ready = pending
        out += ready
        done.update(r["id"] for r in ready)
        taken = {id(r) for r in ready}
        pending = [r for r in pending if id(r) not in taken]
    return out


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def holds_records(target: Archive) -> bool:
    with target.session() as s:
        found = counts(s.connection())
    return any(n for name, n in found.items() if name not in REPLACED)


def copy_tables(source: Archive, target: Archive) -> dict[str, int]:
    """Every table of ``source`` into the empty ``target`` in one transaction; rows copied by table."""
    if holds_records(target):
        raise ArchiveError("server.not_empty", shown(target.url or str(target.path)))
    copied: dict[str, int] = {}
    with source.session() as src, target.writing() as dst:
        conn = dst.connection()
        for name in REPLACED:
            conn.exec_driver_sql(f"DELETE FROM {name}")
        for table in TABLES:
            rows: Iterator[dict[str, Any]] = _rows(src.connection(), table)
            if any(fk.column.table is table for fk in table.foreign_keys):
                rows = iter(_parents_first(table, list(rows)))
            copied[table.name] = 0
            for chunk in _chunks(rows):
                conn.execute(table.insert(), chunk)
                copied[table.name] += len(chunk)
        if conn.dialect.name == "postgresql":
            _advance_sequences(conn)
    return copied


def _advance_sequences(conn: Connection) -> None:
    """Ids given by the server from now on follow the copied ones."""
    for table in TABLES:
        key = list(table.primary_key.columns)
        if len(key) == 1 and key[0].name == "id":
            conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                f"FROM {table.name}")


def copy_files(source: Archive, target: Archive) -> int:
    """The attached files of ``source`` into ``target``'s folder, opened (unsealed) with the
    source's key; the number copied."""
    with source.session() as s:
        names = list(s.scalars(select(m.Attachment.stored_name)))
    if not names:
        return 0
    make_folders(target.attachments_dir)
    key = files_key(source)
    for name in names:
        row = AttachmentRow(0, "", name, 0, "", datetime.now(UTC), source.attachments_dir, name)
        export_copy(row, stored_path(target.attachments_dir, name), key)
    return len(names)


def push(source: Archive, target: Archive) -> tuple[dict[str, int], int]:
    """Copy ``source`` into the empty ``target`` and build its search index: (rows by table,
    attached files)."""
    copied = copy_tables(source, target)
    files = copy_files(source, target)
    rebuild(target)
    return copied, files


# --- the proof ----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A value as both backends give it back: times without a zone are UTC."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def differences(source: Archive, target: Archive) -> list[str]:
    """Where ``target`` does not hold what ``source`` holds, row by row in every table and
    record by record as the archive reads them (at most a few lines); empty when it does."""
    out: list[str] = []
    with source.session() as a, target.session() as b:
        for table in TABLES:
            if table.name in REPLACED:
                continue
            left, right = _rows(a.connection(), table), _rows(b.connection(), table)
            for n, (x, y) in enumerate(_zip_all(left, right)):
                if x is None or y is None or {k: _plain(v) for k, v in x.items()} != {
                        k: _plain(v) for k, v in y.items()}:
                    out.append(f"{table.name} #{n + 1}: {_key(table, x)} / {_key(table, y)}")
                    if len(out) >= MAX_DIFFERENCES:
                        return out
        heads = [tuple(s.connection().execute(select(m.AuditHead.last_id, m.AuditHead.chain_sha256)).all())
                 for s in (a, b)]
        if heads[0] != heads[1]:
            out.append("audit_head")
        for entity in m.MODELS:  # each record as the archive reads it: its draft, version and times
            for x, y in _zip_all(_records(a, entity), _records(b, entity)):
                if x != y:
                    out.append(f"{entity} {(x or y or {}).get('id')}")
                    if len(out) >= MAX_DIFFERENCES:
                        return out
    return out


def _records(s: Session, entity: Entity) -> Iterator[dict[str, Any]]:
    for chunk in read_all(s, entity, chunk=CHUNK):
        for obj, draft in chunk:
            yield {"id": obj.id, "uuid": obj.uuid, "version": obj.version, "draft": draft,
                   **{k: _plain(getattr(obj, k)) for k in ("created_at", "updated_at", "deleted_at")}}


def _zip_all(left: Iterator[dict[str, Any]], right: Iterator[dict[str, Any]]
             ) -> Iterator[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    while True:
        x, y = next(left, None), next(right, None)
        if x is None and y is None:
            return
        yield x, y


def _key(table: Table, row: dict[str, Any] | None) -> str:
    if row is None:
        return "-"
    return ",".join(str(row[c.name]) for c in table.primary_key.columns)


__all__ = ["copy_files", "copy_tables", "counts", "differences", "holds_records", "push"]
