"""The shapes of archive records as the rest of the program sees them.

A *draft* is what a form, an import or a script hands the archive: plain values, links to other
records by integer id. The archive hands back a :class:`Record` wrapping the same draft with the
record's identity, so a form can load a record, edit its draft and save it again. Field metadata
(``ref``, ``max``, ``required``) drives validation and the JSON exchange format from one place.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, Literal, TypeVar

from database.dates import PartialDate

SHORT = 300  # names, titles of positions, places
TITLE = 1000
LONG = 50_000  # summaries, notes, commitment texts


class Entity(enum.StrEnum):
    """The record types. A member is its own name as a string (``Entity.EVENT == "event"``), so
    the names stored in the audit trail, the exchange format and the search index are these."""

    PLACE = "place"
    ORGANISATION = "organisation"
    PERSON = "person"
    EVENT = "event"
    DOCUMENT = "document"
    COMMITMENT = "commitment"


def chars(max_len: int = SHORT, *, required: bool = False, json: str | None = None) -> Any:
    meta: dict[str, Any] = {"max": max_len, "required": required}
    if json:
        meta["json"] = json
    return field(default="", metadata=meta)


def ref(entity: Entity, *, json: str, required: bool = False) -> Any:
    """A link to another record by id; in JSON it is that record's UUID under the name ``json``."""
    return field(default=None, metadata={"ref": Entity(entity), "json": json, "required": required})


def refs(entity: Entity, *, json: str) -> Any:
    return field(default=(), metadata={"ref": Entity(entity), "json": json, "many": True})


class EventKind(str, enum.Enum):
    FORUM = "forum"
    CONFERENCE = "conference"
    MEETING = "meeting"
    VISIT = "visit"
    REFERENDUM = "referendum"
    OTHER = "other"


class EventStatus(str, enum.Enum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


class DelegationRole(str, enum.Enum):
    HOST = "host"
    GUEST = "guest"


class OrganisationKind(str, enum.Enum):
    GOVERNMENT = "government"  # a national or regional government
    AKIMAT = "akimat"
    MINISTRY = "ministry"
    DEPARTMENT = "department"
    CONSULATE = "consulate"
    MUNICIPALITY = "municipality"
    AGENCY = "agency"
    COMPANY = "company"
    OTHER = "other"


class DocumentKind(str, enum.Enum):
    MEMORANDUM = "memorandum"
    ACTION_PLAN = "action_plan"
    ROAD_MAP = "road_map"
    AGREEMENT = "agreement"
    PLAN_OF_EVENTS = "plan_of_events"
    PROTOCOL = "protocol"
    OTHER = "other"


class DocumentStatus(str, enum.Enum):
    DRAFT = "draft"
    NEGOTIATION = "negotiation"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    EXPIRED = "expired"


class CommitmentStatus(str, enum.Enum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class NameLang(str, enum.Enum):
    KK = "kk"
    RU = "ru"
    EN = "en"  # Latin transliteration
    ZH = "zh"
    OTHER = "other"


# --- drafts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceDraft:
    name: str = chars(required=True)
    country: str = chars()
    region: str = chars()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrganisationDraft:
    name: str = chars(TITLE, required=True)
    kind: OrganisationKind = OrganisationKind.OTHER
    country: str = chars()
    region: str = chars()
    parent_id: int | None = ref(Entity.ORGANISATION, json="parent")
    aliases: tuple[str, ...] = ()
    notes: str = chars(LONG)
    predecessor_id: int | None = ref(Entity.ORGANISATION, json="predecessor")  # the body this one replaced


@dataclass(frozen=True)
class PersonName:
    name: str = chars(required=True)
    lang: NameLang = NameLang.OTHER
    preferred: bool = False


@dataclass(frozen=True)
class Position:
    title: str = chars(required=True)
    organisation_id: int | None = ref(Entity.ORGANISATION, json="organisation")
    start: PartialDate | None = None
    end: PartialDate | None = None


@dataclass(frozen=True)
class PersonDraft:
    name: str = chars(required=True)  # the name the archive shows; also kept among ``names``
    names: tuple[PersonName, ...] = ()
    positions: tuple[Position, ...] = ()
    notes: str = chars(LONG)


@dataclass(frozen=True)
class Member:
    person_id: int | None = ref(Entity.PERSON, json="person", required=True)
    position: str = chars()  # as held at the time of the event
    organisation_id: int | None = ref(Entity.ORGANISATION, json="organisation")


@dataclass(frozen=True)
class Delegation:
    side: str = chars(required=True)  # e.g. "Kazakhstan, Pavlodar region"
    role: DelegationRole = DelegationRole.GUEST
    organisation_id: int | None = ref(Entity.ORGANISATION, json="organisation")
    head_id: int | None = ref(Entity.PERSON, json="head")
    members: tuple[Member, ...] = ()
    uuid: str = ""  # kept across edits so merged archives match delegations


@dataclass(frozen=True)
class EventDraft:
    title: str = chars(TITLE, required=True)
    kind: EventKind = EventKind.OTHER
    status: EventStatus = EventStatus.PLANNED
    place_id: int | None = ref(Entity.PLACE, json="place")
    start: PartialDate | None = None
    end: PartialDate | None = None
    organiser_id: int | None = ref(Entity.ORGANISATION, json="organiser")
    summary: str = chars(LONG)
    source: str = chars(TITLE)
    delegations: tuple[Delegation, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signatory:
    person_id: int | None = ref(Entity.PERSON, json="person", required=True)
    position: str = chars()
    organisation_id: int | None = ref(Entity.ORGANISATION, json="organisation")


@dataclass(frozen=True)
class DocumentDraft:
    title: str = chars(TITLE, required=True)
    kind: DocumentKind = DocumentKind.OTHER
    status: DocumentStatus = DocumentStatus.DRAFT
    signed_on: PartialDate | None = None
    place_id: int | None = ref(Entity.PLACE, json="place")
    period_start: PartialDate | None = None
    period_end: PartialDate | None = None
    directions_count: int | None = None  # as stated, even when the list below is incomplete
    directions: tuple[str, ...] = ()
    event_id: int | None = ref(Entity.EVENT, json="event")
    party_ids: tuple[int, ...] = refs(Entity.ORGANISATION, json="parties")
    signatories: tuple[Signatory, ...] = ()
    summary: str = chars(LONG)
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProgressNote:
    on: date | None = None
    text: str = chars(LONG, required=True)
    status: CommitmentStatus | None = None  # the status set with this note, if any
    uuid: str = ""


@dataclass(frozen=True)
class CommitmentDraft:
    text: str = chars(LONG, required=True)
    status: CommitmentStatus = CommitmentStatus.OPEN
    due: PartialDate | None = None
    responsible_org_id: int | None = ref(Entity.ORGANISATION, json="responsible_organisation")
    responsible_person_id: int | None = ref(Entity.PERSON, json="responsible_person")
    event_id: int | None = ref(Entity.EVENT, json="event")
    document_id: int | None = ref(Entity.DOCUMENT, json="document")
    notes: tuple[ProgressNote, ...] = ()
    tags: tuple[str, ...] = ()


Draft = (
    PlaceDraft | OrganisationDraft | PersonDraft | EventDraft | DocumentDraft | CommitmentDraft
)
D = TypeVar("D")

DRAFT_TYPES: dict[Entity, type[Any]] = {
    Entity.PLACE: PlaceDraft,
    Entity.ORGANISATION: OrganisationDraft,
    Entity.PERSON: PersonDraft,
    Entity.EVENT: EventDraft,
    Entity.DOCUMENT: DocumentDraft,
    Entity.COMMITMENT: CommitmentDraft,
}
# The order in which records can be written so every link points to one already there.
ENTITIES: tuple[Entity, ...] = tuple(DRAFT_TYPES)
ALL = "*"  # the ``entity`` of :class:`Changes` that may touch records of every type


@dataclass(frozen=True)
class Record(Generic[D]):
    entity: Entity
    id: int
    uuid: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    data: D
    version: int = 1  # raised by every change; a form saves with the version it loaded

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True)
class Changes:
    """What one write changed, so each view refreshes only what it shows."""

    entity: Entity | Literal["*"]
    op: str  # "add", "update", "delete", "restore", "import"
    ids: frozenset[int] = frozenset()
    # Who asked for the write (a form, say), compared by identity: the initiator already has
    # the outcome from the write's answer, so it need not reload from this notice.
    initiator: object | None = field(default=None, compare=False)
