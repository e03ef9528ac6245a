"""Names of the records a briefing links to (organisations, people, places), fetched in bulk as
needed and cached for one briefing, with the spellings in Chinese, Japanese or Korean characters
a reader on the other side needs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from typing import Any, TypeVarTuple

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from database import models as m
from database.briefing_rows import PersonLine, PlaceLine
from database.names import fold
from database.scripts import has_cjk  # spellings a Kazakh or Russian reader cannot derive


def sort_key(text: str) -> str:
    """Names compared as a reader would: case and accents folded."""
    return fold(text)


class Directory:
    """Names of linked records, fetched in bulk as needed and cached for one briefing."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._orgs: dict[int, str] = {}
        self._org_keys: dict[int, str] = {}
        self._persons: dict[int, tuple[str, tuple[str, ...]]] = {}
        self._places: dict[int, PlaceLine] = {}
        self._children: dict[int, list[int]] | None = None

    def org(self, org_id: int | None) -> str:
        if org_id is None:
            return ""
        if org_id not in self._orgs:
            self.load_orgs([org_id])
        return self._orgs.get(org_id, "")

    def load_orgs(self, ids: Iterable[int | None]) -> None:
        missing = {i for i in ids if i is not None and i not in self._orgs}
        for oid, name in rows_with(self.s, select(m.Organisation.id, m.Organisation.name), m.Organisation.id,
                                   missing):
            self._orgs[oid] = name

    def org_key(self, org_id: int) -> str:
        """:func:`sort_key` of a loaded organisation's name, folded once per briefing."""
        key = self._org_keys.get(org_id)
        if key is None:
            key = self._org_keys[org_id] = sort_key(self._orgs.get(org_id, ""))
        return key

    @property
    def known_orgs(self) -> Collection[int]:
        """The organisations read so far."""
        return self._orgs.keys()

    def loaded_org(self, org_id: int) -> str:
        """The name of an organisation :meth:`load_orgs` has read ("" if there is none)."""
        return self._orgs.get(org_id, "")

    def orgs(self, ids: Iterable[int | None]) -> tuple[str, ...]:
        """Names of these organisations, each once, in the order given."""
        wanted = [i for i in dict.fromkeys(ids) if i is not None]
        self.load_orgs(wanted)
        return tuple(self._orgs[i] for i in wanted if i in self._orgs)

    def person(self, person_id: int | None, position: str = "", org_id: int | None = None) -> PersonLine:
        if person_id is not None and person_id not in self._persons:
            self.load_persons([person_id])
        name, also = self._persons.get(person_id, ("", ())) if person_id is not None else ("", ())
        return PersonLine(name, position, self.org(org_id), also)

    def load_persons(self, ids: Iterable[int | None]) -> None:
        missing = {i for i in ids if i is not None and i not in self._persons}
        if not missing:
            return
        also: dict[int, list[str]] = defaultdict(list)
        names: dict[int, str] = {}
        for pid, name in rows_with(self.s, select(m.Person.id, m.Person.name), m.Person.id, missing):
            names[pid] = name
        for pid, other in rows_with(self.s, select(m.PersonNameRow.person_id, m.PersonNameRow.name)
                                    .order_by(m.PersonNameRow.person_id, m.PersonNameRow.ord),
                                    m.PersonNameRow.person_id, missing):
            if has_cjk(other) and other != names.get(pid):
                also[pid].append(other)
        for pid, name in names.items():
            self._persons[pid] = (name, tuple(also[pid]))

    def person_name(self, person_id: int | None) -> str:
        if person_id is None:
            return ""
        if person_id not in self._persons:
            self.load_persons([person_id])
        return self._persons.get(person_id, ("", ()))[0]

    def load_places(self, ids: Iterable[int | None]) -> None:
        """Read these places and their aliases in bulk (an agenda names hundreds)."""
        missing = {i for i in ids if i is not None and i not in self._places}
        if not missing:
            return
        also: dict[int, list[str]] = defaultdict(list)
        for pid, alias in rows_with(self.s, select(m.PlaceAlias.place_id, m.PlaceAlias.name)
                                    .order_by(m.PlaceAlias.place_id, m.PlaceAlias.ord), m.PlaceAlias.place_id, missing):
            if has_cjk(alias):
                also[pid].append(alias)
        for pid, name, country, region in rows_with(self.s, select(m.Place.id, m.Place.name, m.Place.country,
                                                                   m.Place.region), m.Place.id, missing):
            self._places[pid] = PlaceLine(name, country, region, tuple(also[pid]))

    def place(self, place_id: int | None) -> PlaceLine | None:
        if place_id is None:
            return None
        if place_id not in self._places:
            place = self.s.get(m.Place, place_id)
            if place is None:
                return None
            also = tuple(a.name for a in place.aliases if has_cjk(a.name))
            self._places[place_id] = PlaceLine(place.name, place.country, place.region, also)
        return self._places[place_id]

    def with_descendants(self, ids: Iterable[int]) -> set[int]:
        if self._children is None:
            self._children = defaultdict(list)
            for oid, parent in self.s.execute(select(m.Organisation.id, m.Organisation.parent_id)
                                              .where(m.Organisation.parent_id.is_not(None))):
                if parent is not None:
                    self._children[parent].append(oid)
        found = set(ids)
        todo = list(found)
        while todo:
            for child in self._children.get(todo.pop(), ()):
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return found


# Past this many ids a table is read whole and its rows picked here: one pass over the table
# instead of hundreds of IN lists of 900 (a report of 200,000 commitments).
WHOLE_TABLE = 5_000


Ts = TypeVarTuple("Ts")


def rows_with(s: Session, stmt: Select[int, *Ts], column: InstrumentedAttribute[Any],
              ids: Collection[int]) -> Iterator[Row[int, *Ts]]:
    """The rows of ``stmt`` whose ``column`` (its first column) is one of ``ids``, in the
    statement's order within each IN list."""
    if len(ids) > WHOLE_TABLE:
        wanted = ids if isinstance(ids, (set, frozenset, dict)) else set(ids)
        yield from (row for row in s.execute(stmt).all() if row[0] in wanted)
        return
    for chunk in chunks(ids):
        yield from s.execute(stmt.where(column.in_(chunk)))


def chunks(ids: Collection[int], size: int = 900) -> Iterable[list[int]]:
    # SQLite caps the number of bound parameters in one statement.
    items = sorted(ids)
    for i in range(0, len(items), size):
        yield items[i:i + size]
