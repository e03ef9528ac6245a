"""Setting up a post's shared archive: ``elshi server init`` on an empty database, ``elshi server
push`` of a local archive losing nothing (the sample and the small benchmark archive, compared
row by row and record by record), ``check`` on a server, and every failed connection said in
one sentence."""

from __future__ import annotations

import itertools
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from database.archive import Archive
from database.attachments import attach, attachments_of, export_copy
from database.migrate import HEAD
from database.opening import open_archive
from database.records import Entity, PersonDraft
from database.search import search
from database.server import connect_raw
from database.server_push import counts, differences
from desktop_app import passphrase
from desktop_app.cli import main
from tests.benchmarks.generate import ensure_archive
from tests.pg_server import Server

_names = itertools.count(1)


@pytest.fixture
def empty_db(pg_server: Server) -> Iterator[str]:
    """The URL of a new, empty database on the test server (the administrator made it)."""
    name = f"setup_{next(_names)}"
    with connect_raw(pg_server.url(), autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")
    yield pg_server.url(name)
    with connect_raw(pg_server.url(), autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _tables(url: str) -> set[str]:
    with connect_raw(url) as c:
        return {r[0] for r in c.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}


def test_init_makes_the_schema_once_and_says_so(empty_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _tables(empty_db) == set()
    assert main(["--lang", "en", "server", "init", empty_db]) == 0
    first = capsys.readouterr().out
    assert f"Archive created at {empty_db} (schema {HEAD})" in first
    assert {"events", "audit_log", "search_fts", "search_terms", "alembic_version"} <= _tables(empty_db)
    assert main(["--lang", "en", "server", "init", empty_db]) == 0
    assert f"The archive at {empty_db} is ready (schema {HEAD})." in capsys.readouterr().out


def test_pushing_the_sample_loses_nothing_and_searches_alike(
        sample_archive: Archive, empty_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    person = sample_archive.list(Entity.PERSON)[0]
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed protocol\n")
    attach(sample_archive, Entity.PERSON, person.id, scan)
    sample_archive.delete(Entity.PERSON, sample_archive.add(PersonDraft("Жанар Оспанова")).id)  # the trash too
    source = sample_archive.path
    sample_archive.close()

    assert main(["--lang", "en", "server", "push", str(source), empty_db]) == 0
    out = capsys.readouterr().out
    assert f"Pushed {source} to {empty_db}:" in out and "every row and record compared the same" in out
    assert "1 attached file copied." in out

    local = open_archive(source, create=False)
    server = open_archive(empty_db)
    try:
        assert differences(local, server) == []
        with local.session() as a, server.session() as b:
            assert counts(a.connection()) == counts(b.connection())
        assert server.list(Entity.PERSON, deleted=True)[0].data.name == "Жанар Оспанова"
        for query in ("Байхан", "Baikhanov", "Шанхай", "上海", "Павлодарда", "Иртыш"):
            on_file = {(h.entity, h.id) for h in search(local, query)}
            assert on_file, query
            assert {(h.entity, h.id) for h in search(server, query)} == on_file, query
        row = attachments_of(server, Entity.PERSON, person.id)[0]
        copy = tmp_path / "copy.pdf"
        export_copy(row, copy)
        assert copy.read_bytes() == scan.read_bytes()
        # The trail goes on where the file's ended: its chain verifies with a new entry on top.
        server.add(PersonDraft("Асель Нурланова"))
    finally:
        local.close()
        server.close()
    assert main(["--lang", "en", "--archive", empty_db, "check"]) == 0
    out = capsys.readouterr().out
    assert f"{empty_db}: a shared archive on a server, schema {HEAD};" in out
    assert "pg_dump" in out and f"{empty_db}: no problems found." in out
    for command in (["backup"], ["backups"], ["restore", str(source), "--yes"]):
        assert main(["--lang", "en", "--archive", empty_db, *command]) == 1
        assert capsys.readouterr().err == (f"elshi {command[0]}: {empty_db} is an archive on a server: its backups "
                                           "are its administrator's, made with pg_dump (see the README)\n")
    assert main(["--lang", "en", "--archive", empty_db, "encrypt"]) == 1
    assert capsys.readouterr().err == (f"elshi encrypt: {empty_db} is an archive on a server; this command needs "
                                       "an archive file\n")


def test_pushing_the_small_benchmark_archive_loses_nothing(
        empty_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cached, _info = ensure_archive("small", 1)
    source = tmp_path / "small.sqlite"
    shutil.copyfile(cached, source)
    assert main(["--lang", "en", "server", "push", str(source), empty_db, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["verified"] is True and report["differences"] == [] and report["missing"] == {}
    assert report["rows"]["commitments"] == 10_000 and report["rows"]["audit_log"] > 20_000
    local = open_archive(source, create=False)
    server = open_archive(empty_db)
    try:
        for entity in Entity:
            assert server.count(entity) == local.count(entity)
    finally:
        local.close()
        server.close()


def test_the_comparison_finds_a_record_changed_or_missing_on_the_server(sample_archive: Archive, empty_db: str) -> None:
    source = sample_archive.path
    sample_archive.close()
    assert main(["--lang", "en", "server", "push", str(source), empty_db]) == 0
    local = open_archive(source, create=False)
    server = open_archive(empty_db)
    try:
        person = local.list(Entity.PERSON)[1]
        with connect_raw(empty_db) as c:
            c.execute("UPDATE persons SET name = 'Другое имя' WHERE id = %s", (person.id,))
            c.execute("DELETE FROM record_tags WHERE ctid = (SELECT ctid FROM record_tags LIMIT 1)")
        found = differences(local, server)
        assert f"persons #{[p.id for p in local.list(Entity.PERSON)].index(person.id) + 1}: " \
               f"{person.id} / {person.id}" in found
        assert f"person {person.id}" in found
        assert any(line.startswith("record_tags #") for line in found)
    finally:
        local.close()
        server.close()


def test_a_push_goes_only_into_an_empty_archive(
        sample_archive: Archive, empty_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    source = sample_archive.path
    sample_archive.close()
    assert main(["--lang", "en", "server", "push", str(source), empty_db]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "server", "push", str(source), empty_db]) == 1
    err = capsys.readouterr().err
    assert err == (f"elshi server: the archive at {empty_db} already holds records; a file is pushed only "
                   "into a new, empty archive\n")


def test_a_missing_file_is_not_pushed(empty_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "server", "push", str(tmp_path / "none.sqlite"), empty_db]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert _tables(empty_db) == set()


def test_a_server_that_is_not_running_is_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://nobody@/archive?host={tmp_path}"
    assert main(["--lang", "en", "server", "init", url]) == 1
    assert capsys.readouterr().err == (f"elshi server: cannot reach the database server of {url}; check that it "
                                       "is running and that the address is right\n")
    assert main(["--lang", "en", "--archive", url, "check"]) == 1
    assert "cannot reach the database server" in capsys.readouterr().err


def test_no_such_database_or_user_is_one_sentence(pg_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_server.url("no_such_archive")
    assert main(["--lang", "en", "--archive", url, "check"]) == 1
    assert capsys.readouterr().err == (f"elshi: the server has no such database: {url}; check the name, or ask "
                                       "its administrator to create it\n")
    url = pg_server.url("postgres", user="nobody_here")
    assert main(["--lang", "ru", "server", "init", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("elshi server: ") and url in err and "Traceback" not in err and err.count("\n") == 1


def test_the_password_comes_from_the_terminal_or_elshi_password(
        password_account: tuple[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    url, password = password_account
    monkeypatch.delenv("ELSHI_PASSWORD", raising=False)
    monkeypatch.setattr(passphrase, "at_terminal", lambda: False)
    assert main(["--lang", "en", "server", "init", url]) == 1
    assert capsys.readouterr().err == (f"elshi server: the server of {url} asks for a password; type it when "
                                       "asked, or give it in ELSHI_PASSWORD or your .pgpass\n")

    typed = iter(["wrong", password])
    prompts: list[str] = []
    monkeypatch.setattr(passphrase, "at_terminal", lambda: True)
    monkeypatch.setattr(passphrase, "ask", lambda prompt: prompts.append(prompt) or next(typed))
    assert main(["--lang", "en", "server", "init", url]) == 0
    captured = capsys.readouterr()
    assert prompts == [f"Password for {url}: "] * 2
    assert "The server refused that password; try again." in captured.err
    assert "Archive created at" in captured.out and password not in captured.out + captured.err

    monkeypatch.setattr(passphrase, "at_terminal", lambda: False)
    monkeypatch.setenv("ELSHI_PASSWORD", "not it")
    assert main(["--lang", "en", "--archive", url, "check"]) == 1
    assert capsys.readouterr().err == (f"elshi: the server refused the password for {url}; check it, "
                                       "ELSHI_PASSWORD or your .pgpass\n")
    monkeypatch.setenv("ELSHI_PASSWORD", password)
    assert main(["--lang", "en", "--archive", url, "sample"]) == 0
    assert f"Sample archive loaded into {url}: 63 records." in capsys.readouterr().out


def test_a_password_in_the_url_is_never_shown(password_account: tuple[str, str], monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    url, password = password_account
    monkeypatch.delenv("ELSHI_PASSWORD", raising=False)
    with_password = url.replace("officer@", f"officer:{quote(password)}@")
    assert main(["--lang", "en", "server", "init", with_password]) == 0
    assert main(["--lang", "en", "--archive", with_password, "check"]) == 0
    out = capsys.readouterr().out
    assert password not in out and quote(password) not in out and f"Archive created at {url} " in out


def test_the_index_out_of_step_is_a_problem_check_finds(archive_on_server: Archive,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    archive = archive_on_server
    archive.add(PersonDraft("Ерлан Аққошқаров"))
    with connect_raw(str(archive.url)) as c:
        c.execute("DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE entity = 'person')")
    assert main(["--lang", "en", "--archive", str(archive.url), "check"]) == 1
    assert "search index: 0 of 1 person records are in it; 'elshi reindex' rebuilds it" in capsys.readouterr().out
    assert main(["--lang", "en", "--archive", str(archive.url), "reindex"]) == 0
    assert main(["--lang", "en", "--archive", str(archive.url), "check"]) == 0


@pytest.fixture
def archive_on_server(empty_db: str) -> Iterator[Archive]:
    a = open_archive(empty_db)
    yield a
    a.close()
