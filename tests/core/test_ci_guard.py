"""The CI guard: with CI set, a skipped or expected-to-fail test fails the run and is named."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ci_guard import in_ci

ROOT = Path(__file__).resolve().parents[2]

TINY_SUITE = '''
import pytest

def test_runs():
    pass

def test_needs_a_tool():
    pytest.skip("the tool is not installed")

@pytest.mark.xfail(reason="known to be wrong")
def test_known_wrong():
    assert False
'''


def run_tiny_suite(tmp_path: Path, ci: str | None, body: str = TINY_SUITE) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_tiny.py").write_text(body, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")}
    if ci is not None:
        env["CI"] = ci
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.ci_guard",
                           "--rootdir", str(tmp_path), str(tmp_path / "test_tiny.py")],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_under_ci_a_skip_or_xfail_fails_the_run_and_is_named(tmp_path: Path) -> None:
    result = run_tiny_suite(tmp_path, "true")
    assert result.returncode == pytest.ExitCode.TESTS_FAILED, result.stdout + result.stderr
    assert "not run under CI" in result.stdout
    assert "test_tiny.py::test_needs_a_tool: the tool is not installed" in result.stdout
    assert "test_tiny.py::test_known_wrong: xfail known to be wrong" in result.stdout
    assert "test_tiny.py::test_runs" not in result.stdout


def test_outside_ci_a_skip_stays_a_skip(tmp_path: Path) -> None:
    result = run_tiny_suite(tmp_path, None)
    assert result.returncode == pytest.ExitCode.OK, result.stdout + result.stderr
    assert "not run under CI" not in result.stdout


@pytest.mark.parametrize(("value", "ci"), [("true", True), ("1", True), ("yes", True), ("false", False),
                                          ("0", False), ("", False), (None, False)])
def test_ci_is_on_when_the_variable_says_so(monkeypatch: pytest.MonkeyPatch, value: str | None, ci: bool) -> None:
    if value is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", value)
    assert in_ci() is ci


def test_under_ci_a_failure_keeps_its_own_exit_status(tmp_path: Path) -> None:
    result = run_tiny_suite(tmp_path, "true", "import pytest\n\ndef test_fails():\n    assert False\n\n"
                                              "def test_skips():\n    pytest.skip('why')\n")
    assert result.returncode == pytest.ExitCode.TESTS_FAILED
    assert "test_tiny.py::test_skips: why" in result.stdout
    assert "FAILED test_tiny.py::test_fails" in result.stdout
