"""The command line on a shared archive: a PostgreSQL URL after --archive is the archive there,
and what is written through one command is what the next one reads."""

import json
from pathlib import Path

import pytest

from database.server import connect_raw
from desktop_app.cli import main
from tests.pg_server import Server


def test_the_command_line_fills_and_exports_an_archive_on_a_server(
        pg_server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with connect_raw(pg_server.url(), autocommit=True) as c:
        c.execute("CREATE DATABASE cli_team")
    url = pg_server.url("cli_team")
    try:
        assert main(["--archive", url, "sample"]) == 0
        out = tmp_path / "team.json"
        assert main(["--archive", url, "export", str(out)]) == 0
        assert "8 events" in capsys.readouterr().out
        exported = json.loads(out.read_text(encoding="utf-8"))
        with connect_raw(url) as c:
            events = c.execute("SELECT count(*) FROM events WHERE deleted_at IS NULL").fetchone()
            entries = c.execute("SELECT count(*) FROM audit_log").fetchone()
        assert events == (len(exported["events"]),) == (8,)
        assert entries is not None and entries[0] == 63  # one entry per record the sample added
    finally:
        with connect_raw(pg_server.url(), autocommit=True) as c:
            c.execute("DROP DATABASE cli_team WITH (FORCE)")
