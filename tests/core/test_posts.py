"""Bundles between three posts in a ring: consulate → embassy → headquarters → consulate."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from database.archive import Archive
from database.clock import FixedClock
from database.records import Entity, PersonDraft
from operations import posts as ops
from tests.conftest import ArchiveTemplates
from tests.core.posts_helpers import Network, make_keys, network


@pytest.fixture(scope="session")
def post_keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("post-keys")
    make_keys(folder)
    return folder


@pytest.fixture
def net(tmp_path: Path, clock: FixedClock, archive_templates: ArchiveTemplates, post_keys: Path) -> Iterator[Network]:
    template = tmp_path / "template.sqlite"
    archive_templates.place(template, clock, with_sample=True)
    n = network(tmp_path, template, post_keys, clock)
    n.round()  # every post has sent the sample once: their versions are known to each other
    n.round()
    yield n
    n.close()


def event(a: Archive, title: str) -> tuple[int, object]:
    record = next(r for r in a.list(Entity.EVENT) if r.data.title == title)
    return record.id, record


def first_event(a: Archive) -> tuple[int, str]:
    record = a.list(Entity.EVENT)[0]
    return record.id, record.uuid


def summary(a: Archive, uuid: str) -> str:
    return a.get_by_uuid(Entity.EVENT, uuid).data.summary


def edit(a: Archive, uuid: str, **changes: object) -> None:
    record = a.get_by_uuid(Entity.EVENT, uuid)
    a.update(record.id, dataclasses.replace(record.data, **changes))


def test_an_edit_at_one_post_reaches_every_post_round_the_ring(net: Network) -> None:
    c = net.archives
    _, uuid = first_event(c["consulate"])
    edit(c["consulate"], uuid, summary="Agreed at the consulate")
    plan = net.hop("consulate", "embassy")
    assert [i.uuid for i in plan.updated] == [uuid] and not plan.conflicts
    assert summary(c["embassy"], uuid) == "Agreed at the consulate"
    net.hop("embassy", "hq")
    assert summary(c["hq"], uuid) == "Agreed at the consulate"
    assert net.hop("hq", "consulate").changes == 0  # back home: nothing new
    assert net.round() == 0


def test_an_edit_on_both_sides_is_one_conflict_and_either_choice_converges(net: Network) -> None:
    for choice in ("mine", "theirs"):
        c = net.archives
        _, uuid = first_event(c["consulate"])
        edit(c["consulate"], uuid, summary=f"consulate {choice}")
        edit(c["embassy"], uuid, summary=f"embassy {choice}")
        plan = net.hop("consulate", "embassy")
        assert [i.uuid for i in plan.conflicts] == [uuid]
        assert summary(c["embassy"], uuid) == f"embassy {choice}"  # the local record stays as it was
        (conflict,) = ops.list_conflicts(c["embassy"])
        assert conflict.from_post == "consulate" and conflict.incoming["summary"] == f"consulate {choice}"
        assert conflict.local["summary"] == f"embassy {choice}" and "summary" in conflict.differing()
        assert conflict.base is not None and conflict.base["summary"] != conflict.local["summary"]
        ops.resolve_conflict(c["embassy"], conflict.id, choice)
        expected = f"embassy {choice}" if choice == "mine" else f"consulate {choice}"
        net.round((("embassy", "hq"), ("hq", "consulate"), ("consulate", "embassy")))  # the next round
        assert {name: summary(a, uuid) for name, a in c.items()} == dict.fromkeys(c, expected)
        assert all(not ops.list_conflicts(a) for a in c.values())
        trail = [e for e in ops.posts.audit.history_of_uuid(c["embassy"], uuid) if e.op == "resolve"]
        assert trail and trail[-1].after is not None and trail[-1].after["choice"] == choice
        assert trail[-1].after["from_post"] == "consulate"


def test_a_field_by_field_resolution(net: Network) -> None:
    c = net.archives
    _, uuid = first_event(c["consulate"])
    edit(c["consulate"], uuid, summary="from the consulate", source="consulate cable")
    edit(c["embassy"], uuid, summary="from the embassy", source="embassy note")
    net.hop("consulate", "embassy")
    (conflict,) = ops.list_conflicts(c["embassy"])
    ops.resolve_conflict(c["embassy"], conflict.id, "fields", {"summary": "theirs"})
    record = c["embassy"].get_by_uuid(Entity.EVENT, uuid).data
    assert (record.summary, record.source) == ("from the consulate", "embassy note")


def test_deletions_and_merges_travel(net: Network) -> None:
    c = net.archives
    _, uuid = first_event(c["consulate"])
    record = c["consulate"].get_by_uuid(Entity.EVENT, uuid)
    c["consulate"].delete(Entity.EVENT, record.id)
    people = c["consulate"].list(Entity.PERSON)
    keep, drop = people[0], people[1]
    from operations.maintenance import merge_records

    merge_records(c["consulate"], "person", keep.id, drop.id)
    plan = net.hop("consulate", "embassy")
    assert uuid in [i.uuid for i in plan.deleted] and plan.merges == 1
    net.hop("embassy", "hq")
    for a in (c["embassy"], c["hq"]):
        assert a.get_by_uuid(Entity.EVENT, uuid).deleted
        assert a.get_by_uuid(Entity.PERSON, drop.uuid).deleted
        kept = a.get_by_uuid(Entity.PERSON, keep.uuid).data
        assert drop.data.name in {n.name for n in kept.names}
        from database.merge import merges

        assert [m.entity for m in merges(a)] == ["person"]
    assert net.round() == 0


def test_scans_arrive_byte_identical(net: Network, tmp_path: Path) -> None:
    c = net.archives
    scan = tmp_path / "memorandum scan.pdf"
    scan.write_bytes(bytes(range(256)) * 300 + b"%%EOF")
    _entity, _record_id, row = ops.attach_file(c["consulate"], f"event:{first_event(c['consulate'])[0]}", scan)
    net.hop("consulate", "embassy")
    net.hop("embassy", "hq")
    for name in ("embassy", "hq"):
        _, _, rows = ops.list_attachments(c[name], f"event:{first_event(c[name])[1]}")
        assert [(r.file_name, r.sha256) for r in rows] == [("memorandum scan.pdf", row.sha256)]
        assert rows[0].path.read_bytes() == scan.read_bytes()
    from operations.maintenance import check

    assert check(c["hq"]) == []


def test_a_new_record_travels_with_its_links(net: Network) -> None:
    c = net.archives
    person = c["hq"].add(PersonDraft(name="Айгерім Сапарова"))
    net.hop("hq", "consulate")
    assert c["consulate"].get_by_uuid(Entity.PERSON, person.uuid).data.name == "Айгерім Сапарова"


def test_three_posts_editing_one_record_settle_on_one_choice(net: Network) -> None:
    c = net.archives
    _, uuid = first_event(c["consulate"])
    for name in c:
        edit(c[name], uuid, summary=f"as {name} has it")
    seen = set()
    for _ in range(6):
        changes = 0
        for a, b in (("consulate", "embassy"), ("embassy", "hq"), ("hq", "consulate")):
            changes += net.hop(a, b).changes
            for conflict in ops.list_conflicts(c[b]):
                seen.update({conflict.local["summary"], conflict.incoming["summary"]})
            while found := ops.list_conflicts(c[b]):
                ops.resolve_conflict(c[b], found[0].id, "theirs")
        if changes == 0:
            break
    summaries = {summary(a, uuid) for a in c.values()}
    assert len(summaries) == 1 and summaries <= {f"as {name} has it" for name in c}
    assert seen == {f"as {name} has it" for name in c}  # every post's edit was weighed in a resolution
    assert all(not ops.list_conflicts(a) for a in c.values())


def test_a_conflict_seen_at_two_posts_is_settled_by_one_resolution(net: Network) -> None:
    c = net.archives
    _, uuid = first_event(c["consulate"])
    edit(c["consulate"], uuid, summary="the consulate's")
    edit(c["embassy"], uuid, summary="the embassy's")
    net.round()  # consulate → embassy → hq → consulate: both editors now hold the conflict
    assert [len(ops.list_conflicts(c[n])) for n in ("consulate", "embassy", "hq")] == [1, 1, 0]
    (conflict,) = ops.list_conflicts(c["embassy"])
    ops.resolve_conflict(c["embassy"], conflict.id, "theirs")
    net.round((("embassy", "hq"), ("hq", "consulate"), ("consulate", "embassy")))
    assert {summary(a, uuid) for a in c.values()} == {"the consulate's"}
    assert all(not ops.list_conflicts(a) for a in c.values())
    (settled,) = ops.list_conflicts(c["consulate"], include_resolved=True)
    assert settled.resolution == "superseded"  # by the embassy's choice, which saw both versions


def test_a_lost_bundle_is_made_good_by_sending_everything_again(net: Network) -> None:
    c = net.archives
    _, uuid = first_event(c["consulate"])
    edit(c["consulate"], uuid, summary="in the bundle that was lost")
    net.send("consulate", "embassy")  # never arrives
    person = c["consulate"].add(PersonDraft(name="Ерлан Жақсыбеков"))
    plan = net.hop("consulate", "embassy")
    assert [i.uuid for i in plan.new] == [person.uuid] and summary(c["embassy"], uuid) != "in the bundle that was lost"
    again = net.receive("embassy", net.send("consulate", "embassy", since="all"))
    assert [i.uuid for i in again.updated] == [uuid] and not again.new and not again.conflicts
    assert summary(c["embassy"], uuid) == "in the bundle that was lost"
