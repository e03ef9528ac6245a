"""Under CI a skipped or expected-to-fail test fails the run.

A skip in CI means the suite proved less than it says (a missing tool, a platform guard that
tripped): green must mean every test ran and passed. Outside CI a skip stays a skip, so a
developer without some tool still gets a useful run. tests/conftest.py loads this as a plugin;
tests/core/test_ci_guard.py runs it on a tiny suite.
"""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


class CiGuard:
    def __init__(self) -> None:
        self.not_run: list[tuple[str, str]] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if hasattr(report, "wasxfail"):
            self.not_run.append((report.nodeid, f"xfail {report.wasxfail}".strip()))
        elif report.skipped:
            longrepr = report.longrepr
            reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
            reason = reason.removeprefix("Skipped: ")
            self.not_run.append((report.nodeid, reason))

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if self.not_run and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if not self.not_run:
            return
        terminalreporter.section("not run under CI", red=True, bold=True)
        terminalreporter.line(f"CI is set, so every test must run and pass; {len(self.not_run)} did not:",
                              red=True)
        for nodeid, reason in self.not_run:
            terminalreporter.line(f"  {nodeid}: {reason}")


def pytest_configure(config: pytest.Config) -> None:
    if in_ci():
        config.pluginmanager.register(CiGuard(), "elshi-ci-guard")
