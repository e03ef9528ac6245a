import json
from pathlib import Path

import pytest

from desktop_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sample_then_export_gives_the_sample_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive, out = str(tmp_path / "x.sqlite"), tmp_path / "out.json"
    assert run(capsys, "--archive", archive, "--create", "sample")[0] == 0
    code, stdout, _ = run(capsys, "--archive", archive, "--create", "export", str(out))
    assert code == 0 and "8 events" in stdout
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert len(doc["events"]) == 8 and len(doc["commitments"]) == 10
    assert any(p["name"] == "Асайын Байханов" for p in doc["persons"])


def test_sample_refuses_an_archive_that_holds_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = str(tmp_path / "x.sqlite")
    run(capsys, "--archive", archive, "--create", "sample")
    code, _, err = run(capsys, "--archive", archive, "--create", "sample")
    assert code == 1 and "already holds records" in err


def test_check_passes_on_a_sound_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--archive", str(tmp_path / "x.sqlite"), "--create", "check")
    assert code == 0 and "no problems" in out


def test_import_of_a_bad_file_fails_with_a_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "elshi-archive", "version": 1, "events": [{"uuid": "x"}]}')
    code, _, err = run(capsys, "--archive", str(tmp_path / "x.sqlite"), "--create", "import", str(bad))
    assert code == 1
    assert "nothing changed" in err and "events[0].uuid" in err
    code, _, err = run(capsys, "--archive", str(tmp_path / "x.sqlite"), "--create", "import", str(tmp_path / "missing.json"))
    assert code == 1 and "cannot read" in err


def test_a_file_that_is_not_an_archive_gives_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    code, _, err = run(capsys, "--archive", str(path), "--create", "check")
    assert code == 1 and err.strip() == f"elshi: {path} is not an Elshi archive (it is not an SQLite database)"


def test_a_mistyped_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["frobnicate"])
    assert e.value.code == 2
