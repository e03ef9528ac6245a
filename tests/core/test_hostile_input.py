"""Whatever text reaches the archive, through the API or a JSON file, is either stored and read
back exactly (in NFC form, surrounding white space trimmed, as validation documents) or refused with a
ValidationError / ExchangeError that says where. Nothing else may be raised, nothing half-stored."""

from __future__ import annotations

import dataclasses
import io
import json
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from database.archive import Archive
from database.clock import FixedClock
from database.exchange import ExchangeError, import_archive
from database.opening import open_archive
from database.records import (
    CommitmentDraft,
    Delegation,
    DocumentDraft,
    EventDraft,
    Member,
    OrganisationDraft,
    PersonDraft,
    PersonName,
    PlaceDraft,
    Position,
    ProgressNote,
    Signatory,
)
from database.validation import ValidationError
from tests.conftest import TODAY

# Codes a text may be refused with; anything else would be a bug in the checks.
TEXT_CODES = {"required", "too_long", "bad_chars"}

SPECIAL = [
    "\x00",
    "\x01",
    "\x08",
    "\x1b",
    "\x1f",
    "\x7f",
    "\x85",
    "\u00a0",
    "\u200b",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202e",
    "\u2066",
    "\u2069",
    "\u0301",
    "\u0336",
    "\u20dd",
    "\ufeff",
    "\ufffd",
    "\ufffe",
    "\u2028",
    "\u2029",
    "\u3000",
    "\U0001f600",
    "\U000e0041",
    "\U0010ffff",
    "ә",
    "қ",
    "ң",
    "Ё",
    "中",
    "'",
    '"',
    "\\",
    "%",
    "_",
    "*",
    "NEAR",
    "AND",
    "<b>",
    "&amp;",
    "\n",
    "\t",
    "\r",
    " ",
]
LENGTHS = [299, 300, 301, 1000, 1001, 50_000, 50_001, 100_000]

texts = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    st.lists(st.sampled_from(SPECIAL) | st.characters(exclude_categories=("Cs",)), max_size=30).map("".join),
    st.tuples(
        st.sampled_from(["a", "ж", "中", " ", "\u0301", "\u202e", "\x00"]), st.sampled_from(LENGTHS)
    ).map(lambda t: t[0] * t[1]),
)


@dataclasses.dataclass(frozen=True)
class Slot:
    """One place a person's text goes: how to put a value there and read it back."""

    entity: str
    path: str
    put: Callable[[Any, str, int], Any]  # (base draft, text, a person's id) -> draft
    get: Callable[[Any], Any]
    many: bool = False  # a list of texts: an empty entry is dropped, not stored


def _top(entity: str, name: str, many: bool = False) -> Slot:
    def put(base: Any, text: str, _pid: int) -> Any:
        return dataclasses.replace(base, **{name: (text,) if many else text})

    return Slot(entity, name, put, lambda d: getattr(d, name), many)


BASE: dict[str, Any] = {
    "place": PlaceDraft("Омбы"),
    "organisation": OrganisationDraft("Павлодар облысының әкімдігі"),
    "person": PersonDraft("Асаин Байханов"),
    "event": EventDraft("Ертіс форумы"),
    "document": DocumentDraft("Меморандум"),
    "commitment": CommitmentDraft("Әуе рейстерін қалпына келтіру"),
}

SLOTS = [
    _top("place", "name"),
    _top("place", "country"),
    _top("place", "region"),
    _top("place", "aliases", True),
    _top("organisation", "name"),
    _top("organisation", "notes"),
    _top("organisation", "aliases", True),
    _top("person", "name"),
    _top("person", "notes"),
    Slot(
        "person",
        "names[0].name",
        lambda b, t, p: dataclasses.replace(b, names=(PersonName(t),)),
        lambda d: d.names[0].name,
    ),
    Slot(
        "person",
        "positions[0].title",
        lambda b, t, p: dataclasses.replace(b, positions=(Position(t),)),
        lambda d: d.positions[0].title,
    ),
    _top("event", "title"),
    _top("event", "summary"),
    _top("event", "source"),
    _top("event", "tags", True),
    Slot(
        "event",
        "delegations[0].side",
        lambda b, t, p: dataclasses.replace(b, delegations=(Delegation(t),)),
        lambda d: d.delegations[0].side,
    ),
    Slot(
        "event",
        "delegations[0].members[0].position",
        lambda b, t, p: dataclasses.replace(
            b, delegations=(Delegation("Қазақстан", members=(Member(p, t),)),)
        ),
        lambda d: d.delegations[0].members[0].position,
    ),
    _top("document", "title"),
    _top("document", "summary"),
    _top("document", "directions", True),
    Slot(
        "document",
        "signatories[0].position",
        lambda b, t, p: dataclasses.replace(b, signatories=(Signatory(p, t),)),
        lambda d: d.signatories[0].position,
    ),
    _top("commitment", "text"),
    _top("commitment", "tags", True),
    Slot(
        "commitment",
        "notes[0].text",
        lambda b, t, p: dataclasses.replace(b, notes=(ProgressNote(text=t),)),
        lambda d: d.notes[0].text,
    ),
]


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, int, dict[str, int]]]:
    """One archive for all examples (a fresh file per example would cost most of the run)."""
    archive = open_archive(tmp_path_factory.mktemp("hostile") / "archive.sqlite", clock=FixedClock(TODAY))
    person = archive.add(PersonDraft("Виталий Хоценко"))
    targets = {entity: archive.add(draft).id for entity, draft in BASE.items()}
    yield archive, person.id, targets
    archive.close()


def normal(text: str) -> str:
    """What the archive keeps of a text: its NFC form without surrounding white space."""
    return unicodedata.normalize("NFC", text).strip()


def expected(slot: Slot, text: str) -> Any:
    clean = normal(text)
    if slot.many:
        return (clean,) if clean else ()
    return clean


def stored_exactly_or_refused(
    archive: Archive, slot: Slot, draft: Any, text: str, write: Callable[[Any], Any]
) -> bool:
    """Write ``draft``; True when it was stored (and read back exactly), False when refused."""
    before = archive.count(slot.entity)
    try:
        record = write(draft)
    except ValidationError as e:
        assert e.errors and {err.code for err in e.errors} <= TEXT_CODES, e.errors
        assert all(err.field.startswith(slot.path.split("[")[0]) for err in e.errors)
        assert str(e)  # the English message for logs can always be formed
        assert archive.count(slot.entity) == before
        event("refused")
        return False
    again = archive.get(slot.entity, record.id).data
    assert slot.get(again) == expected(slot, text)
    if not slot.many:
        assert slot.get(record.data) == slot.get(again)
    event("stored")
    return True


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(slot=st.sampled_from(SLOTS), text=texts)
def test_any_text_added_is_stored_exactly_or_refused(
    shared: tuple[Archive, int, dict[str, int]], slot: Slot, text: str
) -> None:
    archive, person_id, _ = shared
    draft = slot.put(BASE[slot.entity], text, person_id)
    assert stored_exactly_or_refused(archive, slot, draft, text, archive.add) in (True, False)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(slot=st.sampled_from(SLOTS), text=texts)
def test_any_text_saved_over_a_record_is_stored_exactly_or_refused(
    shared: tuple[Archive, int, dict[str, int]], slot: Slot, text: str
) -> None:
    archive, person_id, targets = shared
    target = targets[slot.entity]
    kept = archive.get(slot.entity, target).data
    draft = slot.put(BASE[slot.entity], text, person_id)
    if not stored_exactly_or_refused(archive, slot, draft, text, lambda d: archive.update(target, d)):
        assert archive.get(slot.entity, target).data == kept  # a refused save changes nothing


@pytest.mark.parametrize("text", ["a\ud800b", "\udfff", "Омбы\udc80"])
def test_a_lone_surrogate_is_refused_as_a_bad_character(
    shared: tuple[Archive, int, dict[str, int]], text: str
) -> None:
    archive, person_id, _ = shared
    for slot in SLOTS:
        draft = slot.put(BASE[slot.entity], text, person_id)
        with pytest.raises(ValidationError) as e:
            archive.add(draft)
        assert {err.code for err in e.value.errors} == {"bad_chars"}


def test_texts_people_really_type_are_stored_exactly(shared: tuple[Archive, int, dict[str, int]]) -> None:
    archive, _, _ = shared
    for text in [
        "Қасым-Жомарт Тоқаев",
        "Гун Чжэн (龚正)",
        "\u202eТекст справа налево\u202c",
        "е\u0301ще",
        "line one\nline two\ttab",
        "ж" * 300,
    ]:
        record = archive.add(PlaceDraft(text))
        assert archive.get("place", record.id).data.name == text


# --- JSON import --------------------------------------------------------------------------------


def place_file(name: Any, **extra: Any) -> bytes:
    item = {"uuid": str(uuid.uuid4()), "name": name, **extra}
    # ensure_ascii: lone surrogates travel as \\ud800 escapes, as other programs write them
    return json.dumps({"format": "elshi-archive", "version": 1, "places": [item]}).encode()


def imported_exactly_or_refused(archive: Archive, data: bytes) -> str:
    """"imported" or "refused" (with a reason and nothing changed); anything else raises."""
    before = archive.count("place")
    try:
        import_archive(archive, io.BytesIO(data))
    except ExchangeError as e:
        assert e.problems and str(e)
        assert archive.count("place") == before
        event("refused")
        return "refused"
    event("imported")
    return "imported"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts | st.text(max_size=20))  # st.text() alone includes lone surrogates
def test_any_text_in_an_import_file_is_stored_exactly_or_the_file_refused(
    shared: tuple[Archive, int, dict[str, int]], text: str
) -> None:
    archive, _, _ = shared
    data = place_file(text, aliases=[text])
    before = archive.count("place")
    imported_exactly_or_refused(archive, data)
    if archive.count("place") > before:
        item_uuid = json.loads(data)["places"][0]["uuid"]
        stored = archive.get_by_uuid("place", item_uuid).data
        assert stored.name == normal(text) and stored.aliases == ((normal(text),) if normal(text) else ())


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
PLACE_KEYS = ["uuid", "name", "country", "region", "aliases", "created_at", "updated_at", "deleted_at"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    values=st.dictionaries(st.sampled_from(PLACE_KEYS + ["title", "\u0000"]), json_values, max_size=6),
    section=st.sampled_from(["places", "organisations", "persons", "events", "documents", "commitments"]),
)
def test_any_json_shape_in_a_record_is_imported_or_refused_never_crashes(
    shared: tuple[Archive, int, dict[str, int]], values: dict[str, Any], section: str
) -> None:
    archive, _, _ = shared
    doc = {"format": "elshi-archive", "version": 1, section: [values]}
    assert imported_exactly_or_refused(archive, json.dumps(doc).encode()) in ("imported", "refused")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode()))
def test_any_bytes_as_an_import_file_are_refused_cleanly(
    shared: tuple[Archive, int, dict[str, int]], data: bytes
) -> None:
    archive, _, _ = shared
    # Whatever the bytes are, the file is imported or refused with a reason, never crashed on.
    assert imported_exactly_or_refused(archive, data) in ("imported", "refused")


def test_a_deeply_nested_file_is_refused_cleanly(shared: tuple[Archive, int, dict[str, int]]) -> None:
    archive, _, _ = shared
    with pytest.raises(ExchangeError):
        import_archive(
            archive, io.BytesIO(b'{"format": "elshi-archive", "version": 1, "places": ' + b"[" * 100_000)
        )


def test_a_json_integer_of_5000_digits_is_refused_cleanly(shared: tuple[Archive, int, dict[str, int]]) -> None:
    archive, _, _ = shared
    before = archive.count("place")
    for number in ("9" * 5000, str(1 << 63), "-" + "1" * 30):
        data = b'{"format": "elshi-archive", "version": 1, "places": [{"uuid": "%s", "name": "x", "n": %s}]}' % (
            str(uuid.uuid4()).encode(), number.encode())
        with pytest.raises(ExchangeError) as e:
            import_archive(archive, io.BytesIO(data))
        assert "digits" in str(e.value)
    assert archive.count("place") == before


# --- ICS import ---------------------------------------------------------------------------------


def ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e}END:VEVENT\r\n" for e in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{body}END:VCALENDAR\r\n".encode()


def vevent(uid: str, summary: str = "Кездесу", start: str = "DTSTART;VALUE=DATE:20270301", extra: str = "") -> str:
    return f"UID:{uid}\r\nSUMMARY:{summary}\r\n{start}\r\n{extra}"


@pytest.mark.parametrize("line", [
    "DURATION:P999999999D", "DURATION:-P999999999D", "DURATION:P1D\r\nDTEND;VALUE=DATE:99991231",
    "DTEND;VALUE=TIME:120000", "DURATION:PT99999999999H",
])
def test_an_ics_entry_whose_dates_cannot_be_read_is_skipped_or_one_day(
        shared: tuple[Archive, int, dict[str, int]], line: str) -> None:
    from database.ics_import import ADD, SKIP, plan_import

    archive, _, _ = shared
    entries = plan_import(archive, ics(vevent(f"dur-{uuid.uuid4()}", extra=line + "\r\n")))
    assert len(entries) == 1 and entries[0].action in (ADD, SKIP)  # an end past 2200: not a date Elshi keeps
    assert entries[0].action == SKIP or entries[0].end is None or entries[0].end.last_day() >= entries[0].start.first_day()  # type: ignore[union-attr]


@pytest.mark.parametrize("start", ["DTSTART;VALUE=TIME:120000", "DTSTART;VALUE=PERIOD:20270301T000000Z/P1D",
                                   "DTSTART:not-a-date", "DTSTART;VALUE=DATE:00000000", "DTSTART;TZID=Nowhere/Zone:20270301T100000"])
def test_an_ics_entry_with_a_start_that_is_not_a_day_is_skipped(
        shared: tuple[Archive, int, dict[str, int]], start: str) -> None:
    from database.ics_import import SKIP, plan_import

    archive, _, _ = shared
    entries = plan_import(archive, ics(vevent(f"t-{uuid.uuid4()}", start=start)))
    assert len(entries) == 1 and entries[0].action in (SKIP, "add")
    if entries[0].action == SKIP:
        assert entries[0].reason in ("no_date", "unreadable")


def test_text_that_grows_under_nfc_is_previewed_as_what_is_written(
        shared: tuple[Archive, int, dict[str, int]]) -> None:
    """U+0958 becomes two characters in NFC: a 1000-character title is 2000 once normalised. The
    preview fits the title to the archive's limit after normalising: --yes writes what was shown."""
    from database.ics_import import ADD, apply_import, plan_import

    archive, _, _ = shared
    before = archive.count("event")
    grown = f"nfc-{uuid.uuid4()}"
    entries = plan_import(archive, ics(vevent(grown, "\u0958" * 1000), vevent(f"{grown}-2", "\u0958" * 1000)))
    assert [e.action for e in entries] == [ADD, ADD]
    result = apply_import(archive, entries)
    assert len(result.added) == 2 and archive.count("event") == before + 2
    title = archive.get("event", result.added[0]).data.title
    assert title == unicodedata.normalize("NFC", title) and len(title) == 1000


def test_the_preview_runs_the_archives_own_checks(shared: tuple[Archive, int, dict[str, int]],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the preview would let through and the archive refuse (here: a fitting rule made
    looser than the archive's) is shown skipped, so --yes never stops half way on it."""
    from database import ics_import

    archive, _, _ = shared
    monkeypatch.setattr(ics_import, "TITLE", 5000)
    before = archive.count("event")
    uid = f"loose-{uuid.uuid4()}"
    entries = ics_import.plan_import(archive, ics(vevent(uid, "ж" * 3000), vevent(f"{uid}-ok", "Кездесу")))
    assert [(e.action, e.reason, e.changes) for e in entries] == [
        (ics_import.SKIP, ics_import.INVALID, ("title",)), (ics_import.ADD, "", ())]
    assert len(ics_import.apply_import(archive, entries).added) == 1
    assert archive.count("event") == before + 1


def test_an_ics_import_is_one_transaction(shared: tuple[Archive, int, dict[str, int]],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that fails half way (here the tenth event; in life a full disk) leaves nothing."""
    from database import ics_import

    archive, _, _ = shared
    before = archive.count("event")
    entries = ics_import.plan_import(archive, ics(*(vevent(f"tx-{i}-{uuid.uuid4()}") for i in range(20))))
    real_add, calls = ics_import._add, []

    def failing(*args: Any) -> int:
        calls.append(1)
        if len(calls) == 10:
            raise OSError(28, "No space left on device")
        return real_add(*args)

    monkeypatch.setattr(ics_import, "_add", failing)
    with pytest.raises(OSError):
        ics_import.apply_import(archive, entries)
    assert archive.count("event") == before


def test_an_ics_import_run_twice_or_after_its_preview_went_stale_adds_each_uid_once(
        shared: tuple[Archive, int, dict[str, int]]) -> None:
    from database.ics_import import UNCHANGED, apply_import, plan_import

    archive, _, _ = shared
    data = ics(*(vevent(f"idem-{i}-{uuid.uuid4()}", f"Кездесу {i}") for i in range(5)))
    before = archive.count("event")
    first, stale = plan_import(archive, data), plan_import(archive, data)
    assert len(apply_import(archive, first).added) == 5
    assert apply_import(archive, stale).added == ()  # planned before the first write: matched again inside
    assert archive.count("event") == before + 5
    assert {e.action for e in plan_import(archive, data)} == {UNCHANGED}
    assert apply_import(archive, plan_import(archive, data)).added == ()
    assert archive.count("event") == before + 5
