"""The audit trail is tamper-evident: each entry sealed onto a hash chain, the head kept in the
archive and in every backup's manifest, the protecting triggers compared with their exact
definitions, and a purge that erases content while the chain still verifies."""

import hashlib
import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command

from database import audit, audit_chain, manifest
from database.archive import Archive
from database.backup import backup_now, restore
from database.clock import FixedClock
from database.engine import make_engine
from database.integrity import find_problems
from database.migrate import _config
from database.opening import open_archive
from database.records import EventDraft, PersonDraft, PlaceDraft
from database.trash import purge
from desktop_app.cli import main

# What someone with sqlite3 and write access does in the issue: same names, no protection.
NO_OP_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END",
)


def codes(archive: Archive) -> list[tuple[str, object]]:
    return [(p.code, p.params.get("id", p.params.get("trigger"))) for p in find_problems(archive)]


def some_history(archive: Archive) -> list[int]:
    """A few records and edits; the ids of their audit entries, oldest first."""
    place = archive.add(PlaceDraft("Омбы", "Ресей"))
    archive.update(place.id, PlaceDraft("Омбы", "Ресей", aliases=("Омск",)))
    archive.add(EventDraft("Ертіс: достық өзені – даму өзені", place_id=place.id))
    archive.add(PersonDraft("Виталий Хоценко"))
    return [r.id for r in reversed(audit.entries(archive))]


def tamper(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as db:
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("DROP TRIGGER audit_log_no_delete")
        for statement in statements:
            db.execute(statement)
        for trigger in NO_OP_TRIGGERS:
            db.execute(trigger)
    db.close()


def test_a_fresh_trail_verifies_and_its_triggers_are_exactly_elshis(archive: Archive) -> None:
    some_history(archive)
    assert find_problems(archive) == []
    with sqlite3.connect(archive.path) as db:
        found = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"))
    db.close()
    assert found == dict(audit_chain.TRIGGERS)


def test_the_issues_attack_an_edited_entry_behind_no_op_triggers_is_reported(archive: Archive) -> None:
    ids = some_history(archive)
    edited = ids[1]
    tamper(archive.path, f"UPDATE audit_log SET os_user = 'nobody', after = replace(after, 'Омск', 'Omsk') "
                         f"WHERE id = {edited}")
    problems = find_problems(archive)
    assert [(p.code, p.params.get("trigger", p.params.get("id"))) for p in problems] == [
        ("audit.trigger_changed", "audit_log_no_update"),
        ("audit.trigger_changed", "audit_log_no_delete"),
        ("audit.changed", edited),
    ]
    entry = next(r for r in audit.entries(archive) if r.id == edited)
    assert problems[-1].params["at"] == entry.at.strftime("%Y-%m-%d %H:%M:%S UTC")
    assert f"entry {edited} (" in problems[-1].message


def test_a_changed_time_or_user_alone_breaks_the_chain(archive: Archive) -> None:
    ids = some_history(archive)
    tamper(archive.path, f"UPDATE audit_log SET at = '2020-01-01 00:00:00.000000' WHERE id = {ids[2]}")
    assert ("audit.changed", ids[2]) in codes(archive)


def test_a_deleted_entry_and_entries_removed_from_the_end_are_reported(archive: Archive) -> None:
    ids = some_history(archive)
    tamper(archive.path, f"DELETE FROM audit_log WHERE id = {ids[1]}")
    assert ("audit.removed", ids[2]) in codes(archive)

    tamper(archive.path, f"DELETE FROM audit_log WHERE id <= {ids[1]}")  # the start, renumbered nothing
    assert ("audit.removed", ids[2]) in codes(archive)


def test_entries_cut_from_the_end_no_longer_match_the_head(archive: Archive) -> None:
    ids = some_history(archive)
    tamper(archive.path, f"DELETE FROM audit_log WHERE id >= {ids[-2]}")
    assert ("audit.truncated", ids[-3]) in codes(archive)
    # and a write after that does not paper over the gap: it chains from the head
    archive.add(PlaceDraft("Павлодар"))
    assert any(code in ("audit.removed", "audit.truncated") for code, _ in codes(archive))


def test_an_entry_slipped_in_without_a_seal_is_reported(archive: Archive) -> None:
    some_history(archive)
    tamper(archive.path, "INSERT INTO audit_log (at, os_user, op, entity, record_uuid, before, after) "
                         "VALUES ('2026-11-21 10:00:00.000000', 'root', 'add', 'place', NULL, NULL, '{}')")
    assert [c for c, _ in codes(archive)][-1] == "audit.unsealed"


def test_a_trail_rewritten_with_every_hash_recomputed_is_caught_by_a_backups_manifest(archive: Archive) -> None:
    ids = some_history(archive)
    copy = backup_now(archive)
    recorded = manifest.read(manifest.manifest_path(copy))
    assert recorded is not None and recorded["audit"]["last_id"] == ids[-1]
    assert recorded["sha256"] == hashlib.sha256(copy.read_bytes()).hexdigest()
    archive.add(PlaceDraft("Шаңхай"))
    archive.close()
    # Rewrite history the careful way: change an entry, then re-seal it and everything after.
    with sqlite3.connect(archive.path) as db:
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute(f"UPDATE audit_log SET os_user = 'nobody' WHERE id = {ids[0]}")
        previous = audit_chain.GENESIS
        rows = db.execute("SELECT id, at, os_user, op, entity, record_uuid, content_sha256 FROM audit_log "
                          "ORDER BY id").fetchall()
        for entry_id, at, user, op, entity, uuid, content in rows:
            previous = audit_chain.chain_link(previous, entry_id, datetime.fromisoformat(at), user, op, entity,
                                              uuid, content)
            db.execute("UPDATE audit_log SET chain_sha256 = ? WHERE id = ?", (previous, entry_id))
        db.execute("UPDATE audit_head SET chain_sha256 = ?", (previous,))
        db.execute(audit_chain.NO_UPDATE)
    db.close()
    problems = find_problems(archive)
    assert [(p.code, p.params["id"]) for p in problems] == [("audit.rewritten", ids[-1])]
    assert copy.name in problems[0].message


def test_a_purge_erases_the_content_and_the_chain_still_verifies(archive: Archive) -> None:
    person = archive.add(PersonDraft("Бақытжан Баяхметов", notes="Bayakhmetov"))
    archive.update(person.id, PersonDraft("Бақытжан Баяхметов", notes="Bayakhmetov, Баяхметов Б."))
    archive.add(PlaceDraft("Өскемен"))
    backup_now(archive)
    archive.delete("person", person.id)
    purge(archive, "person", person.id)
    assert find_problems(archive) == []  # the backup taken before the purge still agrees
    log = audit.history_of_uuid(archive, person.uuid)
    assert [(r.op, r.erased) for r in log] == [("add", True), ("update", True), ("delete", True), ("purge", False)]
    assert log[-1].os_user == audit.os_user()
    with sqlite3.connect(archive.path) as db:
        text = " ".join(str(v) for row in db.execute("SELECT * FROM audit_log") for v in row)
    db.close()
    assert "Баяхметов" not in text and "Bayakhmetov" not in text and "Өскемен" in text


def test_content_erased_without_a_purge_is_reported(archive: Archive) -> None:
    ids = some_history(archive)
    with sqlite3.connect(archive.path) as db:  # the one update the trigger allows
        db.execute(f"UPDATE audit_log SET salt = NULL, before = NULL, after = NULL WHERE id = {ids[1]}")
    db.close()
    assert codes(archive) == [("audit.erased", ids[1])]


def test_a_restore_of_an_older_backup_raises_no_false_alarm(archive: Archive, clock: FixedClock) -> None:
    some_history(archive)
    older = backup_now(archive)
    clock.time = datetime(2026, 11, 21, 13)
    archive.add(PlaceDraft("Орал"))
    backup_now(archive)  # a newer backup, of history the restore will replace
    clock.time = datetime(2026, 11, 21, 14)
    restore(archive, older)
    archive.add(PlaceDraft("Ақтөбе"))
    clock.time = datetime(2026, 11, 21, 15)
    backup_now(archive)  # and one after the restore, on the history as it now is
    assert find_problems(archive) == []


def test_check_on_the_command_line_names_the_broken_entry_in_the_users_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.sqlite"
    assert main(["--archive", str(path), "--create", "sample"]) == 0
    with sqlite3.connect(path) as db:
        at = db.execute("SELECT at FROM audit_log WHERE id = 3").fetchone()[0]
    db.close()
    tamper(path, "UPDATE audit_log SET after = '{}' WHERE id = 3")
    capsys.readouterr()
    assert main(["--lang", "ru", "--archive", str(path), "check"]) == 1
    out = capsys.readouterr().out
    assert "audit_log_no_update" in out and at[:19] in out
    line = next(x for x in out.splitlines() if at[:19] in x)
    assert " 3 " in line and "entry" not in line  # in Russian, not English
    assert main(["--lang", "kk", "--archive", str(path), "check"]) == 1
    assert "entry" not in capsys.readouterr().out


def archive_at_0005(path: Path) -> None:
    """A file as Elshi left it before the trail was sealed, with entries in its trail."""
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0005")
        for i, name in enumerate(("Шаңхай", "Омбы", "Орал"), 1):
            conn.exec_driver_sql(
                "INSERT INTO audit_log (at, os_user, op, entity, record_uuid, before, after) VALUES (?, 'staff', "
                "'add', 'place', ?, NULL, ?)",
                (f"2025-05-0{i} 10:00:00.000000", f"a3f0c1de-0000-4000-8000-00000000000{i}",
                 json.dumps({"name": name}, ensure_ascii=False)))
    engine.dispose()


def test_an_older_trail_is_sealed_by_the_upgrade_and_then_verifies(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "old.sqlite"
    archive_at_0005(path)
    archive = open_archive(path, clock=clock)
    try:
        assert find_problems(archive) == []
        archive.add(PlaceDraft("Астана"))
        rows = list(reversed(audit.entries(archive)))
        assert [r.op for r in rows] == ["add"] * 4 and rows[0].after == {"name": "Шаңхай"}
        assert find_problems(archive) == []
        with archive.engine.connect() as conn:
            assert audit_chain.head(conn).last_id == rows[-1].id
    finally:
        archive.close()
    # and the upgrade sealed what was there: editing an old entry now shows
    tamper(path, "UPDATE audit_log SET after = '{\"name\": \"Пекин\"}' WHERE id = 1")
    archive = open_archive(path, clock=clock)
    try:
        assert ("audit.changed", 1) in codes(archive)
    finally:
        archive.close()


def test_a_time_that_is_no_time_is_reported_not_raised(archive: Archive) -> None:
    ids = some_history(archive)
    tamper(archive.path, f"UPDATE audit_log SET at = 12345 WHERE id = {ids[1]}",
           f"UPDATE audit_log SET at = 'yesterday' WHERE id = {ids[2]}")
    assert ("audit.changed", ids[1]) in codes(archive)
    assert all(p.message for p in find_problems(archive))


def test_a_head_edited_into_nonsense_is_reported_and_writes_go_on(archive: Archive) -> None:
    some_history(archive)
    with sqlite3.connect(archive.path) as db:
        db.execute("UPDATE audit_head SET last_id = 'x'")
    db.close()
    assert [c for c, _ in codes(archive)] == ["audit.head"]
    archive.add(PlaceDraft("Атырау"))  # the next write still works, and the break still shows
    assert codes(archive)
