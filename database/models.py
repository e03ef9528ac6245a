"""SQLAlchemy tables of the archive.

Every top-level record has an integer key, a UUID (so archives from different posts can be
merged), created/updated times in UTC and a soft-delete mark. Child rows (names, members,
directions, notes) belong to their record and are replaced with it. Enum values are stored as
plain strings and checked by the archive, so adding a value needs no table rebuild.
"""

from __future__ import annotations

import uuid as uuid_lib
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from database.dates import PartialDate, parse_stored
from database.records import Entity

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class PartialDateType(TypeDecorator[PartialDate]):
    """Stores a :class:`PartialDate` in its canonical text form (``2026``, ``2026-H1``, ...)."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: PartialDate | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> PartialDate | None:
        return None if value is None else parse_stored(value)


def new_uuid() -> str:
    return str(uuid_lib.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Identity and timestamps shared by every top-level record."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    # Raised by one on every write, delete and restore, so a form saving over a version another
    # window or process has since changed is refused instead of silently undoing that change.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # SQLAlchemy's version counter: every UPDATE and DELETE of a record says "WHERE version
        # = the one read", so a write over a row changed meanwhile fails instead of landing.
        # The archive raises the number itself (database.archive.bumps), not on every UPDATE:
        # attaching a file touches no field a form holds, and a change only to a record's
        # child rows (its delegates, its aliases) is still a change of the record.
        return {"version_id_col": cast(Any, cls).__table__.c.version, "version_id_generator": False}


def _child(parent: str) -> Mapped[int]:
    return mapped_column(ForeignKey(f"{parent}.id", ondelete="CASCADE"), index=True)


def _link(table: str) -> Mapped[int | None]:
    return mapped_column(ForeignKey(f"{table}.id", ondelete="SET NULL"), index=True)


# The order each list opens in (database.lists: the default sort, records without a value last,
# then newest first), as an index: the list's ids then come out sorted instead of through a
# temporary sort of every row. Migration 0004 creates the same indexes.
LIST_ORDERS = {
    "places": ("name", False), "organisations": ("name", False), "persons": ("name", False),
    "events": ("date_from", True), "documents": ("signed_from", True), "commitments": ("due_date", False),
}


def _list_order(table: str) -> Index:
    column, descending = LIST_ORDERS[table]
    return Index(f"ix_{table}_list_order", "deleted_at", text(f"{column} IS NULL"),
                 text(f"{column} DESC" if descending else column), text("id DESC"))


# Pending commitments (open or in progress) by due date, newest first within a day, for Home's
# overdue and due-soon lists and their counts: tens of thousands of old commitments are done or
# dropped, and the full list-order index would make a count read each one's row for its status.
# SQLite uses a partial index only for a query whose WHERE holds the index's own terms, values
# written out: :func:`database.calendar.pending` says it the same way. Migration 0009.
PENDING_STATUSES = ("open", "in_progress")
PENDING_WHERE = "deleted_at IS NULL AND status IN ({})".format(", ".join(f"'{v}'" for v in PENDING_STATUSES))


class Place(Tracked, Base):
    __tablename__ = "places"
    __table_args__ = (_list_order("places"),)
    name: Mapped[str] = mapped_column(String(300))
    country: Mapped[str] = mapped_column(String(300), default="")
    region: Mapped[str] = mapped_column(String(300), default="")
    aliases: Mapped[list[PlaceAlias]] = relationship(
        cascade="all, delete-orphan", order_by="PlaceAlias.ord"
    )


class PlaceAlias(Base):
    __tablename__ = "place_aliases"
    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = _child("places")
    ord: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(300))


class Organisation(Tracked, Base):
    __tablename__ = "organisations"
    __table_args__ = (_list_order("organisations"),)
    name: Mapped[str] = mapped_column(String(1000))
    kind: Mapped[str] = mapped_column(String(32))
    country: Mapped[str] = mapped_column(String(300), default="")
    region: Mapped[str] = mapped_column(String(300), default="")
    parent_id: Mapped[int | None] = _link("organisations")
    predecessor_id: Mapped[int | None] = _link("organisations")
    notes: Mapped[str] = mapped_column(Text, default="")
    aliases: Mapped[list[OrganisationAlias]] = relationship(
        cascade="all, delete-orphan", order_by="OrganisationAlias.ord"
    )


class OrganisationAlias(Base):
    __tablename__ = "organisation_aliases"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _child("organisations")
    ord: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(1000))


class Person(Tracked, Base):
    __tablename__ = "persons"
    __table_args__ = (_list_order("persons"),)
    name: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")
    names: Mapped[list[PersonNameRow]] = relationship(
        cascade="all, delete-orphan", order_by="PersonNameRow.ord"
    )
    positions: Mapped[list[PositionRow]] = relationship(
        cascade="all, delete-orphan", order_by="PositionRow.ord"
    )


class PersonNameRow(Base):
    __tablename__ = "person_names"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = _child("persons")
    ord: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(300))
    lang: Mapped[str] = mapped_column(String(8))
    preferred: Mapped[bool] = mapped_column(Boolean, default=False)


class PositionRow(Base):
    __tablename__ = "positions"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = _child("persons")
    ord: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(300))
    organisation_id: Mapped[int | None] = _link("organisations")
    start: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    end: Mapped[PartialDate | None] = mapped_column(PartialDateType)


class Event(Tracked, Base):
    __tablename__ = "events"
    # ix_events_calendar: the events touching a range of days (Home, the calendar, the agenda)
    # are found from their last day, the first day tested in the index, so only the events in
    # the range are read (migration 0009).
    __table_args__ = (_list_order("events"),
                      Index("ix_events_calendar", "date_to", "date_from", sqlite_where=text("deleted_at IS NULL")))
    title: Mapped[str] = mapped_column(String(1000))
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    place_id: Mapped[int | None] = _link("places")
    start: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    end: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    # The earliest and latest days the event can fall on, derived from start/end, for the
    # calendar's range queries and for sorting; NULL when no date is known.
    date_from: Mapped[date | None] = mapped_column(Date, index=True)
    date_to: Mapped[date | None] = mapped_column(Date, index=True)
    organiser_id: Mapped[int | None] = _link("organisations")
    summary: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(1000), default="")
    delegations: Mapped[list[DelegationRow]] = relationship(
        cascade="all, delete-orphan", order_by="DelegationRow.ord"
    )


class DelegationRow(Base):
    __tablename__ = "delegations"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    event_id: Mapped[int] = _child("events")
    ord: Mapped[int] = mapped_column(default=0)
    side: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(16))
    organisation_id: Mapped[int | None] = _link("organisations")
    head_id: Mapped[int | None] = _link("persons")
    members: Mapped[list[MemberRow]] = relationship(
        cascade="all, delete-orphan", order_by="MemberRow.ord"
    )


class MemberRow(Base):
    __tablename__ = "delegation_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    delegation_id: Mapped[int] = _child("delegations")
    ord: Mapped[int] = mapped_column(default=0)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    position: Mapped[str] = mapped_column(String(300), default="")
    organisation_id: Mapped[int | None] = _link("organisations")


class Document(Tracked, Base):
    __tablename__ = "documents"
    __table_args__ = (_list_order("documents"),)
    title: Mapped[str] = mapped_column(String(1000))
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    signed_on: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    signed_from: Mapped[date | None] = mapped_column(Date, index=True)
    place_id: Mapped[int | None] = _link("places")
    period_start: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    period_end: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    directions_count: Mapped[int | None] = mapped_column(Integer)
    event_id: Mapped[int | None] = _link("events")
    summary: Mapped[str] = mapped_column(Text, default="")
    directions: Mapped[list[DirectionRow]] = relationship(
        cascade="all, delete-orphan", order_by="DirectionRow.ord"
    )
    parties: Mapped[list[PartyRow]] = relationship(
        cascade="all, delete-orphan", order_by="PartyRow.ord"
    )
    signatories: Mapped[list[SignatoryRow]] = relationship(
        cascade="all, delete-orphan", order_by="SignatoryRow.ord"
    )


class DirectionRow(Base):
    __tablename__ = "document_directions"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = _child("documents")
    ord: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(String(1000))


class PartyRow(Base):
    __tablename__ = "document_parties"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = _child("documents")
    ord: Mapped[int] = mapped_column(default=0)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)


class SignatoryRow(Base):
    __tablename__ = "document_signatories"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = _child("documents")
    ord: Mapped[int] = mapped_column(default=0)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    position: Mapped[str] = mapped_column(String(300), default="")
    organisation_id: Mapped[int | None] = _link("organisations")


class Commitment(Tracked, Base):
    __tablename__ = "commitments"
    # ix_commitments_status_counts covers the counts by status (and which are late) without
    # reading a row (migration 0009).
    __table_args__ = (_list_order("commitments"),
                      Index("ix_commitments_pending", "due_date", text("id DESC"), sqlite_where=text(PENDING_WHERE)),
                      Index("ix_commitments_status_counts", "deleted_at", "status", "due_date"))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32), index=True)
    due: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    # The last day the commitment can be met by, derived from ``due``, for "overdue" queries.
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    responsible_org_id: Mapped[int | None] = _link("organisations")
    responsible_person_id: Mapped[int | None] = _link("persons")
    event_id: Mapped[int | None] = _link("events")
    document_id: Mapped[int | None] = _link("documents")
    notes: Mapped[list[NoteRow]] = relationship(
        cascade="all, delete-orphan", order_by="NoteRow.ord"
    )


class NoteRow(Base):
    __tablename__ = "commitment_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    commitment_id: Mapped[int] = _child("commitments")
    ord: Mapped[int] = mapped_column(default=0)
    on: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(32))


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)


class RecordTag(Base):
    """Tags on any record type; ``entity`` names the table the id belongs to."""

    __tablename__ = "record_tags"
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(16), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    __table_args__ = (Index("ix_record_tags_record", "entity", "record_id"),)


class Attachment(Tracked, Base):
    """A file copied into the archive's attachment folder; the original is never touched."""

    __tablename__ = "attachments"
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    commitment_id: Mapped[int | None] = mapped_column(ForeignKey("commitments.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(1000))
    stored_name: Mapped[str] = mapped_column(String(100), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))


# The partial indexes' condition on a PostgreSQL server (migration 0009 creates them alike there).
# Declared when a server archive is opened, not here: naming a dialect's option loads that
# dialect, and SQLAlchemy's PostgreSQL one would add a twentieth of a second to every start.
SERVER_WHERE = {"ix_events_calendar": "deleted_at IS NULL", "ix_commitments_pending": PENDING_WHERE}


def declare_server_indexes() -> None:
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            if index.name in SERVER_WHERE and index.dialect_options["postgresql"]["where"] is None:
                index.dialect_options["postgresql"]["where"] = text(SERVER_WHERE[str(index.name)])


MODELS: dict[Entity, type[Any]] = {  # the top-level record types
    Entity.PLACE: Place,
    Entity.ORGANISATION: Organisation,
    Entity.PERSON: Person,
    Entity.EVENT: Event,
    Entity.DOCUMENT: Document,
    Entity.COMMITMENT: Commitment,
}


class AuditEntry(Base):
    """One change to the archive, append-only (triggers refuse UPDATE and DELETE): when (UTC),
    the operating-system user, what was done to which record, and its fields before and after
    as JSON text. ``record_uuid`` is not a foreign key: the trail outlives purged records."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    os_user: Mapped[str] = mapped_column(String(200), index=True)  # the trail's "who" filter lists them
    op: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(16))
    record_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    # The seal (database/audit_chain.py): a random salt of the content, the SHA-256 of salt,
    # before and after, and the chain hash over the previous entry's hash, this entry's own
    # columns and that content digest. A purge erases salt, before and after; the digest stays.
    salt: Mapped[str | None] = mapped_column(String(32))
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    chain_sha256: Mapped[str | None] = mapped_column(String(64))


class AuditHead(Base):
    """The one row saying which entry ends the audit trail and its chain hash: entries removed
    from the end, or the trail replaced by a shorter one, no longer match it."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    last_id: Mapped[int] = mapped_column(Integer)
    chain_sha256: Mapped[str] = mapped_column(String(64))


class NotDuplicate(Base):
    """Two records the user said are different, so the duplicate finder stops offering them."""

    __tablename__ = "not_duplicates"
    entity: Mapped[str] = mapped_column(String(16), primary_key=True)
    uuid_a: Mapped[str] = mapped_column(String(36), primary_key=True)  # the smaller UUID of the two
    uuid_b: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)


class MergeRecord(Base):
    """One merge of two records, with what it changed, so it can be undone."""

    __tablename__ = "merges"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    kept_uuid: Mapped[str] = mapped_column(String(36), index=True)
    merged_uuid: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    kept_before: Mapped[str] = mapped_column(Text)  # the kept record's fields before, as JSON
    moved: Mapped[str] = mapped_column(Text)  # [[table, row id, column], ...] links moved to it
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


# --- exchange between posts (database.posts) -------------------------------------------------


class SyncVersion(Base):
    """What this archive knows of a record's history across posts: its version vector (edits
    counted per post, as JSON), the hash of its fields at that version, and the last version
    received from another post (the base a conflict is shown against)."""

    __tablename__ = "sync_versions"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # a record type, or "attachment"
    vector: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(64))
    base: Mapped[str | None] = mapped_column(Text)
    base_vector: Mapped[str | None] = mapped_column(Text)


class SyncPeer(Base):
    """Bundles sent to and received from another post: sequence numbers (a replayed bundle is
    refused) and how far the last bundle sent reached (the next one starts there)."""

    __tablename__ = "sync_peers"
    post: Mapped[str] = mapped_column(String(64), primary_key=True)
    sent_seq: Mapped[int] = mapped_column(Integer, default=0)
    sent_audit: Mapped[int] = mapped_column(Integer, default=0)
    sent_merge: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_seq: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime | None] = mapped_column(DateTime)


class SyncState(Base):
    """Small counters of the exchange: ``settled`` is the last audit entry whose record's version
    vector has been brought up to date."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class SyncConflict(Base):
    """A record changed at this post and at another since their common version: both kept in
    full (fields as exchange JSON) until someone chooses."""

    __tablename__ = "sync_conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    from_post: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    local: Mapped[str] = mapped_column(Text)
    incoming: Mapped[str] = mapped_column(Text)
    base: Mapped[str | None] = mapped_column(Text)
    local_vector: Mapped[str] = mapped_column(Text)
    incoming_vector: Mapped[str] = mapped_column(Text)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(200))
