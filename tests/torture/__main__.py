"""The torture runner: ``python -m tests.torture [--size tiny|full] [--seed N]``.

Three parts, each printing its counts:

- SIGKILL trials over every kind of write (:mod:`tests.torture.kills`): corrupt, partial, lost;
- hypothesis inputs over every writer, import, ICS, search and PDF path (:mod:`tests.torture.fuzz`):
  unhandled errors;
- two processes editing one record through every write API (:mod:`tests.torture.races`): lost updates.

Exit 0 when every count that must be zero is zero. ``tiny`` is what CI runs (seconds); ``full``
is the figure the README quotes (≥ 1,000 kills, ≥ 100,000 inputs, 2 × 500 edits).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("ELSHI_LANG", "en")
os.environ.setdefault("ELSHI_CONFIG_DIR", tempfile.mkdtemp(prefix="elshi-torture-config-"))

SIZES = {  # kills per kind, hypothesis inputs, edits per process, places added to the big archive
    "tiny": (2, 300, 12, 200),
    "full": (112, 100_000, 500, 3000),  # 112 × 9 kinds: 1,008 kills
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.torture")
    parser.add_argument("--size", choices=SIZES, default="tiny")
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--only", choices=("kills", "fuzz", "races"), action="append")
    parser.add_argument("--kind", action="append", help="only these kinds of kill trial (default: all); "
                        "two runs with different kinds share the two cores")
    parser.add_argument("--path", action="append", choices=("add", "update", "json", "ics", "search", "pdf"),
                        help="only these paths of the hypothesis inputs, each its share of the total")
    parser.add_argument("--folder", type=Path, help="work here (default: a temporary folder)")
    args = parser.parse_args(argv)
    per_kind, inputs, edits, big_places = SIZES[args.size]
    parts = args.only or ["kills", "fuzz", "races"]
    folder = args.folder or Path(tempfile.mkdtemp(prefix="elshi-torture-"))
    began = time.monotonic()
    failed = False
    print(f"Elshi torture, size {args.size}, seed {args.seed}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC", flush=True)

    if "kills" in parts:
        from tests.torture.kills import KINDS, run_kills

        t0 = time.monotonic()
        kinds = args.kind or list(KINDS)
        tally = run_kills(folder / "kills", per_kind, args.seed, kinds, log=lambda s: print(s, flush=True),
                          big_places=big_places)
        print(f"SIGKILL trials: {tally.trials} across {len(kinds)} kinds ({', '.join(kinds)}); "
              f"{tally.finished} finished before the kill; corrupt {tally.corrupt}, partial {tally.partial}, "
              f"lost {tally.lost}, other problems {tally.other} ({time.monotonic() - t0:.0f} s)", flush=True)
        for example in tally.examples:
            print("   ", example[:600])
        failed |= bool(tally.corrupt or tally.partial or tally.lost or tally.other)

    if "fuzz" in parts:
        from tests.torture.fuzz import run_fuzz

        t0 = time.monotonic()
        # In memory when the system has a tmpfs: the inputs test the checks, not the disk's fsync.
        shm = Path("/dev/shm")
        fuzz_folder = Path(tempfile.mkdtemp(prefix="elshi-fuzz-", dir=shm)) if shm.is_dir() else folder / "fuzz"
        try:
            report = run_fuzz(fuzz_folder, inputs, args.seed, args.path, log=lambda s: print(s, flush=True))
        finally:
            if fuzz_folder.parent == shm:
                shutil.rmtree(fuzz_folder, ignore_errors=True)
        paths = ", ".join(f"{p} {n}" for p, n in report.inputs.items())
        print(f"hypothesis inputs: {report.total} ({paths}); unhandled errors {report.errors}"
              f" ({time.monotonic() - t0:.0f} s)", flush=True)
        for path, n in report.unhandled.items():
            print(f"    {path}: {n} unhandled")
        for example in report.examples:
            print("   ", example.replace("\n", "\n    ")[-1500:])
        failed |= bool(report.errors)

    if "races" in parts:
        from tests.torture.races import run_race

        t0 = time.monotonic()
        race = run_race(folder / "races", edits)
        lost = ", ".join(f"{api} {n}" for api, n in race.lost_by_api.items())
        print(f"2 processes × {edits} edits of one record: {race.returned} returned, {race.kept} kept; "
              f"lost updates {race.lost} ({lost}) ({time.monotonic() - t0:.0f} s)", flush=True)
        failed |= bool(race.lost) or race.returned != race.edits

    print(f"{'FAILED' if failed else 'ok'} in {time.monotonic() - began:.0f} s", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
