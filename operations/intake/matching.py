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

from sqlalchemy import select
from sqlalchemy.orm import Session

from database import duplicates
from database import models as m
from database.archive import Archive
from operations.intake.model import Draft, Found, Match
from operations.intake.organisations import signature

LINK = 0.95  # "same name" or "same transliteration": linked; below, down to THRESHOLD, offered
SAME_BODY = 0.97  # same kind of body for the same places


def _match(found: Found, records: dict[int, tuple[str, set[str]]], uuids: dict[int, str], places: bool,
           initials: bool = False, bodies: dict[int, set[tuple[str, frozenset[str]]]] | None = None) -> None:
    wanted = [found.name, found.text]
    scored = []
    own = {sig for sig in map(signature, wanted) if sig is not None} if bodies is not None else set()
    for rid, (name, spellings) in records.items():
        if initials:
            surname = found.name.split(" ", 1)[-1]
            first = found.name[:1]
            if any(sp.split(" ")[-1] == surname and sp[:1] == first for sp in spellings):
                scored.append(Match(rid, uuids[rid], name, "initials", 0.5))
            continue
        score, reason, _a, _b = duplicates.best_match(wanted, spellings, places)
        if score < LINK and own and bodies is not None and own & bodies.get(rid, set()):
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
        _all(s, draft)
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


def _all(s: Session, draft: Draft) -> None:
    for entity, items, model in (("person", draft.people, m.Person), ("place", draft.places, m.Place),
                                 ("organisation", draft.organisations, m.Organisation)):
        if not items:
            continue
        records = duplicates._spellings(s, entity)
        uuids = {row[0]: row[1] for row in s.execute(select(model.id, model.uuid))}
        bodies = None
        if entity == "organisation":
            bodies = {rid: {sig for sig in map(signature, spellings) if sig is not None}
                      for rid, (_n, spellings) in records.items()}
        for item in items:
            _match(item, records, uuids, entity == "place", initials=getattr(item, "initials_only", False),
                   bodies=bodies)
        details = _details(s, entity, {x.id for item in items for x in (item.match, *item.candidates) if x})
        for item in items:
            for x in (item.match, *item.candidates):
                if x is not None:
                    x.detail = details.get(x.id, "")
