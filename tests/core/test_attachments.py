import hashlib
from pathlib import Path

import pytest

from database.archive import Archive
from database.attachments import attach, attachments_of, display_name, export_copy, files_key, remove
from database.errors import ArchiveError
from database.records import DocumentDraft


def test_a_file_is_copied_in_with_its_size_and_checksum(archive: Archive, tmp_path: Path) -> None:
    scan = tmp_path / "Меморандум қол қойылған.pdf"
    scan.write_bytes(b"%PDF-1.4 signed scan" * 1000)
    before = (scan.read_bytes(), scan.stat().st_mtime)
    doc = archive.add(DocumentDraft("Меморандум"))
    row = attach(archive, "document", doc.id, scan)
    assert row.file_name == "Меморандум қол қойылған.pdf"
    assert row.size == scan.stat().st_size
    assert row.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert row.path.parent == archive.attachments_dir
    export_copy(row, tmp_path / "copy.pdf", files_key(archive))
    assert (tmp_path / "copy.pdf").read_bytes() == scan.read_bytes()
    stored = row.path.read_bytes()
    if archive.key is None:
        assert stored == scan.read_bytes()
    else:  # sealed: not one readable line of the scan in the archive's copy
        assert b"signed scan" not in stored and len(stored) > len(scan.read_bytes())
    assert (scan.read_bytes(), scan.stat().st_mtime) == before  # the original is untouched
    assert [a.id for a in attachments_of(archive, "document", doc.id)] == [row.id]


@pytest.mark.parametrize("name", ["../../etc/passwd", "C:\\Windows\\evil.exe", "CON", "a" * 300 + ".pdf", "x\x00y.pdf"])
def test_hostile_names_never_steer_where_files_go(name: str) -> None:
    shown = display_name(name)
    assert "/" not in shown and "\\" not in shown and "\x00" not in shown
    assert 0 < len(shown) <= 255


def test_attaching_a_missing_file_or_to_a_missing_record_fails_cleanly(archive: Archive, tmp_path: Path) -> None:
    doc = archive.add(DocumentDraft("Жол картасы"))
    with pytest.raises(ArchiveError) as e:
        attach(archive, "document", doc.id, tmp_path / "nope.pdf")
    assert e.value.code == "attachment.not_a_file"
    real = tmp_path / "scan.jpg"
    real.write_bytes(b"jpeg")
    with pytest.raises(ArchiveError):
        attach(archive, "document", 999, real)
    assert list(archive.attachments_dir.glob("*")) == []  # no stray copy left behind


def test_removing_takes_it_off_the_record(archive: Archive, tmp_path: Path) -> None:
    doc = archive.add(DocumentDraft("Келісім"))
    f = tmp_path / "photo.png"
    f.write_bytes(b"png")
    row = attach(archive, "document", doc.id, f)
    remove(archive, row.id)
    assert attachments_of(archive, "document", doc.id) == []
