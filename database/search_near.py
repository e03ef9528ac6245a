"""Near matches: names in the archive spelled a little differently from a query's words
(Асаин / Асайын), and the records they lead to that the query as typed does not find."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from sqlalchemy import Connection

from database.names import NameMatch, compare_names, fold, skeleton
from database.records import Entity
from database.search_docs import split_rowid
from database.search_filters import Filters, Scopes, scopes_for
from database.search_forms import expand_terms
from database.search_rank import DEFAULT_LIMIT, Hit, Probes, Source, connection, hits_of, just_above, ranked
from database.search_sql import raw
from database.search_text import Term, parse_query, tokens


@dataclass(frozen=True)
class NearMatch:
    word: str  # as written in the archive
    replaces: str  # the query word (folded) it stands for
    score: float
    reason: str  # "same transliteration" or "similar spelling" (names.compare_names)


NEAR_REASONS = ("same transliteration", "similar spelling")
NEAR_MIN_LENGTH = 4  # shorter words are still being typed; near matches would be noise
_NEAR_CANDIDATES = 600


@lru_cache(maxsize=100_000)
def _compared(typed: str, word: str) -> NameMatch:
    """compare_names of a query word and an archive word: a query typed on repeats its first
    words at every key press, and their candidates with them."""
    return compare_names(typed, word)


def _reached(term: Term) -> set[str]:
    """The words a term finds already, beside those starting with it: its other forms and
    spellings, and the one-word other names of the place it names (Шанхай reaches Шаңхай and
    Shanghai; their records past the limit are matches, not near ones)."""
    return {*term.forms, *term.spellings, *(name[0] for name in term.names if len(name) == 1)}


def near_words(conn: Connection, terms: list[Term], limit: int) -> list[NearMatch]:
    """Names whose skeleton starts like a query word's and that compare_names finds alike."""
    found: dict[str, NearMatch] = {}
    words = [t for t in terms if not t.cjk and len(t.text) >= NEAR_MIN_LENGTH and not t.text.isdigit()][:3]
    for term in words:
        reached = _reached(term)
        key = skeleton(term.text)
        if len(key) < 3:
            continue
        head = key[:4] if len(key) >= 7 else key[:3]
        upper = just_above(head)
        rows = raw(conn).execute(
            "SELECT word, shown FROM search_vocab WHERE skel >= ? AND skel < ? AND length(skel) BETWEEN ? AND ? "
            f"LIMIT {_NEAR_CANDIDATES}", (head, upper, len(key) - 2, len(key) + 2)).fetchall()
        for word, shown in rows:
            if word.startswith(term.text) or word in reached:
                continue  # the query finds it already
            match = _compared(term.text, word)
            if match.reason in NEAR_REASONS:
                old = found.get(word)
                if old is None or old.score < match.score:
                    found[word] = NearMatch(shown, term.text, match.score, match.reason)
    # Same-script spellings first: for Асаин, offer Асайын before the Latin Asain.
    return sorted(found.values(), key=lambda n: (-n.score, n.word.isascii() != n.replaces.isascii(),
                                                 fold(n.word)))[:limit]


def near_results(conn: Connection, terms: list[Term], scopes: Scopes, limit: int, seen: set[tuple[Entity, int]],
                 matches: int = 3, probes: Probes | None = None) -> list[tuple[NearMatch, list[Hit]]]:
    """Near matches that find records the query as typed did not, with those records
    (``probes``: what the query's own search learnt of its words)."""
    out: list[tuple[NearMatch, list[Hit]]] = []
    probes = probes or Probes(conn)
    for match in near_words(conn, terms, 12):
        replacement = [Term(t, False) for t in tokens(match.word)]
        variant = [t for old in terms for t in (replacement if old.text == match.replaces else [old])]
        new = []
        # Only the records the query has not found get hits built (their marks and snippets).
        unseen = [(rowid, score) for rowid, score in ranked(conn, variant, scopes, limit, probes)
                  if split_rowid(rowid) not in seen]
        for h in hits_of(conn, unseen, variant, near=match.word):
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
    scopes = scopes_for(types, filters or Filters())
    with connection(source) as conn:
        terms = expand_terms(conn, terms)
        probes = Probes(conn)
        seen = {split_rowid(rowid) for rowid, _score in ranked(conn, terms, scopes, DEFAULT_LIMIT, probes)}
        return [match for match, hits_of in near_results(conn, terms, scopes, DEFAULT_LIMIT, seen, limit, probes)]
