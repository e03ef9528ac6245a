import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from database import audit, backup, copying
from database.archive import Archive
from database.backup import backup_if_due, backup_now, kept, list_backups, restore, rotate
from database.clock import FixedClock
from database.encryption import Key, encrypt_copy
from database.errors import BackupError
from database.opening import open_archive
from database.records import PlaceDraft
from desktop_app.cli import main
from tests.raw_db import raw_connect


def names_in(path: Path, key: Key | None = None) -> list[str]:
    with raw_connect(path, key) as db:
        return [r[0] for r in db.execute("SELECT name FROM places ORDER BY id")]


def test_a_backup_is_a_checked_self_contained_copy_of_the_committed_records(archive: Archive) -> None:
    archive.add(PlaceDraft("Шаңхай"))
    other = raw_connect(archive.path, archive.key, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # someone is half-way through a write while the backup runs
    other.execute("INSERT INTO places (name, country, region, uuid, created_at, updated_at, version) "
                  "VALUES ('half-written', '', '', 'x', '2026-01-01', '2026-01-01', 1)")
    try:
        path = backup_now(archive)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert path.parent == archive.backups_dir and path.name == "archive-20261121-120000.sqlite"
    assert names_in(path, archive.key) == ["Шаңхай"]
    assert not Path(str(path) + "-wal").exists()  # one file, nothing beside it to lose
    assert backup.verify(path, key=archive.key) is None
    with raw_connect(path, archive.key) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_backup_to_a_chosen_file_never_overwrites(archive: Archive, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    target.write_bytes(b"something precious")
    with pytest.raises(BackupError) as e:
        backup_now(archive, to=target)
    assert e.value.code == "backup.target_exists"
    assert target.read_bytes() == b"something precious"
    assert not list(tmp_path.glob("*.part"))


def test_a_copy_that_fails_its_check_is_not_kept_and_nothing_older_is_dropped(
        archive: Archive, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    for hour in range(12):
        clock.time = datetime(2026, 11, 21, hour)
        backup_now(archive)
    before = sorted(p.name for p in archive.backups_dir.iterdir())
    # each kept copy with its manifest, and the manifests of dropped copies dropped with them
    assert len([n for n in before if n.endswith(".sqlite")]) == backup.KEEP_RECENT
    assert len([n for n in before if n.endswith(".sqlite.manifest.json")]) == backup.KEEP_RECENT
    monkeypatch.setattr(copying, "examine", lambda path, key=None: (("archive.damaged", "simulated"), None))
    clock.time = datetime(2026, 11, 21, 13)
    with pytest.raises(BackupError) as e:
        backup_now(archive)
    assert e.value.code == "backup.unsound"
    assert sorted(p.name for p in archive.backups_dir.iterdir()) == before


def test_the_rotation_keeps_recent_then_daily_weekly_and_monthly_backups() -> None:
    start = datetime(2024, 1, 1)
    stamps = [start + timedelta(hours=6 * i) for i in range(4 * 365 * 2)]  # four a day for two years
    keep = sorted(kept(stamps), reverse=True)
    newest = sorted(stamps, reverse=True)
    assert keep[:backup.KEEP_RECENT] == newest[:backup.KEEP_RECENT]
    older = keep[backup.KEEP_RECENT:]
    assert len(keep) == backup.KEEP_RECENT + backup.KEEP_DAILY + backup.KEEP_WEEKLY + backup.KEEP_MONTHLY
    daily = older[:backup.KEEP_DAILY]
    assert len({t.date() for t in daily}) == backup.KEEP_DAILY  # one per day...
    assert all(t.hour == 18 for t in daily)  # ...the newest of that day
    weekly = older[backup.KEEP_DAILY:backup.KEEP_DAILY + backup.KEEP_WEEKLY]
    assert len({t.isocalendar()[:2] for t in weekly}) == backup.KEEP_WEEKLY
    monthly = older[backup.KEEP_DAILY + backup.KEEP_WEEKLY:]
    assert len({(t.year, t.month) for t in monthly}) == backup.KEEP_MONTHLY
    assert newest[-1] - keep[-1] < timedelta(days=365 * 2) and keep[-1] < newest[0] - timedelta(days=300)


def test_a_short_history_is_kept_whole() -> None:
    stamps = [datetime(2026, 11, d) for d in range(1, 10)]
    assert kept(stamps) == set(stamps)


def test_rotation_removes_only_automatic_backups(archive: Archive, clock: FixedClock) -> None:
    archive.backups_dir.mkdir()
    precious = [archive.backups_dir / f"archive-{kind}-20200101-000000.sqlite"
                for kind in ("before-restore", "damaged", "before-migration-0001")]
    for p in precious:
        p.write_bytes(b"kept")
    for day in range(40):
        clock.time = datetime(2026, 1, 1) + timedelta(days=day)
        backup_now(archive)
    autos = [b for b in list_backups(archive) if b.kind == "auto"]
    assert len(autos) < 40
    assert all(p.read_bytes() == b"kept" for p in precious)
    assert rotate(archive) == []  # already thinned: a second pass removes nothing


def test_a_backup_at_start_is_made_once_a_day(archive: Archive, clock: FixedClock) -> None:
    first = backup_if_due(archive)
    assert first is not None and first.exists()
    clock.time = datetime(2026, 11, 21, 23, 59)
    assert backup_if_due(archive) is None
    clock.time = datetime(2026, 11, 22, 12, 0)
    assert backup_if_due(archive) is not None
    assert len([b for b in list_backups(archive) if b.kind == "auto"]) == 2


def test_restore_brings_back_the_backup_and_keeps_the_replaced_archive(
        archive: Archive, clock: FixedClock) -> None:
    archive.add(PlaceDraft("Омбы"))
    saved = backup_now(archive)
    archive.add(PlaceDraft("Added after the backup"))
    window_b = open_archive(archive.path, clock=clock, key=archive.key)  # another window on the same file
    try:
        changes: list[str] = []
        archive.subscribe(lambda c: changes.append(c.op))
        clock.time = datetime(2026, 11, 21, 15)
        kept_at = restore(archive, saved)
        assert [r.data.name for r in archive.list("place")] == ["Омбы"]
        assert [r.data.name for r in window_b.list("place")] == ["Омбы"]
        assert names_in(kept_at, archive.key) == ["Омбы", "Added after the backup"]  # nothing is lost
        assert kept_at.name == "archive-before-restore-20261121-150000.sqlite"
        assert changes == ["restore"]
        entry = audit.entries(archive, audit.AuditFilter(op="restore_backup"))[0]
        assert entry.entity == "archive" and entry.after == {
            "from": str(saved), "replaced_archive_kept_at": str(kept_at)}
        archive.add(PlaceDraft("Орал"))  # the restored archive takes new records as usual
        assert [r.data.name for r in window_b.list("place")] == ["Омбы", "Орал"]
    finally:
        window_b.close()


@pytest.mark.parametrize(("content", "code"), [
    (b"not a database at all", "archive.not_sqlite"),
    (b"SQLite format 3\x00" + bytes(range(256)) * 40, "archive.damaged"),
])
def test_restore_refuses_a_file_that_is_not_a_sound_archive(
        archive: Archive, tmp_path: Path, content: bytes, code: str) -> None:
    archive.add(PlaceDraft("Орал"))
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    with pytest.raises(BackupError) as e:
        restore(archive, bad)
    assert e.value.code == code
    assert [r.data.name for r in archive.list("place")] == ["Орал"]
    assert bad.read_bytes() == content


def test_restore_refuses_another_programs_database_and_a_newer_elshis(
        archive: Archive, tmp_path: Path) -> None:
    other = tmp_path / "contacts.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(BackupError) as e:
        restore(archive, other)
    assert e.value.code == "archive.foreign_database"
    newer = backup_now(archive, to=tmp_path / "newer.sqlite")
    with raw_connect(newer, archive.key) as db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff'")
    with pytest.raises(BackupError) as e:
        restore(archive, newer)
    assert e.value.code == "archive.newer_schema"


def test_a_backup_from_an_older_schema_is_upgraded_when_restored(archive: Archive, tmp_path: Path) -> None:
    from database.migrate import HEAD
    from tests.core.test_audit import archive_at_0001

    old = tmp_path / "old.sqlite"
    uuid = archive_at_0001(old)
    if archive.key is not None:  # a backup an encrypted archive made before an upgrade
        old_plain, old = old, tmp_path / "old-encrypted.sqlite"
        encrypt_copy(old_plain, old, archive.key)
    restore(archive, old)
    with archive.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
    place = archive.get_by_uuid("place", uuid)
    assert place.data.name == "Шаңхай"
    archive.update(place.id, PlaceDraft("Шаңхай", "Қытай Халық Республикасы"))
    assert audit.count(archive, audit.AuditFilter(op="update")) == 1


def test_backup_and_restore_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, copy = str(tmp_path / "a.sqlite"), tmp_path / "copy.sqlite"
    assert main(["--archive", path, "--create", "sample"]) == 0
    assert main(["--archive", path, "--create", "backup", "--to", str(copy)]) == 0
    assert "checked" in capsys.readouterr().out
    assert main(["--archive", path, "--create", "backup", "--to", str(copy)]) == 1
    assert "never overwrites" in capsys.readouterr().err
    empty = str(tmp_path / "b.sqlite")
    assert main(["--archive", empty, "--create", "restore", str(copy), "--json"]) == 0
    out = capsys.readouterr().out
    assert "replaced_archive_kept_at" in out
    restored = open_archive(empty)
    try:
        assert restored.count("event") == 8
    finally:
        restored.close()
    assert main(["--archive", empty, "--create", "backups", "--json"]) == 0
    assert '"kind": "before-restore"' in capsys.readouterr().out
    junk = tmp_path / "junk.sqlite"
    junk.write_text("junk")
    assert main(["--archive", empty, "--create", "restore", str(junk)]) == 1
    assert "not restored, nothing changed" in capsys.readouterr().err


def test_restore_over_an_archive_that_cannot_be_opened_puts_it_aside(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli import build_parser

    path, copy = tmp_path / "a.sqlite", tmp_path / "copy.sqlite"
    assert main(["--archive", str(path), "--create", "sample"]) == 0
    assert main(["--archive", str(path), "--create", "backup", "--to", str(copy)]) == 0
    path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 9000)
    args = build_parser().parse_args(["--archive", str(path), "restore", str(copy), "--yes"])
    assert args.run_unopened(path, args) == 0  # what the command line runs when opening fails
    assert "kept at" in capsys.readouterr().out
    restored = open_archive(path)
    try:
        assert restored.count("event") == 8
    finally:
        restored.close()
    kept = next((tmp_path / "a-backups").glob("a-damaged-*.sqlite"))
    assert kept.read_bytes() == b"SQLite format 3\x00" + b"\x07" * 9000


def test_two_backups_in_the_same_second_never_share_a_file(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two processes (two imports) backing up at once pick the same name; the one that comes
    second must take the next name, and must neither write into nor delete the other's copy."""
    archive.add(PlaceDraft("Өскемен"))
    real_unique = backup._unique
    stem = f"{archive.path.stem}-{archive.clock.now().strftime(backup.STAMP)}"
    taken = real_unique(archive.backups_dir, stem)
    archive.backups_dir.mkdir(parents=True, exist_ok=True)
    others_copy = taken.with_name(taken.name + ".part")
    calls = []

    def racing_unique(folder: Path, name: str) -> Path:
        calls.append(name)
        if len(calls) == 1:  # chosen just before the other process claimed it
            others_copy.write_bytes(b"the other process is writing here")
            return taken
        return real_unique(folder, name)

    monkeypatch.setattr(backup, "_unique", racing_unique)
    made = backup_now(archive)
    assert made != taken and len(calls) == 2
    assert others_copy.read_bytes() == b"the other process is writing here"
    with raw_connect(made, archive.key) as conn:
        assert conn.execute("SELECT name FROM places").fetchall() == [("Өскемен",)]
