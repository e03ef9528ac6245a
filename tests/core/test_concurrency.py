import io
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from database import audit
from database.archive import Archive
from database.clock import FixedClock
from database.concurrency import load, save, version_of
from database.errors import Busy, Conflict
from database.exchange import import_archive
from database.merge import merge, undo_merge
from database.opening import open_archive
from database.records import CommitmentDraft, Delegation, DelegationRole, EventDraft, PersonDraft, PlaceDraft

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def second(archive: Archive, clock: FixedClock) -> Iterator[Archive]:
    """The same archive file opened a second time, as by another window or process."""
    other = open_archive(archive.path, clock=clock)
    yield other
    other.close()


def test_the_version_rises_with_every_write_delete_restore_and_import(
    archive: Archive, tmp_path: Path
) -> None:
    place = archive.add(PlaceDraft("Орал"))
    assert version_of(archive, "place", place.id) == 1
    archive.update(place.id, PlaceDraft("Орал", "Қазақстан"))
    archive.update(place.id, PlaceDraft("Орал", "Қазақстан"))  # unchanged: nothing written
    assert version_of(archive, "place", place.id) == 2
    archive.delete("place", place.id)
    archive.restore("place", place.id)
    assert version_of(archive, "place", place.id) == 4
    doc = (
        '{"format": "elshi-archive", "version": 1, "places": [{"uuid": "'
        + place.uuid
        + '", "name": "Уральск",'
        ' "updated_at": "2030-01-01T00:00:00"}]}'
    )
    import_archive(archive, io.BytesIO(doc.encode()))
    assert version_of(archive, "place", place.id) == 5


def test_a_merge_and_its_undo_raise_the_versions_of_both_records_and_of_those_whose_links_moved(
    archive: Archive,
) -> None:
    keep = archive.add(PersonDraft("Асаин Байханов"))
    drop = archive.add(PersonDraft("Асайын Байханов"))
    # Only the event's delegation rows point at the dropped person: the event's own row is not
    # written by the merge, and its version must still rise, as a form open on it is stale.
    event = archive.add(EventDraft("Ертіс форумы", delegations=(
        Delegation("Павлодар облысы", DelegationRole.GUEST, head_id=drop.id),)))
    info = merge(archive, "person", keep.id, drop.id)
    assert [version_of(archive, e, i) for e, i in (("person", keep.id), ("person", drop.id), ("event", event.id))] \
        == [2, 2, 2]
    undo_merge(archive, info.id)
    assert [version_of(archive, e, i) for e, i in (("person", keep.id), ("person", drop.id), ("event", event.id))] \
        == [3, 3, 3]
    assert archive.get("event", event.id).data.delegations[0].head_id == drop.id


def test_a_save_with_a_stale_version_after_a_delete_and_restore_is_refused(archive: Archive) -> None:
    place = archive.add(PlaceDraft("Семей"))
    _, loaded = load(archive, "place", place.id)
    archive.delete("place", place.id)
    archive.restore("place", place.id)
    with pytest.raises(Conflict) as e:
        save(archive, place.id, PlaceDraft("Семипалатинск"), loaded)
    assert (e.value.expected, e.value.found) == (1, 3)
    assert archive.get("place", place.id).data.name == "Семей"


def test_a_save_over_a_newer_version_from_another_window_is_refused_and_writes_nothing(
    archive: Archive, second: Archive
) -> None:
    place = archive.add(PlaceDraft("Омбы"))
    record, loaded = load(archive, "place", place.id)  # window A opens the form
    save(
        second, place.id, PlaceDraft("Омбы", "Ресей"), version_of(second, "place", place.id)
    )  # window B saves
    entries = audit.count(archive)

    with pytest.raises(Conflict) as e:
        save(archive, place.id, PlaceDraft("Омск"), loaded)
    assert e.value.code == "record.conflict" and (e.value.expected, e.value.found) == (1, 2)
    assert archive.get("place", place.id).data == PlaceDraft("Омбы", "Ресей")  # B's edit is kept
    assert audit.count(archive) == entries  # and nothing of A's refused save was logged
    # After reloading, A saves over what B wrote.
    _, fresh = load(archive, "place", place.id)
    assert save(archive, place.id, PlaceDraft("Омск", "Ресей"), fresh).data.name == "Омск"
    assert record.data.name == "Омбы"


def test_a_save_without_a_version_still_works_for_scripts(archive: Archive) -> None:
    place = archive.add(PlaceDraft("Атырау"))
    assert save(archive, place.id, PlaceDraft("Атырау", "Қазақстан"), None).data.country == "Қазақстан"


def test_an_archive_locked_by_another_process_gives_a_busy_code_not_a_crash(archive: Archive) -> None:
    place = archive.add(PlaceDraft("Ақтөбе"))
    archive.engine.dispose()
    # A short wait here instead of the 10 s a person gets, so the test does not sit idle.
    event.listen(archive.engine, "connect", lambda con, _rec: con.execute("PRAGMA busy_timeout = 50"))
    other = sqlite3.connect(archive.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process in the middle of a long write
    try:
        with pytest.raises(Busy) as e:
            save(archive, place.id, PlaceDraft("Актобе"), 1)
        assert e.value.code == "archive.busy"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert save(archive, place.id, PlaceDraft("Актобе"), 1).data.name == "Актобе"  # works once free




WORKER = textwrap.dedent("""
    import sys
    from database.opening import open_archive
    from database.concurrency import load, save
    from database.errors import Conflict
    from database.records import CommitmentDraft, ProgressNote

    archive = open_archive(sys.argv[1])
    record_id, rounds, me = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    conflicts = 0
    for n in range(rounds):
        while True:  # what a person does after a conflict: reload, redo the edit, save again
            record, version = load(archive, "commitment", record_id)
            notes = record.data.notes + (ProgressNote(text=f"{me} {n}"),)
            try:
                save(archive, record_id, CommitmentDraft(record.data.text, notes=notes), version)
                break
            except Conflict:
                conflicts += 1
    archive.close()
    print(conflicts)
""")


def test_two_processes_editing_one_record_lose_no_update(archive: Archive) -> None:
    record = archive.add(CommitmentDraft("Екі жақты іс-шаралар жоспарын дайындау"))
    rounds = 25
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(archive.path), str(record.id), str(rounds), who],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("A", "B")
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in results]
    notes = archive.get("commitment", record.id).data.notes
    for who in ("A", "B"):  # every edit of each process is there, in its own order
        assert [n.text for n in notes if n.text.startswith(who)] == [f"{who} {n}" for n in range(rounds)]
    assert version_of(archive, "commitment", record.id) == 1 + 2 * rounds
    assert audit.count(archive, audit.AuditFilter(op="update")) == 2 * rounds


def test_two_processes_importing_at_once_both_land_whole(archive: Archive, tmp_path: Path) -> None:
    files = []
    for who in ("a", "b"):
        places = ",".join(
            f'{{"uuid": "00000000-0000-4000-8000-{who * 4}{i:08d}", "name": "{who} {i}"}}' for i in range(300)
        )
        path = tmp_path / f"{who}.json"
        path.write_text(
            f'{{"format": "elshi-archive", "version": 1, "places": [{places}]}}', encoding="utf-8"
        )
        files.append(path)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "--archive", str(archive.path), "--create", "import", str(f)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in results]
    assert archive.count("place") == 600
    with archive.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
