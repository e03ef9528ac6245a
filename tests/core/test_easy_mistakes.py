"""Mistakes that are easy to make must not cost records: a mistyped archive path, an export over
an existing file, a failed import, a JSON value of the wrong type, a time with a far offset."""

import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from database.archive import Archive
from database.backup import list_backups
from database.exchange import ExchangeError, export_archive, import_archive
from database.records import Entity, PersonDraft, PersonName, PlaceDraft
from desktop_app.cli import main
from tests.conftest import SAMPLE


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_person(**name: Any) -> dict[str, Any]:
    return {"format": "elshi-archive", "version": 1, "persons": [{
        "uuid": "7d3b1e2a-0c4f-4b8e-9a71-2f5c6d8e9a10", "name": "Асель Нұрланқызы",
        "names": [{"name": "Асель Нұрланқызы", "lang": "kk", **name}]}]}


def test_a_string_false_is_not_stored_as_preferred(archive: Archive) -> None:
    with pytest.raises(ExchangeError) as e:
        import_archive(archive, io.BytesIO(json.dumps(one_person(preferred="false")).encode()))
    assert "persons[0].names[0].preferred" in str(e.value)
    assert archive.count(Entity.PERSON) == 0
    import_archive(archive, io.BytesIO(json.dumps(one_person(preferred=False)).encode()))
    assert archive.list(Entity.PERSON)[0].data.names[0].preferred is False


def test_a_form_or_program_passing_a_string_for_a_flag_is_refused(archive: Archive) -> None:
    from database.validation import ValidationError

    with pytest.raises(ValidationError):
        archive.add(PersonDraft("X", names=(PersonName("X", preferred="false"),)))  # type: ignore[arg-type]


def test_a_time_with_a_far_offset_keeps_its_moment(archive: Archive) -> None:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    place = doc["places"][0]
    place["updated_at"] = "2026-11-20T10:00:00+14:00"  # Kiritimati: 20:00 UTC the day before
    place["created_at"] = "2026-11-20T01:30:00-09:30"
    import_archive(archive, io.BytesIO(json.dumps(doc).encode()))
    stored = archive.get_by_uuid(Entity.PLACE, place["uuid"])
    assert stored.updated_at == datetime(2026, 11, 19, 20, 0)
    assert stored.created_at == datetime(2026, 11, 20, 11, 0)
    out = io.StringIO()
    export_archive(archive, out)
    again = next(p for p in json.loads(out.getvalue())["places"] if p["uuid"] == place["uuid"])
    assert datetime.fromisoformat(again["updated_at"]) == datetime(2026, 11, 19, 20, 0)


def test_a_failed_import_makes_no_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "post.sqlite"
    assert run(capsys, "--archive", str(path), "--create", "sample")[0] == 0
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "elshi-archive", "version": 1, "events": [{"uuid": "x"}]}')
    before = sorted(p.name for p in (tmp_path / "post-backups").glob("*")) \
        if (tmp_path / "post-backups").exists() else []
    code, _, err = run(capsys, "--archive", str(path), "import", str(bad))
    assert code == 1 and "nothing changed" in err
    after = sorted(p.name for p in (tmp_path / "post-backups").glob("*")) \
        if (tmp_path / "post-backups").exists() else []
    assert after == before
    good = tmp_path / "good.json"
    good.write_bytes(SAMPLE.read_bytes())
    assert run(capsys, "--archive", str(path), "import", str(good))[0] == 0
    assert (tmp_path / "post-backups").is_dir() and len(list((tmp_path / "post-backups").glob("*.sqlite"))) == 1


def test_export_refuses_an_existing_file_unless_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "post.sqlite")
    assert run(capsys, "--archive", path, "--create", "sample")[0] == 0
    target = tmp_path / "report.json"
    target.write_text("the minutes of Tuesday, not an export")
    code, out, err = run(capsys, "--archive", path, "export", str(target))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "already exists" in err and "--force" in err
    assert target.read_text() == "the minutes of Tuesday, not an export"
    code, out, _ = run(capsys, "--archive", path, "export", "--force", str(target))
    assert code == 0 and json.loads(target.read_text())["format"] == "elshi-archive"


def test_a_mistyped_archive_path_is_refused_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "post.sqlite"
    assert run(capsys, "--archive", str(real), "--create", "sample")[0] == 0
    typo = tmp_path / "psot.sqlite"
    for command in (["check"], ["export", str(tmp_path / "x.json")], ["backups"], ["search", "Astana"]):
        code, out, err = run(capsys, "--archive", str(typo), *command)
        assert code == 1 and "no problems" not in out, command
        assert err.count("\n") == 1 and "does not exist" in err and "--create" in err
    assert not typo.exists() and not (tmp_path / "psot-backups").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("psot")) == []
    code, out, _ = run(capsys, "--archive", str(typo), "--create", "check")
    assert code == 0 and typo.exists()


def test_places_survive_a_typo_in_the_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--archive", str(tmp_path / "no-such-folder" / "post.sqlite"), "check")
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "no-such-folder").exists()


def test_a_place_added_in_a_created_archive_is_there_on_reopening(tmp_path: Path) -> None:
    from database.opening import open_archive

    path = tmp_path / "new.sqlite"
    with pytest.raises(Exception) as e:
        open_archive(path, create=False)
    assert getattr(e.value, "code", "") == "archive.missing"
    archive = open_archive(path, create=True)
    archive.add(PlaceDraft("Астана"))
    archive.close()
    archive = open_archive(path, create=False)
    assert archive.count(Entity.PLACE) == 1 and list_backups(archive) == []
    archive.close()


def test_a_new_archive_that_cannot_be_finished_leaves_no_half_file_called_damaged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from database import opening

    def full(*_args: object, **_kwargs: object) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(opening, "migrate", full)
    path = tmp_path / "new.sqlite"
    code, _, err = run(capsys, "--archive", str(path), "--create", "check")
    assert code == 1 and err.count("\n") == 1 and "is full" in err and "damaged" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []
