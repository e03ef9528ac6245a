"""Matching a draft against the archive through every name a record has (preferred names,
aliases, transliterations, Chinese forms), with the duplicate finder's comparison
(database.duplicates.best_match): a full match is linked, a near one only offered, nothing is
created silently. Initials alone are offered, never linked."""

from __future__ import annotations

from sqlalchemy.orm import Session

from database import duplicates
from database.archive import Archive
from operations.intake.model import Draft, Found, Match

LINK = 0.95  # "same name" or "same transliteration": linked; below, down to THRESHOLD, offered


def _match(found: Found, records: dict[int, tuple[str, set[str]]], uuids: dict[int, str], places: bool,
           initials: bool = False) -> None:
    wanted = [found.name, found.text]
    scored = []
    for rid, (name, spellings) in records.items():
        if initials:
            surname = found.name.split(" ", 1)[-1]
            first = found.name[:1]
            if any(sp.split(" ")[-1] == surname and sp[:1] == first for sp in spellings):
                scored.append(Match(rid, uuids[rid], name, "initials", 0.5))
            continue
        score, reason, _a, _b = duplicates.best_match(wanted, spellings, places)
        if score >= duplicates.THRESHOLD:
            scored.append(Match(rid, uuids[rid], name, reason, score))
    scored.sort(key=lambda x: -x.score)
    if scored and scored[0].score >= LINK and not initials:
        found.match = scored[0]
        found.candidates = scored[1:]
    else:
        found.candidates = scored
        found.similar = scored


def match(archive: Archive, draft: Draft) -> Draft:
    """Fill each person's and place's match and near matches from the archive."""
    with archive.session() as s:
        _all(s, draft)
    return draft


def _all(s: Session, draft: Draft) -> None:
    from sqlalchemy import select

    from database import models as m

    for entity, items, model in (("person", draft.people, m.Person), ("place", draft.places, m.Place),
                                 ("organisation", draft.organisations, m.Organisation)):
        records = duplicates._spellings(s, entity)
        uuids = {row[0]: row[1] for row in s.execute(select(model.id, model.uuid))}
        for item in items:
            _match(item, records, uuids, entity == "place", initials=getattr(item, "initials_only", False))
