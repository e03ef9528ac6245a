"""Every ``elshi`` subcommand, found from the parser, fed hostile arguments: ids such as ``²``,
``-1`` or 2^63, impossible dates, paths that are missing, folders or unwritable, a closed pipe,
a full disk. Each ends with exit 0 (the value was fine), 1 with one line saying why, or 2 with
argparse's usage error; never a traceback, never the last-resort "unexpected error"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from database.clock import FixedClock
from tests.conftest import ArchiveTemplates
from tests.torture import cli_cases, full_disk

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sample(tmp_path: Path, archive_templates: ArchiveTemplates, clock: FixedClock) -> Path:
    path = tmp_path / "archive.sqlite"
    archive_templates.place(path, clock, with_sample=True)
    return path


def test_the_parser_lists_every_command() -> None:
    names = {leaf.name for leaf in cli_cases.leaves()}
    assert {"import", "export", "check", "search", "reindex", "calendar-import", "briefing event",
            "restore", "merge", "unmerge"} <= names


def test_every_command_meets_every_hostile_argument_with_one_line(sample: Path, tmp_path: Path) -> None:
    files = cli_cases.Files(tmp_path / "files", sample)
    failures, tried, kinds = [], 0, set()
    for case in cli_cases.hostile_cases(sample, files):
        outcome = cli_cases.run(case.argv)
        tried += 1
        kinds.add(case.kind)
        failures += [f"{case.leaf.name} {case.dest}={case.value[:40]!r}: {p}"
                     for p in cli_cases.problems(case, outcome)]
    assert not failures, "\n".join(failures[:20])
    assert tried > 150 and {"id", "ref", "date", "path", "output", "text"} <= kinds


def test_no_command_fails_on_a_closed_pipe(sample: Path, tmp_path: Path) -> None:
    files = cli_cases.Files(tmp_path / "files", sample)
    for leaf in cli_cases.leaves():
        case = cli_cases.Case(leaf, "", "baseline", "", tuple(cli_cases.argv(
            leaf, sample, cli_cases.baseline(leaf, files))))
        outcome = cli_cases.run(case.argv, stdout=cli_cases.ClosedPipe())
        found = [p for p in cli_cases.problems(case, outcome) if not p.startswith("exit 1 without a line")]
        assert not found, (leaf.name, outcome)  # exit 1 in silence is right: no one is reading
        assert "pipe" not in outcome.err.lower(), (leaf.name, outcome.err)  # the reader left: nothing to say


def test_search_piped_into_head_ends_quietly(sample: Path) -> None:
    shell = (f"{sys.executable} -m desktop_app --archive {sample} search форум --limit 1000 | head -c1; "
             f"{sys.executable} -m desktop_app --archive {sample} backups | head -c1")
    done = subprocess.run(["bash", "-o", "pipefail", "-c", shell], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.stderr == "", done.stderr  # no BrokenPipeError, no "Exception ignored"


@pytest.fixture(scope="module")
def disk_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """The full-disk cases, run once in a small tmpfs of their own (a mount namespace)."""
    folder = tmp_path_factory.mktemp("full-disk")
    return full_disk.run_in_tmpfs(folder, scenario_names=None)


@pytest.mark.parametrize("name", full_disk.SCENARIOS)
def test_a_full_disk_is_named_and_leaves_the_archive_as_it_was(
        disk_report: dict[str, dict[str, object]], name: str) -> None:
    report = disk_report[name]
    assert report["problems"] == [], report


def test_the_full_disk_report_covers_every_command(disk_report: dict[str, dict[str, object]]) -> None:
    swept = disk_report["every command on a full disk"]["commands"]
    assert set(swept) == {leaf.name for leaf in cli_cases.leaves()}  # type: ignore[arg-type]
