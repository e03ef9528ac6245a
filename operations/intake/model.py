"""The draft a press item gives: what Elshi understood, each value with the span it came from.

Every item is a plain, mutable dataclass: the review edits it in place before it is saved.
``span`` is ``(start, end)`` in the source text (character offsets).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from database.dates import PartialDate

Span = tuple[int, int]


@dataclass
class Match:
    """An archive record a value may be: its id, uuid, name, why, and its current position."""

    id: int
    uuid: str
    name: str
    reason: str
    score: float = 1.0
    detail: str = ""  # a person's current position, an organisation's kind

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "uuid": self.uuid, "name": self.name, "reason": self.reason}


@dataclass
class Found:
    """One value found: its normal (nominative) form, the text as written, where."""

    name: str
    text: str
    span: Span
    match: Match | None = None  # linked on save; None: a new record is proposed
    candidates: list[Match] = field(default_factory=list)  # near matches offered as choices
    similar: list[Match] = field(default_factory=list)  # records a new one would look like
    keep: bool = True  # False: removed in the review


@dataclass
class PersonItem(Found):
    position: str = ""
    organisation: str = ""  # the organisation the position belongs to, nominative
    country: str = ""  # ISO code of the side the person comes from ("" unknown)
    initials_only: bool = False  # "Н. Назарбаева": offered, never linked by itself
    position_span: Span = (0, 0)  # where the position is written ((0, 0): none)


@dataclass
class OrganisationItem(Found):
    kind: str = "other"  # database.records.OrganisationKind values
    country: str = ""  # ISO code of the country the body belongs to ("" unknown)
    from_position: bool = False  # named by a person's position ("аким Павлодарской области"), not by itself


@dataclass
class PlaceItem(Found):
    kind: str = ""  # gazetteer kind: city, region, country...
    country: str = ""


@dataclass
class DateItem:
    text: str
    span: Span
    start: PartialDate
    end: PartialDate | None = None


@dataclass
class DocumentItem:
    kind: str  # database.records.DocumentKind values
    title: str
    text: str
    span: Span
    status: str = "signed"  # or "draft" (being prepared), "negotiation" (being discussed)
    subkind: str = ""  # what real items call it beyond the archive's kinds: "letter_of_intent", "sister_cities"
    period: tuple[int, int] | None = None
    parties: list[str] = field(default_factory=list)  # organisation names (OrganisationItem.name)
    signatories: list[str] = field(default_factory=list)  # person names (PersonItem.name)
    directions_count: int | None = None
    directions: list[str] = field(default_factory=list)
    keep: bool = True


@dataclass
class CommitmentItem:
    text: str
    span: Span
    responsible: str = ""  # an organisation's name ("" both sides)
    due: PartialDate | None = None
    keep: bool = True
    verb: str = ""  # the word that makes it one, as written: "уағдаласты", "agreed to", "同意"
    person: str = ""  # a person's name (PersonItem.name) when one person promised or proposed it
    document: str = ""  # the title of the draft's document it belongs to, if any


@dataclass
class DelegationItem:
    side: str
    role: str  # "host" or "guest"
    head: str = ""  # a person's name
    members: list[str] = field(default_factory=list)
    keep: bool = True
    country: str = ""  # ISO code of the side
    organisation: str = ""  # the body it speaks for (OrganisationItem.name), when one


@dataclass
class EventItem:
    title: str
    kind: str = "other"
    status: str = "held"
    place: str = ""  # a PlaceItem's name
    start: PartialDate | None = None
    end: PartialDate | None = None
    source: str = ""  # who reported it
    span: Span = (0, 0)
    status_reason: str = ""  # why held or planned: "tense", "date", "" (default)


@dataclass
class Draft:
    text: str
    language: str
    item_date: PartialDate | None  # the item's own date, if it gives one (else asked)
    event: EventItem
    people: list[PersonItem] = field(default_factory=list)
    organisations: list[OrganisationItem] = field(default_factory=list)
    places: list[PlaceItem] = field(default_factory=list)
    documents: list[DocumentItem] = field(default_factory=list)
    commitments: list[CommitmentItem] = field(default_factory=list)
    dates: list[DateItem] = field(default_factory=list)
    delegations: list[DelegationItem] = field(default_factory=list)

    def person(self, name: str) -> PersonItem | None:
        return next((p for p in self.people if p.name == name and p.keep), None)

    def organisation(self, name: str) -> OrganisationItem | None:
        return next((o for o in self.organisations if o.name == name and o.keep), None)

    def place(self, name: str) -> PlaceItem | None:
        return next((p for p in self.places if p.name == name and p.keep), None)
