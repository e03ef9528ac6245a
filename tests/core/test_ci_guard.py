"""The CI guard: with CI set, a skipped or expected-to-fail test fails the run and is named."""

from __future__ import annotations

import pytest

from tests.ci_guard import in_ci

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


def run_tiny_suite(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, ci: str | None) -> pytest.RunResult:
    """The tiny suite run in this process (a fresh pytest session in its own folder), guard loaded."""
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    monkeypatch.delenv("PYTEST_ADDOPTS", raising=False)
    pytester.makepyfile(test_tiny=TINY_SUITE)
    return pytester.runpytest_inprocess("-q", "-p", "no:cacheprovider", "-p", "no:pytestqt", "-p", "no:hypothesispytest",
                                        "-p", "tests.ci_guard")


def test_under_ci_a_skip_or_xfail_fails_the_run_and_is_named(pytester: pytest.Pytester,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_tiny_suite(pytester, monkeypatch, "true")
    out = result.stdout.str()
    assert result.ret == pytest.ExitCode.TESTS_FAILED, out
    assert "not run under CI" in out
    assert "test_tiny.py::test_needs_a_tool: the tool is not installed" in out
    assert "test_tiny.py::test_known_wrong: xfail known to be wrong" in out
    assert "test_tiny.py::test_runs" not in out.split("not run under CI")[1]


def test_outside_ci_a_skip_stays_a_skip(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_tiny_suite(pytester, monkeypatch, None)
    out = result.stdout.str()
    assert result.ret == pytest.ExitCode.OK, out
    assert "1 skipped, 1 xfailed" in out
    assert "not run under CI" not in out


@pytest.mark.parametrize(("value", "ci"), [("true", True), ("1", True), ("yes", True), ("false", False),
                                          ("0", False), ("", False), (None, False)])
def test_ci_is_on_when_the_variable_says_so(monkeypatch: pytest.MonkeyPatch, value: str | None, ci: bool) -> None:
    if value is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", value)
    assert in_ci() is ci
