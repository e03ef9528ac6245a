"""The rows a printed briefing is made of: plain frozen values, gathered from the archive by
:mod:`database.briefing_data` and printed as they are by :mod:`exports.pdf`. Nothing here formats
text for a language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from database.dates import PartialDate

ACTIVE = ("open", "in_progress")  # commitments still owed


@dataclass(frozen=True)
class PlaceLine:
    name: str
    country: str = ""
    region: str = ""
    also: tuple[str, ...] = ()  # spellings in Chinese characters (上海), for readers on both sides


@dataclass(frozen=True)
class PersonLine:
    name: str
    position: str = ""
    organisation: str = ""
    also: tuple[str, ...] = ()  # the name in Chinese characters (龚正), when the archive has it


@dataclass(frozen=True)
class DelegationLine:
    side: str
    role: str  # DelegationRole value
    organisation: str
    head: PersonLine | None
    members: tuple[PersonLine, ...]


@dataclass(frozen=True)
class EventLine:
    id: int
    uuid: str
    title: str
    kind: str  # EventKind value
    status: str  # EventStatus value
    start: PartialDate | None
    end: PartialDate | None
    place: PlaceLine | None
    organiser: str
    summary: str
    source: str
    participants: tuple[str, ...]  # organisations of the delegations


@dataclass(frozen=True)
class DocumentLine:
    id: int
    title: str
    kind: str  # DocumentKind value
    status: str  # DocumentStatus value
    signed_on: PartialDate | None  # as recorded; else the date of the event it came from
    place: PlaceLine | None
    period_start: PartialDate | None
    period_end: PartialDate | None
    directions_count: int | None
    directions: tuple[str, ...]
    parties: tuple[str, ...]
    signatories: tuple[PersonLine, ...]
    event: str  # title of the event it was signed at, or ""
    summary: str


@dataclass(frozen=True)
class CommitmentLine:
    id: int
    text: str
    status: str  # CommitmentStatus value
    due: PartialDate | None
    overdue: bool  # past its last possible day and still owed, as of the briefing's day
    responsible: str  # organisation, or ""
    responsible_person: str
    counterparts: tuple[str, ...]  # the other parties of its document or event
    origin: str  # title of the document or event it came from, or ""
    last_note: str


@dataclass(frozen=True)
class EventBriefing:
    today: date
    event: EventLine
    delegations: tuple[DelegationLine, ...]
    counterparts: tuple[str, ...]
    documents_here: tuple[DocumentLine, ...]
    documents_earlier: tuple[DocumentLine, ...]
    commitments: tuple[CommitmentLine, ...]  # owed, overdue first
    upcoming: tuple[EventLine, ...]
    # How many of each there are in the archive: a regional government met at thousands of events
    # would otherwise fill hundreds of pages, so only the nearest in time are printed (the
    # ``*_SHOWN`` limits) and the briefing says how many more the archive holds.
    documents_earlier_total: int = 0
    commitments_total: int = 0
    upcoming_total: int = 0


@dataclass(frozen=True)
class DocumentBriefing:
    """A document on one sheet: its particulars, parties and signatories (each with the position
    held on the signing day), the event it was signed at, and the commitments it gave rise to."""

    today: date
    document: DocumentLine
    event: EventLine | None
    commitments: tuple[CommitmentLine, ...]


@dataclass(frozen=True)
class TimelineEntry:
    when: PartialDate | None
    kind: str  # "event", "document" or "commitment"
    title: str
    status: str  # the status value of that record type


@dataclass(frozen=True)
class CounterpartDossier:
    today: date
    scope: str  # "organisation", "country" or "region"
    name: str  # the organisation's name, or the country or region as given
    organisations: tuple[str, ...]  # every organisation the dossier covers
    timeline: tuple[TimelineEntry, ...]
    events: tuple[EventLine, ...]
    documents: tuple[DocumentLine, ...]
    commitments: tuple[CommitmentLine, ...]


@dataclass(frozen=True)
class AgendaWeek:
    year: int  # ISO week-numbering year
    week: int
    monday: date
    events: tuple[EventLine, ...]


@dataclass(frozen=True)
class UpcomingAgenda:
    today: date
    date_from: date
    date_to: date
    weeks: tuple[AgendaWeek, ...]
    undated: tuple[EventLine, ...]  # in the range, but known only to the month, half or year


@dataclass(frozen=True)
class CommitmentsReport:
    today: date
    rows: tuple[CommitmentLine, ...]  # overdue first, then by status, responsible, counterpart
    statuses: tuple[str, ...]  # the statuses asked for; () for all


GROUP_ORDER = {"open": 1, "in_progress": 2, "done": 3, "dropped": 4}


def commitment_group(line: CommitmentLine) -> str:
    """The report section a commitment falls in: "overdue" or its status."""
    return "overdue" if line.overdue else line.status
