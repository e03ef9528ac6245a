"""The form of each record type: which fields, in which order, with which widgets."""

from __future__ import annotations

from typing import Any

from database.records import (
    CommitmentDraft,
    CommitmentStatus,
    Delegation,
    DelegationRole,
    DocumentDraft,
    DocumentKind,
    DocumentStatus,
    EventDraft,
    EventKind,
    EventStatus,
    Member,
    NameLang,
    OrganisationDraft,
    OrganisationKind,
    PersonDraft,
    PersonName,
    PlaceDraft,
    Position,
    ProgressNote,
    Signatory,
)
from ui.forms.attachments import AttachmentsPanel
from ui.forms.base import RecordForm
from ui.forms.fields import (
    CheckField,
    ChoiceField,
    DateField,
    LineField,
    ListField,
    PickerField,
    RowsField,
    TagsField,
    TextField,
)
from ui.forms.rows import CompositeRow


def values(enum: Any) -> list[str]:
    return [e.value for e in enum]


class WithAttachments(RecordForm):
    def add_attachments(self) -> None:
        self.attachments = AttachmentsPanel(self.workspace, self.entity)
        self.extra_box.addWidget(self.attachments)

    def after_load(self, record_id: int | None) -> None:
        self.attachments.set_record(record_id)


class EventForm(WithAttachments):
    entity = "event"
    draft_type = EventDraft

    def build(self) -> None:
        a = self.archive
        self.add("title", self.tr("&Title"), LineField())
        self.add("kind", self.tr("&Kind"), ChoiceField(values(EventKind)))
        self.add("status", self.tr("Stat&us"), ChoiceField(values(EventStatus)))
        self.add("start", self.tr("&Start"), DateField())
        self.add("end", self.tr("&End"), DateField())
        self.add("place_id", self.tr("&Place"), PickerField(a, "place", self.tr("city…")))
        self.add("organiser_id", self.tr("&Organiser"), PickerField(a, "organisation"))
        self.add("summary", self.tr("Su&mmary"), TextField(100))
        self.add("source", self.tr("Sou&rce"), LineField(self.tr("who reported it")))
        self.add("delegations", self.tr("&Delegations"), RowsField(self._delegation_row, self.tr("Add delegation")))
        self.add("tags", self.tr("Ta&gs"), TagsField())
        self.add_attachments()

    def _member_row(self) -> CompositeRow:
        a = self.archive
        return CompositeRow(Member, [
            ("person_id", self.tr("Person"), PickerField(a, "person")),
            ("position", self.tr("Position at the time"), LineField()),
            ("organisation_id", self.tr("Organisation"), PickerField(a, "organisation")),
        ])

    def _delegation_row(self) -> CompositeRow:
        a = self.archive
        return CompositeRow(Delegation, [
            ("side", self.tr("Side (country, region)"), LineField()),
            ("role", self.tr("Role"), ChoiceField(values(DelegationRole))),
            ("organisation_id", self.tr("Sent by"), PickerField(a, "organisation")),
            ("head_id", self.tr("Head"), PickerField(a, "person")),
            ("members", self.tr("Members"), RowsField(self._member_row, self.tr("Add member"))),
        ], framed=True)

    def blank(self) -> EventDraft:
        return EventDraft(status=EventStatus.HELD)

    def new_heading(self) -> str:
        return self.tr("New event")


class DocumentForm(WithAttachments):
    entity = "document"
    draft_type = DocumentDraft

    def build(self) -> None:
        a = self.archive
        self.add("title", self.tr("&Title"), LineField())
        self.add("kind", self.tr("&Kind"), ChoiceField(values(DocumentKind)))
        self.add("status", self.tr("Stat&us"), ChoiceField(values(DocumentStatus)))
        self.add("signed_on", self.tr("Signed &on"), DateField())
        self.add("place_id", self.tr("Signed &in"), PickerField(a, "place"))
        self.add("period_start", self.tr("Period &from"), DateField())
        self.add("period_end", self.tr("Period t&o"), DateField())
        self.add("event_id", self.tr("Signed at &event"), PickerField(a, "event"))
        self.add("party_ids", self.tr("&Parties"), RowsField(
            lambda: PickerField(a, "organisation"), self.tr("Add party")))
        self.add("signatories", self.tr("Si&gnatories"), RowsField(self._signatory_row, self.tr("Add signatory")))
        self.add("directions_count", self.tr("Number of &directions"), LineField(self.tr("as stated in the text")))
        self.add("directions", self.tr("Directions (one per line)"), ListField(90))
        self.add("summary", self.tr("Su&mmary"), TextField(90))
        self.add("tags", self.tr("Tags"), TagsField())
        self.add_attachments()

    def _signatory_row(self) -> CompositeRow:
        a = self.archive
        return CompositeRow(Signatory, [
            ("person_id", self.tr("Person"), PickerField(a, "person")),
            ("position", self.tr("Position"), LineField()),
            ("organisation_id", self.tr("For"), PickerField(a, "organisation")),
        ])

    def blank(self) -> DocumentDraft:
        return DocumentDraft(status=DocumentStatus.SIGNED)

    def new_heading(self) -> str:
        return self.tr("New document")


class CommitmentForm(RecordForm):
    entity = "commitment"
    draft_type = CommitmentDraft

    def build(self) -> None:
        a = self.archive
        self.add("text", self.tr("&What was promised"), TextField(70))
        self.add("status", self.tr("Stat&us"), ChoiceField(values(CommitmentStatus)))
        self.add("due", self.tr("&Due"), DateField())
        self.add("responsible_org_id", self.tr("Responsible &organisation"), PickerField(a, "organisation"))
        self.add("responsible_person_id", self.tr("Responsible &person"), PickerField(a, "person"))
        self.add("event_id", self.tr("From &event"), PickerField(a, "event"))
        self.add("document_id", self.tr("From do&cument"), PickerField(a, "document"))
        self.add("notes", self.tr("Progress &notes"), RowsField(self._note_row, self.tr("Add note")))
        self.add("tags", self.tr("Tags"), TagsField())

    def _note_row(self) -> CompositeRow:
        return CompositeRow(ProgressNote, [
            ("on", self.tr("Date"), DateField()),
            ("status", self.tr("Status set"), ChoiceField(values(CommitmentStatus), optional=True)),
            ("text", self.tr("Note"), LineField()),
        ], columns=3)

    def heading_for(self, data: Any) -> str:
        text = str(data.text)
        return text if len(text) < 120 else text[:117] + "…"

    def new_heading(self) -> str:
        return self.tr("New commitment")


class PersonForm(RecordForm):
    entity = "person"
    draft_type = PersonDraft

    def build(self) -> None:
        self.add("name", self.tr("&Name"), LineField(self.tr("as shown in lists")))
        self.add("names", self.tr("Other &spellings"), RowsField(self._name_row, self.tr("Add spelling")))
        self.add("positions", self.tr("&Positions"), RowsField(self._position_row, self.tr("Add position")))
        self.add("notes", self.tr("Protocol &notes"), TextField(80))

    def _name_row(self) -> CompositeRow:
        return CompositeRow(PersonName, [
            ("name", self.tr("Spelling"), LineField()),
            ("lang", self.tr("Language"), ChoiceField(values(NameLang))),
            ("preferred", self.tr("Preferred"), CheckField()),
        ], columns=3)

    def _position_row(self) -> CompositeRow:
        return CompositeRow(Position, [
            ("title", self.tr("Position"), LineField()),
            ("organisation_id", self.tr("Organisation"), PickerField(self.archive, "organisation")),
            ("start", self.tr("From"), DateField()),
            ("end", self.tr("To"), DateField()),
        ])

    def new_heading(self) -> str:
        return self.tr("New person")


class OrganisationForm(RecordForm):
    entity = "organisation"
    draft_type = OrganisationDraft

    def build(self) -> None:
        self.add("name", self.tr("&Name"), LineField())
        self.add("kind", self.tr("&Kind"), ChoiceField(values(OrganisationKind)))
        self.add("country", self.tr("&Country"), LineField())
        self.add("region", self.tr("&Region"), LineField())
        self.add("parent_id", self.tr("&Part of"), PickerField(self.archive, "organisation"))
        self.add("aliases", self.tr("Other &names (one per line)"), ListField(80))
        self.add("notes", self.tr("N&otes"), TextField(80))

    def new_heading(self) -> str:
        return self.tr("New organisation")


class PlaceForm(RecordForm):
    entity = "place"
    draft_type = PlaceDraft

    def build(self) -> None:
        self.add("name", self.tr("&Name"), LineField())
        self.add("country", self.tr("&Country"), LineField())
        self.add("region", self.tr("&Region"), LineField())
        self.add("aliases", self.tr("Other &names (one per line)"), ListField(80))

    def new_heading(self) -> str:
        return self.tr("New place")
