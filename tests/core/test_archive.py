from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from database import models as m
from database.archive import Archive
from database.clock import FixedClock
from database.dates import PartialDate
from database.errors import NotFound
from database.records import (
    Changes,
    CommitmentDraft,
    CommitmentStatus,
    Delegation,
    DelegationRole,
    DocumentDraft,
    DocumentKind,
    EventDraft,
    EventKind,
    Member,
    NameLang,
    OrganisationDraft,
    PersonDraft,
    PersonName,
    PlaceDraft,
    ProgressNote,
)
from database.validation import ValidationError


def test_an_event_with_its_delegation_reads_back_as_entered(archive: Archive) -> None:
    omsk = archive.add(PlaceDraft("Омбы", "Russia", aliases=("Омск", "Omsk")))
    person = archive.add(PersonDraft("Виталий Хоценко", names=(PersonName("Vitaly Khotsenko", NameLang.EN),)))
    draft = EventDraft(
        "Ертіс форумы", EventKind.FORUM, place_id=omsk.id, start=PartialDate(2026, 3, 26),
        end=PartialDate(2026, 3, 28),
        delegations=(Delegation("Ресей", DelegationRole.HOST, None, person.id, (Member(person.id, "губернатор"),)),),
        tags=("ертіс", "форум"),
    )
    record = archive.add(draft)
    again = archive.get("event", record.id)
    assert again.data.title == "Ертіс форумы"
    assert again.data.place_id == omsk.id
    assert again.data.end == PartialDate(2026, 3, 28)
    assert again.data.delegations[0].members[0].position == "губернатор"
    assert again.data.delegations[0].uuid  # delegations get their own identity
    assert again.data.tags == ("ертіс", "форум")
    assert len(again.uuid) == 36 and again.created_at == datetime(2026, 11, 21, 12)


def test_loose_values_from_a_form_are_normalised(archive: Archive) -> None:
    record = archive.add(EventDraft("  Meeting  ", kind="meeting", start="19.02.2026"))  # type: ignore[arg-type]
    assert record.data.title == "Meeting"
    assert record.data.kind is EventKind.MEETING
    assert record.data.start == PartialDate(2026, 2, 19)


@pytest.mark.parametrize(
    ("draft", "field", "code"),
    [
        (EventDraft("  "), "title", "required"),
        (EventDraft("x", start="2026-02-30"), "start", "date.no_such_day"),  # type: ignore[arg-type]
        (EventDraft("x", start="2026-03-28", end="2026-03-26"), "end", "end_before_start"),  # type: ignore[arg-type]
        (EventDraft("x", kind="party"), "kind", "unknown_value"),  # type: ignore[arg-type]
        (EventDraft("x" * 1001), "title", "too_long"),
        (EventDraft("x", place_id=999), "place_id", "missing_link"),
        (EventDraft("x\x00y"), "title", "bad_chars"),
        (DocumentDraft("x", period_start="2028", period_end="2026"), "period_end", "end_before_start"),  # type: ignore[arg-type]
        (DocumentDraft("x", directions_count=-1), "directions_count", "out_of_range"),
        (PersonDraft(""), "name", "required"),
    ],
)
def test_each_bad_field_is_named_with_a_reason(archive: Archive, draft: object, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as e:
        archive.add(draft)
    assert (field, code) in [(err.field, err.code) for err in e.value.errors]
    assert all(err.message and err.message != err.code for err in e.value.errors)


def test_a_bad_nested_value_saves_nothing_at_all(archive: Archive) -> None:
    person = archive.add(PersonDraft("Берік Уали"))
    bad = EventDraft("Forum", delegations=(Delegation("Kazakhstan", members=(Member(person.id), Member(12345))),))
    with pytest.raises(ValidationError) as e:
        archive.add(bad)
    assert e.value.errors[0].field == "delegations[0].members[1].person_id"
    with archive.session() as s:
        assert s.scalar(select(func.count()).select_from(m.Event)) == 0
        assert s.scalar(select(func.count()).select_from(m.DelegationRow)) == 0


def test_every_error_is_reported_at_once(archive: Archive) -> None:
    with pytest.raises(ValidationError) as e:
        archive.add(EventDraft("", start="2026-02-30", kind="x"))  # type: ignore[arg-type]
    assert {err.field for err in e.value.errors} == {"title", "start", "kind"}


def test_update_changes_the_record_and_its_time(archive: Archive, clock: FixedClock) -> None:
    record = archive.add(CommitmentDraft("Тікелей рейстерді қалпына келтіру"))
    clock.time = datetime(2026, 11, 22, 9, 30)
    note = ProgressNote(date(2026, 11, 22), "Әуе компаниясымен кездесу өтті", CommitmentStatus.IN_PROGRESS)
    updated = archive.update(record.id, CommitmentDraft(record.data.text, CommitmentStatus.IN_PROGRESS, notes=(note,)))
    assert updated.data.status is CommitmentStatus.IN_PROGRESS
    assert updated.data.notes[0].text == "Әуе компаниясымен кездесу өтті"
    assert updated.updated_at == datetime(2026, 11, 22, 9, 30)
    assert updated.created_at == record.created_at


def test_saving_an_unchanged_record_writes_nothing(archive: Archive, clock: FixedClock) -> None:
    record = archive.add(OrganisationDraft("Павлодар облысының әкімдігі", aliases=("Акимат Павлодарской области",)))
    heard: list[Changes] = []
    archive.subscribe(heard.append)
    clock.time = datetime(2027, 1, 1)
    again = archive.update(record.id, record.data)
    assert again.updated_at == record.updated_at
    assert heard == []


def test_delete_moves_to_trash_and_restore_brings_it_back(archive: Archive) -> None:
    record = archive.add(DocumentDraft("Жол картасы", DocumentKind.ROAD_MAP, directions=("туризм", "спорт")))
    heard: list[Changes] = []
    archive.subscribe(heard.append)
    archive.delete("document", record.id)
    assert archive.count("document") == 0
    assert [r.id for r in archive.list("document", deleted=True)] == [record.id]
    archive.restore("document", record.id)
    assert archive.get("document", record.id).data == record.data
    assert [(c.entity, c.op) for c in heard] == [("document", "delete"), ("document", "restore")]


def test_unknown_records_are_reported(archive: Archive) -> None:
    with pytest.raises(NotFound):
        archive.get("event", 42)
    with pytest.raises(NotFound):
        archive.update(42, EventDraft("x"))


def test_derived_dates_follow_partial_dates(archive: Archive) -> None:
    record = archive.add(EventDraft("Visit", start=PartialDate(2026, half=1)))
    commitment = archive.add(CommitmentDraft("Visit", due=PartialDate(2026, 3)))
    with archive.session() as s:
        event = s.get(m.Event, record.id)
        assert event is not None and (event.date_from, event.date_to) == (date(2026, 1, 1), date(2026, 6, 30))
        row = s.get(m.Commitment, commitment.id)
        assert row is not None and row.due_date == date(2026, 3, 31)
