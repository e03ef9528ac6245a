"""database.atomic: a file is the old one or the whole new one, never half of either."""

from __future__ import annotations

from pathlib import Path

import pytest

from database.atomic import atomic_path, atomic_write, atomic_write_text, claimed_name


class Boom(Exception):
    pass


def test_a_new_file_appears_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    with atomic_write(target) as f:
        f.write(b"first half ")
        assert not target.exists()  # nothing under the asked-for name while writing
        f.write(b"second half")
    assert target.read_bytes() == b"first half second half"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_a_failed_write_leaves_the_target_unchanged_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the old report")
    with pytest.raises(Boom), atomic_write(target) as f:
        f.write(b"half of a new one")
        raise Boom()
    assert target.read_bytes() == b"the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_failed_first_write_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(Boom), atomic_write(tmp_path / "new.ics") as f:
        f.write(b"BEGIN:VCALENDAR")
        raise Boom()
    assert list(tmp_path.iterdir()) == []


def test_an_existing_target_is_replaced_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"old")
    with atomic_write(target) as f:
        f.write(b"new")
        assert target.read_bytes() == b"old"
    assert target.read_bytes() == b"new"


def test_without_overwrite_an_existing_file_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "backup.sqlite"
    target.write_bytes(b"mine")
    with pytest.raises(FileExistsError), atomic_write(target, overwrite=False) as f:
        f.write(b"theirs")
    assert target.read_bytes() == b"mine"
    with atomic_write(tmp_path / "fresh.sqlite", overwrite=False) as f:
        f.write(b"copy")
    assert (tmp_path / "fresh.sqlite").read_bytes() == b"copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.sqlite", "fresh.sqlite"]


def test_a_file_appearing_while_writing_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(FileExistsError), atomic_write(target, overwrite=False) as f:
        f.write(b"ours")
        target.write_bytes(b"someone else's")
    assert target.read_bytes() == b"someone else's"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_text_is_encoded_as_asked(tmp_path: Path) -> None:
    target = tmp_path / "audit.csv"
    with atomic_write_text(target, encoding="utf-8-sig", newline="") as f:
        f.write("Байханов,上海\r\n")
    assert target.read_bytes() == "\ufeffБайханов,上海\r\n".encode()


def test_a_failed_text_write_leaves_the_target_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "archive.json"
    target.write_text("{}", encoding="utf-8")
    with pytest.raises(Boom), atomic_write_text(target) as f:
        f.write("{\"half\": ")
        raise Boom()
    assert target.read_text(encoding="utf-8") == "{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.json"]


def test_a_folder_that_cannot_be_written_raises_and_changes_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError), atomic_write(tmp_path / "missing" / "out.pdf") as f:
        f.write(b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_path_written_by_another_library_appears_only_when_the_block_succeeds(tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    with atomic_path(target, overwrite=False) as temporary:
        assert temporary.parent == tmp_path and temporary.exists() and not target.exists()
        temporary.write_bytes(b"written by path")
    assert target.read_bytes() == b"written by path"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite"]
    with pytest.raises(Boom), atomic_path(tmp_path / "other.sqlite") as temporary:
        temporary.write_bytes(b"half")
        raise Boom()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite"]


def test_a_claimed_name_is_refused_to_a_second_writer_whose_file_stays(tmp_path: Path) -> None:
    target = tmp_path / "archive-20261121-120000.sqlite"
    with atomic_path(target, overwrite=False, claim=True) as mine:
        assert mine == claimed_name(target)
        mine.write_bytes(b"first writer")
        with pytest.raises(FileExistsError), atomic_path(target, overwrite=False, claim=True):
            pass  # never reached: the claim fails before the block
        assert mine.read_bytes() == b"first writer"  # the second writer did not remove it
    assert target.read_bytes() == b"first writer"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
