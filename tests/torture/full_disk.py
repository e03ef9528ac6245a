"""Elshi on a full disk: each case runs in a small tmpfs filled to a few levels of free space
(none, a page, a little, most of what the write needs), and at every level the command either
succeeds whole or ends with exit 1, one line naming the full disk, and the archive as it was.

The tmpfs is mounted in a mount namespace of its own (``unshare -rm``), so this needs no root
and mounts nothing anyone else sees:

    python -m tests.torture.full_disk MOUNTPOINT WORKDIR   (run inside the namespace)
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SIZE = 4 << 20  # the tmpfs
LEVELS = (0, 4 << 10, 24 << 10, 96 << 10, 384 << 10, 1 << 20)  # free bytes left for the command
SCENARIOS = ("a new archive", "import whose backup cannot be written", "reindex", "calendar-import --yes",
             "every command on a full disk")
EVENTS = 400


def run_in_tmpfs(work: Path, scenario_names: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Run the cases in a fresh namespace with its own tmpfs; their report by name."""
    mount = work / "mnt"
    mount.mkdir(parents=True, exist_ok=True)
    script = (f"mount -t tmpfs -o size={SIZE} elshi-full {mount} && "
              f"exec {sys.executable} -m tests.torture.full_disk {mount} {work} {shlex.quote(','.join(scenario_names or []))}")
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)})
    report = work / "report.json"
    if done.returncode != 0 or not report.exists():
        raise RuntimeError(f"the full-disk run failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    result: dict[str, dict[str, Any]] = json.loads(report.read_text(encoding="utf-8"))
    return result


# --- inside the namespace -------------------------------------------------------------------------


class Disk:
    def __init__(self, mount: Path) -> None:
        self.mount = mount
        self.filler = mount / "filler"

    def clear(self) -> None:
        for child in self.mount.iterdir():
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()

    def fill(self, leave: int) -> None:
        """Fill the disk, then give back ``leave`` bytes."""
        block = b"\0" * (64 << 10)
        with open(self.filler, "ab") as f:
            try:
                while True:
                    f.write(block)
                    f.flush()
            except OSError as e:
                if e.errno != errno.ENOSPC:
                    raise
            with contextlib.suppress(OSError):
                for _ in range(64):  # what the buffered writes above left, a page at a time
                    os.write(f.fileno(), b"\0" * 4096)
        size = self.filler.stat().st_size
        os.truncate(self.filler, max(0, size - leave))

    def free(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.filler.unlink()

    def files(self) -> list[str]:
        return sorted(str(p.relative_to(self.mount)) for p in self.mount.rglob("*") if p != self.filler)


def _count(path: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def _said_full(err: str) -> bool:
    return "disk holding" in err and "is full" in err


class Cases:
    def __init__(self, mount: Path, work: Path) -> None:
        from database.opening import open_archive
        from operations.exchange import load_sample
        from tests.torture import cli_cases

        self.cli = cli_cases
        self.said: list[str] = []  # what the commands said when they refused
        self.disk = Disk(mount)
        self.work = work
        self.sample = work / "sample.sqlite"
        if not self.sample.exists():
            archive = open_archive(self.sample)
            load_sample(archive)
            archive.close()
        self.places_json = work / "places.json"
        places = [{"uuid": str(uuid.UUID(int=i + 1, version=4)), "name": f"Place {i}", "aliases": [f"a{i}"]}
                  for i in range(800)]
        self.places_json.write_text(json.dumps({"format": "elshi-archive", "version": 1, "places": places}),
                                    encoding="utf-8")
        self.ics = work / "many.ics"
        entries = "".join(f"BEGIN:VEVENT\r\nUID:ev{i}@other\r\nSUMMARY:Кездесу {i} {'ж' * 200}\r\n"
                          f"DTSTART;VALUE=DATE:2027{1 + i % 12:02d}{1 + i % 28:02d}\r\nEND:VEVENT\r\n"
                          for i in range(EVENTS))
        self.ics.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{entries}END:VCALENDAR\r\n",
                            encoding="utf-8")

    def archive(self) -> Path:
        self.disk.clear()
        path = self.disk.mount / "archive.sqlite"
        shutil.copyfile(self.sample, path)
        return path

    def elshi(self, *words: str) -> Any:
        return self.cli.run(list(words))

    def one_line(self, outcome: Any, problems: list[str], level: int) -> bool:
        """Whether the command failed, checking that it failed well."""
        if outcome.code == 0:
            return False
        self.said.append(f"free {level}: {outcome.err.strip()[:300]}")
        lines = self.cli.said_lines(outcome.err)
        if outcome.escaped or "Traceback" in outcome.err or outcome.code != 1 or len(lines) != 1:
            problems.append(f"free {level}: exit {outcome.code}, {outcome.escaped or outcome.err!r}"[:1500])
        elif "unexpected error" in outcome.err:
            problems.append(f"free {level}: last-resort handler: {outcome.err.strip()}")
        return True

    # --- the cases ---

    def new_archive(self, report: dict[str, Any]) -> None:
        for level in LEVELS:
            self.disk.clear()
            self.disk.fill(level)
            target = self.disk.mount / "new.sqlite"
            outcome = self.elshi("--archive", str(target), *self.cli.create_flag(), "check")
            if self.one_line(outcome, report["problems"], level):
                report["refused"] += 1
                if not _said_full(outcome.err):
                    report["problems"].append(f"free {level}: not called a full disk: {outcome.err.strip()}")
                if self.disk.files():  # a half-made file would be called damaged next time
                    report["problems"].append(f"free {level}: left {self.disk.files()}")
            else:
                report["done"] += 1
                self.disk.free()
                if _integrity(target) != "ok":
                    report["problems"].append(f"free {level}: the new archive is not sound")

    def import_without_backup(self, report: dict[str, Any]) -> None:
        for level in LEVELS:
            path = self.archive()
            before = _count(path, "places")
            self.disk.fill(level)
            outcome = self.elshi("--archive", str(path), "import", str(self.places_json))
            failed = self.one_line(outcome, report["problems"], level)
            self.disk.free()
            after = _count(path, "places")
            if failed:
                report["refused"] += 1
                if after != before:
                    report["problems"].append(f"free {level}: {after - before} places written by a failed import")
                if not _said_full(outcome.err):
                    report["problems"].append(f"free {level}: not called a full disk: {outcome.err.strip()}")
            else:
                report["done"] += 1
                if after != before + 800:
                    report["problems"].append(f"free {level}: an import said done wrote {after - before} places")
            if _integrity(path) != "ok":
                report["problems"].append(f"free {level}: the archive is not sound")
            parts = [f for f in self.disk.files() if f.endswith(".part")]
            if parts:
                report["problems"].append(f"free {level}: unfinished copies left: {parts}")

    def reindex(self, report: dict[str, Any]) -> None:
        for level in LEVELS:
            path = self.archive()
            self.disk.fill(level)
            outcome = self.elshi("--archive", str(path), "reindex")
            failed = self.one_line(outcome, report["problems"], level)
            self.disk.free()
            report["refused" if failed else "done"] += 1
            if failed and not _said_full(outcome.err):
                report["problems"].append(f"free {level}: not called a full disk: {outcome.err.strip()}")
            if _integrity(path) != "ok":
                report["problems"].append(f"free {level}: the archive is not sound")
            found = self.elshi("--archive", str(path), "search", "Ертіс", "--json")
            if found.code != 0 or "event" not in found.out:
                report["problems"].append(f"free {level}: search no longer finds the forum: {found.err.strip()}")

    def calendar_import(self, report: dict[str, Any]) -> None:
        for level in LEVELS:
            path = self.archive()
            before = _count(path, "events")
            self.disk.fill(level)
            outcome = self.elshi("--archive", str(path), "calendar-import", str(self.ics), "--yes")
            failed = self.one_line(outcome, report["problems"], level)
            self.disk.free()
            added = _count(path, "events") - before
            report["refused" if failed else "done"] += 1
            if failed and not _said_full(outcome.err):
                report["problems"].append(f"free {level}: not called a full disk: {outcome.err.strip()}")
            if added not in ((0,) if failed else (EVENTS,)):
                report["problems"].append(f"free {level}: {added} of {EVENTS} events written "
                                          f"({'failed' if failed else 'done'})")
            if _integrity(path) != "ok":
                report["problems"].append(f"free {level}: the archive is not sound")

    def every_command(self, report: dict[str, Any]) -> None:
        report["commands"] = {}
        for level in (0, 24 << 10):
            path = self.archive()
            files = self.cli.Files(self.work / f"files{level}", self.sample)
            self.disk.fill(level)
            for leaf in self.cli.leaves():
                values = self.cli.baseline(leaf, files)
                for dest in ("out", "to", "ics", "file"):  # what it writes goes to the full disk too
                    action = next((a for a in leaf.arguments() if a.dest == dest), None)
                    if (action is not None and self.cli.kind(action) == "output") or (
                            leaf.name == "export" and dest == "file"):
                        values[dest] = str(self.disk.mount / f"{leaf.name.replace(' ', '-')}.out")
                outcome = self.elshi(*self.cli.argv(leaf, path, values))
                failed = self.one_line(outcome, report["problems"], level)
                report["refused" if failed else "done"] += 1
                report["commands"][leaf.name] = outcome.code
            self.disk.free()
            if _integrity(path) != "ok":
                report["problems"].append(f"free {level}: the archive is not sound")


def main(mount: Path, work: Path, names: list[str]) -> None:
    os.environ.setdefault("ELSHI_LANG", "en")
    cases = Cases(mount, work)
    runs: dict[str, Callable[[dict[str, Any]], None]] = {
        "a new archive": cases.new_archive,
        "import whose backup cannot be written": cases.import_without_backup,
        "reindex": cases.reindex,
        "calendar-import --yes": cases.calendar_import,
        "every command on a full disk": cases.every_command,
    }
    reports: dict[str, dict[str, Any]] = {}
    for name in names or list(SCENARIOS):
        report: dict[str, Any] = {"problems": [], "done": 0, "refused": 0}
        cases.said = report["said"] = []
        try:
            runs[name](report)
        except Exception as e:  # the harness itself: reported, not lost
            import traceback

            report["problems"].append("the case could not run: " + "".join(traceback.format_exception(e))[-2000:])
        if name != "every command on a full disk" and report["refused"] == 0:
            report["problems"].append("no level of free space made the command meet a full disk")
        reports[name] = report
    (work / "report.json").write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), [n for n in (sys.argv[3] if len(sys.argv) > 3 else "").split(",") if n])
