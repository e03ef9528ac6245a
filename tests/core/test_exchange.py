import io
import json
from pathlib import Path
from typing import Any

import pytest

from database.archive import Archive
from database.clock import FixedClock
from database.exchange import ExchangeError, export_archive, import_archive
from database.opening import open_archive
from database.records import EventDraft
from tests.conftest import SAMPLE, TODAY


def export_dict(archive: Archive) -> dict[str, Any]:
    out = io.StringIO()
    export_archive(archive, out)
    doc: dict[str, Any] = json.loads(out.getvalue())
    doc.pop("exported_at")
    return doc


def load(archive: Archive, doc: object) -> None:
    import_archive(archive, io.BytesIO(json.dumps(doc, ensure_ascii=False).encode()))


def test_export_import_export_gives_the_same_content(sample_archive: Archive, tmp_path: Path) -> None:
    first = export_dict(sample_archive)
    other = open_archive(tmp_path / "other.sqlite", clock=FixedClock(TODAY))
    load(other, first)
    assert export_dict(other) == first


def test_importing_the_same_file_twice_changes_nothing(sample_archive: Archive) -> None:
    before = export_dict(sample_archive)
    report = import_archive(sample_archive, SAMPLE.open("rb"))
    assert report.added == report.updated == 0 and report.unchanged == 63
    assert export_dict(sample_archive) == before


def test_the_file_version_replaces_an_older_copy(sample_archive: Archive) -> None:
    doc = export_dict(sample_archive)
    doc["events"][0]["title"] = "Жаңа атауы"
    doc["events"][0]["updated_at"] = "2027-01-01T00:00:00"
    report = import_archive(sample_archive, io.BytesIO(json.dumps(doc).encode()))
    assert report.updated == 1
    assert sample_archive.get_by_uuid("event", doc["events"][0]["uuid"]).data.title == "Жаңа атауы"


def test_a_newer_copy_in_the_archive_is_kept(sample_archive: Archive, clock: FixedClock) -> None:
    doc = export_dict(sample_archive)
    record = sample_archive.get_by_uuid("event", doc["events"][0]["uuid"])
    from datetime import datetime

    clock.time = datetime(2027, 5, 1)
    sample_archive.update(record.id, EventDraft("Edited here later", record.data.kind))
    report = import_archive(sample_archive, io.BytesIO(json.dumps(doc).encode()))
    assert report.kept_newer == 1
    assert sample_archive.get(record.entity, record.id).data.title == "Edited here later"


def test_the_sample_holds_the_seed_facts(sample_archive: Archive) -> None:
    people = {r.data.name for r in sample_archive.list("person")}
    assert {"Асаин Байханов", "Асайын Байханов", "Виталий Хоценко", "Гун Чжэн", "Нұрлан Аққошқаров"} <= people
    events = {r.data.title: r.data for r in sample_archive.list("event")}
    conference = next(e for t, e in events.items() if "инвестициялары" in t)
    assert (str(conference.start), str(conference.end)) == ("2026-03-26", "2026-03-28")
    irtysh = next(e for t, e in events.items() if "Ертіс" in t)
    assert irtysh.start is None  # the report gives no date, so none is invented
    assert len(irtysh.delegations[0].members) == 3
    visit = next(e for t, e in events.items() if "Гун Чжэн" in t)
    assert str(visit.start) == "2026-H1"
    memo = next(d.data for d in sample_archive.list("document") if d.data.kind.value == "memorandum")
    assert memo.directions_count == len(memo.directions) == 10
    assert len(memo.signatories) == 2
    assert sample_archive.count("commitment") == 10


def bad_docs() -> list[tuple[bytes, str]]:
    base = json.loads(SAMPLE.read_text(encoding="utf-8"))

    def variant(change: Any) -> bytes:
        doc = json.loads(json.dumps(base))
        change(doc)
        return json.dumps(doc, ensure_ascii=False).encode()

    return [
        (b"\xff\xfe not utf8", "not UTF-8"),
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "top level"),
        (b'{"format": "something-else", "version": 1}', "format"),
        (b'{"format": "elshi-archive", "version": 99}', "newer"),
        (b'{"format": "elshi-archive", "version": "1"}', "version"),
        (b'{"format": "elshi-archive", "version": 1, "events": {}}', "events: must be a list"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (variant(lambda d: d["events"][0].update(start="2026-02-30")), "events[0].start: 2026-02-30 does not exist"),
        (variant(lambda d: d["events"][1].update(uuid="not-a-uuid")), "events[1].uuid"),
        (variant(lambda d: d["events"][1].update(place="00000000-0000-0000-0000-000000000000")), "events[1].place: no place"),
        (variant(lambda d: d["events"][2].update(title=["a list"])), "events[2].title: has the wrong type"),
        (variant(lambda d: d["events"][2].update(colour="red")), "events[2].colour: unknown field"),
        (variant(lambda d: d["events"][3].update(title="x" * 5000)), "events[3].title: is longer"),
        (variant(lambda d: d["persons"].append(d["persons"][0])), "appears twice"),
        (variant(lambda d: d["documents"][0].update(parties="abc")), "documents[0].parties: must be a list"),
        (variant(lambda d: d["organisations"][0].update(parent=d["organisations"][0]["uuid"])), "in a circle"),
        (variant(lambda d: d["commitments"][0].update(status="forgotten")), "commitments[0].status: 'forgotten' is not one of"),
        (variant(lambda d: d["events"][0].update(delegations=[1])), "events[0].delegations[0]: must be an object"),
    ]


@pytest.mark.parametrize(("raw", "expected"), bad_docs())
def test_a_bad_file_is_refused_with_its_problem_and_changes_nothing(
    archive: Archive, raw: bytes, expected: str
) -> None:
    archive.add(EventDraft("Already here"))
    before = export_dict(archive)
    with pytest.raises(ExchangeError) as e:
        import_archive(archive, io.BytesIO(raw))
    assert expected in str(e.value)
    assert export_dict(archive) == before


def test_user_text_that_looks_like_markup_or_code_is_kept_as_text(archive: Archive, tmp_path: Path) -> None:
    hostile = "<img src='/etc/passwd'> '; DROP TABLE events; -- \"quoted\" & 上海 😀"
    archive.add(EventDraft(hostile))
    doc = export_dict(archive)
    other = open_archive(tmp_path / "o.sqlite", clock=FixedClock(TODAY))
    load(other, doc)
    assert [r.data.title for r in other.list("event")] == [hostile]
