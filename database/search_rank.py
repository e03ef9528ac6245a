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
from database.search_text import EXACT, LEVELS, Marks, Term, find_marks, fts_expression, snippet

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
            rows = self.conn.exec_driver_sql(
                f"SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT {self.MAX_WORDS + 1}",
                (prefix, just_above(prefix))).all()
            self.cache[prefix] = None if len(rows) > self.MAX_WORDS else [r[0] for r in rows]
        return self.cache[prefix]


def is_broad(conn: Connection, term: Term, expand: Expander) -> bool:
    expr = fts_expression([term], expand=expand)
    if expr is None:
        return False
    row = conn.exec_driver_sql(
        "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (expr, BROAD - 1)).first()
    return row is not None


# Scores of one level lie above every score of the levels after it (bm25 scores stay far below).
LEVEL_STEP = 1000.0


def ranked(conn: Connection, terms: list[Term], scopes: Scopes,
           limit: int) -> list[tuple[int, float]]:
    """(rowid, score) of the best matches, at most ``limit`` per record type: the words as
    typed first, then their other forms, then their other spellings and names (each level only
    where a term reaches further, and only while a record type still has room)."""
    if not scopes or not terms:
        return []
    expand = Expander(conn)
    broad = any(is_broad(conn, t, expand) for t in terms)
    out: list[tuple[int, float]] = []
    seen: set[int] = set()
    for level in LEVELS:
        if level != EXACT and not any(t.reaches(level) for t in terms):
            continue
        counts: dict[int, int] = {}
        for rowid in seen:
            counts[rowid >> SHIFT] = counts.get(rowid >> SHIFT, 0) + 1
        if level != EXACT and all(counts.get(_code(e), 0) >= limit for e in scopes):
            break
        bonus = (len(LEVELS) - level) * LEVEL_STEP
        for rowid, score in _ranked_at(conn, terms, scopes, limit, expand, level, broad, seen):
            out.append((rowid, score + bonus))
            seen.add(rowid)
    return out


def _code(entity: str) -> int:
    return TYPE_CODES[Entity(entity)]


def _ranked_at(conn: Connection, terms: list[Term], scopes: Scopes, limit: int, expand: Expander,
               level: int, broad: bool, seen: set[int]) -> list[tuple[int, float]]:
    """One level's new matches (not in ``seen``), at most ``limit`` per record type counting
    those already in ``seen``."""
    expr = fts_expression(terms, expand=expand, level=level)
    if expr is None:
        return []
    taken: dict[int, int] = {}
    for rowid in seen:
        taken[rowid >> SHIFT] = taken.get(rowid >> SHIFT, 0) + 1
    out = []
    if not broad:
        # Few rows: FTS5's own prefix expansion is cheap here, and keeps bm25 from favouring
        # rare inflections (each expanded word would count as a rare word of its own).
        params: dict[str, Any] = {"q": fts_expression(terms, exact=True, level=level)}
        if len(scopes) == len(TYPES) and not any(p for _sql, p in scopes.values()):
            where = ""
        else:
            where = " AND (" + " OR ".join(f"({sql})" for sql, _p in scopes.values()) + ")"
            for _sql, p in scopes.values():
                params.update(p)
        rows = conn.exec_driver_sql(
            f"SELECT search_fts.rowid, rank FROM search_fts WHERE search_fts MATCH :q{where} "
            f"ORDER BY rank LIMIT {BROAD}", params).all()
        for rowid, rank in rows:
            code = rowid >> SHIFT
            if rowid not in seen and taken.get(code, 0) < limit:
                taken[code] = taken.get(code, 0) + 1
                out.append((int(rowid), -float(rank)))
        return out
    # Broad: newest first within each type, matches in the title ahead of the rest.
    title_expr = fts_expression(terms, column="title", with_latin=False, expand=expand, level=level)
    for entity, (sql, p) in scopes.items():
        code = _code(entity)
        have = taken.get(code, 0)
        for score, query in ((2.0, title_expr), (1.0, expr)):
            if have >= limit or query is None:
                continue
            rows = conn.exec_driver_sql(
                f"SELECT search_fts.rowid FROM search_fts WHERE search_fts MATCH :q AND {sql} "
                f"ORDER BY search_fts.rowid DESC LIMIT {limit + have}", {**p, "q": query}).all()
            for (rowid,) in rows:
                if rowid not in seen and have < limit:
                    seen.add(rowid)
                    have += 1
                    out.append((int(rowid), score))
    return out


def hits_of(conn: Connection, ranked: list[tuple[int, float]], terms: list[Term], near: str = "") -> list[Hit]:
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
        hits.append(Hit(Entity(entity), record_id, uuid, title, cut, score, title_marks, cut_marks, near))
    return hits


def in_order(hits: list[Hit]) -> list[Hit]:
    """Grouped by record type (best group first), best hit first within each group."""
    best: dict[str, float] = {}
    for h in hits:
        best[h.entity] = max(best.get(h.entity, h.score), h.score)
    return sorted(hits, key=lambda h: (bool(h.near), -best[h.entity], TYPES.index(h.entity), -h.score, -h.id))
