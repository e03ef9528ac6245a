"""Killing Elshi (SIGKILL: no cleanup, no exception handler) at random moments of a large
import and of a burst of edits, then opening the archive again: the file is sound and every
transaction is either whole or absent. SQLite's WAL journal with synchronous=FULL promises
this; the test keeps the archive's own writes (records, child rows, versions, the audit trail
written by hooks in the same transaction) inside that promise."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
import uuid
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

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

CHILD = textwrap.dedent("""
    import sys
    from database.opening import open_archive
    from database.concurrency import load, save
    from database.exchange import import_archive
    from database.records import CommitmentDraft, ProgressNote

    archive = open_archive(sys.argv[2])
    print("ready", flush=True)
    if sys.argv[1] == "import":
        with open(sys.argv[3], "rb") as f:
            import_archive(archive, f)
    else:
        record_id = int(sys.argv[3])
        while True:
            record, version = load(archive, "commitment", record_id)
            notes = record.data.notes + (ProgressNote(text=f"note {len(record.data.notes) + 1}"),)
            save(archive, record_id, CommitmentDraft(f"step {len(notes)}", notes=notes), version)
    print("done", flush=True)
""")


def start(*args: str) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, *args], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
    return child


def kill(child: subprocess.Popen[str]) -> str:
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    return out


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


def test_a_large_import_killed_at_random_moments_is_whole_or_absent(tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("ELSHI_CRASH_SEED", "7")))
    data = tmp_path / "big.json"
    big_import_file(data)
    # Aim the kills: time one import left to finish, then kill the others within that span.
    path = tmp_path / "calibration.sqlite"
    open_archive(path).close()
    child = start("import", str(path), str(data))
    began = time.monotonic()
    assert child.stdout is not None and child.stdout.readline().strip() == "done"
    span = time.monotonic() - began
    child.wait(timeout=30)

    outcomes = []
    for run in range(KILLS_PER_KIND):
        path = tmp_path / f"run{run}.sqlite"
        open_archive(path).close()
        child = start("import", str(path), str(data))
        time.sleep(rng.uniform(0, span * 1.1))  # the random moment of the crash, not a wait for a result
        finished = "done" in kill(child)
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


def test_a_burst_of_edits_killed_at_random_moments_loses_only_the_unfinished_one(tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("ELSHI_CRASH_SEED", "7")) + 1)
    path = tmp_path / "edits.sqlite"
    archive = open_archive(path)
    record_id = archive.add(CommitmentDraft("step 0")).id
    archive.close()
    counts = []
    for run in range(KILLS_PER_KIND):
        child = start("edits", str(path), str(record_id))
        time.sleep(rng.uniform(0.05, 0.6))
        kill(child)
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
