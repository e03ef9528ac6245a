"""Search over every record type: instant, multilingual, alias-aware, and aware of word forms
(Павлодарда finds Павлодар), of places' names in other languages (Иртыш finds Ертіс) and of
spellings in the other script (Астана finds Astana): :mod:`database.search_forms`. Hits come
in that order: the words as typed, their other forms, their other names and spellings, then
(with ``near``) near spellings.

``search(archive_or_session, "Байхан")`` returns :class:`Hit` rows ranked by relevance, at most
``limit`` of each record type; :func:`group_hits` groups them for display, best group first.
Any string is a valid query (it is tokenised and quoted here, never passed to ``MATCH`` as
typed); at worst it finds nothing. :func:`near_matches` offers names spelled a little
differently (Асаин / Асайын) and ``search(..., near=True)`` adds their records, marked ``near``.

Speed: ranking by bm25 makes SQLite count every row holding each query word, which for the
first letter or two of a word is most of the archive. So each word is first probed (is it in
more than ``BROAD`` records?); if every word is narrow the matches are ranked by bm25, otherwise
each record type's newest matches are taken, those with the words in the title first. Prefixes
of up to four letters have FTS5 prefix indexes; a longer one is turned into the indexed words
starting with it (``search_terms``), which FTS5 reads lazily, where it would first merge every
row of a prefix's words. A benchmark's "bare full-text query" for comparison is
``SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT n`` with
``fts_expression(parse_query(q))``.
"""

from __future__ import annotations

from collections.abc import Sequence

from database.archive import Archive
from database.records import Entity
from database.search_docs import rowid_of
from database.search_filters import TYPES, Filters, scopes_for
from database.search_forms import expand_terms
from database.search_index import Progress, install, rebuild
from database.search_near import NearMatch, near_matches, near_results
from database.search_rank import DEFAULT_LIMIT, Hit, Probes, Source, connection, hits_of, in_order, ranked
from database.search_saved import SavedSearch, delete_saved_search, save_search, saved_searches
from database.search_sql import raw
from database.search_text import parse_query

__all__ = [
    "TYPES",
    "Filters",
    "Hit",
    "NearMatch",
    "SavedSearch",
    "delete_saved_search",
    "group_hits",
    "indexed_tokens",
    "install",
    "near_matches",
    "reindex",
    "save_search",
    "saved_searches",
    "search",
]


def search(source: Source, query: str, *, types: Sequence[str] | None = None, filters: Filters | None = None,
           limit: int = DEFAULT_LIMIT, near: bool = False) -> list[Hit]:
    """Records matching every word of ``query`` (as a prefix, in any spelling the index knows);
    with ``near``, also records found by names spelled a little differently, after the others
    and marked with that spelling. Never raises on odd input."""
    terms = parse_query(query if isinstance(query, str) else "")
    if not terms:
        return []
    scopes = scopes_for(types, filters or Filters())
    limit = max(0, int(limit))
    with connection(source) as conn:
        terms = expand_terms(conn, terms)
        probes = Probes(conn)
        hits = hits_of(conn, ranked(conn, terms, scopes, limit, probes), terms)
        if near:
            seen = {(h.entity, h.id) for h in hits}
            hits += [h for _match, found in near_results(conn, terms, scopes, limit, seen, probes=probes) for h in found]
    return in_order(hits)


def group_hits(hits: Sequence[Hit]) -> list[tuple[str, list[Hit]]]:
    groups: dict[str, list[Hit]] = {}
    for h in hits:
        groups.setdefault(h.entity, []).append(h)
    return list(groups.items())


def indexed_tokens(source: Source, entity: Entity, record_id: int) -> tuple[list[str], set[str]] | None:
    """The index tokens (title and body) and Latin keys of a record; None if not indexed."""
    with connection(source) as conn:
        row = raw(conn).execute("SELECT title, body, keys FROM search_fts WHERE rowid = ?",
                                (rowid_of(entity, record_id),)).fetchone()
    if row is None:
        return None
    return (row[0] + " " + row[1]).split(), set(row[2].split())


def reindex(archive: Archive, progress: Progress | None = None) -> int:
    """Rebuild the whole index (``elshi reindex``); returns the number of records indexed.
    ``progress(done, total)`` is told after every thousand records."""
    return rebuild(archive, progress)
