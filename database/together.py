"""A form's save with what was made for it: records created from the form while it was unsaved
("+" beside a name) and positions typed in it that the person's career should keep.

Until the form is saved those records exist only in the form, under placeholder ids (negative
numbers, never a real record's). :func:`save_together` writes them, the form's record and the
career additions in one write transaction: all of it lands, or none of it (a Revert or a refused
save leaves no record behind).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from database.archive import Archive, entity_of
from database.records import Changes, Entity, PersonDraft, Position, Record

D = TypeVar("D")


@dataclass(frozen=True)
class NewRecord:
    placeholder: int  # negative: what the form's fields hold until the record is written
    draft: Any


@dataclass(frozen=True)
class CareerAddition:
    person_id: int  # a real id or a placeholder
    position: Position


@dataclass(frozen=True)
class Saved:
    record: Record[Any]
    ids: Mapping[int, int]  # placeholder -> the id the record was written under


def relink(draft: D, ids: Mapping[int, int]) -> D:
    """The draft with every link to a placeholder pointed at the record written for it."""
    if not ids:
        return draft

    def walk(obj: Any) -> Any:
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if f.metadata.get("ref"):
                if f.metadata.get("many") and isinstance(value, tuple):
                    changes[f.name] = tuple(ids.get(v, v) if isinstance(v, int) else v for v in value)
                elif isinstance(value, int):
                    changes[f.name] = ids.get(value, value)
            elif isinstance(value, tuple) and any(dataclasses.is_dataclass(v) for v in value):
                changes[f.name] = tuple(walk(v) if dataclasses.is_dataclass(v) else v for v in value)
        return dataclasses.replace(obj, **changes)

    return walk(draft)  # type: ignore[no-any-return]


def is_new_position(person: PersonDraft, title: str, organisation_id: int | None) -> bool:
    """Whether a position typed for a person is not yet in their career (compared by title,
    case and spacing aside), so the form may offer to add it."""
    wanted = " ".join(title.split()).casefold()
    return bool(wanted) and all(" ".join(p.title.split()).casefold() != wanted for p in person.positions)


def with_position(person: PersonDraft, position: Position) -> PersonDraft:
    if not is_new_position(person, position.title, position.organisation_id):
        return person
    return dataclasses.replace(person, positions=(*person.positions, position))


def save_together(archive: Archive, record_id: int | None, draft: D, *, expected_version: int | None = None,
                  new: Sequence[NewRecord] = (), careers: Sequence[CareerAddition] = (),
                  initiator: object | None = None) -> Saved:
    """Write ``new`` (in order: a later one may link to an earlier one), then the form's record
    (added when ``record_id`` is None), then ``careers``, in one transaction."""
    ids: dict[int, int] = {}
    told: list[Changes] = []
    with archive.writing() as s:
        for item in new:
            added = archive.add_in(s, relink(item.draft, ids))
            ids[item.placeholder] = added.id
            told.append(Changes(added.entity, "add", frozenset({added.id})))
        clean = relink(draft, ids)
        entity = entity_of(clean)
        if record_id is None:
            record = archive.add_in(s, clean)
            told.append(Changes(entity, "add", frozenset({record.id}), initiator))
        else:
            record, changed = archive.modify_in(s, entity, record_id, lambda _current: clean,
                                                expected_version=expected_version)
            if changed:
                told.append(Changes(entity, "update", frozenset({record_id}), initiator))
        for addition in careers:
            person_id = ids.get(addition.person_id, addition.person_id)
            position = relink(addition.position, ids)
            def add_position(person: PersonDraft, pos: Position = position) -> PersonDraft:
                return with_position(person, pos)

            _person, changed = archive.modify_in(s, Entity.PERSON, person_id, add_position)
            if changed:
                told.append(Changes(Entity.PERSON, "update", frozenset({person_id})))
    for changes in told:
        archive.notify(changes)
    return Saved(record, ids)
