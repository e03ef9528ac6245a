"""SIGKILL trials: a forked child opens the archive, starts one kind of write, and is killed at a
random moment within the time that write takes; the archive is then opened again and checked.

A trial kind is one function registered with :func:`trial_kind`. It prepares the archive for a
trial and returns the write to kill and the check to make afterwards::

    @trial_kind("backup")
    def backup(run: Run) -> tuple[Work, Verify]:
        ...

``Work(path, say)`` runs in the child (``say("committed 3")`` tells the parent what is already
committed and must survive); ``Verify(path, said, finished)`` returns the problems found, each
starting with "corrupt", "partial" or "lost" (or anything else, counted as "other").
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

Say = Callable[[str], None]
Work = Callable[[Path, Say], None]
Verify = Callable[[Path, list[str], bool], list[str]]


@dataclass
class Run:
    """What a kind's setup gets: a fresh folder and the archives made once for the whole run."""

    folder: Path
    empty: Path  # a new archive's file
    sample: Path  # the sample archive
    big: Path  # the sample and (at full size) 3,000 places more: a copy or rebuild that takes a while
    rng: random.Random

    def archive(self, template: Path | None = None) -> Path:
        path = self.folder / "archive.sqlite"
        shutil.copyfile(template or self.empty, path)
        return path


KINDS: dict[str, Callable[[Run], tuple[Work, Verify]]] = {}


def trial_kind(name: str) -> Callable[[Callable[[Run], tuple[Work, Verify]]], Callable[[Run], tuple[Work, Verify]]]:
    def register(fn: Callable[[Run], tuple[Work, Verify]]) -> Callable[[Run], tuple[Work, Verify]]:
        KINDS[name] = fn
        return fn
    return register


# --- checks shared by the kinds ----------------------------------------------------------------------


def integrity(path: Path) -> str:
    try:
        with contextlib.closing(sqlite3.connect(path)) as db:
            return str(db.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.DatabaseError as e:
        return str(e)


def count(path: Path, sql: str) -> int:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return int(db.execute(sql).fetchone()[0])


def reopened(path: Path) -> list[str]:
    """The archive opens in Elshi and SQLite finds it sound."""
    from database.opening import open_archive

    state = integrity(path)
    if state != "ok":
        return [f"corrupt: integrity_check says {state[:200]}"]
    try:
        open_archive(path).close()
    except Exception as e:
        return [f"corrupt: Elshi cannot open it: {e}"[:300]]
    return []


# --- the kinds ------------------------------------------------------------------------------------------

IMPORT_RECORDS = 600


@trial_kind("import")
def import_kind(run: Run) -> tuple[Work, Verify]:
    data = run.folder / "places.json"
    places = [{"uuid": str(uuid.UUID(int=i + 1, version=4)), "name": f"Place {i}", "aliases": [f"a {i}", f"ә {i}"]}
              for i in range(IMPORT_RECORDS)]
    data.write_text(json.dumps({"format": "elshi-archive", "version": 1, "places": places}), encoding="utf-8")
    run.archive()

    def work(path: Path, say: Say) -> None:
        from database.exchange import import_archive
        from database.opening import open_archive

        archive = open_archive(path)
        with data.open("rb") as f:
            import_archive(archive, f)

    def verify(path: Path, said: list[str], finished: bool) -> list[str]:
        found = reopened(path)
        if found:
            return found
        places = count(path, "SELECT count(*) FROM places")
        aliases = count(path, "SELECT count(*) FROM place_aliases")
        logged = count(path, "SELECT count(*) FROM audit_log WHERE op = 'import'")
        if places not in (0, IMPORT_RECORDS) or aliases != 2 * places or logged != places:
            return [f"partial: {places} places, {aliases} aliases, {logged} audit entries"]
        if finished and places == 0:
            return ["lost: the import finished but nothing is there"]
        return []

    return work, verify


def _notes_of(path: Path, record_id: int) -> list[str]:
    from database.opening import open_archive

    archive = open_archive(path)
    try:
        return [n.text for n in archive.get("commitment", record_id).data.notes]
    finally:
        archive.close()


def _committed(said: list[str]) -> int:
    return max((int(s.split()[1]) for s in said if s.startswith("committed ")), default=0)


@trial_kind("edits")
def edits_kind(run: Run) -> tuple[Work, Verify]:
    """A burst of versioned saves (the window's path) of one commitment."""
    from database.opening import open_archive
    from database.records import CommitmentDraft

    path = run.archive()
    archive = open_archive(path)
    record_id = archive.add(CommitmentDraft("step 0")).id
    archive.close()

    def work(path: Path, say: Say) -> None:
        from database.concurrency import load, save
        from database.records import ProgressNote

        archive = open_archive(path)
        while True:
            record, version = load(archive, "commitment", record_id)
            notes = (*record.data.notes, ProgressNote(text=f"note {len(record.data.notes) + 1}"))
            save(archive, record_id, CommitmentDraft(f"step {len(notes)}", notes=notes), version)
            say(f"committed {len(notes)}")

    def verify(path: Path, said: list[str], finished: bool) -> list[str]:
        found = reopened(path)
        if found:
            return found
        notes = _notes_of(path, record_id)
        text = count(path, f"SELECT count(*) FROM commitments WHERE id = {record_id} AND text = 'step {len(notes)}'")
        version = count(path, f"SELECT version FROM commitments WHERE id = {record_id}")
        updates = count(path, "SELECT count(*) FROM audit_log WHERE op = 'update'")
        if notes != [f"note {i}" for i in range(1, len(notes) + 1)] or not text or version != len(notes) + 1 \
                or updates != len(notes):
            return [f"partial: {len(notes)} notes, version {version}, {updates} audit entries"]
        if len(notes) < _committed(said):
            return [f"lost: {_committed(said)} committed, {len(notes)} kept"]
        return []

    return work, verify


@trial_kind("status changes")
def status_kind(run: Run) -> tuple[Work, Verify]:
    """The window's Change status…: set_status and add_note, one after the other."""
    from database.opening import open_archive
    from database.records import CommitmentDraft

    path = run.archive()
    archive = open_archive(path)
    record_id = archive.add(CommitmentDraft("Әуе рейстері")).id
    archive.close()

    def work(path: Path, say: Say) -> None:
        from database.commitments import add_note, set_status

        archive = open_archive(path)
        n = 0
        while True:
            n += 1
            if n % 2:
                set_status(archive, record_id, "in_progress" if n % 4 == 1 else "open", f"note {n}")
            else:
                add_note(archive, record_id, f"note {n}")
            say(f"committed {n}")

    def verify(path: Path, said: list[str], finished: bool) -> list[str]:
        found = reopened(path)
        if found:
            return found
        notes = _notes_of(path, record_id)
        updates = count(path, "SELECT count(*) FROM audit_log WHERE op = 'update'")
        if notes != [f"note {i}" for i in range(1, len(notes) + 1)] or updates != len(notes):
            return [f"partial: {len(notes)} notes, {updates} audit entries"]
        if len(notes) < _committed(said):
            return [f"lost: {_committed(said)} committed, {len(notes)} kept"]
        return []

    return work, verify


@trial_kind("backup")
def backup_kind(run: Run) -> tuple[Work, Verify]:
    run.archive(run.big)
    target = run.folder / "copy.sqlite"
    events = count(run.big, "SELECT count(*) FROM places")

    def work(path: Path, say: Say) -> None:
        from database.backup import backup_now
        from database.opening import open_archive

        backup_now(open_archive(path), to=target)

    def verify(path: Path, said: list[str], finished: bool) -> list[str]:
        found = reopened(path)
        if found:
            return found
        if target.exists():  # a backup is there whole, or not at all
            state = integrity(target)
            if state != "ok" or count(target, "SELECT count(*) FROM places") != events:
                return [f"partial: the backup file is there but not whole ({state[:80]})"]
        elif finished:
            return ["lost: the backup finished but its file is missing"]
        return []

    return work, verify


@trial_kind("restore")
def restore_kind(run: Run) -> tuple[Work, Verify]:
    from database.opening import open_archive
    from database.records import PlaceDraft

    older = run.folder / "older.sqlite"
    shutil.copyfile(run.big, older)
    path = run.archive(run.sample)
    archive = open_archive(path)
    for i in range(20):
        archive.add(PlaceDraft(f"newer place {i}"))
    archive.close()
    now, then = count(path, "SELECT count(*) FROM places"), count(older, "SELECT count(*) FROM places")

    def work(path: Path, say: Say) -> None:
        from database.backup import restore

        restore(open_archive(path), older)

    def verify(path: Path, said: list[str], finished: bool) -> list[str]:
        found = reopened(path)
        if found:
            return found
        places = count(path, "SELECT count(*) FROM places")
        if places not in (now, then):
            return [f"partial: {places} places (before {now}, backup {then})"]
        if finished and places != then:
            return ["lost: the restore finished but the archive is as before"]
        return []

    return work, verify


@trial_kind("reindex")
def reindex_kind(run: Run) -> tuple[Work, Verify]:
    run.archive(run.big)

    def work(path: Path, say: Say) -> None:
        from database.opening import open_archive
        from database.search import reindex

        reindex(open_archive(path))

    def verify(path: Path, said: list[str], finished: bool) -> list[str]:
        from database.opening import open_archive
        from database.search import search

        found = reopened(path)
        if found:
            return found
        archive = open_archive(path)
        try:
            hits = search(archive, "Ертіс")
        finally:
            archive.close()
        return [] if hits else ["partial: after the kill the index finds nothing"]

    return work, verify


CALENDAR_EVENTS = 150


@trial_kind("calendar-import")
def calendar_kind(run: Run) -> tuple[Work, Verify]:
    data = run.folder / "many.ics"
    entries = "".join(f"BEGIN:VEVENT\r\nUID:ev{i}@other\r\nSUMMARY:Кездесу {i}\r\n"
                      f"DTSTART;VALUE=DATE:2027{1 + i % 12:02d}{1 + i % 28:02d}\r\nEND:VEVENT\r\n"
                      for i in range(CALENDAR_EVENTS))
    data.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{entries}END:VCALENDAR\r\n", encoding="utf-8")
    run.archive()

    def once(path: Path) -> None:
        from database.ics_import import apply_import, plan_import
        from database.opening import open_archive

        archive = open_archive(path)
        try:
            apply_import(archive, plan_import(archive, data.read_bytes()))
        finally:
            archive.close()

    def work(path: Path, say: Say) -> None:
        once(path)

    def verify(path: Path, said: list[str], finished: bool) -> list[str]:
        found = reopened(path)
        if found:
            return found
        events = count(path, "SELECT count(*) FROM events")
        if events not in (0, CALENDAR_EVENTS):
            return [f"partial: {events} of {CALENDAR_EVENTS} events"]
        if finished and events == 0:
            return ["lost: the import finished but nothing is there"]
        once(path)  # run again, as a person would after the kill: each UID once
        again = count(path, "SELECT count(*) FROM events")
        return [] if again == CALENDAR_EVENTS else [f"partial: a re-run left {again} events"]

    return work, verify


def _post_keys(run: Run) -> Path:
    """Key folders for three posts trusting each other, made once for the whole run."""
    from tests.core.posts_helpers import make_keys

    folder = run.folder.parent / "post-keys"
    if not folder.is_dir():
        make_keys(folder)
    return folder


RECORD_TABLES = ("places", "organisations", "persons", "events", "documents", "commitments")


def _records(path: Path) -> int:
    return sum(count(path, f"SELECT count(*) FROM {table}") for table in RECORD_TABLES)


@trial_kind("send/receive")
def bundle_kind(run: Run) -> tuple[Work, Verify]:
    """The consulate sends a bundle of its whole archive to the embassy, which receives it."""
    from tests.core.posts_helpers import PASS

    keys = _post_keys(run)
    sender = run.folder / "consulate.sqlite"
    shutil.copyfile(run.sample, sender)
    shutil.copytree(keys / "consulate-keys", run.folder / "consulate-keys")
    run.archive()  # the embassy: a new archive, with the embassy's keys beside it
    shutil.copytree(keys / "embassy-keys", run.folder / "archive-keys")
    bundle = run.folder / "to-embassy.elshi"
    sent = _records(run.sample)

    def work(path: Path, say: Say) -> None:
        from database.opening import open_archive
        from operations import posts as ops

        consulate = open_archive(sender)
        ops.send_bundle(consulate, "embassy", bundle, PASS, since="all")
        say("sent")
        embassy = open_archive(path)
        ops.posts.receive(embassy, ops.open_bundle(embassy, bundle, lambda: PASS))
        say("received")

    def verify(path: Path, said: list[str], finished: bool) -> list[str]:
        from database.opening import open_archive
        from operations import posts as ops

        found = reopened(path) + reopened(sender)
        if found:
            return found
        logged = count(sender, "SELECT count(*) FROM audit_log WHERE op = 'send_bundle'")
        if bundle.exists():  # a bundle is there whole, or not at all
            embassy = open_archive(path)
            try:
                ops.open_bundle(embassy, bundle, lambda: PASS)
            except Exception as e:
                return [f"partial: the bundle file is there but does not open whole ({e})"[:300]]
            finally:
                embassy.close()
        elif "sent" in said or logged:
            return ["lost: the bundle was sent but its file is missing"]
        have = _records(path)
        if have not in (0, sent):
            return [f"partial: the embassy holds {have} of the {sent} records sent"]
        if finished and have != sent:
            return ["lost: the receive finished but the records are not there"]
        return []

    return work, verify


@trial_kind("encryption")
def encryption_kind(run: Run) -> tuple[Work, Verify]:
    """``elshi encrypt`` on the sample archive with one backup beside it."""
    run.archive(run.sample)
    backups = run.folder / "archive-backups"
    backups.mkdir()
    backup = backups / "archive-20261121-120000.sqlite"
    shutil.copyfile(run.sample, backup)
    records = _records(run.sample)
    passphrase = "Жетісу тау-кені 2026"

    def work(path: Path, say: Say) -> None:
        from database.encrypting import encrypt_archive

        encrypt_archive(path, passphrase)

    def sound(file: Path, what: str) -> list[str]:
        """Still plain and whole, or encrypted whole and openable with the passphrase."""
        from database.encrypting import examine_archive
        from database.encryption import connect, unlock

        encrypted, problem = examine_archive(file, passphrase)
        if problem is not None:
            return [f"corrupt: the {'encrypted' if encrypted else 'plain'} {what}: {problem}"[:300]]
        if not encrypted:
            have = _records(file)
        else:
            con = connect(file, unlock(file, passphrase), read_only=True)
            try:
                have = sum(int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in RECORD_TABLES)
            finally:
                con.close()
        return [] if have == records else [f"lost: the {what} holds {have} of {records} records"]

    def verify(path: Path, said: list[str], finished: bool) -> list[str]:
        from database.encryption import needs_passphrase

        found = sound(path, "archive") + sound(backup, "backup")
        if not found and finished and not (needs_passphrase(path) and needs_passphrase(backup)):
            found.append("partial: the encryption finished but left a file plain")
        return found

    return work, verify


# --- the runner -----------------------------------------------------------------------------------------


@dataclass
class Tally:
    trials: int = 0
    finished: int = 0
    corrupt: int = 0
    partial: int = 0
    lost: int = 0
    other: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)

    def add(self, kind: str, problems: list[str], finished: bool) -> None:
        self.trials += 1
        self.finished += finished
        self.by_kind[kind] = self.by_kind.get(kind, 0) + 1
        for p in problems:
            word = p.split(":")[0]
            if word in ("corrupt", "partial", "lost"):
                setattr(self, word, getattr(self, word) + 1)
            else:
                self.other += 1
            if len(self.examples) < 10:
                self.examples.append(f"{kind}: {p}")


def _child(work: Work, path: Path, status: Path) -> None:
    code = 0
    with open(status, "w", encoding="utf-8") as out:
        def say(word: str) -> None:
            out.write(word + "\n")
            out.flush()
        try:
            say("ready")
            work(path, say)
            say("done")
        except BaseException:
            out.write("error " + traceback.format_exc().replace("\n", " | ") + "\n")
            out.flush()
            code = 1
    os._exit(code)


def _said(status: Path) -> list[str]:
    return status.read_text(encoding="utf-8").splitlines() if status.exists() else []


def one_trial(kind: str, run: Run, delay: float | None) -> tuple[list[str], bool, float]:
    """Set up, fork, kill after ``delay`` (None: let it finish), verify. (problems, finished, seconds)."""
    work, verify = KINDS[kind](run)
    path = run.folder / "archive.sqlite"
    status = run.folder / "status"
    status.unlink(missing_ok=True)
    pid = os.fork()
    if pid == 0:
        _child(work, path, status)
    began = time.monotonic()
    while "ready" not in _said(status) and time.monotonic() - began < 60:
        time.sleep(0.001)
    began = time.monotonic()
    if delay is not None:
        time.sleep(delay)  # the random moment of the crash
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    took = time.monotonic() - began
    said = _said(status)
    problems = [f"error in the child: {s[6:600]}" for s in said if s.startswith("error ")]
    finished = "done" in said
    problems += verify(path, said, finished)
    return problems, finished, took


def run_kills(folder: Path, per_kind: int, seed: int, kinds: list[str] | None = None,
              log: Callable[[str], None] = print, big_places: int = 3000) -> Tally:
    from database.opening import open_archive
    from operations.exchange import load_sample

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    from database.exchange import import_archive

    empty, sample, big = folder / "empty.sqlite", folder / "sample.sqlite", folder / "big.sqlite"
    open_archive(empty).close()
    archive = open_archive(sample)
    load_sample(archive)
    archive.close()
    shutil.copyfile(sample, big)
    archive = open_archive(big)
    places = [{"uuid": str(uuid.UUID(int=(1 << 64) + i, version=4)), "name": f"Орын {i}", "country": "Қазақстан",
               "aliases": [f"place {i}"]} for i in range(big_places)]
    import_archive(archive, io.BytesIO(json.dumps({"format": "elshi-archive", "version": 1, "places": places}).encode()))
    archive.close()
    tally = Tally()
    for kind in kinds or list(KINDS):
        trial_folder = folder / kind.replace(" ", "-").replace("/", "-")
        def fresh(trial_folder: Path = trial_folder) -> Run:
            shutil.rmtree(trial_folder, ignore_errors=True)
            trial_folder.mkdir()
            return Run(trial_folder, empty, sample, big, rng)
        # How long the write takes left alone: the kills fall within that span.
        problems, finished, span = one_trial(kind, fresh(), None if kind not in ("edits", "status changes") else 1.0)
        tally.add(kind, problems, finished)
        span = max(span, 0.02)
        for _ in range(per_kind - 1):
            problems, finished, _took = one_trial(kind, fresh(), rng.uniform(0, span * 1.1))
            tally.add(kind, problems, finished)
        log(f"  {kind}: {tally.by_kind[kind]} trials (a whole run takes {span:.2f} s)")
    return tally
