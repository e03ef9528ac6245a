"""Which records touch which organisations, read in bulk for a briefing: the events and documents
an organisation took part in, the commitments owed by or to it, the latest documents and the
next events of a set. Ids only; :mod:`database.briefing_lines` turns them into rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date
from typing import Any

from sqlalchemy import CompoundSelect, Row, select, union
from sqlalchemy.orm import Session

from database import models as m
from database.briefing_directory import WHOLE_TABLE, chunks, rows_with
from database.briefing_rows import ACTIVE

# What a briefing prints of a commitment, read as plain rows (``row.text``, ``row.due``, ...):
# a report of 200,000 commitments needs no ORM objects.
COMMITMENT_COLUMNS = (m.Commitment.id, m.Commitment.text, m.Commitment.status, m.Commitment.due,
                      m.Commitment.due_date, m.Commitment.responsible_org_id, m.Commitment.responsible_person_id,
                      m.Commitment.event_id, m.Commitment.document_id)
CommitmentRow = Row[*tuple[Any, ...]]


def _event_organisations_query(chunk: list[int] | None) -> CompoundSelect[Any]:
    delegation = select(m.DelegationRow.event_id, m.DelegationRow.organisation_id).where(
        m.DelegationRow.organisation_id.is_not(None))
    member = (select(m.DelegationRow.event_id, m.MemberRow.organisation_id)
              .join(m.MemberRow, m.MemberRow.delegation_id == m.DelegationRow.id)
              .where(m.MemberRow.organisation_id.is_not(None)))
    organiser = select(m.Event.id, m.Event.organiser_id).where(m.Event.organiser_id.is_not(None))
    if chunk is not None:
        delegation = delegation.where(m.DelegationRow.event_id.in_(chunk))
        member = member.where(m.DelegationRow.event_id.in_(chunk))
        organiser = organiser.where(m.Event.id.in_(chunk))
    return union(delegation, member, organiser)


def event_organisations(s: Session, event_ids: Collection[int]) -> dict[int, set[int]]:
    """For each event: the organisations of its delegations, their members and its organiser
    (each pair once, from one query per IN list; for many events, one over the tables)."""
    found: dict[int, set[int]] = defaultdict(set)
    if len(event_ids) > WHOLE_TABLE:
        wanted = set(event_ids)
        for eid, org in s.execute(_event_organisations_query(None)).all():
            if eid in wanted:
                found[eid].add(org)
        return found
    for chunk in chunks(event_ids):
        for eid, org in s.execute(_event_organisations_query(chunk)):
            found[eid].add(org)
    return found


def document_parties(s: Session, document_ids: Collection[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for did, org in rows_with(s, select(m.PartyRow.document_id, m.PartyRow.organisation_id)
                              .order_by(m.PartyRow.document_id, m.PartyRow.ord), m.PartyRow.document_id, document_ids):
        found[did].append(org)
    return found


def events_with(s: Session, orgs: Collection[int]) -> set[int]:
    """Events whose delegations, members or organiser include any of ``orgs``: one query per
    IN list, each event once (a regional government's members sit in 100,000 delegation rows of
    13,000 events: the delegations are found from the members' distinct delegations)."""
    found: set[int] = set()
    for chunk in chunks(orgs):
        delegations = select(m.MemberRow.delegation_id).where(m.MemberRow.organisation_id.in_(chunk))
        found.update(s.scalars(union(
            select(m.DelegationRow.event_id).where(m.DelegationRow.organisation_id.in_(chunk)),
            select(m.DelegationRow.event_id).where(m.DelegationRow.id.in_(delegations)),
            select(m.Event.id).where(m.Event.organiser_id.in_(chunk)))))
    return found


def documents_with(s: Session, orgs: Collection[int]) -> set[int]:
    found: set[int] = set()
    for chunk in chunks(orgs):
        found.update(s.scalars(select(m.PartyRow.document_id).where(m.PartyRow.organisation_id.in_(chunk))))
    return found


def commitments_with(s: Session, orgs: set[int], *, active_only: bool) -> list[CommitmentRow]:
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


def load_commitments(s: Session, ids: Iterable[int]) -> list[CommitmentRow]:
    return list(rows_with(s, select(*COMMITMENT_COLUMNS), m.Commitment.id, set(ids)))


def live_commitments(s: Session) -> list[CommitmentRow]:
    """Every commitment not in the trash, as rows."""
    return list(s.execute(select(*COMMITMENT_COLUMNS).where(m.Commitment.deleted_at.is_(None))))


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
