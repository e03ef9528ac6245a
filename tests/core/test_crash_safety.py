"""Killing Elshi (SIGKILL: no cleanup, no exception handler) at random moments of a large
import and of a burst of edits, then opening the archive again: the file is sound and every
transaction is either whole or absent. SQLite's WAL journal with synchronous=FULL promises
this; the test keeps the archive's own writes (records, child rows, versions, the audit trail
written by hooks in the same transaction) inside that promise."""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from database import audit
from database import models as m
from database.opening import open_archive
from database.records import CommitmentDraft

ROOT = Path(__file__).resolve().parents[2]
IMPORT_RECORDS = 1000
KILLS_PER_KIND = 10

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"),
                                reason="needs SIGKILL and fork (POSIX)")

# One process imports Elshi once, then forks a fresh child for every trial: each trial is still a
# separate process opening the archive and killed mid-write, without paying the import of SQLAlchemy
# and the models (seconds on a busy machine) twenty times over.
ZYGOTE = textwrap.dedent("""
    import os, sys, traceback
    from database.opening import open_archive
    from database.concurrency import load, save
    from database.exchange import import_archive
    from database.records import CommitmentDraft, ProgressNote

    def trial(status, kind, path, arg):
        archive = open_archive(path)
        status.write("ready\\n"); status.flush()
        if kind == "import":
            with open(arg, "rb") as f:
                import_archive(archive, f)
        else:
            record_id = int(arg)
            while True:
                record, version = load(archive, "commitment", record_id)
                notes = record.data.notes + (ProgressNote(text=f"note {len(record.data.notes) + 1}"),)
                save(archive, record_id, CommitmentDraft(f"step {len(notes)}", notes=notes), version)
        status.write("done\\n"); status.flush()

    print("ready", flush=True)
    for line in sys.stdin:
        status_path, *args = line.split("\\t")
        pid = os.fork()
        if pid == 0:
            code = 0
            with open(status_path, "w", encoding="utf-8") as status:
                try:
                    trial(status, *(a.strip() for a in args))
                except BaseException:
                    status.write(traceback.format_exc()); status.flush()
                    code = 1
            os._exit(code)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("reaped", flush=True)
""")


class Trials:
    """The forking process; ``start`` gives a trial whose process is ready to be killed."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.count = folder, 0
        self.zygote = subprocess.Popen([sys.executable, "-c", ZYGOTE], cwd=ROOT, stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self.zygote.stdin is not None and self.zygote.stdout is not None
        self.stdin, self.stdout = self.zygote.stdin, self.zygote.stdout
        assert self.stdout.readline().strip() == "ready", self.zygote.stderr.read() if self.zygote.stderr else ""

    def start(self, *args: str) -> Trial:
        self.count += 1
        status = self.folder / f"trial{self.count}.status"
        self.stdin.write("\t".join([str(status), *args]) + "\n")
        self.stdin.flush()
        trial = Trial(self, int(self.stdout.readline()), status)
        deadline = time.monotonic() + 60
        while not trial.said("ready"):
            assert time.monotonic() < deadline and "Traceback" not in trial.output(), trial.output()
            time.sleep(0.002)
        return trial

    def close(self) -> None:
        self.stdin.close()
        self.zygote.wait(timeout=30)


class Trial:
    def __init__(self, trials: Trials, pid: int, status: Path) -> None:
        self.trials, self.pid, self.status = trials, pid, status

    def output(self) -> str:
        return self.status.read_text(encoding="utf-8") if self.status.exists() else ""

    def said(self, word: str) -> bool:
        return word in self.output().split()

    def wait(self) -> str:
        """Until the process has ended; what it wrote."""
        assert self.trials.stdout.readline().strip() == "reaped"
        return self.output()

    def kill(self) -> str:
        with contextlib.suppress(ProcessLookupError):  # it ended by itself (finished, or failed: see its output)
            os.kill(self.pid, signal.SIGKILL)
        return self.wait()


@pytest.fixture
def trials(tmp_path: Path) -> Iterator[Trials]:
    t = Trials(tmp_path)
    yield t
    t.close()


def new_archive(path: Path, template: Path) -> None:
    """A fresh archive's file: a copy of one made once (creating runs every migration)."""
    if not template.exists():
        open_archive(template).close()
    shutil.copyfile(template, path)


def integrity(path: Path) -> str:
    archive = open_archive(path)
    try:
        with archive.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())
    finally:
        archive.close()


def big_import_file(path: Path) -> None:
    places = [{"uuid": str(uuid.UUID(int=i + 1, version=4)), "name": f"Place {i}", "country": "Қазақстан",
               "aliases": [f"alias {i}", f"атауы {i}"]} for i in range(IMPORT_RECORDS)]
    path.write_text(
        json.dumps({"format": "elshi-archive", "version": 1, "places": places}, ensure_ascii=False),
        encoding="utf-8",
    )


def test_a_large_import_killed_at_random_moments_is_whole_or_absent(tmp_path: Path, trials: Trials) -> None:
    rng = random.Random(int(os.environ.get("ELSHI_CRASH_SEED", "7")))
    data = tmp_path / "big.json"
    big_import_file(data)
    # Aim the kills: time one import left to finish, then kill the others within that span.
    path = tmp_path / "calibration.sqlite"
    template = tmp_path / "new.sqlite"
    new_archive(path, template)
    child = trials.start("import", str(path), str(data))
    began = time.monotonic()
    assert child.wait().split()[-1] == "done", child.output()
    span = time.monotonic() - began

    outcomes = []
    for run in range(KILLS_PER_KIND):
        path = tmp_path / f"run{run}.sqlite"
        new_archive(path, template)
        child = trials.start("import", str(path), str(data))
        time.sleep(rng.uniform(0, span * 1.1))  # the random moment of the crash, not a wait for a result
        out = child.kill()
        assert "Traceback" not in out, out
        finished = "done" in out.split()
        assert integrity(path) == "ok"
        archive = open_archive(path)
        try:
            places = archive.count("place")
            with archive.session() as s:
                aliases = s.scalar(select(func.count()).select_from(m.PlaceAlias))
            logged = audit.count(archive, audit.AuditFilter(op="import"))
        finally:
            archive.close()
        assert places in (0, IMPORT_RECORDS), f"run {run}: {places} of {IMPORT_RECORDS} places"
        assert aliases == 2 * places and logged == places  # child rows and the trail go with it
        outcomes.append((finished, places))
    print(f"\nimport kills: {outcomes} (span {span:.2f} s)")


def test_a_burst_of_edits_killed_at_random_moments_loses_only_the_unfinished_one(tmp_path: Path,
                                                                                 trials: Trials) -> None:
    rng = random.Random(int(os.environ.get("ELSHI_CRASH_SEED", "7")) + 1)
    path = tmp_path / "edits.sqlite"
    archive = open_archive(path)
    record_id = archive.add(CommitmentDraft("step 0")).id
    archive.close()
    counts: list[int] = []
    for _run in range(KILLS_PER_KIND):
        child = trials.start("edits", str(path), str(record_id))
        time.sleep(rng.uniform(0.05, 0.6))
        assert "Traceback" not in child.kill()
        assert integrity(path) == "ok"
        archive = open_archive(path)
        try:
            record = archive.get("commitment", record_id)
            notes = len(record.data.notes)
            with archive.session() as s:
                version = s.scalar(select(m.Commitment.version).where(m.Commitment.id == record_id))
            updates = audit.count(archive, audit.AuditFilter(op="update", record_uuid=record.uuid))
        finally:
            archive.close()
        # Text, notes, version and trail come from one transaction each: they agree, always.
        assert record.data.text == f"step {notes}"
        assert [n.text for n in record.data.notes] == [f"note {i}" for i in range(1, notes + 1)]
        assert version == notes + 1 and updates == notes
        assert not counts or notes >= counts[-1]  # what was committed stays committed
        counts.append(notes)
    print(f"\nedits committed after each kill: {counts}")
