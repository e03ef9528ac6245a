"""A draft as the JSON of the exchange format: the one spelling of a record's fields outside the
archive, used by the export file and by the audit trail alike, so an entry in the trail reads
exactly like the record in an exported file.

Links become whatever ``uuid_of(entity, id)`` says (the linked record's UUID), dates their
canonical text, enums their value; the JSON key of a field is its ``json`` metadata if any.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from datetime import date
from typing import Any

from database.dates import PartialDate
from database.records import Entity

UuidOf = Callable[[Entity, int], str]


def json_key(f: dataclasses.Field[Any]) -> str:
    return str(f.metadata.get("json", f.name))


_PLANS: dict[type, list[tuple[str, str, Entity | None, bool]]] = {}


def _plan(cls: type) -> list[tuple[str, str, Entity | None, bool]]:
    """(field, JSON key, linked record type, a list of links) for each field of a draft class."""
    found = _PLANS.get(cls)
    if found is None:
        found = _PLANS[cls] = [(f.name, json_key(f), f.metadata.get("ref"), bool(f.metadata.get("many")))
                               for f in dataclasses.fields(cls)]
    return found


def draft_to_json(draft: Any, uuid_of: UuidOf) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, key, entity, many in _plan(type(draft)):
        value = getattr(draft, name)
        if entity and many:
            out[key] = [uuid_of(entity, v) for v in value]
        elif entity:
            out[key] = uuid_of(entity, value) if value is not None else None
        else:
            out[key] = value if value is None or type(value) in _AS_IS else _plain(value, uuid_of)
    return out


_AS_IS = frozenset({str, bool, int})  # most values: written as they are, without a call


def _plain(value: Any, uuid_of: UuidOf) -> Any:
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, tuple):
        return [v if type(v) in _AS_IS else _plain(v, uuid_of) for v in value]
    if isinstance(value, (PartialDate, date)):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return draft_to_json(value, uuid_of)
    if isinstance(value, enum.Enum):
        return value.value
    return value
