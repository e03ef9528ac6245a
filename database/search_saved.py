"""Named searches a person keeps: a query with its record types and filters."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from database.archive import Archive
from database.search_filters import TYPES, Filters
from database.search_index import ensure_schema
from database.search_rank import Source, connection
from database.search_sql import raw


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str
    types: tuple[str, ...] = ()
    filters: Filters = field(default_factory=Filters)


def save_search(archive: Archive, name: str, query: str, *, types: Sequence[str] = (),
                filters: Filters | None = None) -> SavedSearch:
    """Save (or replace) a named search."""
    saved = SavedSearch(name.strip(), query, tuple(t for t in TYPES if t in types), filters or Filters())
    options = json.dumps({"types": list(saved.types), **saved.filters.to_json()}, ensure_ascii=False)
    with archive.writing() as s:
        conn = s.connection()
        ensure_schema(conn)
        raw(conn).execute(
            "INSERT INTO search_saved(name, query, options, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET query = excluded.query, options = excluded.options",
            (saved.name, query, options, archive.clock.now().isoformat()))
    return saved


def saved_searches(source: Source) -> list[SavedSearch]:
    with connection(source) as conn:
        rows = raw(conn).execute("SELECT name, query, options FROM search_saved ORDER BY name").fetchall()
    out = []
    for name, query, options in rows:
        try:
            data = json.loads(options)
        except ValueError:
            data = {}
        data = data if isinstance(data, dict) else {}
        types = tuple(t for t in TYPES if t in (data.get("types") or ()))
        out.append(SavedSearch(name, query, types, Filters.from_json(data)))
    return out


def delete_saved_search(archive: Archive, name: str) -> bool:
    with archive.writing() as s:
        result = raw(s.connection()).execute("DELETE FROM search_saved WHERE name = ?", (name,))
        return bool(result.rowcount)
