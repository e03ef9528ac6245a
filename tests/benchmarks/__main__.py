"""``python -m tests.benchmarks --size tiny|small|large``: build or reuse the synthetic archive,
measure, print the table (Markdown) and write it as JSON. Progress goes to stderr."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tests.benchmarks.generate import SIZES, default_cache
from tests.benchmarks.runner import GROUPS, compare, run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks",
                                     description="Elshi's benchmarks, each figure beside its floor.")
    parser.add_argument("--size", choices=tuple(SIZES), default="small",
                        help="tiny (a smoke test), small, or large (100,000 events; built once, then cached)")
    parser.add_argument("--seed", type=int, default=1, help="the generator's seed (default 1)")
    parser.add_argument("--cache", type=Path, default=default_cache(),
                        help=f"folder for the generated archives and results (default {default_cache()})")
    parser.add_argument("--json", type=Path, help="write the results here (default CACHE/results-SIZE.json)")
    parser.add_argument("--only", action="append", choices=GROUPS, metavar="GROUP",
                        help=f"measure only this group (repeatable): {', '.join(GROUPS)}")
    parser.add_argument("--window-python", default=sys.executable, metavar="PYTHON",
                        help="the interpreter that runs the window processes (default: this one), e.g. a "
                             "virtual environment with another PySide6")
    parser.add_argument("--compare", type=Path, metavar="FILE",
                        help="print each row beside a previous run's JSON and flag rows whose ratio to the floor "
                             "got worse by more than 20%% (a report only: the exit status does not change)")
    parser.add_argument("--keep-work", action="store_true", help="keep the working copy and exported files")
    args = parser.parse_args(argv)
    found = run(args.size, args.seed, args.cache.expanduser(), args.json, args.only or GROUPS,
                keep_work=args.keep_work, python=args.window_python)
    if args.compare:
        print()
        print(compare(found, json.loads(args.compare.read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
