"""Narrowing a search by date, country, organisation or status: each filter as a condition on
the full-text index's rowids, per record type. A filter a record type cannot meet leaves that
type out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from database.names import fold
from database.records import CommitmentStatus, DocumentStatus, Entity, EventStatus
from database.search_docs import TYPE_CODES, rowid_range

TYPES: tuple[Entity, ...] = tuple(TYPE_CODES)
Scopes = dict[Entity, tuple[str, dict[str, Any]]]  # per record type: SQL on search_fts.rowid, its parameters


@dataclass(frozen=True)
class Filters:
    """Narrowing a search. A filter a record type cannot meet leaves that type out: with a date
    range, only dated records (events, documents, commitments) remain."""

    date_from: date | None = None
    date_to: date | None = None
    country: str = ""  # part of a country or region name, any case
    organisation_id: int | None = None
    status: str = ""

    def active(self) -> bool:
        return bool(self.date_from or self.date_to or self.country.strip()
                    or self.organisation_id is not None or self.status)

    def to_json(self) -> dict[str, Any]:
        return {"date_from": self.date_from.isoformat() if self.date_from else None,
                "date_to": self.date_to.isoformat() if self.date_to else None,
                "country": self.country, "organisation_id": self.organisation_id, "status": self.status}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Filters:
        def day(value: Any) -> date | None:
            try:
                return date.fromisoformat(value) if isinstance(value, str) else None
            except ValueError:
                return None

        org = data.get("organisation_id")
        return cls(day(data.get("date_from")), day(data.get("date_to")), str(data.get("country") or ""),
                   org if isinstance(org, int) else None, str(data.get("status") or ""))


_STATUSES = {
    "event": {s.value for s in EventStatus},
    "document": {s.value for s in DocumentStatus},
    "commitment": {s.value for s in CommitmentStatus},
}
_DATES = {"event": ("x.date_to", "x.date_from"), "document": ("x.signed_from", "x.signed_from"),
          "commitment": ("x.due_date", "x.due_date")}
_TABLES = {"place": "places", "organisation": "organisations", "person": "persons",
           "event": "events", "document": "documents", "commitment": "commitments"}
_ORG_MATCH = "EXISTS (SELECT 1 FROM organisations o WHERE o.id = {col} AND (elshi_fold(o.country) LIKE :c " \
             "ESCAPE '\\' OR elshi_fold(o.region) LIKE :c ESCAPE '\\'))"
_PLACE_MATCH = "EXISTS (SELECT 1 FROM places p WHERE p.id = {col} AND (elshi_fold(p.country) LIKE :c " \
               "ESCAPE '\\' OR elshi_fold(p.region) LIKE :c ESCAPE '\\'))"
_OWN_COUNTRY = "(elshi_fold(x.country) LIKE :c ESCAPE '\\' OR elshi_fold(x.region) LIKE :c ESCAPE '\\')"
_COUNTRY = {
    "place": _OWN_COUNTRY,
    "organisation": _OWN_COUNTRY,
    "person": "EXISTS (SELECT 1 FROM positions q WHERE q.person_id = x.id AND "
              + _ORG_MATCH.format(col="q.organisation_id") + ")",
    "event": "(" + _PLACE_MATCH.format(col="x.place_id") + " OR " + _ORG_MATCH.format(col="x.organiser_id") + ")",
    "document": "(" + _PLACE_MATCH.format(col="x.place_id") + " OR EXISTS (SELECT 1 FROM document_parties q "
                "WHERE q.document_id = x.id AND " + _ORG_MATCH.format(col="q.organisation_id") + "))",
    "commitment": _ORG_MATCH.format(col="x.responsible_org_id"),
}
_ORGANISATION = {
    "organisation": "(x.id = :o OR x.parent_id = :o)",
    "person": "EXISTS (SELECT 1 FROM positions q WHERE q.person_id = x.id AND q.organisation_id = :o)",
    "event": "(x.organiser_id = :o OR EXISTS (SELECT 1 FROM delegations q WHERE q.event_id = x.id "
             "AND q.organisation_id = :o))",
    "document": "(EXISTS (SELECT 1 FROM document_parties q WHERE q.document_id = x.id AND q.organisation_id = :o) "
                "OR EXISTS (SELECT 1 FROM document_signatories q WHERE q.document_id = x.id "
                "AND q.organisation_id = :o))",
    "commitment": "x.responsible_org_id = :o",
}


def _like(text: str) -> str:
    escaped = fold(text.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_sql(entity: Entity, f: Filters) -> tuple[str, dict[str, Any]] | None:
    """A condition on ``search_fts.rowid`` for records of ``entity`` meeting ``f``; None when
    no record of that type can."""
    low, high = rowid_range(entity)
    parts = [f"search_fts.rowid BETWEEN {low} AND {high}"]
    conds: list[str] = []
    params: dict[str, Any] = {}
    if f.date_from or f.date_to:
        if entity not in _DATES:
            return None
        last_col, first_col = _DATES[entity]
        if f.date_from:
            conds.append(f"{last_col} >= :df")
            params["df"] = f.date_from.isoformat()
        if f.date_to:
            conds.append(f"{first_col} <= :dt")
            params["dt"] = f.date_to.isoformat()
    if f.status:
        if f.status not in _STATUSES.get(entity, ()):
            return None
        conds.append("x.status = :s")
        params["s"] = f.status
    if f.organisation_id is not None:
        if entity not in _ORGANISATION:
            return None
        conds.append(_ORGANISATION[entity])
        params["o"] = f.organisation_id
    if f.country.strip():
        conds.append(_COUNTRY[entity])
        params["c"] = _like(f.country)
    if conds:
        parts.append(f"EXISTS (SELECT 1 FROM {_TABLES[entity]} x WHERE x.id = search_fts.rowid - {low} AND "
                     + " AND ".join(conds) + ")")
    return " AND ".join(parts), params


def scopes_for(types: Sequence[str] | None, filters: Filters) -> Scopes:
    wanted = [e for e in TYPES if types is None or not types or e in types]
    out = {}
    for entity in wanted:
        found = filter_sql(entity, filters)
        if found is not None:
            out[entity] = found
    return out
