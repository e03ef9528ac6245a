"""Encryption at rest: an encrypted archive holds no readable byte, opens only with its
passphrase, is never taken for a damaged file, and converting a plain one loses nothing."""

import io
import json
import os
import sqlite3
from pathlib import Path

import pytest

from database import encryption, sealing
from database.archive import Archive
from database.attachments import attach, attachments_of, export_copy, files_key
from database.backup import backup_now, list_backups, restore, verify
from database.clock import FixedClock
from database.copying import examine
from database.encrypting import encrypt_archive, examine_archive, open_encrypted
from database.errors import ArchiveError, BackupError
from database.integrity import check_archive, find_problems
from database.opening import open_archive
from database.records import DocumentDraft, PersonDraft, PlaceDraft
from database.recovery import RECOVERABLE, diagnose
from database.search import search
from desktop_app.cli import main
from tests.conftest import TEST_KEY, TEST_PASSPHRASE

NAME = "Нұрсұлтан Жақсыбекұлы Әбдіқадыров"
SECRET = "Жетісу тау-кені 2026"


def add_secret_person(archive: Archive) -> int:
    return archive.add(PersonDraft(NAME, notes="Астанадағы келіссөздер")).id


def test_the_encrypted_file_holds_no_plaintext_and_sqlite_cannot_read_it(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "secret.sqlite"
    archive = open_archive(path, clock=clock, key=TEST_KEY)
    try:
        add_secret_person(archive)
        backup = backup_now(archive)
    finally:
        archive.close()
    for file in (path, backup):
        data = file.read_bytes()
        assert NAME.encode() not in data and "Астана".encode() not in data
        assert not data.startswith(b"SQLite format 3")
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            sqlite3.connect(file).execute("SELECT count(*) FROM sqlite_master").fetchone()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith("secret.sqlite-")]
    assert leftovers == []  # no -wal left beside it, encrypted or not


def test_search_with_fts5_works_on_an_encrypted_archive(tmp_path: Path, clock: FixedClock) -> None:
    archive = open_archive(tmp_path / "a.sqlite", clock=clock, key=TEST_KEY)
    try:
        person = add_secret_person(archive)
        with archive.engine.connect() as conn:
            assert "ENABLE_FTS5" in {r[0] for r in conn.exec_driver_sql("PRAGMA compile_options")}
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        hits = search(archive, "Жақсыбекұлы")
        assert [(h.entity, h.id) for h in hits] == [("person", person)]
    finally:
        archive.close()


def test_an_encrypted_archive_is_told_apart_from_a_damaged_one(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "a.sqlite"
    new = open_archive(path, clock=clock, key=TEST_KEY)
    try:  # told while still open in the window that made it, its -wal not yet checkpointed
        new.add(PlaceDraft("Қостанай"))
        assert encryption.needs_passphrase(path) and diagnose(path) == ("archive.encrypted", str(path))
    finally:
        new.close()
    assert encryption.needs_passphrase(path)
    with pytest.raises(ArchiveError) as e:
        open_archive(path, clock=clock)
    assert e.value.code == "archive.encrypted" and e.value.code not in RECOVERABLE
    assert diagnose(path) == ("archive.encrypted", str(path))  # so no restore is ever offered
    assert examine(path)[0] == ("archive.encrypted", str(path))
    wrong = encryption.derive("another passphrase", encryption.salt_of(path))
    with pytest.raises(ArchiveError) as e:
        open_archive(path, clock=clock, key=wrong)
    assert e.value.code == "encryption.wrong_passphrase"
    before = path.read_bytes()
    with pytest.raises(ArchiveError) as e:
        encryption.unlock(path, "not the passphrase")
    assert e.value.code == "encryption.wrong_passphrase" and path.read_bytes() == before
    assert encryption.unlock(path, TEST_PASSPHRASE) == encryption.derive(TEST_PASSPHRASE, encryption.salt_of(path))
    # Damage is still damage: garbage text, a cut-off file and zeros are no encrypted archive.
    for i, junk in enumerate([b"not an archive at all", os.urandom(1000), bytes(8192)]):
        bad = tmp_path / f"bad{i}.sqlite"
        bad.write_bytes(junk)
        assert not encryption.needs_passphrase(bad)
        with pytest.raises(ArchiveError) as e:
            open_archive(bad, clock=clock)
        assert e.value.code == "archive.not_sqlite"


def test_the_key_never_shows_in_a_log_or_a_traceback() -> None:
    assert repr(TEST_KEY) == "Key(...)"
    assert TEST_KEY.raw.hex() not in repr(TEST_KEY) and TEST_KEY.files != TEST_KEY.raw


def test_a_passphrase_must_have_eight_characters(tmp_path: Path) -> None:
    for short in ("", "       x", "abc"):
        with pytest.raises(ArchiveError) as e:
            encryption.new_key(short)
        assert e.value.code == "encryption.short_passphrase"


def test_sealed_files_refuse_every_change_cut_and_other_key() -> None:
    content = os.urandom(sealing.CHUNK * 2 + 123)
    out = io.BytesIO()
    size, digest = sealing.copy_in(io.BytesIO(content), out, TEST_KEY.files)
    sealed = out.getvalue()
    assert size == len(content) and content[:64] not in sealed
    opened = io.BytesIO()
    assert sealing.copy_out(io.BytesIO(sealed), opened, TEST_KEY.files) == (size, digest)
    assert opened.getvalue() == content
    flipped = bytearray(sealed)
    flipped[len(sealed) // 2] ^= 1
    last_chunk_start = len(sealed) - (123 + sealing.TAG + 4)
    for bad in (bytes(flipped), sealed[:last_chunk_start], sealed[:-1], sealed + b"x"):
        with pytest.raises(ArchiveError) as e:
            sealing.copy_out(io.BytesIO(bad), io.BytesIO(), TEST_KEY.files)
        assert e.value.code == "attachment.cannot_decrypt"
    with pytest.raises(ArchiveError):
        sealing.copy_out(io.BytesIO(sealed), io.BytesIO(), encryption.derive("x" * 8, bytes(16)).files)
    empty = io.BytesIO()
    sealing.copy_in(io.BytesIO(b""), empty, TEST_KEY.files)
    assert sealing.copy_out(io.BytesIO(empty.getvalue()), io.BytesIO(), TEST_KEY.files)[0] == 0


def _plain_archive_with_everything(tmp_path: Path, clock: FixedClock) -> tuple[Path, int, bytes]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "post.sqlite"
    archive = open_archive(path, clock=clock)
    try:
        add_secret_person(archive)
        doc = archive.add(DocumentDraft("Меморандум"))
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(b"%PDF-1.7 signed by " + NAME.encode() * 100)
        attach(archive, "document", doc.id, scan)
        backup_now(archive)
    finally:
        archive.close()
    return path, doc.id, scan.read_bytes()


def test_converting_encrypts_the_archive_its_backups_and_its_files_and_loses_nothing(
        tmp_path: Path, clock: FixedClock) -> None:
    path, doc_id, scan = _plain_archive_with_everything(tmp_path, clock)
    report = encrypt_archive(path, SECRET, clock=clock)
    assert report.plain_kept_at is None and report.files_sealed == 1 and len(report.backups_encrypted) == 1
    everything = [path, *report.backups_encrypted, *(path.parent / "post-files").iterdir()]
    for file in everything:
        assert NAME.encode() not in file.read_bytes(), file
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith((".encrypting", "-wal", "-journal"))]
    archive = open_encrypted(path, SECRET, clock=clock)
    try:
        assert [r.data.name for r in archive.list("person")] == [NAME]
        assert check_archive(archive) == []
        row = attachments_of(archive, "document", doc_id)[0]
        export_copy(row, tmp_path / "out.pdf", files_key(archive))
        assert (tmp_path / "out.pdf").read_bytes() == scan
        backups = list_backups(archive)
        assert backups and all(verify(b.path, key=archive.key) is None for b in backups)
        archive.add(PlaceDraft("Алматы"))
        restore(archive, backups[-1].path)  # an encrypted backup restores into the encrypted archive
        assert archive.count("place") == 0 and archive.count("person") == 1
    finally:
        archive.close()
    again = encrypt_archive(path, SECRET, clock=clock)  # nothing left to do, nothing broken
    assert again.already_encrypted and again.files_sealed == 0 and again.backups_encrypted == []


def test_converting_keeps_a_plain_copy_only_when_asked(tmp_path: Path, clock: FixedClock) -> None:
    path, _doc_id, _scan = _plain_archive_with_everything(tmp_path, clock)
    kept = tmp_path / "plain-copy.sqlite"
    report = encrypt_archive(path, SECRET, keep_plain=kept, clock=clock)
    assert report.plain_kept_at == kept and verify(kept) is None
    plain = open_archive(kept, clock=clock)
    try:
        assert [r.data.name for r in plain.list("person")] == [NAME]
    finally:
        plain.close()
    with pytest.raises(ArchiveError) as e:  # never over an existing file
        encrypt_archive(kept, SECRET, keep_plain=kept, clock=clock)
    assert e.value.code == "backup.target_exists" and verify(kept) is None


def test_an_interrupted_conversion_is_finished_by_running_it_again(
        tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    from database import encrypting

    path, _doc_id, _scan = _plain_archive_with_everything(tmp_path, clock)

    def stop(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(encrypting, "_encrypt_backups", stop)
    with pytest.raises(KeyboardInterrupt):
        encrypt_archive(path, SECRET, clock=clock)
    monkeypatch.undo()
    assert examine_archive(path, SECRET) == (True, None)  # stopped, but whole
    report = encrypt_archive(path, SECRET, clock=clock)
    assert report.already_encrypted and len(report.backups_encrypted) == 1
    archive = open_encrypted(path, SECRET, clock=clock)
    try:
        assert check_archive(archive) == [] and archive.count("person") == 1
    finally:
        archive.close()


def test_a_plain_backup_is_not_restored_into_an_encrypted_archive(tmp_path: Path, clock: FixedClock) -> None:
    plain = open_archive(tmp_path / "plain.sqlite", clock=clock)
    try:
        plain.add(PlaceDraft("Шымкент"))
        copy = backup_now(plain, to=tmp_path / "plain-copy.sqlite")
    finally:
        plain.close()
    archive = open_archive(tmp_path / "enc.sqlite", clock=clock, key=TEST_KEY)
    try:
        archive.add(PlaceDraft("Тараз"))
        with pytest.raises(BackupError) as e:
            restore(archive, copy)
        assert e.value.code == "backup.encryption_differs"
        assert [r.data.name for r in archive.list("place")] == ["Тараз"]
    finally:
        archive.close()


def test_encrypt_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "a.sqlite")
    assert main(["--archive", path, "--create", "sample"]) == 0
    capsys.readouterr()
    monkeypatch.delenv("ELSHI_PASSPHRASE", raising=False)
    assert main(["--archive", path, "encrypt"]) == 1  # no terminal, no passphrase: nothing done
    assert "ELSHI_PASSPHRASE" in capsys.readouterr().err and not encryption.needs_passphrase(Path(path))
    monkeypatch.setenv("ELSHI_PASSPHRASE", SECRET)
    assert main(["--archive", path, "encrypt"]) == 0
    out = capsys.readouterr().out
    assert "is now encrypted" in out and "overwritten" in out and "passphrase safe" in out
    assert encryption.needs_passphrase(Path(path))
    assert main(["--archive", path, "check"]) == 0
    monkeypatch.setenv("ELSHI_PASSPHRASE", "not the passphrase")
    assert main(["--archive", path, "check"]) == 1
    err = capsys.readouterr().err
    assert "passphrase does not open" in err and "damaged" not in err and len(err.strip().splitlines()) == 1
    assert main(["--archive", path, "restore", str(tmp_path / "whatever.sqlite")]) == 1  # never "restores" it
    assert list(tmp_path.glob("a-backups/*damaged*")) == []
    monkeypatch.delenv("ELSHI_PASSPHRASE")
    assert main(["--archive", path, "check"]) == 1
    assert "is encrypted" in capsys.readouterr().err


def test_a_new_archive_is_created_encrypted_on_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ELSHI_PASSPHRASE", SECRET)
    path = tmp_path / "new.sqlite"
    assert main(["--archive", str(path), "sample", "--encrypt"]) == 0
    assert encryption.needs_passphrase(path)
    other = tmp_path / "other.sqlite"
    assert main(["--archive", str(other), "--encrypt", "backups", "--json"]) == 0
    assert encryption.needs_passphrase(other)
    capsys.readouterr()
    assert main(["--archive", str(path), "export", str(tmp_path / "out.json")]) == 0
    assert len(json.loads((tmp_path / "out.json").read_text())["places"]) > 0
    plain = tmp_path / "plain.sqlite"
    assert main(["--archive", str(plain), "--create", "sample"]) == 0
    capsys.readouterr()
    assert main(["--archive", str(plain), "--encrypt", "check"]) == 1  # an existing one: elshi encrypt
    assert "elshi encrypt" in capsys.readouterr().err


def test_the_passphrase_is_asked_at_a_terminal_and_again_when_mistyped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app import passphrase

    monkeypatch.delenv("ELSHI_PASSPHRASE", raising=False)
    monkeypatch.setattr(passphrase, "at_terminal", lambda: True)
    typed = [SECRET, SECRET]
    monkeypatch.setattr(passphrase, "ask", lambda prompt: typed.pop(0))
    path = tmp_path / "a.sqlite"
    assert main(["--archive", str(path), "--encrypt", "sample"]) == 0
    typed[:] = ["mistyped!", SECRET]
    assert main(["--archive", str(path), "check"]) == 0
    assert "try again" in capsys.readouterr().err and typed == []
    typed[:] = ["another one", "and another"]
    assert main(["--archive", str(tmp_path / "b.sqlite"), "--encrypt", "check"]) == 1
    assert "differ" in capsys.readouterr().err
    assert not (tmp_path / "b.sqlite").exists()


def test_an_archive_open_in_another_process_is_not_converted(tmp_path: Path, clock: FixedClock) -> None:
    import subprocess
    import sys

    path = tmp_path / "a.sqlite"
    archive = open_archive(path, clock=clock)
    archive.add(PlaceDraft("Ақтау"))
    archive.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('SELECT count(*) FROM places').fetchone(); print('open', flush=True); time.sleep(60)",
         str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(ArchiveError) as e:
            encrypt_archive(path, SECRET, clock=clock)
        assert e.value.code == "archive.busy"
    finally:
        holder.kill()
        holder.wait()
    assert not encryption.needs_passphrase(path)
    assert not list(tmp_path.glob("*.encrypting"))
    plain = open_archive(path, clock=clock)
    try:
        assert [r.data.name for r in plain.list("place")] == ["Ақтау"]
    finally:
        plain.close()


TRIALS = 8
CONVERTER = """
import os, sys
from pathlib import Path
from database.encrypting import encrypt_archive
print("ready", flush=True)
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        encrypt_archive(Path(line.strip()), sys.argv[1])
        os._exit(0)
    print(pid, flush=True)
    os.waitpid(pid, 0)
    print("reaped", flush=True)
"""


def test_a_conversion_killed_at_any_moment_leaves_a_whole_archive_plain_or_encrypted(
        tmp_path: Path, clock: FixedClock) -> None:
    import contextlib
    import shutil
    import signal
    import subprocess
    import sys
    import time

    template, _doc_id, scan = _plain_archive_with_everything(tmp_path / "template", clock)
    root = Path(__file__).resolve().parents[2]
    converter = subprocess.Popen([sys.executable, "-c", CONVERTER, SECRET], cwd=root, stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
    assert converter.stdin is not None and converter.stdout is not None
    assert converter.stdout.readline().strip() == "ready"
    seen = set()
    took = 0.0
    try:
        for trial in range(TRIALS + 1):
            folder = tmp_path / f"trial{trial}"
            shutil.copytree(template.parent, folder)
            path = folder / template.name
            converter.stdin.write(f"{path}\n")
            converter.stdin.flush()
            pid = int(converter.stdout.readline())
            if trial == 0:  # the first runs whole: how long a conversion takes here, now
                started = time.monotonic()
            else:  # the others are killed at moments spread over that time
                time.sleep(took * (trial - 0.5) / TRIALS)
                with contextlib.suppress(ProcessLookupError):  # it had finished
                    os.kill(pid, signal.SIGKILL)
            assert converter.stdout.readline().strip() == "reaped"
            if trial == 0:
                took = time.monotonic() - started
            encrypted, problem = examine_archive(path, SECRET)
            assert problem is None, (trial, problem, sorted((str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*")))
            seen.add(encrypted)
            encrypt_archive(path, SECRET, clock=clock)  # finishes whatever was left
            archive = open_encrypted(path, SECRET, clock=clock)
            try:
                assert [r.data.name for r in archive.list("person")] == [NAME]
                assert check_archive(archive) == []
                row = attachments_of(archive, "document", _doc_id)[0]
                export_copy(row, folder / "out.pdf", files_key(archive))
                assert (folder / "out.pdf").read_bytes() == scan
            finally:
                archive.close()
            leftovers = [p.name for p in folder.rglob("*") if p.name.endswith((".encrypting", "-journal")) or "-mj" in p.name]
            assert leftovers == [] and not (folder / "plain-copy.sqlite").exists()
    finally:
        converter.stdin.close()
        converter.wait(timeout=30)
    assert True in seen  # the conversion itself was whole


def test_a_damaged_page_of_an_encrypted_archive_is_damage_not_a_wrong_passphrase(
        tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.sqlite"
    archive = open_archive(path, clock=clock, key=TEST_KEY)
    for i in range(300):
        archive.add(PlaceDraft(f"Ауыл {i}"))
    archive.close()
    data = bytearray(path.read_bytes())
    far = len(data) // encryption.PAGE_SIZE - 2
    data[far * encryption.PAGE_SIZE + 100] ^= 0xFF  # one byte of a page far from the first
    path.write_bytes(bytes(data))
    assert encryption.unlock(path, TEST_PASSPHRASE) == TEST_KEY  # the passphrase is still right
    assert examine(path, TEST_KEY)[0][0] == "archive.damaged"  # type: ignore[index]
    archive = open_archive(path, clock=clock, key=TEST_KEY)
    try:
        assert [p.code for p in find_problems(archive)][:1] == ["integrity"]
    finally:
        archive.close()
    monkeypatch.setenv("ELSHI_PASSPHRASE", TEST_PASSPHRASE)
    capsys.readouterr()
    assert main(["--archive", str(path), "check"]) == 1
    out = capsys.readouterr()
    assert "integrity" in out.out and "Traceback" not in out.err + out.out and "passphrase" not in out.err


def test_backup_and_restore_of_an_encrypted_archive_on_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ELSHI_PASSPHRASE", SECRET)
    path, copy = str(tmp_path / "a.sqlite"), tmp_path / "copy.sqlite"
    assert main(["--archive", path, "--encrypt", "sample"]) == 0
    assert main(["--archive", path, "backup", "--to", str(copy)]) == 0
    assert encryption.needs_passphrase(copy) and "Астана".encode() not in copy.read_bytes()
    assert main(["--archive", path, "restore", str(copy), "--yes"]) == 0
    plain = tmp_path / "plain.sqlite"
    assert main(["--archive", str(plain), "--create", "sample"]) == 0
    capsys.readouterr()
    assert main(["--archive", path, "restore", str(plain), "--yes"]) == 1
    err = capsys.readouterr().err
    assert "not encrypted as the archive is" in err and len(err.strip().splitlines()) == 1
