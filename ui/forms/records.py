"""The form of each record type: which fields, in which order, with which widgets."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from PySide6.QtWidgets import QLabel, QPushButton

from catalogue.date_words import parse_date_words
from database.calendar import rollup
from database.dates import PartialDate
from database.duplicates import similar_to
from database.errors import NotFound
from database.people import position_on, timeline
from database.records import (
    CommitmentDraft,
    CommitmentStatus,
    DelegationRole,
    DocumentDraft,
    DocumentKind,
    DocumentStatus,
    Entity,
    EventDraft,
    EventKind,
    EventStatus,
    NameLang,
    OrganisationDraft,
    OrganisationKind,
    PersonDraft,
    PersonName,
    PlaceDraft,
    Position,
    ProgressNote,
    Record,
    Signatory,
)
from database.together import CareerAddition
from ui.forms.attachments import AttachmentsPanel
from ui.forms.base import RecordForm
from ui.forms.careers import CareerOffers, typed_rows
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
from ui.forms.members import DelegationEditor, MembersTable
from ui.forms.rows import CompositeRow
from ui.status_dialog import change_status


def values(enum: Any) -> list[str]:
    return [e.value for e in enum]


class Briefs(RecordForm):
    """A form whose record can be printed as a PDF briefing."""

    def add_briefing_button(self, kind: str, label: str) -> None:
        self.briefing_button = QPushButton(label)
        self.briefing_button.setToolTip(self.tr("Make a PDF briefing of this record"))
        self.briefing_button.clicked.connect(lambda: self.export_briefing(kind))
        self.action_row.insertWidget(1, self.briefing_button)

    def export_briefing(self, kind: str) -> None:
        if self._record_id is None:
            return
        from ui.briefing_dialog import open_briefing_dialog

        self.briefing_dialog = open_briefing_dialog(self.workspace, kind, self._record_id, self)

    def show_links(self, record_id: int | None) -> None:
        super().show_links(record_id)
        if hasattr(self, "briefing_button"):
            self.briefing_button.setEnabled(record_id is not None)


class WithAttachments(Briefs):
    """Events and documents: attached files, and how their commitments stand."""

    def add_attachments(self) -> None:
        self.rollup = QLabel()
        self.extra_box.addWidget(self.rollup)
        self.attachments = AttachmentsPanel(self.workspace, self.entity)
        self.extra_box.addWidget(self.attachments)

    def after_load(self, record_id: int | None) -> None:
        self.attachments.set_record(record_id)
        text = ""
        if record_id is not None:
            with self.archive.session() as s:
                r = rollup(s, self.entity, record_id, today=self.archive.clock.today())
            if r.total:
                text = self.tr("Commitments: {done} of {total} done").format(done=r.done, total=r.total)
                if r.overdue:
                    text += self.tr(", {overdue} overdue").format(overdue=r.overdue)
        self.rollup.setText(text)
        self.rollup.setVisible(bool(text))


class FillsPositions(WithAttachments):
    """Events and documents: picking a person fills the position they held on the record's date,
    and a position typed that their career lacks is offered to it."""

    date_field = "start"

    def add_offers(self) -> None:
        self.offers = CareerOffers(self.person_draft)
        self.extra_box.insertWidget(0, self.offers)

    def person_rows(self) -> list[Any]:
        return []

    def person_draft(self, person_id: int) -> PersonDraft | None:
        if person_id < 0:
            found: PersonDraft | None = self.pending.draft(person_id)
            return found
        try:
            return self.archive.get(Entity.PERSON, person_id).data  # type: ignore[no-any-return]
        except NotFound:
            return None

    def day(self) -> date | None:
        typed = self.fields[self.date_field].value()
        parsed = typed if isinstance(typed, PartialDate) else parse_date_words(str(typed or ""))
        return None if parsed is None else parsed.first_day()

    def fill_position(self, row: Any) -> None:
        """The position defaults to the one the person held on the record's date."""
        person_id = row.widgets["person_id"].value()
        if person_id is None or self._loading or row.widgets["position"].value():
            return
        person = self.person_draft(person_id)
        held = None if person is None else position_on(person, self.day())
        if held is not None:
            row.widgets["position"].set_value(held.title)
            if row.widgets["organisation_id"].value() is None and held.organisation_id is not None:
                row.widgets["organisation_id"].set_value(held.organisation_id)

    def _changed(self) -> None:
        super()._changed()
        if not self._loading:
            self.offers.refresh(typed_rows(self.person_rows()))

    def restore_state(self, state: Any) -> None:
        super().restore_state(state)
        self.offers.refresh(typed_rows(self.person_rows()))

    def after_load(self, record_id: int | None) -> None:
        super().after_load(record_id)
        self.offers.reset()

    def career_additions(self) -> list[CareerAddition]:
        return self.offers.additions()


class EventForm(FillsPositions):
    entity = Entity.EVENT
    draft_type = EventDraft
    template_cleared: ClassVar[dict[str, Any]] = {"start": None, "end": None, "status": EventStatus.PLANNED}

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
        self.add("delegations", self.tr("&Delegations"), RowsField(self._delegation_row, self.tr("Add delegation")),
                 wide=True)
        self.add("tags", self.tr("Ta&gs"), TagsField())
        self.add_offers()
        self.add_attachments()
        self.add_briefing_button("event", self.tr("Export briefing…"))
        self.add_record_action(self.tr("Show in calendar"), self.show_in_calendar,
                               self.tr("The calendar at this event's month, with the event selected"))
        self.add_record_action(self.tr("Duplicate as template…"), self.duplicate_as_template, self.tr(
            "A new event like this one (a meeting that recurs), without its dates; saved only when you save it"))

    def show_in_calendar(self) -> None:
        if self._record_id is None:
            return
        view = self.workspace.show_view("calendar")
        show = getattr(view, "show_item", None)
        if show is not None:
            show(self.entity, self._record_id)

    def person_rows(self) -> list[Any]:
        return [m for dl in self.fields["delegations"].rows for m in dl.members.rows]

    def _delegation_row(self) -> DelegationEditor:
        a = self.archive
        return DelegationEditor(a, [
            ("side", self.tr("Side (country, region)"), LineField()),
            ("role", self.tr("Role"), ChoiceField(values(DelegationRole))),
            ("organisation_id", self.tr("Sent by"), PickerField(a, "organisation")),
        ], MembersTable(a, self.fill_position))

    def blank(self) -> EventDraft:
        return EventDraft(status=EventStatus.HELD)

    def new_heading(self) -> str:
        return self.tr("New event")


class DocumentForm(FillsPositions):
    entity = Entity.DOCUMENT
    draft_type = DocumentDraft
    date_field = "signed_on"
    # The event it was signed at is one occurrence; the copy is an agreement not yet signed.
    template_cleared: ClassVar[dict[str, Any]] = {"signed_on": None, "period_start": None, "period_end": None, "event_id": None,
                        "status": DocumentStatus.DRAFT}

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
        self.add("signatories", self.tr("Si&gnatories"), RowsField(self._signatory_row, self.tr("Add signatory")),
                 wide=True)
        self.add("directions_count", self.tr("Number of &directions"), LineField(self.tr("as stated in the text")))
        self.add("directions", self.tr("Directions (one per line)"), ListField(90))
        self.add("summary", self.tr("Su&mmary"), TextField(90))
        self.add("tags", self.tr("Tags"), TagsField())
        self.add_offers()
        self.add_attachments()
        self.add_briefing_button("document", self.tr("Export briefing…"))
        self.add_record_action(self.tr("Duplicate as template…"), self.duplicate_as_template, self.tr(
            "A new document like this one (parties, signatories, directions), without its dates; "
            "saved only when you save it"))

    def person_rows(self) -> list[Any]:
        return list(self.fields["signatories"].rows)

    def day(self) -> date | None:
        """The signing day; failing that, the day of the event it was signed at."""
        found = super().day()
        event_id = self.fields["event_id"].value()
        if found is None and event_id is not None and event_id > 0:
            start = self.archive.get(Entity.EVENT, event_id).data.start
            found = None if start is None else start.first_day()
        return found

    def _signatory_row(self) -> CompositeRow:
        a = self.archive
        row = CompositeRow(Signatory, [
            ("person_id", self.tr("Person"), PickerField(a, "person")),
            ("position", self.tr("Position"), LineField()),
            ("organisation_id", self.tr("For"), PickerField(a, "organisation")),
        ], columns=3)
        row.widgets["person_id"].changed.connect(lambda: self.fill_position(row))
        return row

    def blank(self) -> DocumentDraft:
        return DocumentDraft(status=DocumentStatus.SIGNED)

    def new_heading(self) -> str:
        return self.tr("New document")


class CommitmentForm(RecordForm):
    entity = Entity.COMMITMENT
    draft_type = CommitmentDraft

    def after_load(self, record_id: int | None) -> None:
        self.status_button.setEnabled(record_id is not None)
        self.attachments.set_record(record_id)

    def change_status(self) -> None:
        """Status changes go through a dated note, so the history says when and why."""
        record_id = self._record_id
        if record_id is None or not self.settle() or (self.is_dirty() and not self.save_and_wait()):
            return
        self.status_dialog = change_status(self.archive, record_id, self,
                                           on_changed=lambda _id: self.load(record_id),
                                           writer=self.workspace.writer)

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
        self.status_button = QPushButton(self.tr("Change status…"))
        self.status_button.setToolTip(self.tr("Set a new status with a dated progress note"))
        self.status_button.clicked.connect(self.change_status)
        self.action_row.insertWidget(1, self.status_button)
        self.attachments = AttachmentsPanel(self.workspace, self.entity)  # a signed letter, a report
        self.extra_box.addWidget(self.attachments)

    def _note_row(self) -> CompositeRow:
        return CompositeRow(ProgressNote, [
            ("on", self.tr("Date"), DateField(compact=True)),
            ("status", self.tr("Status set"), ChoiceField(values(CommitmentStatus), optional=True)),
            ("text", self.tr("Note"), LineField()),
        ], columns=3)

    def heading_for(self, data: Any) -> str:
        text = str(data.text)
        return text if len(text) < 120 else text[:117] + "…"

    def new_heading(self) -> str:
        return self.tr("New commitment")


class WarnsOfDuplicates(Briefs):
    """After a new person or organisation is saved, says which records may be the same one."""

    def add_duplicate_notice(self) -> None:
        self.duplicate_notice = QLabel()
        self.duplicate_notice.setWordWrap(True)
        self.duplicate_notice.setStyleSheet("background: #fff4d6; padding: 4px")
        self.duplicate_notice.hide()
        self.extra_box.addWidget(self.duplicate_notice)

    def save(self) -> bool:
        self._was_new = self._record_id is None
        return super().save()

    def after_save(self, record: Record[Any]) -> None:
        if getattr(self, "_was_new", False):
            self._was_new = False
            draft = record.data
            spellings = [draft.name, *self.spellings(draft)]
            with self.archive.session() as s:
                found = similar_to(s, self.entity, spellings, exclude=record.id)
            if found:
                names = ", ".join(f"«{p.b_name}»" for p in found[:5])
                self.duplicate_notice.setText(self.tr(
                    "This may be the same as {names}. The Duplicates view can merge them.").format(names=names))
                self.duplicate_notice.show()

    def spellings(self, draft: Any) -> list[str]:
        return []

    def after_load(self, record_id: int | None) -> None:
        self.duplicate_notice.hide()


class PersonForm(WarnsOfDuplicates):
    entity = Entity.PERSON
    draft_type = PersonDraft

    def build(self) -> None:
        self.add("name", self.tr("&Name", "person"), LineField(self.tr("as shown in lists")))
        self.add("names", self.tr("Other &spellings"), RowsField(self._name_row, self.tr("Add spelling")))
        self.add("positions", self.tr("&Positions"), RowsField(self._position_row, self.tr("Add position")))
        self.add("notes", self.tr("Protocol &notes"), TextField(80))
        self.timeline = QLabel()
        self.timeline.setWordWrap(True)
        self.extra_box.addWidget(self.timeline)
        self.add_duplicate_notice()
        self.attachments = AttachmentsPanel(self.workspace, self.entity)  # a passport scan, a CV
        self.extra_box.addWidget(self.attachments)

    def spellings(self, draft: Any) -> list[str]:
        return [n.name for n in draft.names]

    def after_load(self, record_id: int | None) -> None:
        super().after_load(record_id)
        self.attachments.set_record(record_id)
        if record_id is None:
            self.timeline.clear()
            return
        lines = []
        for p in timeline(self.archive.get(Entity.PERSON, record_id).data):
            org = ""
            if p.organisation_id is not None:
                org = ", " + str(self.archive.get(Entity.ORGANISATION, p.organisation_id).data.name)
            span = f"{p.start or '…'} – {p.end or self.tr('now')}" if (p.start or p.end) else self.tr("dates unknown")
            lines.append(f"{span}: {p.title}{org}")
        self.timeline.setText(self.tr("Career") + ":\n" + "\n".join(lines) if lines else "")

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
            ("start", self.tr("From", "date range"), DateField(compact=True)),
            ("end", self.tr("To"), DateField(compact=True)),
        ])

    def new_heading(self) -> str:
        return self.tr("New person")


class OrganisationForm(WarnsOfDuplicates):
    entity = Entity.ORGANISATION
    draft_type = OrganisationDraft

    def build(self) -> None:
        self.add("name", self.tr("&Name"), LineField())
        self.add("kind", self.tr("&Kind"), ChoiceField(values(OrganisationKind)))
        self.add("country", self.tr("&Country"), LineField())
        self.add("region", self.tr("&Region"), LineField())
        self.add("parent_id", self.tr("&Part of"), PickerField(self.archive, "organisation"))
        self.add("predecessor_id", self.tr("Pre&decessor"), PickerField(self.archive, "organisation"))
        self.add("aliases", self.tr("Other &names (one per line)"), ListField(80))
        self.add("notes", self.tr("N&otes"), TextField(80))
        self.add_duplicate_notice()
        self.add_briefing_button("counterpart", self.tr("Export dossier…"))

    def spellings(self, draft: Any) -> list[str]:
        return list(draft.aliases)

    def new_heading(self) -> str:
        return self.tr("New organisation")


class PlaceForm(RecordForm):
    entity = Entity.PLACE
    draft_type = PlaceDraft

    def build(self) -> None:
        self.add("name", self.tr("&Name"), LineField())
        self.add("country", self.tr("&Country"), LineField())
        self.add("region", self.tr("&Region"), LineField())
        self.add("aliases", self.tr("Other &names (one per line)"), ListField(80))

    def new_heading(self) -> str:
        return self.tr("New place")
