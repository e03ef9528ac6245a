"""The exchange between posts from the command line, as a script at each post would run it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_keys_send_receive_conflicts_and_resolve(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ELSHI_KEY_PASSPHRASE", "a long passphrase")
    a, b = str(tmp_path / "consulate.sqlite"), str(tmp_path / "embassy.sqlite")
    for path, post in ((a, "consulate"), (b, "embassy")):
        assert run(capsys, "--archive", path, "--create", "sample")[0] == 0
        code, out, _ = run(capsys, "--archive", path, "keys", "init", "--post", post)
        assert code == 0 and "Fingerprint:" in out
        assert run(capsys, "--archive", path, "keys", "export", "--out", str(tmp_path / f"{post}.key"))[0] == 0
    code, out, _ = run(capsys, "--archive", a, "keys", "trust", str(tmp_path / "embassy.key"))
    assert code == 1 and "--yes" in out  # no terminal to confirm at: nothing trusted
    assert run(capsys, "--archive", a, "keys", "trust", str(tmp_path / "embassy.key"), "--yes")[0] == 0
    assert run(capsys, "--archive", b, "keys", "trust", str(tmp_path / "consulate.key"), "--yes")[0] == 0
    code, out, _ = run(capsys, "--archive", a, "keys", "list")
    assert "This post: consulate" in out and "Trusted: embassy" in out
    assert "PRIVATE" not in (tmp_path / "consulate.key").read_text()

    scan = tmp_path / "note.pdf"
    scan.write_bytes(b"%PDF scan")
    assert run(capsys, "--archive", a, "attach", "event:1", str(scan))[0] == 0
    for path, summary in ((a, "consulate's"), (b, "embassy's")):
        from database.opening import open_archive
        from database.records import Entity

        archive = open_archive(path)
        record = archive.get(Entity.EVENT, 1)
        import dataclasses

        archive.update(1, dataclasses.replace(record.data, summary=summary))
        archive.close()
    bundle = str(tmp_path / "c-to-e.elshi")
    code, _, err = run(capsys, "--archive", a, "send", "--to", "embassy", "--since", "yesterday", "--out", bundle)
    assert code == 1 and "--since" in err and not Path(bundle).exists()
    code, out, _ = run(capsys, "--archive", a, "send", "--to", "embassy", "--out", bundle)
    assert code == 0 and "1 files" in out
    code, out, _ = run(capsys, "--archive", a, "send", "--to", "embassy", "--since", "2026-01-01",
                       "--out", str(tmp_path / "since-a-date.elshi"))
    assert code == 0 and (tmp_path / "since-a-date.elshi").is_file()
    code, out, _ = run(capsys, "--archive", b, "receive", bundle)
    assert code == 0 and "conflicting: 1" in out and "Nothing was changed" in out
    code, out, _ = run(capsys, "--archive", b, "receive", bundle, "--yes")
    assert code == 0 and "Conflicts waiting for a choice: 1" in out
    code, out, err = run(capsys, "--archive", b, "receive", bundle, "--yes")
    assert code == 1 and "received already" in err and "Traceback" not in err
    code, out, _ = run(capsys, "--archive", b, "conflicts", "--json")
    import json

    (conflict,) = json.loads(out)
    assert conflict["fields"] == ["summary"] and conflict["incoming"]["summary"] == "consulate's"
    code, _, err = run(capsys, "--archive", b, "resolve", str(conflict["id"]), "--field", "nonsense=theirs")
    assert code == 1 and "no such field" in err
    assert run(capsys, "--archive", b, "resolve", str(conflict["id"]), "--theirs")[0] == 0
    assert run(capsys, "--archive", b, "conflicts")[1].strip() == "No conflicts."
    code, out, _ = run(capsys, "--archive", b, "attachments", "event:1", "--json")
    assert [r["file_name"] for r in json.loads(out)] == ["note.pdf"]
    assert run(capsys, "--archive", b, "check")[0] == 0


def test_refusals_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ELSHI_KEY_PASSPHRASE", raising=False)
    a = str(tmp_path / "a.sqlite")
    code, _, err = run(capsys, "--archive", a, "--create", "keys", "init", "--post", "consulate")
    assert code == 1 and "ELSHI_KEY_PASSPHRASE" in err
    monkeypatch.setenv("ELSHI_KEY_PASSPHRASE", "pw")
    code, _, err = run(capsys, "--archive", a, "send", "--to", "nowhere", "--out", str(tmp_path / "x.elshi"))
    assert code == 1 and "no keys" in err
    assert run(capsys, "--archive", a, "keys", "init", "--post", "consulate")[0] == 0
    code, _, err = run(capsys, "--archive", a, "send", "--to", "nowhere", "--out", str(tmp_path / "x.elshi"))
    assert code == 1 and "not trusted" in err
    junk = tmp_path / "junk.elshi"
    junk.write_bytes(b"not a bundle")
    code, _, err = run(capsys, "--archive", a, "receive", str(junk))
    assert code == 1 and "not an Elshi bundle" in err
    code, _, err = run(capsys, "--archive", a, "keys", "trust", str(junk), "--yes")
    assert code == 1 and "not an Elshi post key file" in err
    code, _, err = run(capsys, "--archive", a, "attach", "event:99", str(junk))
    assert code == 1 and "no such record" in err
    # Digits that are not ASCII, and ids past SQLite's integers, name no record: said so.
    for ref in ("event:²", "event:99999999999999999999", "9223372036854775808", "event:٣"):
        code, _, err = run(capsys, "--archive", a, "attachments", ref)
        assert code == 1 and "no such record" in err and "unexpected" not in err, (ref, err)
    for line in err.splitlines():
        assert "Traceback" not in line
