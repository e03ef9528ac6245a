"""Random edits at three posts, bundles in a ring: after exchanging until quiet every post holds
the same records, and an edit is gone only where a recorded conflict resolution chose so."""

from __future__ import annotations

import dataclasses
import itertools
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from database.archive import Archive
from database.audit import entries
from database.clock import FixedClock
from database.known import Known
from database.records import ENTITIES, Entity
from database.sync import fields_hash, read_records
from operations import posts as ops
from tests.conftest import TODAY, ArchiveTemplates
from tests.core.posts_helpers import NAMES, RING, Network, network
from tests.core.test_posts import post_keys

__all__ = ["post_keys"]
RECORDS = 3

step = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(NAMES), st.integers(0, RECORDS - 1)),
    st.tuples(st.just("trash"), st.sampled_from(NAMES), st.integers(0, RECORDS - 1)),
    st.tuples(st.just("hop"), st.integers(0, len(RING) - 1), st.just(0)),
)


def settle_conflicts(archive: Archive) -> None:
    """The same choice wherever a conflict shows: the version whose summary sorts last."""
    while found := ops.list_conflicts(archive):
        c = found[0]
        mine = str(archive.get_by_uuid(Entity.EVENT, c.record_uuid).data.summary)
        theirs = str(c.incoming.get("summary"))
        ops.resolve_conflict(archive, c.id, "theirs" if theirs > mine else "mine")


def hop(net: Network, a: str, b: str) -> int:
    changes = net.hop(a, b).changes
    settle_conflicts(net.archives[b])
    return changes


def state(a: Archive) -> dict[str, str]:
    with a.session() as s:
        known = Known()
        out = {}
        for entity in ENTITIES:
            uuids = list(known.uuids(s, entity).values())
            out.update({u: fields_hash(f) for u, f in read_records(s, entity, uuids, known).items()})
        return out


def considered(a: Archive) -> str:
    """Every summary a resolution here weighed (mine at the time, and the other post's)."""
    incoming = {c.id: str(c.incoming.get("summary")) for c in ops.list_conflicts(a, include_resolved=True)}
    seen = []
    for e in entries(a):
        if e.op == "resolve" and e.after and e.after.get("choice") != "superseded":
            seen.append(str((e.before or {}).get("summary")))
            seen.append(incoming.get(int(e.after["conflict"]), ""))
    return "\n".join(seen)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=1, max_size=14))
def test_random_edits_converge_and_lose_nothing_unrecorded(
        steps: list[tuple[str, object, int]], archive_templates: ArchiveTemplates, post_keys: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="elshi-ring-"))
    clock = FixedClock(TODAY)
    try:
        template = folder / "template.sqlite"
        archive_templates.place(template, clock, with_sample=True)
        net = network(folder, template, post_keys, clock)
        try:
            uuids = [r.uuid for r in net.archives["consulate"].list(Entity.EVENT)[:RECORDS]]
            tokens: list[tuple[str, str]] = []
            counter = itertools.count()
            for kind, who, index in steps:
                if kind == "hop":
                    a, b = RING[int(str(who))]
                    hop(net, a, b)
                    continue
                archive = net.archives[str(who)]
                record = archive.get_by_uuid(Entity.EVENT, uuids[index])
                if kind == "edit":
                    token = f"<{who}-{next(counter)}>"
                    tokens.append((uuids[index], token))
                    archive.update(record.id, dataclasses.replace(record.data,
                                                                  summary=record.data.summary + token))
                elif record.deleted:
                    archive.restore(Entity.EVENT, record.id)
                else:
                    archive.delete(Entity.EVENT, record.id)
            for _ in range(12):
                changes = sum(hop(net, a, b) for a, b in RING)
                if changes == 0 and not any(ops.list_conflicts(x) for x in net.archives.values()):
                    break
            else:
                raise AssertionError("the posts did not become quiet")
            states = [state(a) for a in net.archives.values()]
            assert states[0] == states[1] == states[2]
            weighed = "\n".join(considered(a) for a in net.archives.values())
            for uid, token in tokens:
                final = net.archives["hq"].get_by_uuid(Entity.EVENT, uid).data.summary
                assert token in final or token in weighed, token
        finally:
            net.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
