"""Ranking full-text matches and turning them into hits (see :mod:`database.search` for why
broad words are not ranked by bm25)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from database.records import Entity
from database.search_docs import SHIFT, TYPE_CODES
from database.search_filters import TYPES, Scopes
from database.search_sql import Match, raw
from database.search_text import EXACT, LEVELS, Marker, Marks, Term, fts_expression, snippet

DEFAULT_LIMIT = 30  # per record type
BROAD = 1500  # a word in more records than this is not ranked by bm25 (see database.search)
SNIPPET_WIDTH = 160


@dataclass(frozen=True)
class Hit:
    entity: Entity
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


Source = Any  # an Archive or an open Session


@contextmanager
def connection(source: Source) -> Iterator[Connection]:
    if isinstance(source, Session):
        yield source.connection()
    else:
        with source.session() as s:
            yield s.connection()


def just_above(prefix: str) -> str:
    """Just above every string starting with ``prefix`` (tokens never hold U+10FFFF)."""
    return prefix + "\U0010ffff"


class Expander:
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
            rows = raw(self.conn).execute(
                f"SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT {self.MAX_WORDS + 1}",
                (prefix, just_above(prefix))).fetchall()
            self.cache[prefix] = None if len(rows) > self.MAX_WORDS else [r[0] for r in rows]
        return self.cache[prefix]


def is_broad(conn: Connection, term: Term, expand: Expander, level: int = EXACT) -> bool:
    """Whether the word as typed (or reaching as far as ``level``) is in more than BROAD records."""
    expr = fts_expression([term], expand=expand, level=level)
    if expr is None:
        return False
    match = Match(conn)
    row = raw(conn).execute(
        f"SELECT search_fts.rowid FROM search_fts WHERE {match.where()} "
        "ORDER BY search_fts.rowid DESC LIMIT 1 OFFSET :n", {"q": match.value(expr), "n": BROAD - 1}).fetchone()
    return row is not None


class Probes:
    """What one search has learnt of its words (which prefixes expand to which indexed words,
    which words are broad), kept for the near matches' variants of the same query: they repeat
    every word but one."""

    def __init__(self, conn: Connection) -> None:
        self.expand = Expander(conn)
        self._broad: dict[tuple[Term, int], bool] = {}

    def is_broad(self, conn: Connection, term: Term, level: int = EXACT) -> bool:
        key = (term, level)
        found = self._broad.get(key)
        if found is None:
            found = self._broad[key] = is_broad(conn, term, self.expand, level)
        return found


# Scores of one level lie above every score of the levels after it (bm25 scores stay far below).
LEVEL_STEP = 1000.0


def ranked(conn: Connection, terms: list[Term], scopes: Scopes,
           limit: int, probes: Probes | None = None) -> list[tuple[int, float]]:
    """(rowid, score) of the best matches, at most ``limit`` per record type: the words as
    typed first, then their other forms, then their other spellings and names.

    Narrow queries are asked once, at the furthest level any term reaches, ranked by bm25; a
    cheaper rowid-only query per nearer level says which level each match belongs to. Broad
    queries (a word in more than BROAD records as typed) take each type's newest matches
    (titles first), as their ranking is by date anyway; a word narrow as typed but broad in
    its other forms or names (Иртыш, whose Ертіс is everywhere) has its own matches ranked,
    then the newest of the rest."""
    if not scopes or not terms:
        return []
    probes = probes or Probes(conn)
    expand = probes.expand
    levels = [level for level in LEVELS if level == EXACT or any(t.reaches(level) for t in terms)]
    furthest = levels[-1]
    if any(probes.is_broad(conn, t) for t in terms):
        # Plenty as typed (a word's first letters): the newest of those, and of the Latin
        # spellings of names; other forms and names would only add to what nobody reads.
        return _newest(conn, terms, scopes, limit, expand, EXACT)
    if furthest != EXACT and any(probes.is_broad(conn, t, furthest) for t in terms if t.reaches(furthest)):
        out = _bm25(conn, terms, scopes, limit, [EXACT])
        return out + _newest(conn, terms, scopes, limit, expand, furthest, {r for r, _s in out})
    return _bm25(conn, terms, scopes, limit, levels)


def _bm25(conn: Connection, terms: list[Term], scopes: Scopes, limit: int,
          levels: list[int]) -> list[tuple[int, float]]:
    # Few rows: FTS5's own prefix expansion is cheap here, and keeps bm25 from favouring
    # rare inflections (each expanded word would count as a rare word of its own).
    furthest = levels[-1]
    match = Match(conn)
    expression = fts_expression(terms, exact=True, level=furthest)
    if expression is None:
        return []
    params: dict[str, Any] = {"q": match.value(expression)}
    if len(scopes) == len(TYPES) and not any(p for _sql, p in scopes.values()):
        where = ""
    else:
        where = " AND (" + " OR ".join(f"({sql})" for sql, _p in scopes.values()) + ")"
        for _sql, p in scopes.values():
            params.update(p)
    rows = raw(conn).execute(
        f"SELECT search_fts.rowid, {match.rank()} AS rank FROM search_fts WHERE {match.where()}{where} "
        f"ORDER BY rank LIMIT {BROAD}", params).fetchall()
    level_of: dict[int, int] = {}
    for level in levels[:-1]:
        expr = fts_expression(terms, level=level)
        if expr is not None:
            for (rowid,) in raw(conn).execute(
                    f"SELECT search_fts.rowid FROM search_fts WHERE {match.where()} LIMIT {BROAD}",
                    {"q": match.value(expr)}):
                level_of.setdefault(rowid, level)
    # In rank order into (type, level) buckets of at most ``limit``; each type then fills its
    # ``limit`` from its nearest level on.
    buckets: dict[tuple[int, int], list[tuple[int, float]]] = {}
    get = level_of.get
    for rowid, rank in rows:
        level = get(rowid, furthest)
        bucket = buckets.setdefault((rowid >> SHIFT, level), [])
        if len(bucket) < limit:
            bucket.append((rowid, (len(LEVELS) - level) * LEVEL_STEP - rank))
    out: list[tuple[int, float]] = []
    counts: dict[int, int] = {}
    for (code, _level), bucket in sorted(buckets.items()):
        room = limit - counts.get(code, 0)
        out += bucket[:room]
        counts[code] = counts.get(code, 0) + min(room, len(bucket))
    return out


def _newest(conn: Connection, terms: list[Term], scopes: Scopes, limit: int, expand: Expander,
            level: int, seen: set[int] | None = None) -> list[tuple[int, float]]:
    """Broad: newest first within each type, matches of the words as typed in the title ahead
    of the rest. With ``seen`` (the words' own matches, ranked already), the others, after them."""
    first = seen is None
    expr = fts_expression(terms, expand=expand, level=level, keys=first)
    if expr is None:
        return []
    title_expr = fts_expression(terms, column="title", with_latin=False, expand=expand, level=EXACT) if first else None
    bonus = LEVEL_STEP * (len(LEVELS) if first else len(LEVELS) - level)
    taken: dict[int, int] = {}
    for rowid in seen or ():
        taken[rowid >> SHIFT] = taken.get(rowid >> SHIFT, 0) + 1
    out = []
    match = Match(conn)
    for entity, (sql, p) in scopes.items():
        found = set(seen or ())
        have = taken.get(TYPE_CODES[entity], 0)
        for score, query in ((2.0, title_expr), (1.0, expr)):
            if have >= limit or query is None:
                continue
            rows = raw(conn).execute(
                f"SELECT search_fts.rowid FROM search_fts WHERE {match.where()} AND {sql} "
                f"ORDER BY search_fts.rowid DESC LIMIT {limit + have}", {**p, "q": match.value(query)}).fetchall()
            for (rowid,) in rows:
                if rowid not in found and have < limit:
                    found.add(rowid)
                    have += 1
                    out.append((int(rowid), score + bonus))
    return out


def hits_of(conn: Connection, ranked: list[tuple[int, float]], terms: list[Term], near: str = "") -> list[Hit]:
    if not ranked:
        return []
    marks = ",".join("?" * len(ranked))
    docs = {row[0]: row for row in raw(conn).execute(
        f"SELECT id, entity, record_id, uuid, title, text FROM search_docs WHERE id IN ({marks})",
        tuple(r for r, _s in ranked))}
    hits = []
    marker = Marker(terms)
    for rowid, score in ranked:
        doc = docs.get(rowid)
        if doc is None:
            continue
        _id, entity, record_id, uuid, title, text = doc
        title_marks = marker.marks(title)
        # Marking Latin spellings in the text too is slow; the title shows why it matched.
        text_marks = marker.marks(text, translit=not title_marks, window=2 * SNIPPET_WIDTH)
        cut, cut_marks = snippet(text, text_marks, SNIPPET_WIDTH)
        hits.append(Hit(Entity(entity), record_id, uuid, title, cut, score, title_marks, cut_marks, near))
    return hits


def in_order(hits: list[Hit]) -> list[Hit]:
    """Grouped by record type (best group first), best hit first within each group."""
    best: dict[str, float] = {}
    for h in hits:
        best[h.entity] = max(best.get(h.entity, h.score), h.score)
    return sorted(hits, key=lambda h: (bool(h.near), -best[h.entity], TYPES.index(h.entity), -h.score, -h.id))
