"""operations/: the use cases the window and the command line share, over real archives."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest

from database.archive import Archive
from database.clock import FixedClock
from database.errors import ArchiveError, BackupError
from database.exchange import ExchangeError
from database.opening import open_archive
from database.records import PersonDraft, PlaceDraft
from operations import backups, briefings, calendar, exchange, maintenance


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_an_import_backs_up_the_archive_first(sample_archive: Archive, tmp_path: Path) -> None:
    export = tmp_path / "post.json"
    exchange.export_file(sample_archive, export)
    before = backups.list_backups(sample_archive)
    report = exchange.import_file(sample_archive, export)
    assert report.unchanged > 0 and report.added == 0
    assert len(backups.list_backups(sample_archive)) == len(before) + 1


def test_a_file_that_cannot_be_read_is_not_imported_and_nothing_is_backed_up(
        archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        exchange.import_file(archive, tmp_path / "missing.json")
    assert backups.list_backups(archive) == []
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    with pytest.raises(ExchangeError):
        exchange.import_file(archive, bad)
    assert archive.count("event") == 0


def test_export_writes_the_whole_archive_and_a_failed_one_keeps_the_old_file(
        sample_archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "post.json"
    counts = exchange.export_file(sample_archive, target)
    assert counts["events"] == 8
    assert len(json.loads(target.read_text(encoding="utf-8"))["events"]) == 8
    target.write_text("the export of yesterday", encoding="utf-8")

    def fails_half_way(_archive: Archive, out: Any) -> dict[str, int]:
        out.write('{"format": "elshi-archive", "events": [')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exchange, "export_archive", fails_half_way)
    with pytest.raises(OSError):
        exchange.export_file(sample_archive, target)
    assert target.read_text(encoding="utf-8") == "the export of yesterday"
    assert not [n for n in files_in(tmp_path) if n.endswith(".part")]


def test_the_sample_loads_only_into_an_empty_archive(archive: Archive) -> None:
    assert exchange.is_empty(archive)
    report = exchange.load_sample(archive)
    assert report.added > 0 and archive.count("event") == 8
    with pytest.raises(ArchiveError) as refused:
        exchange.load_sample(archive)
    assert refused.value.code == "archive.not_empty"


def test_a_briefing_is_written_whole_with_its_pages(sample_archive: Archive, tmp_path: Path) -> None:
    event = next(r for r in sample_archive.list("event") if r.data.title.startswith("«Ертіс"))
    ref = briefings.resolve(sample_archive, "event", sample_archive.get("event", event.id).uuid)
    assert ref == event.id == briefings.resolve(sample_archive, "event", f" {event.id} ")
    out = tmp_path / "briefing.pdf"
    pages = briefings.make_briefing(sample_archive, briefings.BriefingScope("event", record_id=event.id), out,
                                    lang="ru")
    assert pages == len(pypdf.PdfReader(out).pages) >= 1
    assert not [n for n in files_in(tmp_path) if n.endswith(".part")]


def test_a_cancelled_briefing_leaves_no_file(sample_archive: Archive, tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def cancel(_done: int, _total: int) -> None:
        raise Stop()

    out = tmp_path / "agenda.pdf"
    out.write_bytes(b"%PDF the old agenda")
    scope = briefings.BriefingScope("commitments")
    with pytest.raises(Stop):
        briefings.make_briefing(sample_archive, scope, out, lang="kk", progress=cancel)
    assert out.read_bytes() == b"%PDF the old agenda"
    assert not [n for n in files_in(tmp_path) if n.endswith(".part")]


def test_an_unknown_record_is_not_found(sample_archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(ArchiveError) as missing:
        briefings.make_briefing(sample_archive, briefings.BriefingScope("event", record_id=99_999),
                                tmp_path / "x.pdf", lang="en")
    assert missing.value.code == "record.not_found" and not (tmp_path / "x.pdf").exists()


def test_ics_export_of_a_range_and_its_preview_on_import(sample_archive: Archive, tmp_path: Path) -> None:
    out = tmp_path / "year.ics"
    written = calendar.export_ics(sample_archive, out, date(2020, 1, 1), date(2030, 12, 31))
    assert written > 0 and out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    entries = calendar.plan_ics_import(sample_archive, out)
    assert entries and all(e.action in ("unchanged", "skip") for e in entries)  # it came from here
    assert calendar.apply_ics_import(sample_archive, entries).added == ()


def test_backup_list_and_restore(tmp_path: Path, clock: FixedClock) -> None:
    archive = open_archive(tmp_path / "post.sqlite", clock=clock)
    try:
        archive.add(PlaceDraft("Атырау"))
        copy = backups.backup_now(archive)
        assert [b.path for b in backups.list_backups(archive)] == [copy]
        archive.add(PlaceDraft("Омбы"))
        assert backups.problem_with(copy) is None
        problem = backups.problem_with(tmp_path / "missing.sqlite")
        assert isinstance(problem, BackupError) and problem.code == "backup.missing"
        kept = backups.restore(archive, copy)
        assert kept.exists() and [r.data.name for r in archive.list("place")] == ["Атырау"]
    finally:
        archive.close()


def test_restore_over_an_archive_that_will_not_open_keeps_the_failed_file(tmp_path: Path,
                                                                        clock: FixedClock) -> None:
    path = tmp_path / "post.sqlite"
    archive = open_archive(path, clock=clock)
    archive.add(PlaceDraft("Атырау"))
    copy = backups.backup_now(archive)
    archive.close()
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    kept = backups.restore_unopened(path, copy)
    assert kept.read_bytes().startswith(b"SQLite format 3\x00\xff")
    reopened = open_archive(path, clock=clock)
    try:
        assert [r.data.name for r in reopened.list("place")] == ["Атырау"]
    finally:
        reopened.close()


def test_check_reindex_merge_and_unmerge(sample_archive: Archive) -> None:
    assert maintenance.check(sample_archive) == []
    assert maintenance.reindex(sample_archive) > 0
    keep = sample_archive.add(PersonDraft("Асайын Байханов"))
    other = sample_archive.add(PersonDraft("Асаин Байханов"))
    info = maintenance.merge_records(sample_archive, "person", keep.id, other.id)
    assert sample_archive.get("person", other.id).deleted_at is not None
    maintenance.unmerge(sample_archive, info.id)
    assert sample_archive.get("person", other.id).deleted_at is None
    assert maintenance.check(sample_archive) == []
