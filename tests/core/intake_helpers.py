"""Running ``elshi intake`` on a text as a person would from a shell."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_intake(archive: Path, item: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``elshi --archive ARCHIVE intake ITEM ARGS…``, its output captured."""
    command = [sys.executable, "-m", "desktop_app", "--archive", str(archive), "intake", str(item), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
