"""A lock, a read-only place, a missing permission and real damage are four different things:
each has its own message saying what to do, and only real damage lets a restore replace the file."""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from database import audit, engine
from database.backup import backup_now, restore
from database.clock import FixedClock
from database.errors import BackupError
from database.exchange import import_archive
from database.opening import open_archive
from database.records import Entity, PlaceDraft
from database.recovery import recover
from desktop_app.cli import main
from tests.conftest import SAMPLE

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def short_timeout(monkeypatch: pytest.MonkeyPatch) -> float:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 400)
    return 0.4


def archive_and_older_backup(folder: Path, clock: FixedClock) -> tuple[Path, Path]:
    """The sample and one more place; a backup taken before that place was added."""
    path = folder / "post.sqlite"
    archive = open_archive(path, clock=clock)
    with SAMPLE.open("rb") as f:
        import_archive(archive, f)
    backup = backup_now(archive)
    archive.add(PlaceDraft("Added after the backup"))
    archive.close()
    return path, backup


def places(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT count(*) FROM places").fetchone()[0])


class Holder:
    """Another program holding the file in SQLite's exclusive locking mode."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA locking_mode = EXCLUSIVE")
        self.db.execute("BEGIN EXCLUSIVE")
        self.db.execute("COMMIT")  # in exclusive mode the lock stays after the commit

    def release(self) -> None:
        self.db.close()


def test_a_file_locked_by_another_program_is_not_called_damaged_nor_replaced(
        tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str], short_timeout: float) -> None:
    path, backup = archive_and_older_backup(tmp_path, clock)
    holder = Holder(path)
    try:
        code, _, err = run(capsys, "--archive", str(path), "check")
        assert code == 1 and err.count("\n") == 1
        assert "locked" in err and "not damaged" in err and "Close the program" in err
        started = time.monotonic()
        code, out, err = run(capsys, "--archive", str(path), "restore", str(backup), "--yes")
        assert code == 1 and "locked" in err and "damaged" not in out
        assert time.monotonic() - started < 10 * short_timeout + 5
        with pytest.raises(BackupError) as e:
            recover(path, backup, clock=clock)
        assert e.value.code == "archive.locked"
    finally:
        holder.release()
    assert not list((tmp_path / "post-backups").glob("*damaged*"))
    assert places(path) == places(backup) + 1  # nothing newer was lost


def test_restore_gives_up_after_the_busy_timeout(tmp_path: Path, clock: FixedClock, short_timeout: float) -> None:
    path, backup = archive_and_older_backup(tmp_path, clock)
    archive = open_archive(path, clock=clock)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process in the middle of a long write
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            restore(archive, backup)
            outcome.append(None)
        except BaseException as e:
            outcome.append(e)

    worker = threading.Thread(target=attempt, daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(timeout=20 * short_timeout + 5)
    waited = time.monotonic() - started
    writer.execute("ROLLBACK")
    writer.close()
    worker.join(timeout=30)
    archive.close()
    assert waited < 20 * short_timeout + 5, "the restore kept waiting past the busy timeout"
    assert len(outcome) == 1 and isinstance(outcome[0], BackupError) and outcome[0].code == "archive.busy"
    assert places(path) == places(backup) + 1
    assert not list((tmp_path / "post-backups").glob("*.part"))
    assert not list((tmp_path / "post-backups").glob("*before-restore*"))  # nothing changed, nothing added


def test_a_truly_damaged_file_is_called_damaged_and_can_be_restored(
        tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> None:
    path, backup = archive_and_older_backup(tmp_path, clock)
    with path.open("r+b") as f:
        f.seek(4096 * 3)
        f.write(b"\xde\xad" * 8192)
    code, _, err = run(capsys, "--archive", str(path), "check")
    assert code == 1 and "damaged" in err and "elshi restore" in err
    code, out, err = run(capsys, "--archive", str(path), "restore", str(backup))
    assert code == 1 and "--yes" in err  # shown first, not done without asking
    assert "The backup:" in out and "events" in out
    code, out, err = run(capsys, "--archive", str(path), "restore", str(backup), "--yes")
    assert code == 0, err
    assert len(list((tmp_path / "post-backups").glob("post-damaged-*.sqlite"))) == 1


def test_restoring_over_a_sound_archive_shows_both_sides_and_asks(
        tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> None:
    path, backup = archive_and_older_backup(tmp_path, clock)
    archive = open_archive(path, clock=clock)
    newest = archive.list(Entity.PLACE)[-1].updated_at
    archive.close()
    code, out, err = run(capsys, "--archive", str(path), "restore", str(backup))
    assert code == 1 and err.count("\n") == 1 and "nothing was restored" in err and "--yes" in err
    now_line, then_line, *rest = out.splitlines()
    assert now_line.startswith("The archive now:") and then_line.startswith("The backup:")
    assert f"{places(path)} places" in now_line and f"{places(backup)} places" in then_line
    assert newest.strftime("%Y-%m-%d %H:%M") in now_line
    assert "Restoring takes out of the archive: 1 places." in rest
    assert places(path) == places(backup) + 1
    code, out, _ = run(capsys, "--archive", str(path), "restore", str(backup), "--yes")
    assert code == 0 and places(path) == places(backup)


def test_the_restore_note_arrives_with_the_restored_records(tmp_path: Path, clock: FixedClock) -> None:
    path, backup = archive_and_older_backup(tmp_path, clock)
    archive = open_archive(path, clock=clock)
    try:
        kept = restore(archive, backup)
        entry = audit.entries(archive, audit.AuditFilter(op="restore_backup"))[0]
        assert entry.after is not None and entry.after["replaced_archive_kept_at"] == str(kept)
    finally:
        archive.close()
    # The note is in the very copy that was put in place: the file holds both or neither.
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT count(*) FROM audit_log WHERE op = 'restore_backup'").fetchone()[0]
    assert rows == 1
    assert not [p for p in (tmp_path / "post-backups").iterdir() if ".part" in p.name]


def test_a_read_only_mount_is_told_apart(tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = archive_and_older_backup(tmp_path, clock)
    real = os.statvfs

    class ReadOnly:
        def __init__(self, found: os.statvfs_result) -> None:
            self.found = found

        def __getattr__(self, name: str) -> object:
            return getattr(self.found, name)

        @property
        def f_flag(self) -> int:
            return int(self.found.f_flag) | os.ST_RDONLY

    monkeypatch.setattr(os, "statvfs", lambda p: ReadOnly(real(p)))
    code, _, err = run(capsys, "--archive", str(path), "check")
    assert code == 1 and "read-only disk or mount" in err and "damaged" not in err


# --- another user's view: permissions ------------------------------------------------------

@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can reach (pytest's own temporary folders are private)."""
    folder = Path(tempfile.mkdtemp(prefix="elshi-perm-"))
    folder.chmod(0o755)
    yield folder
    for p in [folder, *folder.rglob("*")]:
        if p.is_dir():
            p.chmod(0o755)
    shutil.rmtree(folder)


def as_someone_else(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run elshi as a user the file's permissions apply to: 'nobody' when the tests run as root
    (whom no permission stops), else this user."""
    home = folder / "home"
    home.mkdir(exist_ok=True)
    home.chmod(0o777)
    env = {**os.environ, "HOME": str(home), "ELSHI_CONFIG_DIR": str(home), "ELSHI_LANG": "en",
           "PYTHONPATH": str(ROOT)}
    become = None
    if os.geteuid() == 0:
        import pwd

        nobody = pwd.getpwnam("nobody")

        def become() -> None:
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)

    return subprocess.run([sys.executable, "-m", "desktop_app", *argv], cwd=home, env=env, text=True,
                          capture_output=True, timeout=120, preexec_fn=become)


def prepared(folder: Path, clock: FixedClock) -> tuple[Path, Path]:
    path, backup = archive_and_older_backup(folder, clock)
    moved = folder / "backup.sqlite"
    shutil.copyfile(backup, moved)
    moved.chmod(0o644)
    shutil.rmtree(folder / "post-backups")
    return path, moved


def test_a_file_without_permission_is_told_apart(shared_folder: Path, clock: FixedClock) -> None:
    path, backup = prepared(shared_folder, clock)
    before = path.read_bytes()
    path.chmod(0o600 if os.geteuid() == 0 else 0o000)
    try:
        done = as_someone_else(shared_folder, "--archive", str(path), "check")
        assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
        assert "not allowed to read and write" in done.stderr and "damaged" not in done.stderr
        done = as_someone_else(shared_folder, "--archive", str(path), "restore", str(backup), "--yes")
        assert done.returncode == 1 and "not allowed" in done.stderr, done.stderr
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == before and not (shared_folder / "post-backups").exists()


def test_a_read_only_folder_is_told_apart(shared_folder: Path, clock: FixedClock) -> None:
    path, backup = prepared(shared_folder, clock)
    before = path.read_bytes()
    if os.geteuid() == 0:
        path.chmod(0o666)  # the file is writable for anyone; the folder (root's) is not
    else:
        shared_folder.chmod(0o555)
    try:
        done = as_someone_else(shared_folder, "--archive", str(path), "check")
        assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
        assert "cannot write in the folder" in done.stderr and "damaged" not in done.stderr
        done = as_someone_else(shared_folder, "--archive", str(path), "restore", str(backup), "--yes")
        assert done.returncode == 1 and "cannot write in the folder" in done.stderr, done.stderr
    finally:
        shared_folder.chmod(0o755)
    assert path.read_bytes() == before and not (shared_folder / "post-backups").exists()


RESTORER = """
import sys
from database.backup import restore
from database.opening import open_archive

archive = open_archive(sys.argv[1], create=False)
print("ready", flush=True)
sys.stdin.readline()
restore(archive, __import__("pathlib").Path(sys.argv[2]))
print("done", flush=True)
"""


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15, 0.4])
def test_a_killed_restore_leaves_the_old_archive_or_the_restored_one_with_its_note(
        tmp_path: Path, clock: FixedClock, delay: float) -> None:
    import signal

    path, backup = archive_and_older_backup(tmp_path, clock)
    before, restored = places(path), places(backup)
    proc = subprocess.Popen([sys.executable, "-c", RESTORER, str(path), str(backup)], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdin is not None
    assert proc.stdout.readline().strip() == "ready"
    proc.stdin.write("go\n")
    proc.stdin.flush()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    past = time.time() - 60  # the next start comes a while later
    for left in (tmp_path / "post-backups").iterdir():
        os.utime(left, (past, past))
    archive = open_archive(path, clock=clock, create=False)  # also what the next start cleans
    try:
        notes = audit.entries(archive, audit.AuditFilter(op="restore_backup"))
        count = archive.count(Entity.PLACE)
    finally:
        archive.close()
    assert (count, len(notes)) in ((before, 0), (restored, 1))
    assert not [p for p in (tmp_path / "post-backups").iterdir() if ".part" in p.name]
