"""Press intake: a press item read into a draft of the records it describes (see reading.py)."""

from __future__ import annotations

from typing import Any

from operations.intake.model import Draft
from operations.intake.reading import read

__all__ = ["Draft", "as_json", "read"]

# The review calls, in this order: read(text, today) -> Draft; matching.match(archive, draft) -> Draft
# (fills match/candidates/similar); edits the draft's items in place; saving.save(archive, draft) -> Saved;
# saving.undo(archive, event_id) -> the (entity, id) moved to the trash.


def as_json(d: Draft) -> dict[str, Any]:
    """The draft as the command line prints it with --json."""
    def span(s: tuple[int, int]) -> list[int]:
        return [s[0], s[1]]

    return {
        "language": d.language,
        "event": {"title": d.event.title, "kind": d.event.kind, "status": d.event.status, "place": d.event.place,
                  "start": str(d.event.start) if d.event.start else None,
                  "end": str(d.event.end) if d.event.end else None,
                  "delegations": [{"side": g.side, "role": g.role, "country": g.country, "organisation": g.organisation,
                                   "head": g.head, "members": g.members} for g in d.delegations if g.keep]},
        "people": [{"name": p.name, "text": p.text, "position": p.position, "organisation": p.organisation,
                    "match": p.match.as_json() if p.match else None, "initials_only": p.initials_only,
                    "span": span(p.span)} for p in d.people if p.keep],
        "organisations": [{"name": o.name, "text": o.text, "kind": o.kind, "country": o.country,
                           "match": o.match.as_json() if o.match else None, "span": span(o.span)}
                          for o in d.organisations if o.keep],
        "places": [{"name": p.name, "text": p.text, "kind": p.kind, "country": p.country,
                    "match": p.match.as_json() if p.match else None, "span": span(p.span)} for p in d.places if p.keep],
        "documents": [{"kind": x.kind, "title": x.title, "status": x.status,
                       "period": {"start": x.period[0], "end": x.period[1]} if x.period else None,
                       "parties": x.parties, "signatories": x.signatories, "directions_count": x.directions_count,
                       "span": span(x.span)} for x in d.documents if x.keep],
        "commitments": [{"text": c.text, "responsible": c.responsible, "person": c.person or None,
                         "document": c.document or None, "due": str(c.due) if c.due else None,
                         "span": span(c.span)} for c in d.commitments if c.keep],
        "dates": [{"text": x.text, "start": str(x.start), "end": str(x.end) if x.end else None, "span": span(x.span)}
                  for x in d.dates],
    }
