"""A UUID names one record of one type, whatever writes it: the archive refuses a second type
with the same UUID, an import says so clearly, and check finds one an older archive holds."""

import io
import json
import sqlite3
from pathlib import Path

import pytest

from database.archive import Archive
from database.exchange import ExchangeError, export_archive, import_archive
from database.opening import open_archive
from database.records import Entity, OrganisationDraft, PlaceDraft
from desktop_app.cli import main


def export_doc(archive: Archive) -> dict[str, object]:
    out = io.StringIO()
    export_archive(archive, out)
    doc: dict[str, object] = json.loads(out.getvalue())
    return doc


def test_the_archive_refuses_a_uuid_another_record_type_has(archive: Archive) -> None:
    org = archive.add(OrganisationDraft("Министерство иностранных дел"))
    place = archive.add(PlaceDraft("Астана"))
    archive.close()
    with sqlite3.connect(archive.path) as db:
        with pytest.raises(sqlite3.IntegrityError, match=r"uuid\.shared"):
            db.execute("UPDATE places SET uuid = ? WHERE id = ?", (org.uuid, place.id))
        with pytest.raises(sqlite3.IntegrityError, match=r"uuid\.shared"):
            db.execute("INSERT INTO events (uuid, title, created_at, updated_at, version) "
                       "VALUES (?, 'x', '2026-01-01', '2026-01-01', 1)", (org.uuid,))


def test_an_import_giving_a_place_an_organisations_uuid_is_refused_clearly(archive: Archive) -> None:
    org = archive.add(OrganisationDraft("Министерство иностранных дел"))
    doc = {"format": "elshi-archive", "version": 1,
           "places": [{"uuid": org.uuid, "name": "Астана"}]}
    before = export_doc(archive)
    with pytest.raises(ExchangeError) as e:
        import_archive(archive, io.BytesIO(json.dumps(doc).encode()))
    assert f"places[0].uuid: {org.uuid} is already used by another record type in the archive (organisation)" in str(e.value)
    after = export_doc(archive)
    before.pop("exported_at")
    after.pop("exported_at")
    assert after == before
    # and what the archive holds still exports and imports into an empty archive
    other = open_archive(archive.path.with_name("other.sqlite"))
    try:
        import_archive(other, io.BytesIO(json.dumps(export_doc(archive)).encode()))
        assert other.count(Entity.ORGANISATION) == 1
    finally:
        other.close()


def test_check_finds_a_uuid_an_older_archive_shares_across_types(
        archive: Archive, capsys: pytest.CaptureFixture[str]) -> None:
    org = archive.add(OrganisationDraft("Министерство иностранных дел"))
    place = archive.add(PlaceDraft("Астана"))
    archive.close()
    with sqlite3.connect(archive.path) as db:  # as an archive made before the rule was kept
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'uuid_unique_places_%'").fetchall():
            db.execute(f"DROP TRIGGER {name}")
        db.execute("UPDATE places SET uuid = ? WHERE id = ?", (org.uuid, place.id))
    code = main(["--archive", str(archive.path), "check"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"UUID {org.uuid} is shared by records of different types (" in out
    assert "uuid_unique_places_insert" in out


def test_an_older_archive_with_a_shared_uuid_still_opens_and_is_reported(tmp_path: Path) -> None:
    from tests.core.test_audit import archive_at_0001

    path = tmp_path / "old.sqlite"
    archive_at_0001(path)
    with sqlite3.connect(path) as db:
        shared = "5b1a0c7e-3f2d-4e8a-9c61-7d2e4f8a0b13"
        db.execute("INSERT INTO places (uuid, name, country, region, created_at, updated_at) VALUES (?, 'A', '', '', '2026-01-01', '2026-01-01')",
                   (shared,))
        db.execute("INSERT INTO organisations (uuid, name, kind, country, region, notes, created_at, updated_at) "
                   "VALUES (?, 'B', 'other', '', '', '', '2026-01-01', '2026-01-01')", (shared,))
    archive = open_archive(path)
    try:
        from database.integrity import find_problems

        assert [p.code for p in find_problems(archive)] == ["uuid.shared"]
    finally:
        archive.close()
