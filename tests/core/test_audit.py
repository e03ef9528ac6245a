import csv
import io
import json
import sqlite3
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy import func, select

from database import audit
from database import models as m
from database.archive import Archive
from database.clock import FixedClock
from database.engine import make_engine
from database.errors import ArchiveError
from database.migrate import _config
from database.opening import open_archive
from database.records import (
    Delegation,
    DelegationRole,
    EventDraft,
    Member,
    OrganisationDraft,
    PersonDraft,
    PlaceDraft,
)
from database.server import connect_raw
from database.trash import InUse, purge
from database.validation import ValidationError


def test_every_kind_of_change_is_recorded_with_time_user_record_and_fields(
    archive: Archive, clock: FixedClock
) -> None:
    omsk = archive.add(PlaceDraft("Омбы", "Ресей"))
    org = archive.add(OrganisationDraft("Омбы облысының үкіметі"))
    clock.time = datetime(2026, 11, 21, 14, 30)
    archive.update(omsk.id, PlaceDraft("Омбы", "Ресей", aliases=("Омск", "Omsk")))
    event = archive.add(EventDraft("Ертіс форумы", place_id=omsk.id, organiser_id=org.id))
    archive.delete("event", event.id)
    archive.restore("event", event.id)

    rows = audit.history(archive, "place", omsk.id)
    assert [r.op for r in rows] == ["add", "update"]
    assert rows[1].at == datetime(2026, 11, 21, 14, 30)  # the archive's clock, UTC
    assert rows[1].os_user == audit.os_user() and rows[1].os_user
    assert rows[1].entity == "place" and rows[1].record_uuid == omsk.uuid
    assert rows[1].before == {"name": "Омбы", "country": "Ресей", "region": "", "aliases": []}
    assert rows[1].changed_fields() == [("aliases", [], ["Омск", "Omsk"])]

    ev = audit.history(archive, "event", event.id)
    assert [r.op for r in ev] == ["add", "delete", "restore"]
    # Links are written as the linked record's UUID, so an entry keeps its meaning across archives.
    assert (
        ev[0].after is not None and ev[0].after["place"] == omsk.uuid and ev[0].after["organiser"] == org.uuid
    )
    assert ev[1].changed_fields() == [("in_trash", False, True)]
    assert ev[2].changed_fields() == [("in_trash", True, False)]


def test_an_import_is_recorded_per_record_and_an_unchanged_save_not_at_all(sample_archive: Archive) -> None:
    total = sum(sample_archive.count(e) for e in m.MODELS)
    assert audit.count(sample_archive, audit.AuditFilter(op="import")) == total
    person = sample_archive.list("person")[0]
    sample_archive.update(person.id, person.data)  # saved with nothing changed
    assert [r.op for r in audit.history(sample_archive, "person", person.id)] == ["import"]


def test_a_refused_write_leaves_no_entry(archive: Archive) -> None:
    with pytest.raises(ValidationError):
        archive.add(PlaceDraft(""))
    assert audit.count(archive) == 0


def test_the_database_itself_refuses_to_change_or_delete_audit_entries(archive: Archive) -> None:
    archive.add(PlaceDraft("Орал"))
    archive.close()
    if archive.url is not None:  # on a server, as its superuser: no role may change the trail
        with connect_raw(archive.url, autocommit=True) as pg:
            assert pg.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone() == (True,)
            for sql in ("UPDATE audit_log SET os_user = 'someone else'", "DELETE FROM audit_log",
                        "TRUNCATE audit_log"):
                with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                    pg.execute(sql)
            assert pg.execute("SELECT count(*), min(os_user) FROM audit_log").fetchone() == (1, audit.os_user())
        return
    with sqlite3.connect(archive.path) as db:
        for sql in ("UPDATE audit_log SET os_user = 'someone else'", "DELETE FROM audit_log"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                db.execute(sql)
        assert db.execute("SELECT count(*), min(os_user) FROM audit_log").fetchone() == (1, audit.os_user())


def test_the_audit_list_filters_by_type_operation_user_time_and_text(
    sample_archive: Archive, clock: FixedClock
) -> None:
    clock.time = datetime(2026, 11, 22, 9, 0)
    place = sample_archive.list("place")[0]
    sample_archive.update(place.id, PlaceDraft(place.data.name, place.data.country, "Жайық өңірі"))
    newest = audit.entries(sample_archive, limit=1)[0]
    assert newest.op == "update" and newest.record_uuid == place.uuid  # newest first
    assert audit.count(sample_archive, audit.AuditFilter(entity="place", op="update")) == 1
    assert audit.count(sample_archive, audit.AuditFilter(since=datetime(2026, 11, 22))) == 1
    assert (
        audit.count(sample_archive, audit.AuditFilter(until=datetime(2026, 11, 22)))
        == audit.count(sample_archive) - 1
    )
    assert audit.count(sample_archive, audit.AuditFilter(os_user="nobody-like-this")) == 0
    # Text is matched case-insensitively in any script, in the fields before or after.
    found = audit.entries(sample_archive, audit.AuditFilter(text="ЖАЙЫҚ ӨҢІРІ"))
    assert [r.id for r in found] == [newest.id]
    assert audit.users(sample_archive) == [audit.os_user()]


def test_the_audit_trail_exports_as_csv_that_reads_back(sample_archive: Archive) -> None:
    out = io.StringIO()
    n = audit.export_csv(sample_archive, out, audit.AuditFilter(entity="person"))
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert n == len(rows) == sample_archive.count("person")
    assert list(rows[0]) == list(audit.CSV_COLUMNS)
    names = {json.loads(r["after"])["name"] for r in rows}
    assert "Асайын Байханов" in names
    assert all(r["at_utc"].endswith("Z") and r["op"] == "import" for r in rows)


def test_a_user_name_that_looks_like_a_formula_is_defused_in_csv(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit, "_account_name", lambda: '=HYPERLINK("x")')
    audit.os_user.cache_clear()
    try:
        archive.add(PlaceDraft("Атырау"))
        out = io.StringIO()
        audit.export_csv(archive, out)
    finally:
        audit.os_user.cache_clear()
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["os_user"] == '\'=HYPERLINK("x")'


def test_the_user_name_never_fails_to_be_found(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_user() -> str:
        raise OSError("no user")

    monkeypatch.setattr(audit, "_account_name", no_user)
    audit.os_user.cache_clear()
    try:
        assert audit.os_user()
    finally:
        audit.os_user.cache_clear()


def test_the_user_name_is_the_accounts_not_what_the_environment_says(monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import pwd

    monkeypatch.setenv("USER", "someone-else")
    monkeypatch.setenv("LOGNAME", "someone-else")
    monkeypatch.setenv("USERNAME", "someone-else")
    audit.os_user.cache_clear()
    try:
        assert audit.os_user() == pwd.getpwuid(os.getuid()).pw_name != "someone-else"

        def no_entry(uid: int) -> object:
            raise KeyError(uid)

        monkeypatch.setattr(pwd, "getpwuid", no_entry)  # an arbitrary uid without a passwd line
        audit.os_user.cache_clear()
        assert audit.os_user() == f"uid {os.getuid()}"
    finally:
        audit.os_user.cache_clear()


def archive_at_0001(path: Path) -> str:
    """A file as the first Elshi left it (schema 0001) holding one place; returns its UUID."""
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0001")
        conn.exec_driver_sql(
            "INSERT INTO places (name, country, region, uuid, created_at, updated_at) "
            "VALUES ('Шаңхай', 'Қытай', '', 'a3f0c1de-0000-4000-8000-000000000001', "
            "'2025-05-01 10:00:00', '2025-05-01 10:00:00')"
        )
    engine.dispose()
    return "a3f0c1de-0000-4000-8000-000000000001"


def test_an_archive_from_before_the_audit_trail_is_upgraded_with_its_records(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "old.sqlite"
    uuid = archive_at_0001(path)
    archive = open_archive(path, clock=clock)
    try:
        place = archive.get_by_uuid("place", uuid)
        assert place.data.name == "Шаңхай"
        with archive.session() as s:
            assert s.scalar(select(m.Place.version).where(m.Place.id == place.id)) == 1
            assert s.scalar(select(func.count()).select_from(m.AuditEntry)) == 0
        assert list(archive.backups_dir.glob("old-before-migration-0001-*"))
        archive.update(place.id, PlaceDraft("Шанхай", "Китай"))
        assert [r.op for r in audit.history(archive, "place", place.id)] == ["update"]
    finally:
        archive.close()


# --- purge ------------------------------------------------------------------------------------


def test_purge_refuses_a_record_that_is_not_in_the_trash(archive: Archive) -> None:
    place = archive.add(PlaceDraft("Орал"))
    with pytest.raises(ArchiveError) as e:
        purge(archive, "place", place.id)
    assert e.value.code == "purge.not_in_trash"
    assert archive.get("place", place.id).data.name == "Орал"


def test_purge_refuses_a_person_who_is_still_a_delegation_member_and_says_where(archive: Archive) -> None:
    person = archive.add(PersonDraft("Асаин Байханов"))
    event = archive.add(
        EventDraft(
            "XXI форум",
            delegations=(
                Delegation("Павлодар облысы", DelegationRole.GUEST, members=(Member(person.id, "әкім"),)),
            ),
        )
    )
    archive.delete("person", person.id)
    with pytest.raises(InUse) as e:
        purge(archive, "person", person.id)
    assert e.value.code == "purge.in_use"
    assert [(u.entity, u.id, u.role) for u in e.value.uses] == [
        ("event", event.id, "delegation_members.person_id")
    ]
    assert archive.get("person", person.id).deleted
    assert [r.op for r in audit.history(archive, "person", person.id)] == ["add", "delete"]


def test_purge_deletes_for_good_empties_optional_links_and_audits_both(
    archive: Archive, clock: FixedClock
) -> None:
    place = archive.add(PlaceDraft("Атырау", aliases=("Atyrau",)))
    event = archive.add(EventDraft("Каспий – море дружбы", place_id=place.id, tags=("ралли",)))
    archive.delete("place", place.id)
    seen: list[tuple[str, str, frozenset[int]]] = []
    archive.subscribe(lambda c: seen.append((c.entity, c.op, c.ids)))
    purge(archive, "place", place.id)

    assert archive.list("place", deleted=True) == []
    assert archive.get("event", event.id).data.place_id is None
    place_log = audit.history_of_uuid(archive, place.uuid)
    assert [r.op for r in place_log] == ["add", "delete", "purge"]
    # what the place said is gone from the trail; that it was purged, when and by whom stays
    assert [(r.before, r.after, r.erased) for r in place_log[:2]] == [(None, None, True)] * 2
    assert place_log[-1].before is None and place_log[-1].after == {"erased_entries": 2}
    assert place_log[-1].os_user == audit.os_user() and place_log[-1].at == clock.now()
    with archive.session() as s:
        trail = " ".join(str(x) for row in s.execute(select(m.AuditEntry.before, m.AuditEntry.after)) for x in row)
    assert "Atyrau" not in trail and "Атырау" not in trail and "Каспий" in trail
    event_log = audit.history(archive, "event", event.id)
    assert event_log[-1].op == "update" and event_log[-1].changed_fields() == [("place", place.uuid, None)]
    assert ("place", "purge", frozenset({place.id})) in seen and (
        "event",
        "update",
        frozenset({event.id}),
    ) in seen
    with archive.session() as s:
        assert s.scalar(select(m.Event.version).where(m.Event.id == event.id)) == 2
        assert s.scalar(select(func.count()).select_from(m.PlaceAlias)) == 0


def test_attaching_a_file_is_recorded_without_making_an_open_form_stale(
    archive: Archive, tmp_path: Path
) -> None:
    from database.attachments import attach
    from database.concurrency import version_of

    event = archive.add(EventDraft("Ертіс форумы"))
    scan = tmp_path / "Меморандум.pdf"
    scan.write_bytes(b"%PDF-1.7")
    attach(archive, "event", event.id, scan)
    entry = audit.history(archive, "event", event.id)[-1]
    assert entry.op == "attach" and entry.after == {"attachments": ["Меморандум.pdf"]}
    assert version_of(archive, "event", event.id) == 1  # the fields a form holds did not change


def test_a_merge_is_recorded_for_both_records(archive: Archive) -> None:
    from database.merge import merge

    keep = archive.add(PersonDraft("Асаин Байханов"))
    drop = archive.add(PersonDraft("Асайын Байханов", notes="Павлодар облысының әкімі"))
    merge(archive, "person", keep.id, drop.id)
    assert [r.op for r in audit.history(archive, "person", keep.id)] == ["add", "merge"]
    dropped = audit.history(archive, "person", drop.id)
    assert [r.op for r in dropped] == ["add", "merge"] and dropped[-1].before is not None
