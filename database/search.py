"""Search over every record type: instant, multilingual, alias-aware.

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

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from database.archive import Archive
from database.names import compare_names, fold, skeleton
from database.records import CommitmentStatus, DocumentStatus, EventStatus
from database.search_index import (
    SHIFT,
    TYPE_CODES,
    SearchIndexHook,
    ensure_schema,
    index_signature,
    install,
    rebuild,
    rowid_of,
    rowid_range,
    split_rowid,
    stored_signature,
)
from database.search_text import Marks, Term, find_marks, fts_expression, parse_query, snippet, tokens

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

TYPES: tuple[str, ...] = tuple(TYPE_CODES)
DEFAULT_LIMIT = 30  # per record type
BROAD = 1500  # a word in more records than this is not ranked by bm25 (see the module notes)
SNIPPET_WIDTH = 160


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


@dataclass(frozen=True)
class Hit:
    entity: str
    id: int
    uuid: str
    title: str
    snippet: str
    score: float  # higher is better; comparable within one search only
    title_marks: Marks = ()  # (start, end) of matched words in ``title``
    snippet_marks: Marks = ()  # ... and in ``snippet``
    near: str = ""  # the spelling in the archive it was found by, for a near match

    def to_json(self) -> dict[str, Any]:
        return {"type": self.entity, "id": self.id, "uuid": self.uuid, "title": self.title,
                "snippet": self.snippet, "score": round(self.score, 6), "near": self.near or None}


@dataclass(frozen=True)
class NearMatch:
    word: str  # as written in the archive
    replaces: str  # the query word (folded) it stands for
    score: float
    reason: str  # "same transliteration" or "similar spelling" (names.compare_names)


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str
    types: tuple[str, ...] = ()
    filters: Filters = field(default_factory=Filters)


Source = Any  # an Archive or an open Session


@contextmanager
def _connection(source: Source) -> Iterator[Connection]:
    if isinstance(source, Session):
        yield source.connection()
    else:
        with source.session() as s:
            yield s.connection()


# --- filters --------------------------------------------------------------------------------

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


def _filter_sql(entity: str, f: Filters) -> tuple[str, dict[str, Any]] | None:
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


def _scopes(types: Sequence[str] | None, filters: Filters) -> dict[str, tuple[str, dict[str, Any]]]:
    wanted = [e for e in TYPES if types is None or not types or e in types]
    out = {}
    for entity in wanted:
        found = _filter_sql(entity, filters)
        if found is not None:
            out[entity] = found
    return out


# --- ranking --------------------------------------------------------------------------------


def _upper(prefix: str) -> str:
    """Just above every string starting with ``prefix`` (tokens never hold U+10FFFF)."""
    return prefix + "\U0010ffff"


class _Expander:
    """Turns a typed prefix into the indexed words starting with it (see search_index).
    Prefixes of up to four letters have FTS5 prefix indexes and are left to FTS5, as are
    prefixes of very many words."""

    SHORT = 4
    MAX_WORDS = 100

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.cache: dict[str, list[str] | None] = {}

    def __call__(self, prefix: str) -> list[str] | None:
        if len(prefix) <= self.SHORT:
            return None
        if prefix not in self.cache:
            rows = self.conn.exec_driver_sql(
                f"SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT {self.MAX_WORDS + 1}",
                (prefix, _upper(prefix))).all()
            self.cache[prefix] = None if len(rows) > self.MAX_WORDS else [r[0] for r in rows]
        return self.cache[prefix]


def _is_broad(conn: Connection, term: Term, expand: _Expander) -> bool:
    expr = fts_expression([term], expand=expand)
    if expr is None:
        return False
    row = conn.exec_driver_sql(
        "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (expr, BROAD - 1)).first()
    return row is not None


def _ranked(conn: Connection, terms: list[Term], scopes: dict[str, tuple[str, dict[str, Any]]],
            limit: int) -> list[tuple[int, float]]:
    """(rowid, score) of the best matches, at most ``limit`` per record type."""
    if not scopes or not terms:
        return []
    expand = _Expander(conn)
    expr = fts_expression(terms, expand=expand)
    if expr is None:
        return []
    if not any(_is_broad(conn, t, expand) for t in terms):
        # Few rows: FTS5's own prefix expansion is cheap here, and keeps bm25 from favouring
        # rare inflections (each expanded word would count as a rare word of its own).
        params: dict[str, Any] = {"q": fts_expression(terms, exact=True)}
        if len(scopes) == len(TYPES) and not any(p for _sql, p in scopes.values()):
            where = ""
        else:
            where = " AND (" + " OR ".join(f"({sql})" for sql, _p in scopes.values()) + ")"
            for _sql, p in scopes.values():
                params.update(p)
        rows = conn.exec_driver_sql(
            f"SELECT search_fts.rowid, rank FROM search_fts WHERE search_fts MATCH :q{where} "
            f"ORDER BY rank LIMIT {BROAD}", params).all()
        counts: dict[int, int] = {}
        out = []
        for rowid, rank in rows:
            code = rowid >> SHIFT
            if counts.get(code, 0) < limit:
                counts[code] = counts.get(code, 0) + 1
                out.append((int(rowid), -float(rank)))
        return out
    # Broad: newest first within each type, matches in the title ahead of the rest.
    title_expr = fts_expression(terms, column="title", with_latin=False, expand=expand)
    out = []
    for sql, p in scopes.values():
        seen: set[int] = set()
        for score, query in ((2.0, title_expr), (1.0, expr)):
            if len(seen) >= limit or query is None:
                continue
            rows = conn.exec_driver_sql(
                f"SELECT search_fts.rowid FROM search_fts WHERE search_fts MATCH :q AND {sql} "
                f"ORDER BY search_fts.rowid DESC LIMIT {limit}", {**p, "q": query}).all()
            for (rowid,) in rows:
                if rowid not in seen and len(seen) < limit:
                    seen.add(rowid)
                    out.append((int(rowid), score))
    return out


def _hits(conn: Connection, ranked: list[tuple[int, float]], terms: list[Term], near: str = "") -> list[Hit]:
    if not ranked:
        return []
    marks = ",".join("?" * len(ranked))
    docs = {row[0]: row for row in conn.exec_driver_sql(
        f"SELECT id, entity, record_id, uuid, title, text FROM search_docs WHERE id IN ({marks})",
        tuple(r for r, _s in ranked))}
    hits = []
    for rowid, score in ranked:
        doc = docs.get(rowid)
        if doc is None:
            continue
        _id, entity, record_id, uuid, title, text = doc
        title_marks = find_marks(title, terms)
        # Marking Latin spellings in the text too is slow; the title shows why it matched.
        text_marks = find_marks(text, terms, translit=not title_marks)
        cut, cut_marks = snippet(text, text_marks, SNIPPET_WIDTH)
        hits.append(Hit(entity, record_id, uuid, title, cut, score, title_marks, cut_marks, near))
    return hits


def _order(hits: list[Hit]) -> list[Hit]:
    """Grouped by record type (best group first), best hit first within each group."""
    best: dict[str, float] = {}
    for h in hits:
        best[h.entity] = max(best.get(h.entity, h.score), h.score)
    return sorted(hits, key=lambda h: (bool(h.near), -best[h.entity], TYPES.index(h.entity), -h.score, -h.id))


def search(source: Source, query: str, *, types: Sequence[str] | None = None, filters: Filters | None = None,
           limit: int = DEFAULT_LIMIT, near: bool = False) -> list[Hit]:
    """Records matching every word of ``query`` (as a prefix, in any spelling the index knows);
    with ``near``, also records found by names spelled a little differently, after the others
    and marked with that spelling. Never raises on odd input."""
    terms = parse_query(query if isinstance(query, str) else "")
    if not terms:
        return []
    scopes = _scopes(types, filters or Filters())
    limit = max(0, int(limit))
    with _connection(source) as conn:
        hits = _hits(conn, _ranked(conn, terms, scopes, limit), terms)
        if near:
            seen = {(h.entity, h.id) for h in hits}
            hits += [h for _match, found in _near_results(conn, terms, scopes, limit, seen) for h in found]
    return _order(hits)


def group_hits(hits: Sequence[Hit]) -> list[tuple[str, list[Hit]]]:
    groups: dict[str, list[Hit]] = {}
    for h in hits:
        groups.setdefault(h.entity, []).append(h)
    return list(groups.items())


# --- near matches ---------------------------------------------------------------------------

NEAR_REASONS = ("same transliteration", "similar spelling")
NEAR_MIN_LENGTH = 4  # shorter words are still being typed; near matches would be noise
_NEAR_CANDIDATES = 600


def _near(conn: Connection, terms: list[Term], limit: int) -> list[NearMatch]:
    """Names whose skeleton starts like a query word's and that compare_names finds alike."""
    found: dict[str, NearMatch] = {}
    words = [t for t in terms if not t.cjk and len(t.text) >= NEAR_MIN_LENGTH and not t.text.isdigit()][:3]
    for term in words:
        key = skeleton(term.text)
        if len(key) < 3:
            continue
        head = key[:4] if len(key) >= 7 else key[:3]
        upper = _upper(head)
        rows = conn.exec_driver_sql(
            "SELECT word, shown FROM search_vocab WHERE skel >= ? AND skel < ? AND length(skel) BETWEEN ? AND ? "
            f"LIMIT {_NEAR_CANDIDATES}", (head, upper, len(key) - 2, len(key) + 2)).all()
        for word, shown in rows:
            if word.startswith(term.text):
                continue  # the query as typed finds it already
            match = compare_names(term.text, word)
            if match.reason in NEAR_REASONS:
                old = found.get(word)
                if old is None or old.score < match.score:
                    found[word] = NearMatch(shown, term.text, match.score, match.reason)
    # Same-script spellings first: for Асаин, offer Асайын before the Latin Asain.
    return sorted(found.values(), key=lambda n: (-n.score, n.word.isascii() != n.replaces.isascii(),
                                                 fold(n.word)))[:limit]


def _near_results(conn: Connection, terms: list[Term], scopes: dict[str, tuple[str, dict[str, Any]]],
                  limit: int, seen: set[tuple[str, int]], matches: int = 3) -> list[tuple[NearMatch, list[Hit]]]:
    """Near matches that find records the query as typed did not, with those records."""
    out: list[tuple[NearMatch, list[Hit]]] = []
    for match in _near(conn, terms, 12):
        replacement = [Term(t, False) for t in tokens(match.word)]
        variant = [t for old in terms for t in (replacement if old.text == match.replaces else [old])]
        new = []
        for h in _hits(conn, _ranked(conn, variant, scopes, limit), variant, near=match.word):
            if (h.entity, h.id) not in seen:
                seen.add((h.entity, h.id))
                new.append(replace(h, score=h.score * match.score))
        if new:
            out.append((match, new))
            if len(out) >= matches:
                break
    return out


def near_matches(source: Source, query: str, *, types: Sequence[str] | None = None,
                 filters: Filters | None = None, limit: int = 3) -> list[NearMatch]:
    """Names in the archive spelled a little differently from the words of ``query`` that
    lead to records the query as typed does not find."""
    terms = parse_query(query if isinstance(query, str) else "")
    if not terms:
        return []
    scopes = _scopes(types, filters or Filters())
    with _connection(source) as conn:
        seen = {split_rowid(rowid) for rowid, _score in _ranked(conn, terms, scopes, DEFAULT_LIMIT)}
        return [match for match, _hits in _near_results(conn, terms, scopes, DEFAULT_LIMIT, seen, limit)]


# --- for tests and diagnostics --------------------------------------------------------------


def indexed_tokens(source: Source, entity: str, record_id: int) -> tuple[list[str], set[str]] | None:
    """The index tokens (title and body) and Latin keys of a record; None if not indexed."""
    with _connection(source) as conn:
        row = conn.exec_driver_sql("SELECT title, body, keys FROM search_fts WHERE rowid = ?",
                                   (rowid_of(entity, record_id),)).first()
    if row is None:
        return None
    return (row[0] + " " + row[1]).split(), set(row[2].split())


# --- keeping the index, saved searches ------------------------------------------------------


def reindex(archive: Archive) -> int:
    """Rebuild the whole index (``elshi reindex``); returns the number of records indexed."""
    return rebuild(archive)


def save_search(archive: Archive, name: str, query: str, *, types: Sequence[str] = (),
                filters: Filters | None = None) -> SavedSearch:
    """Save (or replace) a named search."""
    saved = SavedSearch(name.strip(), query, tuple(t for t in TYPES if t in types), filters or Filters())
    options = json.dumps({"types": list(saved.types), **saved.filters.to_json()}, ensure_ascii=False)
    with archive.writing() as s:
        conn = s.connection()
        ensure_schema(conn)
        conn.exec_driver_sql(
            "INSERT INTO search_saved(name, query, options, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET query = excluded.query, options = excluded.options",
            (saved.name, query, options, archive.clock.now().isoformat()))
    return saved


def saved_searches(source: Source) -> list[SavedSearch]:
    with _connection(source) as conn:
        rows = conn.exec_driver_sql("SELECT name, query, options FROM search_saved ORDER BY name").all()
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
        result = s.connection().exec_driver_sql("DELETE FROM search_saved WHERE name = ?", (name,))
        return bool(result.rowcount)
