"""Finding records that are one real person, body or place under several spellings or names.

Candidates come from blocking (records sharing the reduced Latin skeleton of a name word's
start), so 50,000 people compare in seconds rather than pairwise; each candidate pair is then
scored by :func:`database.names.compare_names`, the one place for transliteration rules shared
with search. Places are also paired when the gazetteer (:mod:`database.gazetteer`) knows their
names as one place's (Өскемен and Усть-Каменогорск, Ертіс and Irtysh): reason "same place".
Pairs the user marked "not a duplicate" are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from database import gazetteer
from database import models as m
from database.names import compare_names, skeleton
from database.records import Entity

THRESHOLD = 0.8  # "similar spelling" starts at 0.75; a little stricter keeps the list worth reading
BLOCK_PREFIX = 4
MAX_BLOCK = 200  # a key shared by more records than this says nothing (a common word)
RAREST_KEYS = 2  # each record is paired through this many of its rarest keys


@dataclass(frozen=True)
class DuplicatePair:
    entity: str
    a_id: int
    a_name: str
    b_id: int
    b_name: str
    score: float
    reason: str  # "same name", "same transliteration", "similar spelling", "same place"
    a_spelling: str  # the two spellings that matched best
    b_spelling: str


def _spellings(s: Session, entity: str) -> dict[int, tuple[str, set[str]]]:
    """id -> (display name, every spelling) of the live records of a type."""
    out: dict[int, tuple[str, set[str]]] = {}
    if entity == "person":
        for rid, name in s.execute(select(m.Person.id, m.Person.name).where(m.Person.deleted_at.is_(None))):
            out[rid] = (name, {name})
        for rid, name in s.execute(select(m.PersonNameRow.person_id, m.PersonNameRow.name)):
            if rid in out:
                out[rid][1].add(name)
    elif entity == "organisation":
        live = m.Organisation.deleted_at.is_(None)
        for rid, name in s.execute(select(m.Organisation.id, m.Organisation.name).where(live)):
            out[rid] = (name, {name})
        for rid, name in s.execute(select(m.OrganisationAlias.organisation_id, m.OrganisationAlias.name)):
            if rid in out:
                out[rid][1].add(name)
    elif entity == "place":
        for rid, name in s.execute(select(m.Place.id, m.Place.name).where(m.Place.deleted_at.is_(None))):
            out[rid] = (name, {name})
        for rid, name in s.execute(select(m.PlaceAlias.place_id, m.PlaceAlias.name)):
            if rid in out:
                out[rid][1].add(name)
    else:
        raise ValueError(entity)
    return out


def _block_keys(spelling: str, places: bool = False) -> set[str]:
    keys = {word[:BLOCK_PREFIX] for word in skeleton(spelling).split() if len(word) >= 3}
    if places:  # the gazetteer's place of this name: its names in other languages share no letters
        keys |= {"place:" + p.key for p in gazetteer.find(spelling)}
    return keys


def _dismissed(s: Session, entity: str) -> set[frozenset[str]]:
    rows = s.execute(select(m.NotDuplicate.uuid_a, m.NotDuplicate.uuid_b).where(m.NotDuplicate.entity == entity))
    return {frozenset(pair) for pair in rows}


def best_match(a: Iterable[str], b: Iterable[str], places: bool = False) -> tuple[float, str, str, str]:
    """The best-matching pair of spellings: (score, reason, one, other). With ``places``, two
    names the gazetteer knows as one place's match fully ("same place")."""
    a, b = list(a), list(b)
    best = (0.0, "different", "", "")
    if places:
        for x in a:
            for y in b:
                if gazetteer.same_place([x], [y]) is not None and compare_names(x, y).reason != "same name":
                    return (1.0, "same place", x, y)
    for x in a:
        for y in b:
            match = compare_names(x, y)
            score = min(match.score, _differing_score(x, y))
            if score > best[0]:
                best = (score, match.reason, x, y)
    return best


def _differing_score(a: str, b: str) -> float:
    """How alike the words are that the two names do not share. "Бас консулдығы in Omsk" and
    "… in Shanghai" share most words, yet differ in the one that matters."""
    shared = set(skeleton(a).split()) & set(skeleton(b).split())
    rest_a = " ".join(w for w in a.split() if skeleton(w) not in shared)
    rest_b = " ".join(w for w in b.split() if skeleton(w) not in shared)
    if not rest_a or not rest_b:
        return 1.0  # one name is the other with words added: the full comparison decides
    return compare_names(rest_a, rest_b).score


def _candidates(records: dict[int, tuple[str, set[str]]], places: bool = False) -> set[tuple[int, int]]:
    """Pairs worth comparing: records that share a word's start, looked up only by each record's
    RAREST_KEYS rarest words. Two spellings of one firm or person share what sets them apart
    (a surname, a firm's own name); pairing on "облысының" or "department" as well made half a
    million comparisons of 5,000 organisations."""
    keys = {rid: set().union(*(_block_keys(sp, places) for sp in spellings))
            for rid, (_n, spellings) in records.items()}
    blocks: dict[str, set[int]] = defaultdict(set)
    for rid, own in keys.items():
        for key in own:
            blocks[key].add(rid)
    pairs: set[tuple[int, int]] = set()
    for rid, own in keys.items():
        rarest = sorted((k for k in own if len(blocks[k]) <= MAX_BLOCK), key=lambda k: (len(blocks[k]), k))
        for key in rarest[:RAREST_KEYS]:
            pairs.update((min(rid, other), max(rid, other)) for other in blocks[key] if other != rid)
    return pairs


class Stopped(Exception):
    """``find_duplicates`` was asked to stop before it had compared every likely pair."""


def find_duplicates(s: Session, entity: Entity, *, threshold: float = THRESHOLD,
                    stop: Callable[[], bool] | None = None) -> list[DuplicatePair]:
    """Pairs of live records that may be one, the likeliest first. On a large archive this
    compares hundreds of thousands of pairs: ``stop`` is asked now and then, and when it says
    so :class:`Stopped` is raised."""
    records = _spellings(s, entity)
    model = m.MODELS[entity]
    uuids = {row[0]: row[1] for row in s.execute(select(model.id, model.uuid))}
    dismissed = _dismissed(s, entity)
    places = entity == "place"
    pairs = []
    for n, (a, b) in enumerate(sorted(_candidates(records, places))):
        if stop is not None and n % 500 == 0 and stop():
            raise Stopped
        if frozenset((uuids[a], uuids[b])) in dismissed:
            continue
        score, reason, sa, sb = best_match(records[a][1], records[b][1], places)
        if score >= threshold:
            pairs.append(DuplicatePair(entity, a, records[a][0], b, records[b][0], score, reason, sa, sb))
    return sorted(pairs, key=lambda p: (-p.score, p.a_name, p.b_name))


def similar_to(s: Session, entity: str, spellings: Iterable[str], *, exclude: int | None = None,
               threshold: float = THRESHOLD) -> list[DuplicatePair]:
    """Records that may be the one being entered (for a warning when a new person is saved)."""
    places = entity == "place"
    wanted = {sp for sp in spellings if sp.strip()}
    keys = set().union(*(_block_keys(sp, places) for sp in wanted)) if wanted else set()
    found = []
    for rid, (name, known) in _spellings(s, entity).items():
        if rid == exclude or not any(_block_keys(k, places) & keys for k in known):
            continue
        score, reason, sa, sb = best_match(wanted, known, places)
        if score >= threshold:
            found.append(DuplicatePair(entity, exclude or 0, next(iter(wanted)), rid, name, score, reason, sa, sb))
    return sorted(found, key=lambda p: -p.score)
