"""What links to a record: the documents and commitments of an event, the events a person
attended and the documents they signed, everything an organisation is party to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from database import models as m


@dataclass(frozen=True)
class Link:
    entity: str
    id: int
    label: str
    role: str  # why it is linked: "document", "commitment", "attended", "signed", "party", ...


def _live(model: Any) -> Any:
    return model.deleted_at.is_(None)


# One table, conditions on its own rows (IN a subquery, never a join): each record once, with no
# DISTINCT, which PostgreSQL allows only when the order is by what is selected.
def _events(s: Session, cond: Any, role: str) -> list[Link]:
    stmt = select(m.Event.id, m.Event.title).where(cond, _live(m.Event)).order_by(
        m.Event.date_from.desc().nulls_last(), m.Event.id)
    return [Link("event", i, t, role) for i, t in s.execute(stmt)]


def _documents(s: Session, cond: Any, role: str) -> list[Link]:
    stmt = select(m.Document.id, m.Document.title).where(cond, _live(m.Document)).order_by(
        m.Document.signed_from.desc().nulls_last(), m.Document.id)
    return [Link("document", i, t, role) for i, t in s.execute(stmt)]


def _commitments(s: Session, cond: Any, role: str) -> list[Link]:
    stmt = select(m.Commitment.id, m.Commitment.text).where(cond, _live(m.Commitment)).order_by(
        m.Commitment.due_date.nulls_last(), m.Commitment.id)
    return [Link("commitment", i, t, role) for i, t in s.execute(stmt)]


def event_links(s: Session, event_id: int) -> list[Link]:
    return (_documents(s, m.Document.event_id == event_id, "signed_at")
            + _commitments(s, m.Commitment.event_id == event_id, "commitment"))


def document_links(s: Session, document_id: int) -> list[Link]:
    return _commitments(s, m.Commitment.document_id == document_id, "commitment")


def person_links(s: Session, person_id: int) -> list[Link]:
    in_delegation = select(m.DelegationRow.event_id).outerjoin(m.MemberRow).where(
        or_(m.DelegationRow.head_id == person_id, m.MemberRow.person_id == person_id))
    signed = select(m.SignatoryRow.document_id).where(m.SignatoryRow.person_id == person_id)
    return (_events(s, m.Event.id.in_(in_delegation), "attended")
            + _documents(s, m.Document.id.in_(signed), "signed")
            + _commitments(s, m.Commitment.responsible_person_id == person_id, "responsible"))


def organisation_links(s: Session, org_id: int) -> list[Link]:
    delegations = select(m.DelegationRow.event_id).where(m.DelegationRow.organisation_id == org_id)
    parties = select(m.PartyRow.document_id).where(m.PartyRow.organisation_id == org_id)
    people = select(m.Person.id, m.Person.name).join(m.PositionRow).where(
        m.PositionRow.organisation_id == org_id, _live(m.Person)).distinct().order_by(m.Person.name)
    parts = select(m.Organisation.id, m.Organisation.name).where(
        m.Organisation.parent_id == org_id, _live(m.Organisation)).order_by(m.Organisation.name)
    successors = select(m.Organisation.id, m.Organisation.name).where(
        m.Organisation.predecessor_id == org_id, _live(m.Organisation)).order_by(m.Organisation.name)
    return (_events(s, or_(m.Event.id.in_(delegations), m.Event.organiser_id == org_id), "took_part")
            + _documents(s, m.Document.id.in_(parties), "party")
            + _commitments(s, m.Commitment.responsible_org_id == org_id, "responsible")
            + [Link("person", i, n, "position") for i, n in s.execute(people)]
            + [Link("organisation", i, n, "part") for i, n in s.execute(parts)]
            + [Link("organisation", i, n, "successor") for i, n in s.execute(successors)])


def place_links(s: Session, place_id: int) -> list[Link]:
    return (_events(s, m.Event.place_id == place_id, "held_at")
            + _documents(s, m.Document.place_id == place_id, "signed_at"))


LINKS = {
    "event": event_links,
    "document": document_links,
    "person": person_links,
    "organisation": organisation_links,
    "place": place_links,
}


def links_of(s: Session, entity: str, record_id: int) -> list[Link]:
    finder = LINKS.get(entity)
    return finder(s, record_id) if finder else []
