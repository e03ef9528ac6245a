"""The torture runner at its tiny size, as CI runs it: every part runs and prints its counts, and
every count that must be zero is zero (the full size is run by hand: see README, Torture)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_tiny_torture_run_finds_nothing(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "tests.torture", "--size", "tiny", "--folder", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    out = done.stdout
    assert done.returncode == 0, out[-4000:] + done.stderr[-4000:]
    kills = re.search(r"SIGKILL trials: (\d+) .*corrupt (\d+), partial (\d+), lost (\d+), other problems (\d+)", out)
    fuzz = re.search(r"hypothesis inputs: (\d+) .*unhandled errors (\d+)", out)
    race = re.search(r"edits of one record: (\d+) returned, (\d+) kept; lost updates (\d+)", out)
    assert kills and fuzz and race, out
    assert int(kills[1]) >= 14 and kills.groups()[1:] == ("0", "0", "0", "0")
    assert int(fuzz[1]) >= 300 and fuzz[2] == "0"
    assert race[1] == race[2] and race[3] == "0"
