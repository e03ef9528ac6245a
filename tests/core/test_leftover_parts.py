"""A backup or restore killed part-way leaves its unfinished ``.part`` copy; the next start
removes it and says so, and never touches one another process is still writing."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from database.archive import Archive
from database.opening import open_archive
from desktop_app.cli import main

ROOT = Path(__file__).resolve().parents[2]

# A backup that stops in the middle of its copy (as if the disk were slow) until it is killed.
SLOW_BACKUP = textwrap.dedent("""
    import sys, time
    from database import copying
    from database.backup import backup_now
    from database.opening import open_archive

    def stuck(src, dst):
        dst.execute("CREATE TABLE half (x)")
        print("copying", flush=True)
        time.sleep(600)

    copying.backup_database = stuck
    backup_now(open_archive(sys.argv[1], create=False))
""")


def start_slow_backup(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", SLOW_BACKUP, str(path)], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "copying", proc.stderr
    return proc


def parts(archive: Archive) -> list[Path]:
    return sorted(archive.backups_dir.glob("*.part"))


def test_the_part_of_a_killed_backup_is_removed_at_the_next_start_and_listed(
        archive: Archive, capsys: pytest.CaptureFixture[str]) -> None:
    archive.close()
    proc = start_slow_backup(archive.path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    [left] = parts(archive)
    past = time.time() - 60
    os.utime(left, (past, past))  # the next start comes a while later
    code = main(["--archive", str(archive.path), "backups"])
    err = capsys.readouterr().err
    assert code == 0
    assert err == f"elshi: removed {left}, an unfinished copy left by an interrupted backup or restore\n"
    assert not left.exists()
    again = open_archive(archive.path, create=False)  # and nothing left to say the time after
    assert again.cleaned == []
    again.close()


def test_a_part_still_being_written_by_a_live_process_is_left_alone(archive: Archive) -> None:
    archive.close()
    proc = start_slow_backup(archive.path)
    try:
        [live] = parts(archive)
        past = time.time() - 3600 * 5
        os.utime(live, (past, past))  # however old it looks
        again = open_archive(archive.path, create=False)
        assert again.cleaned == [] and live.exists()
        again.close()
    finally:
        proc.kill()
        proc.wait(timeout=30)


def test_an_unlocked_temporary_copy_is_removed_only_when_long_untouched(archive: Archive) -> None:
    archive.close()
    folder = archive.attachments_dir
    folder.mkdir()
    old = folder / ".minutes.pdf.0a1b2c3d.part"
    fresh = folder / ".letter.pdf.4e5f6a7b.part"
    kept = folder / "3f2a-minutes.pdf"
    for p in (old, fresh, kept):
        p.write_bytes(b"%PDF-1.7 half")
    past = time.time() - 2 * 3600
    os.utime(old, (past, past))
    again = open_archive(archive.path, create=False)
    try:
        assert again.cleaned == [old]
        assert not old.exists() and fresh.exists() and kept.exists()
    finally:
        again.close()
