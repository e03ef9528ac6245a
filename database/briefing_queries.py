"""Which records touch which organisations, read in bulk for a briefing: the events and documents
an organisation took part in, the commitments owed by or to it, the latest documents and the
next events of a set. Ids only; :mod:`database.briefing_lines` turns them into rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from database import models as m
from database.briefing_directory import chunks
from database.briefing_rows import ACTIVE


def event_organisations(s: Session, event_ids: Collection[int]) -> dict[int, set[int]]:
    """For each event: the organisations of its delegations, their members and its organiser."""
    found: dict[int, set[int]] = defaultdict(set)
    for chunk in chunks(event_ids):
        for eid, org in s.execute(select(m.DelegationRow.event_id, m.DelegationRow.organisation_id)
                                  .where(m.DelegationRow.event_id.in_(chunk))):
            if org is not None:
                found[eid].add(org)
        for eid, org in s.execute(select(m.DelegationRow.event_id, m.MemberRow.organisation_id)
                                  .join(m.MemberRow, m.MemberRow.delegation_id == m.DelegationRow.id)
                                  .where(m.DelegationRow.event_id.in_(chunk))):
            if org is not None:
                found[eid].add(org)
        for eid, org in s.execute(select(m.Event.id, m.Event.organiser_id).where(m.Event.id.in_(chunk))):
            if org is not None:
                found[eid].add(org)
    return found


def document_parties(s: Session, document_ids: Collection[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for chunk in chunks(document_ids):
        for did, org in s.execute(select(m.PartyRow.document_id, m.PartyRow.organisation_id)
                                  .where(m.PartyRow.document_id.in_(chunk)).order_by(m.PartyRow.ord)):
            found[did].append(org)
    return found


def events_with(s: Session, orgs: Collection[int]) -> set[int]:
    """Events whose delegations, members or organiser include any of ``orgs``."""
    found: set[int] = set()
    for chunk in chunks(orgs):
        found.update(s.scalars(select(m.DelegationRow.event_id).where(m.DelegationRow.organisation_id.in_(chunk))))
        found.update(s.scalars(select(m.DelegationRow.event_id)
                               .join(m.MemberRow, m.MemberRow.delegation_id == m.DelegationRow.id)
                               .where(m.MemberRow.organisation_id.in_(chunk))))
        found.update(s.scalars(select(m.Event.id).where(m.Event.organiser_id.in_(chunk))))
    return found


def documents_with(s: Session, orgs: Collection[int]) -> set[int]:
    found: set[int] = set()
    for chunk in chunks(orgs):
        found.update(s.scalars(select(m.PartyRow.document_id).where(m.PartyRow.organisation_id.in_(chunk))))
    return found


def commitments_with(s: Session, orgs: set[int], *, active_only: bool) -> list[m.Commitment]:
    """Commitments owed by one of ``orgs`` or owed to them: their document or event involves them."""
    return load_commitments(s, commitment_days_with(s, orgs, active_only=active_only))


def commitment_days_with(s: Session, orgs: set[int], *, active_only: bool, events: set[int] | None = None,
                          documents: set[int] | None = None) -> dict[int, date | None]:
    """The ids (and last days due) of :func:`commitments_with`, read without the records;
    ``events`` and ``documents`` are those involving ``orgs``, when the caller has them already."""
    events = events_with(s, orgs) if events is None else events
    documents = documents_with(s, orgs) if documents is None else documents
    stmt = select(m.Commitment.id, m.Commitment.due_date).where(m.Commitment.deleted_at.is_(None))
    if active_only:
        stmt = stmt.where(m.Commitment.status.in_(ACTIVE))
    found: dict[int, date | None] = {}
    for ids, column in ((orgs, m.Commitment.responsible_org_id), (events, m.Commitment.event_id),
                        (documents, m.Commitment.document_id)):
        for chunk in chunks(ids):
            found.update((row[0], row[1]) for row in s.execute(stmt.where(column.in_(chunk))))
    return found


def load_commitments(s: Session, ids: Iterable[int]) -> list[m.Commitment]:
    rows: list[m.Commitment] = []
    for chunk in chunks(set(ids)):
        rows.extend(s.scalars(select(m.Commitment).where(m.Commitment.id.in_(chunk))))
    return rows


def latest_documents(s: Session, ids: Collection[int], until: date | None) -> list[int]:
    """Of these documents (not in the trash), those not signed after ``until``, the most recent
    first (a document without a day of its own has its event's; with neither, last)."""
    found: list[tuple[date | None, int]] = []
    for chunk in chunks(ids):
        for doc_id, signed, event_day in s.execute(
                select(m.Document.id, m.Document.signed_from, m.Event.date_from)
                .outerjoin(m.Event, m.Event.id == m.Document.event_id)
                .where(m.Document.id.in_(chunk), m.Document.deleted_at.is_(None))):
            if until is None or signed is None or signed <= until:
                found.append((signed if signed is not None else event_day, doc_id))
    found.sort(key=lambda x: (x[0] is not None, x[0] or date.min, x[1]), reverse=True)
    return [doc_id for _day, doc_id in found]


def next_events(s: Session, ids: Collection[int], today: date) -> list[int]:
    """Of these dated events (not in the trash), those not over by ``today``, the soonest first."""
    found: list[tuple[bool, date, int]] = []
    for chunk in chunks(ids):
        for event_id, first, last in s.execute(
                select(m.Event.id, m.Event.date_from, m.Event.date_to)
                .where(m.Event.id.in_(chunk), m.Event.deleted_at.is_(None))):
            if last is not None and last >= today:
                found.append((first is None, first or date.min, event_id))
    found.sort()
    return [event_id for *sort_key, event_id in found]
