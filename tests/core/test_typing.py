"""The Qt-free layers are type-checked strictly (pyproject's [tool.mypy]): a wrong type in the
core fails here, before it fails a user."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_database_and_exports_pass_mypy_strict() -> None:
    pytest.importorskip("mypy")
    # mypy's own incremental cache (.mypy_cache, ignored by git) makes a second run seconds instead
    # of a cold check: it re-checks whatever changed or depends on a change, so it cannot hide an error.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(ROOT / ".mypy_cache"), "--no-error-summary"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]
