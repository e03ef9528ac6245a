"""Every package is type-checked strictly and linted (pyproject's [tool.mypy] and [tool.ruff]): a
wrong type or a forgotten name fails here, before it fails a user."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("database", "catalogue", "exports", "operations", "ui", "desktop_app", "resources")


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True)


def test_every_package_passes_mypy_strict() -> None:
    # mypy's own incremental cache (.mypy_cache, ignored by git) makes a second run seconds instead
    # of a cold check: it re-checks whatever changed or depends on a change, so it cannot hide an error.
    result = run("mypy", "--cache-dir", str(ROOT / ".mypy_cache"), "--no-error-summary")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]


def test_the_strict_check_covers_every_package() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["mypy"]["strict"] is True
    assert set(config["tool"]["mypy"]["packages"]) == set(PACKAGES)
    on_disk = {p.parent.name for p in ROOT.glob("*/__init__.py")} - {"tests", "docs"}
    assert on_disk <= set(PACKAGES), f"a package left out of the checks: {on_disk - set(PACKAGES)}"


def test_every_package_and_the_tests_pass_ruff() -> None:
    result = run("ruff", "check", "--no-cache", *PACKAGES, "tests", "docs", "bootstrap.py")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]
