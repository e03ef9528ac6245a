"""Attached scans go with the records: into the JSON exchange (a folder beside the file), into
verified backups and back on restore; commitments and people have them too."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from database.archive import Archive
from database.backup import backup_now, restore
from database.backup_files import verify
from database.clock import FixedClock
from database.exchange import ExchangeError
from database.opening import open_archive
from database.records import CommitmentDraft, Entity, PersonDraft
from operations import exchange
from operations import posts as ops
from operations.maintenance import check


def scan(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_people_and_commitments_take_attachments(archive: Archive, tmp_path: Path) -> None:
    person = archive.add(PersonDraft(name="Асайын Байханов"))
    promise = archive.add(CommitmentDraft(text="Send the road map"))
    ops.attach_file(archive, f"person:{person.id}", scan(tmp_path, "passport.jpg", b"\xff\xd8jpeg"))
    ops.attach_file(archive, f"commitment:{promise.uuid}", scan(tmp_path, "letter.pdf", b"%PDF letter"))
    assert [r.file_name for r in ops.list_attachments(archive, f"person:{person.id}")[2]] == ["passport.jpg"]
    assert [r.file_name for r in ops.list_attachments(archive, promise.uuid)[2]] == ["letter.pdf"]
    assert check(archive) == []


def test_the_exchange_file_carries_scans_beside_it(sample_archive: Archive, tmp_path: Path) -> None:
    event = sample_archive.list(Entity.EVENT)[0]
    content = b"%PDF-1.7 signed memorandum" * 50
    ops.attach_file(sample_archive, f"event:{event.id}", scan(tmp_path, "memorandum.pdf", content))
    out = tmp_path / "out" / "post.json"
    out.parent.mkdir()
    exchange.export_file(sample_archive, out)
    (entry,) = json.loads(out.read_text(encoding="utf-8"))["attachments"]
    assert entry["owner"] == {"entity": "event", "uuid": event.uuid} and entry["file_name"] == "memorandum.pdf"
    assert (tmp_path / "out" / "post-files" / entry["sha256"]).read_bytes() == content

    other = open_archive(tmp_path / "other.sqlite")
    try:
        report = exchange.import_file(other, out)
        assert report.attached == 1
        (row,) = ops.list_attachments(other, f"event:{event.uuid}")[2]
        assert row.path.read_bytes() == content and check(other) == []
        assert exchange.import_file(other, out).attached == 0  # the same file again adds nothing
    finally:
        other.close()

    (tmp_path / "out" / "post-files" / entry["sha256"]).write_bytes(content + b"changed")
    third = open_archive(tmp_path / "third.sqlite")
    try:
        with pytest.raises(ExchangeError) as refused:
            exchange.import_file(third, out)
        assert "does not match its SHA-256" in str(refused.value)
        assert third.count(Entity.EVENT) == 0  # refused whole: not even the records
    finally:
        third.close()


def test_backups_keep_the_scans_and_a_restore_brings_them_back(archive: Archive, tmp_path: Path) -> None:
    person = archive.add(PersonDraft(name="Асайын Байханов"))
    content = b"\x89PNG scan of a passport" * 100
    _e, _i, row = ops.attach_file(archive, f"person:{person.id}", scan(tmp_path, "passport.png", content))
    saved = backup_now(archive)
    assert verify(saved, archive.backups_dir) == []
    row.path.unlink()  # the scan is lost from the archive's folder
    assert any("missing" in p for p in check(archive))
    restore(archive, saved)
    assert row.path.read_bytes() == content
    assert check(archive) == []


def test_recovering_a_damaged_archive_brings_its_scans_back(archive: Archive, tmp_path: Path) -> None:
    from database.recovery import recover

    person = archive.add(PersonDraft(name="Асайын Байханов"))
    content = b"%PDF scan of a letter" * 100
    _e, _i, row = ops.attach_file(archive, f"person:{person.id}", scan(tmp_path, "letter.pdf", content))
    backup_now(archive)
    path = archive.path
    archive.close()
    row.path.unlink()  # the scan is lost with the archive
    with path.open("r+b") as f:  # and the archive's pages are overwritten
        f.seek(4096)
        f.write(b"\xde\xad" * 8192)
    recover(path)
    assert row.path.read_bytes() == content
    again = open_archive(path)
    try:
        assert check(again) == []
    finally:
        again.close()


def test_a_backup_whose_kept_file_changed_is_not_verified(archive: Archive, tmp_path: Path,
                                                          clock: FixedClock) -> None:
    person = archive.add(PersonDraft(name="Асайын Байханов"))
    _e, _i, row = ops.attach_file(archive, f"person:{person.id}", scan(tmp_path, "cv.pdf", b"%PDF cv"))
    saved = backup_now(archive)
    kept = archive.backups_dir / "files" / row.sha256
    kept.write_bytes(b"tampered")
    assert verify(saved, archive.backups_dir) == [row.sha256]
    clock.time = datetime(2026, 11, 22, 9, 0)
    second = backup_now(archive)  # the next backup mends the shared copy from the archive
    assert verify(second, archive.backups_dir) == [] and kept.read_bytes() == b"%PDF cv"
