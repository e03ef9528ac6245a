"""Private by default: every file and folder Elshi makes is the user's alone (0600 / 0700)
whatever the umask; attachments never follow a symbolic link and never leave their folder."""

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from database import attachments as att
from database.archive import Archive
from database.attachments import attach, attachments_of, export_copy
from database.backup import backup_now
from database.clock import FixedClock
from database.errors import ArchiveError
from database.integrity import find_problems
from database.opening import open_archive
from database.records import DocumentDraft, EventDraft
from desktop_app.cli import main
from operations import audit as audit_ops
from operations import briefings, calendar, exchange


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask 022", "umask 000"])
def loose_umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_a_new_archive_its_journal_backups_and_manifests_are_private(tmp_path: Path, loose_umask: int,
                                                                    clock: FixedClock) -> None:
    path = tmp_path / "post" / "archive.sqlite"  # its folder made by Elshi too
    archive = open_archive(path, clock=clock)
    try:
        archive.add(EventDraft("Ертіс форумы"))
        assert mode(path.parent) == 0o700
        assert mode(path) == 0o600
        for sidecar in ("-wal", "-shm"):
            assert mode(Path(f"{path}{sidecar}")) == 0o600
        copy = backup_now(archive)
        assert mode(archive.backups_dir) == 0o700
        assert mode(copy) == 0o600 and mode(Path(f"{copy}.manifest.json")) == 0o600
        elsewhere = backup_now(archive, to=tmp_path / "usb" / "copy.sqlite")
        assert mode(elsewhere) == 0o600
    finally:
        archive.close()


def test_an_archive_left_world_readable_by_an_older_elshi_is_made_private(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "old.sqlite"
    open_archive(path, clock=clock).close()
    os.chmod(path, 0o644)
    open_archive(path, clock=clock).close()
    assert mode(path) == 0o600


def test_exports_briefings_calendars_csv_and_settings_are_private(sample_archive: Archive, tmp_path: Path,
                                                                  loose_umask: int) -> None:
    out = tmp_path / "out"
    out.mkdir()
    exchange.export_file(sample_archive, out / "archive.json")
    briefings.make_briefing(sample_archive, briefings.BriefingScope("commitments"), out / "c.pdf", lang="en")
    from datetime import date

    calendar.export_ics(sample_archive, out / "c.ics", date(2025, 1, 1), date(2027, 1, 1))
    audit_ops.export_audit_csv(sample_archive, out / "trail.csv")
    from catalogue.choice import save_language, settings_path

    save_language("kk")
    made = sorted(p.name for p in out.iterdir())
    assert made == ["archive.json", "c.ics", "c.pdf", "trail.csv"]
    assert {p.name: mode(p) for p in out.iterdir()} == dict.fromkeys(made, 0o600)
    assert mode(settings_path()) == 0o600


def test_an_attached_file_is_a_private_copy_in_a_private_folder(archive: Archive, tmp_path: Path,
                                                                 loose_umask: int) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.7 secret")
    os.chmod(scan, 0o600)
    doc = archive.add(DocumentDraft("Меморандум"))
    row = attach(archive, "document", doc.id, scan)
    assert mode(archive.attachments_dir) == 0o700 and mode(row.path) == 0o600
    target = tmp_path / "copy.pdf"
    export_copy(row, target)
    assert target.read_bytes() == b"%PDF-1.7 secret" and mode(target) == 0o600


def test_a_symbolic_link_is_refused_with_a_clear_message(archive: Archive, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "shadow"
    secret.write_bytes(b"root:$6$hash")
    link = tmp_path / "innocent.pdf"
    link.symlink_to(secret)
    doc = archive.add(DocumentDraft("Меморандум"))
    with pytest.raises(ArchiveError) as e:
        attach(archive, "document", doc.id, link)
    assert e.value.code == "attachment.symlink"
    from operations.messages import describe

    assert "innocent.pdf" in describe(e.value) and "link" in describe(e.value)
    assert attachments_of(archive, "document", doc.id) == []
    assert not archive.attachments_dir.exists() or list(archive.attachments_dir.iterdir()) == []


def test_a_fifo_or_a_folder_is_not_attached(archive: Archive, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    doc = archive.add(DocumentDraft("Меморандум"))
    for source in (fifo, tmp_path):
        with pytest.raises(ArchiveError) as e:
            attach(archive, "document", doc.id, source)
        assert e.value.code == "attachment.not_a_file"


@pytest.mark.parametrize("stored", ["../../etc/hostname", "/etc/hostname", "..", "sub/x.pdf"])
def test_a_stored_name_edited_to_point_outside_is_refused_and_reported(archive: Archive, tmp_path: Path,
                                                                       stored: str) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF")
    doc = archive.add(DocumentDraft("Меморандум"))
    attach(archive, "document", doc.id, scan)
    with sqlite3.connect(archive.path) as db:
        db.execute("UPDATE attachments SET stored_name = ?", (stored,))
    db.close()
    (row,) = attachments_of(archive, "document", doc.id)  # listing still works
    with pytest.raises(ArchiveError) as e:
        export_copy(row, tmp_path / "out.txt")
    assert e.value.code == "attachment.outside"
    assert not (tmp_path / "out.txt").exists()
    with pytest.raises(ArchiveError):
        att.readable_path(row)  # what the window's Open asks
    assert [p.code for p in find_problems(archive)] == ["attachment.outside"]


def test_a_stored_file_replaced_by_a_link_is_not_followed(archive: Archive, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF")
    doc = archive.add(DocumentDraft("Меморандум"))
    row = attach(archive, "document", doc.id, scan)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"%PDF")  # even with the same content
    row.path.unlink()
    row.path.symlink_to(secret)
    with pytest.raises(ArchiveError) as e:
        export_copy(row, tmp_path / "out.pdf")
    assert e.value.code == "attachment.outside"
    assert [p.code for p in find_problems(archive)] == ["attachment.outside"]


def test_the_command_line_export_and_check_say_it_in_one_line(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.sqlite"
    assert main(["--archive", str(path), "--create", "sample"]) == 0
    assert mode(path) == 0o600
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO attachments (event_id, file_name, stored_name, size, sha256, uuid, created_at, "
                   "updated_at, version) VALUES (1, 'scan.pdf', '../../etc/hostname', 3, 'x', 'u', "
                   "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', 1)")
    db.close()
    capsys.readouterr()
    assert main(["--archive", str(path), "check"]) == 1
    out = capsys.readouterr().out
    assert "../../etc/hostname" in out and "outside" in out
