import hashlib
import io
import sqlite3
from pathlib import Path

import pytest

from database import models as m
from database.archive import Archive
from database.attachments import files_key
from database.integrity import check_archive, find_problems, quick_check
from database.records import EventDraft
from database.sealing import copy_in
from desktop_app.cli import main
from tests.raw_db import raw_connect


def attach(archive: Archive, content: bytes, stored: str = "a1b2c3.pdf") -> int:
    archive.attachments_dir.mkdir(exist_ok=True)
    with (archive.attachments_dir / stored).open("wb") as f:  # sealed as Elshi seals it, when encrypted
        copy_in(io.BytesIO(content), f, files_key(archive))
    event = archive.add(EventDraft("Ертіс форумы"))
    now = archive.clock.now()
    with archive.writing() as s:
        row = m.Attachment(
            event_id=event.id,
            file_name="Меморандум.pdf",
            stored_name=stored,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            created_at=now,
            updated_at=now,
        )
        s.add(row)
        s.flush()
        return row.id


def test_a_sound_archive_with_its_attachments_has_no_problems(sample_archive: Archive) -> None:
    attach(sample_archive, b"%PDF-1.7 scan")
    assert check_archive(sample_archive) == []
    with sample_archive.engine.connect() as conn:
        assert quick_check(conn) == []


def test_a_changed_or_missing_attachment_is_reported(archive: Archive) -> None:
    changed = attach(archive, b"%PDF-1.7 the signed memorandum", "one.pdf")
    missing = attach(archive, b"%PDF-1.7 the road map", "two.pdf")
    (archive.attachments_dir / "one.pdf").write_bytes(b"%PDF-1.7 something else")
    (archive.attachments_dir / "two.pdf").unlink()
    problems = find_problems(archive)
    assert [(p.code, p.params["id"]) for p in problems] == [
        ("attachment.changed", changed),
        ("attachment.missing", missing),
    ]
    assert "Меморандум.pdf" in problems[0].message and "one.pdf" in problems[0].message


def test_a_stored_name_pointing_outside_the_files_folder_is_not_followed(archive: Archive) -> None:
    outside = archive.path.parent / "outside.pdf"
    outside.write_bytes(b"x")
    attach(archive, b"x", "../outside.pdf")
    assert [p.code for p in find_problems(archive)] == ["attachment.outside"]


def test_broken_links_and_an_unprotected_audit_trail_are_reported(archive: Archive) -> None:
    archive.close()
    with raw_connect(archive.path, archive.key) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("INSERT INTO place_aliases (place_id, ord, name) VALUES (999, 0, 'nowhere')")
        db.execute("DROP TRIGGER audit_log_no_delete")
    problems = check_archive(archive)
    assert problems == [
        "broken link: place_aliases row 1 points to a missing places record",
        "audit trail: the trigger audit_log_no_delete that keeps it append-only is missing",
    ]


def test_check_on_the_command_line_exits_1_and_lists_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.sqlite"
    assert main(["--archive", str(path), "--create", "sample"]) == 0
    files = tmp_path / "a-files"
    files.mkdir()
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO attachments (event_id, file_name, stored_name, size, sha256, uuid, created_at, "
            "updated_at, version) VALUES (1, 'scan.pdf', 'f1.pdf', 3, ?, 'u', '2026-01-01', '2026-01-01', 1)",
            (hashlib.sha256(b"abc").hexdigest(),),
        )
    (files / "f1.pdf").write_bytes(b"abd")
    capsys.readouterr()
    assert main(["--archive", str(path), "--create", "check"]) == 1
    out = capsys.readouterr().out
    assert "1 problem found:" in out and "scan.pdf" in out and "has changed" in out
