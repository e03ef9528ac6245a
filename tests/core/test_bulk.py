"""Writing many records at once (``bulk.add_many``, JSON import in chunks) stores, indexes and
audits exactly what writing them one by one does: the batching is only about speed."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from database import exchange
from database.archive import Archive
from database.audit import AuditFilter, entries
from database.bulk import add_many
from database.clock import FixedClock
from database.drafts_json import draft_to_json
from database.exchange import ExchangeError, export_archive, import_archive
from database.opening import open_archive
from database.records import (
    CommitmentDraft,
    Delegation,
    DelegationRole,
    EventDraft,
    Member,
    OrganisationDraft,
    PersonDraft,
    PlaceDraft,
)
from database.search import search
from database.validation import ValidationError
from tests.conftest import SAMPLE


def _export(archive: Archive) -> dict[str, Any]:
    out = io.StringIO()
    export_archive(archive, out)
    doc = json.loads(out.getvalue())
    doc.pop("exported_at")
    return doc


def _content(draft: Any) -> Any:
    """A draft as JSON, without the UUIDs each archive gives delegations and notes."""
    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "uuid"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value
    return strip(draft_to_json(draft, lambda entity, record_id: f"{entity} {record_id}"))


def _audit_ops(archive: Archive) -> list[tuple[str, str, str | None, str]]:
    """Each entry of the trail: what was done to which record, and the fields it wrote."""
    return [(e.op, e.entity, e.record_uuid, json.dumps(e.after, sort_keys=True))
            for e in entries(archive, AuditFilter())]


def _drafts(archive: Archive, base: str) -> list[Any]:
    place = archive.add(PlaceDraft(f"Өскемен {base}", "Kazakhstan", aliases=("Ust-Kamenogorsk",))).id
    org = archive.add(OrganisationDraft(f"Шығыс Қазақстан облысының әкімдігі {base}")).id
    people = [archive.add(PersonDraft(f"Байханов {base} {i}")).id for i in range(3)]
    members = tuple(Member(p, "әкім орынбасары") for p in people)
    return [
        EventDraft(f"Ертіс форумы {base} {i}", place_id=place, organiser_id=org, tags=("форум", f"t{i % 2}"),
                   delegations=(Delegation("Kazakhstan", DelegationRole.GUEST, org, people[0], members),))
        for i in range(5)
    ] + [CommitmentDraft(f"Жол картасы {base} {i}", responsible_org_id=org, tags=("жол",)) for i in range(4)]


def test_add_many_stores_indexes_and_audits_like_add_one_by_one(tmp_path: Path, clock: FixedClock) -> None:
    one = open_archive(tmp_path / "one.sqlite", clock=clock)
    many = open_archive(tmp_path / "many.sqlite", clock=clock)
    singles = [one.add(d).id for d in _drafts(one, "X")]
    batched = add_many(many, _drafts(many, "X"), batch=2)  # several batches, one cut inside the events

    assert len(batched) == len(singles) == 9
    kinds = ["event"] * 5 + ["commitment"] * 4
    assert [_content(many.get(e, i).data) for e, i in zip(kinds, batched)] == \
        [_content(one.get(e, i).data) for e, i in zip(kinds, singles)]
    for text in ("ертіс форум", "Ust-Kamenogorsk", "жол картасы", "Baykhanov"):
        found_one = [(h.entity, h.title) for h in search(one, text)]
        found_many = [(h.entity, h.title) for h in search(many, text)]
        assert found_many and sorted(found_many) == sorted(found_one), text
    ops_one = [(op, entity) for op, entity, _u, _a in _audit_ops(one)]
    ops_many = [(op, entity) for op, entity, _u, _a in _audit_ops(many)]
    assert sorted(ops_many) == sorted(ops_one)
    # The audit entry names links by UUID, read from the batch's memory of what it added.
    event = many.get("event", batched[0])
    after = next(e.after for e in entries(many, AuditFilter(record_uuid=event.uuid)))
    assert after is not None
    assert after["place"] == many.get("place", event.data.place_id).uuid
    assert many.get("event", batched[0]).version == 1
    one.close()
    many.close()


def test_add_many_refuses_a_broken_link_by_name_and_keeps_earlier_batches(archive: Archive) -> None:
    good = [PlaceDraft(f"Place {i}") for i in range(3)]
    bad = EventDraft("Visit", place_id=999_999)
    with pytest.raises(ValidationError) as e:
        add_many(archive, [*good, bad, PlaceDraft("after")], batch=3)
    assert e.value.errors[0].field == "place_id" and e.value.errors[0].code == "missing_link"
    assert sorted(p.data.name for p in archive.list("place")) == ["Place 0", "Place 1", "Place 2"]


@pytest.mark.parametrize("chunk", [1, 2, 7])
def test_import_in_small_chunks_gives_what_import_in_one_chunk_gives(
        sample_archive: Archive, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch,
        chunk: int) -> None:
    monkeypatch.setattr(exchange, "CHUNK", chunk)
    other = open_archive(tmp_path / f"chunk{chunk}.sqlite", clock=clock)
    with SAMPLE.open("rb") as f:
        report = import_archive(other, f)
    assert report.added == sum(len(v) for k, v in json.loads(SAMPLE.read_bytes()).items() if isinstance(v, list))
    assert _export(other) == _export(sample_archive)
    assert sorted(_audit_ops(other)) == sorted(_audit_ops(sample_archive))
    hits = [h.title for h in search(other, "Baikhanov")]
    assert hits == [h.title for h in search(sample_archive, "Baikhanov")] and hits
    # Again, in chunks: nothing changes, nothing is written to the trail.
    before = len(_audit_ops(other))
    with SAMPLE.open("rb") as f:
        again = import_archive(other, f)
    assert (again.added, again.updated, again.kept_newer) == (0, 0, 0) and again.unchanged == report.added
    assert len(_audit_ops(other)) == before
    other.close()


def test_an_organisation_may_name_a_parent_read_in_the_same_chunk(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exchange, "CHUNK", 50)
    uuids = [f"00000000-0000-4000-8000-{i:012d}" for i in range(120)]
    orgs = [{"uuid": u, "name": f"Department {i}", "parent": uuids[i - 1] if i else None}
            for i, u in enumerate(uuids)]
    doc = {"format": "elshi-archive", "version": 1, "organisations": orgs}
    report = import_archive(archive, io.BytesIO(json.dumps(doc).encode()))
    assert report.added == 120
    last = archive.get_by_uuid("organisation", uuids[-1])
    parent = archive.get("organisation", last.data.parent_id)
    assert parent.uuid == uuids[-2] and parent.data.name == "Department 118"


def test_a_bad_record_in_a_late_chunk_leaves_the_archive_as_it_was(
        sample_archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exchange, "CHUNK", 3)
    before = _export(sample_archive)
    doc = json.loads(SAMPLE.read_bytes())
    for p in doc["persons"]:
        p["uuid"] = p["uuid"][:-4] + "beef"  # all new: written chunk by chunk
        p["notes"] = "changed"
    doc["persons"][-1]["names"] = "not a list"
    with pytest.raises(ExchangeError) as e:
        import_archive(sample_archive, io.BytesIO(json.dumps(doc, ensure_ascii=False).encode()))
    assert f"persons[{len(doc['persons']) - 1}].names" in str(e.value)
    assert _export(sample_archive) == before


def test_reading_every_record_at_once_gives_what_reading_each_one_gives(sample_archive: Archive) -> None:
    """The export and the index rebuild read records through Core a chunk at a time; each draft,
    with its child rows in order and its tags, is the one the archive reads for that record."""
    from database.mapping import read_all
    from database.records import ENTITIES

    sample_archive.delete("event", sample_archive.list("event")[0].id)  # the trash is exported too
    seen = 0
    with sample_archive.session() as s:
        for entity in ENTITIES:
            pairs = [pair for chunk in read_all(s, entity, chunk=3) for pair in chunk]
            ids = [row.id for row, _draft in pairs]
            assert ids == sorted(ids)
            assert len([i for i, (row, _d) in enumerate(pairs) if row.deleted_at is None]) == \
                sample_archive.count(entity)
            for row, draft in pairs:
                one = sample_archive.get(entity, row.id)
                assert (row.uuid, row.updated_at, row.deleted_at) == (one.uuid, one.updated_at, one.deleted_at)
                assert draft == one.data
                seen += 1
            live = [row.id for chunk in read_all(s, entity, live_only=True, chunk=2) for row, _d in chunk]
            assert live == [row.id for row, _d in pairs if row.deleted_at is None]
    assert seen == 63
