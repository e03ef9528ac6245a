"""New records as table rows, their ids given here, written with one ``executemany`` per table.

The ORM writes a new record's rows one ``INSERT ... RETURNING`` at a time on SQLite (it needs
each new id before it can write the rows that point at it), which is where a bulk add or a large
import spent most of its time. Here every id is given before anything is written: one above the
largest id in the table, read once in the write transaction that holds SQLite's write lock, so
no other process can take it meanwhile. The rows are the ones :data:`database.mapping.WRITERS`
would write for the same draft (same columns, same derived dates, same child rows in the same
order), inserted through SQLAlchemy Core, so every value is stored in the form the ORM stores.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Table, func, insert, select
from sqlalchemy import text as sql
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from database import models as m
from database.known import Known
from database.mapping import due_date, event_days, signed_from
from database.records import (
    CommitmentDraft,
    DocumentDraft,
    Entity,
    EventDraft,
    OrganisationDraft,
    PersonDraft,
    PlaceDraft,
)

Row = dict[str, Any]


class NewRecord(NamedTuple):
    """What the write hooks read of a record added here (in place of the ORM object)."""

    id: int
    uuid: str
    deleted_at: datetime | None
    version: int = 1


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


# Tables in the order their rows must be inserted (a row after the rows it points at).
ORDER = list(m.Base.metadata.sorted_tables)


class Rows:
    """Rows of new records gathered for one chunk, then written together by :meth:`write`."""

    def __init__(self) -> None:
        self._next: dict[str, int] = {}
        self._rows: dict[str, list[Row]] = defaultdict(list)

    def new_id(self, s: Session, table: Table) -> int:
        if s.get_bind().dialect.name == "postgresql":
            # A server's other sessions draw ids from the table's sequence meanwhile: take ours
            # from it too, so no id is handed out twice and later inserts never collide.
            return int(s.scalar(sql("SELECT nextval(pg_get_serial_sequence(:t, 'id'))"), {"t": table.name}))
        found = self._next.get(table.name)
        if found is None:
            found = (s.scalar(select(func.max(table.c.id))) or 0) + 1
        self._next[table.name] = found + 1
        return found

    def forget_ids(self) -> None:
        """Read the next ids again: rows were added some other way (the ORM) meanwhile."""
        self._next.clear()

    def _child(self, s: Session, table: Table, **values: Any) -> int:
        row_id = self.new_id(s, table)
        self._rows[table.name].append({"id": row_id, **values})
        return row_id

    def add(self, s: Session, entity: Entity, uuid: str, created: datetime, updated: datetime,
            deleted: datetime | None, draft: Any, known: Known) -> NewRecord:
        """Gather a new record's rows (its tags too); returns its id as :class:`NewRecord`."""
        table = _table(m.MODELS[entity])
        record_id = self.new_id(s, table)
        row = {"id": record_id, "uuid": uuid, "created_at": created, "updated_at": updated,
               "deleted_at": deleted, "version": 1}
        row.update(_MAKERS[entity](self, s, record_id, draft))
        self._rows[table.name].append(row)
        for name in sorted(set(getattr(draft, "tags", ()))):
            self._rows["record_tags"].append({"tag_id": known.tag_id(s, name), "entity": entity,
                                              "record_id": record_id})
        return NewRecord(record_id, uuid, deleted)

    def write(self, s: Session) -> None:
        """Insert every row gathered, table by table in dependency order."""
        for table in ORDER:
            rows = self._rows.pop(table.name, None)
            if rows:
                insert_rows(s, table, rows)


def insert_rows(s: Session, table: Table, rows: list[Row]) -> None:
    """Insert rows (each with the same columns, ids given) in one ``executemany``."""
    conn = s.connection()
    plain = _plain_insert(table, tuple(rows[0]), conn.dialect)
    if plain is None:
        s.execute(insert(table), rows)
        return
    statement, get, convert = plain
    params: list[Any] = [get(r) for r in rows]
    if convert:
        for i, values in enumerate(params):
            changed = list(values)
            for at, c in convert:
                changed[at] = c(changed[at])
            params[i] = tuple(changed)
    conn.exec_driver_sql(statement, params)


# An INSERT of a table's rows as SQLite's driver takes them: each value converted as SQLAlchemy
# converts it (its column type's bind processor: dates and times to text, partial dates to their
# canonical form), without SQLAlchemy's work per row of an executemany of dictionaries.
# The SQL, a row's values in its order, and (position, converter) of the values to convert.
PlainInsert = tuple[str, Any, list[tuple[int, Any]]]
_PLAIN: dict[tuple[str, tuple[str, ...]], PlainInsert | None] = {}


def _plain_insert(table: Table, keys: tuple[str, ...], dialect: Dialect) -> PlainInsert | None:
    """The statement for rows with these columns, or None where Core must insert them (another
    database, or a column left out whose default Python gives)."""
    if dialect.name != "sqlite":
        return None
    if (table.name, keys) not in _PLAIN:
        columns = [table.c[k] for k in keys]
        defaulted = any(c.default is not None and c.key not in keys for c in table.columns)
        convert = [(i, c) for i, c in enumerate(col.type._cached_bind_processor(dialect) for col in columns) if c]
        _PLAIN[(table.name, keys)] = None if defaulted or len(keys) < 2 else (
            f'INSERT INTO "{table.name}" ({", ".join(chr(34) + c.name + chr(34) for c in columns)}) '
            f'VALUES ({", ".join("?" * len(columns))})',
            itemgetter(*keys), convert)
    return _PLAIN[(table.name, keys)]


# --- one maker per record type: its main row's own columns, its child rows gathered ------------


def _place(rows: Rows, s: Session, record_id: int, d: PlaceDraft) -> Row:
    for i, name in enumerate(d.aliases):
        rows._child(s, _table(m.PlaceAlias), place_id=record_id, ord=i, name=name)
    return {"name": d.name, "country": d.country, "region": d.region}


def _organisation(rows: Rows, s: Session, record_id: int, d: OrganisationDraft) -> Row:
    for i, name in enumerate(d.aliases):
        rows._child(s, _table(m.OrganisationAlias), organisation_id=record_id, ord=i, name=name)
    return {"name": d.name, "kind": d.kind.value, "country": d.country, "region": d.region,
            "parent_id": d.parent_id, "predecessor_id": d.predecessor_id, "notes": d.notes}


def _person(rows: Rows, s: Session, record_id: int, d: PersonDraft) -> Row:
    for i, n in enumerate(d.names):
        rows._child(s, _table(m.PersonNameRow), person_id=record_id, ord=i, name=n.name, lang=n.lang.value,
                    preferred=n.preferred)
    for i, p in enumerate(d.positions):
        rows._child(s, _table(m.PositionRow), person_id=record_id, ord=i, title=p.title,
                    organisation_id=p.organisation_id, start=p.start, end=p.end)
    return {"name": d.name, "notes": d.notes}


def _event(rows: Rows, s: Session, record_id: int, d: EventDraft) -> Row:
    for i, dl in enumerate(d.delegations):
        delegation = rows._child(s, _table(m.DelegationRow), uuid=dl.uuid or m.new_uuid(), event_id=record_id,
                                 ord=i, side=dl.side, role=dl.role.value, organisation_id=dl.organisation_id,
                                 head_id=dl.head_id)
        for j, mb in enumerate(dl.members):
            rows._child(s, _table(m.MemberRow), delegation_id=delegation, ord=j, person_id=mb.person_id,
                        position=mb.position, organisation_id=mb.organisation_id)
    date_from, date_to = event_days(d)
    return {"title": d.title, "kind": d.kind.value, "status": d.status.value, "place_id": d.place_id,
            "start": d.start, "end": d.end, "date_from": date_from, "date_to": date_to,
            "organiser_id": d.organiser_id, "summary": d.summary, "source": d.source}


def _document(rows: Rows, s: Session, record_id: int, d: DocumentDraft) -> Row:
    for i, text in enumerate(d.directions):
        rows._child(s, _table(m.DirectionRow), document_id=record_id, ord=i, text=text)
    for i, org in enumerate(d.party_ids):
        rows._child(s, _table(m.PartyRow), document_id=record_id, ord=i, organisation_id=org)
    for i, x in enumerate(d.signatories):
        rows._child(s, _table(m.SignatoryRow), document_id=record_id, ord=i, person_id=x.person_id,
                    position=x.position, organisation_id=x.organisation_id)
    return {"title": d.title, "kind": d.kind.value, "status": d.status.value, "signed_on": d.signed_on,
            "signed_from": signed_from(d), "place_id": d.place_id, "period_start": d.period_start,
            "period_end": d.period_end, "directions_count": d.directions_count, "event_id": d.event_id,
            "summary": d.summary}


def _commitment(rows: Rows, s: Session, record_id: int, d: CommitmentDraft) -> Row:
    for i, n in enumerate(d.notes):
        rows._child(s, _table(m.NoteRow), uuid=n.uuid or m.new_uuid(), commitment_id=record_id, ord=i, on=n.on,
                    text=n.text, status=n.status.value if n.status else None)
    return {"text": d.text, "status": d.status.value, "due": d.due, "due_date": due_date(d),
            "responsible_org_id": d.responsible_org_id, "responsible_person_id": d.responsible_person_id,
            "event_id": d.event_id, "document_id": d.document_id}


_MAKERS: dict[str, Callable[[Rows, Session, int, Any], Row]] = {
    "place": _place, "organisation": _organisation, "person": _person, "event": _event,
    "document": _document, "commitment": _commitment,
}
