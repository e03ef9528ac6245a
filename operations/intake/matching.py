"""Matching a draft against the archive through every name a record has (preferred names,
aliases, transliterations, Chinese forms, inflected forms), with the duplicate finder's comparison
(database.duplicates.best_match): a full match is linked, a near one only offered, nothing is
created silently. Initials alone are offered, never linked.

A body that is one per place (an akimat, a regional government or mayoralty, a consulate) also
matches a record naming the same kind of body for the same gazetteer places, whatever the
language: "Акимат Павлодарской области" is the record "Павлодар облысының әкімдігі" (reason
"same body and place"). A value left unmatched is proposed as a new record; ``similar`` then
holds the records the duplicate finder (database.duplicates.similar_to) says it looks like.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database import duplicates
from database import models as m
from database.archive import Archive
from operations.intake.model import Draft, Found, Match
from operations.intake.organisations import signature

LINK = 0.95  # "same name" or "same transliteration": linked; below, down to THRESHOLD, offered
SAME_BODY = 0.97  # same kind of body for the same places


Records = dict[int, tuple[str, set[str]]]
Bodies = dict[tuple[str, frozenset[str]], set[int]]


class _Index:
    """The records of one type by the duplicate finder's blocking keys (a name word's Latin start,
    a gazetteer place), so a value is compared only with the records that share one."""

    def __init__(self, records: Records, places: bool) -> None:
        self.places = places
        self.keys: dict[str, set[int]] = defaultdict(set)
        self.own: dict[int, list[set[str]]] = defaultdict(list)
        for rid, (_name, spellings) in records.items():
            for spelling in spellings:
                keys = duplicates._block_keys(spelling, places)
                self.own[rid].append(keys)
                for key in keys:
                    self.keys[key].add(rid)

    def near(self, spellings: list[str]) -> set[int]:
        """Records sharing a key, and at least half their words' keys, with one of ``spellings``
        (the full comparison is slow on long names: it is kept for those worth it)."""
        out: set[int] = set()
        for spelling in spellings:
            wanted = duplicates._block_keys(spelling, self.places)
            for key in wanted:
                ids = self.keys.get(key, set())
                if key.startswith("place:"):
                    out |= ids
                elif len(ids) <= duplicates.MAX_BLOCK:
                    out |= {rid for rid in ids
                            if any(2 * len(wanted & own) >= max(len(wanted), len(own)) for own in self.own[rid])}
        return out


def _match(found: Found, records: Records, uuids: dict[int, str], index: _Index, initials: bool = False,
           bodies: Bodies | None = None) -> None:
    wanted = list(dict.fromkeys(x for x in (found.name, found.text) if x))
    scored = []
    own = {sig for sig in map(signature, wanted) if sig is not None} if bodies is not None else set()
    same_body = set().union(*(bodies.get(sig, set()) for sig in own)) if bodies is not None and own else set()
    ids = set(records) if initials else index.near(wanted) | same_body
    for rid in ids:
        name, spellings = records[rid]
        if initials:
            surname = found.name.split(" ", 1)[-1]
            first = found.name[:1]
            if any(sp.split(" ")[-1] == surname and sp[:1] == first for sp in spellings):
                scored.append(Match(rid, uuids[rid], name, "initials", 0.5))
            continue
        score, reason, _a, _b = duplicates.best_match(wanted, spellings, index.places)
        if score < LINK and rid in same_body:
            score, reason = SAME_BODY, "same body and place"
        if score >= duplicates.THRESHOLD:
            scored.append(Match(rid, uuids[rid], name, reason, score))
    scored.sort(key=lambda x: -x.score)
    if scored and scored[0].score >= LINK and not initials:
        found.match = scored[0]
        found.candidates = scored[1:]
        found.similar = []
    else:
        found.match = None
        found.candidates = scored
        found.similar = scored


def match(archive: Archive, draft: Draft) -> Draft:
    """Fill each person's, organisation's and place's match, near matches and look-alikes from
    the archive (the draft is changed in place and returned)."""
    with archive.session() as s:
        _all(s, draft, str(archive.path))
    return draft


def _details(s: Session, entity: str, ids: set[int]) -> dict[int, str]:
    """What the review shows beside a match: a person's current position, a body's kind."""
    if not ids:
        return {}
    if entity == "person":
        rows = s.execute(select(m.PositionRow.person_id, m.PositionRow.title, m.PositionRow.ord)
                         .where(m.PositionRow.person_id.in_(ids)).order_by(m.PositionRow.ord))
        out: dict[int, str] = {}
        for pid, title, _ord in rows:
            out[pid] = title  # the last one listed is the current one
        return out
    if entity == "organisation":
        return {rid: str(kind.value if hasattr(kind, "value") else kind) for rid, kind in
                s.execute(select(m.Organisation.id, m.Organisation.kind).where(m.Organisation.id.in_(ids)))}
    return {}


_Known = tuple[Records, dict[int, str], "_Index", Bodies | None]
_CACHE: dict[tuple[str, str], tuple[tuple[object, ...], _Known]] = {}


def _known(s: Session, where: str, entity: str, model: Any) -> _Known:
    """The records of a type with their index, kept while the archive's records of that type are
    unchanged (the same counts, live and in the trash, and the same latest change and deletion):
    a second press item is matched at once."""
    version = tuple(s.execute(select(func.count(model.id), func.count(model.deleted_at), func.max(model.updated_at),
                                     func.max(model.deleted_at))).one())
    cached = _CACHE.get((where, entity))
    if cached is not None and cached[0] == version:
        return cached[1]
    records = duplicates._spellings(s, entity)
    uuids = {row[0]: row[1] for row in s.execute(select(model.id, model.uuid))}
    bodies: Bodies | None = None
    if entity == "organisation":
        bodies = defaultdict(set)
        for rid, (_n, spellings) in records.items():
            for sig in map(signature, spellings):
                if sig is not None:
                    bodies[sig].add(rid)
    known = (records, uuids, _Index(records, entity == "place"), bodies)
    _CACHE[(where, entity)] = (version, known)
    return known


def _all(s: Session, draft: Draft, where: str) -> None:
    for entity, items, model in (("person", draft.people, m.Person), ("place", draft.places, m.Place),
                                 ("organisation", draft.organisations, m.Organisation)):
        if not items:
            continue
        records, uuids, index, bodies = _known(s, where, entity, model)
        for item in items:
            _match(item, records, uuids, index, initials=getattr(item, "initials_only", False), bodies=bodies)
        details = _details(s, entity, {x.id for item in items for x in (item.match, *item.candidates) if x})
        for item in items:
            for x in (item.match, *item.candidates):
                if x is not None:
                    x.detail = details.get(x.id, "")
