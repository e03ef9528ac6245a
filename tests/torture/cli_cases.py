"""Every ``elshi`` subcommand and the hostile values each of its arguments gets, found from the
argparse parser itself: a new command, or a new argument, is fed hostile values with no change
here. Only a baseline (the valid arguments a command needs to run at all) is listed by name, and a
command missing from that list still runs with values guessed from its arguments' kinds.

Used by ``tests/core/test_hostile_commands.py`` and by the torture runner."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app import arguments
from desktop_app.cli import build_parser, main

ID_VALUES = ("²", "-1", "0", str(1 << 63), "99999999999999999999999", "1e3", "٣", " ", "")
DATE_VALUES = ("2026-02-30", "99999-01-01", "0000-00-00", "2026-H3", "-5", "9" * 40)
TEXT_VALUES = ("\x00", "'\"*%_\\", "NEAR(", "-", "\udcff", "a" * 20_000, "\u202e\u0301")
# Options whose values name files; positionals named "file" too.
PATH_DESTS = {"file", "out", "to", "ics", "archive"}
# Written by a command rather than read.
OUTPUT_DESTS = {"out", "to", "ics"}
# Is the bad value supposed to be refused (exit 1 or 2)? For a text, 0 is often right.
MUST_REFUSE = {"id", "ref", "count", "date"}


@dataclass(frozen=True)
class Leaf:
    """One runnable command: its words (``("briefing", "event")``) and its parser."""

    words: tuple[str, ...]
    parser: argparse.ArgumentParser

    @property
    def name(self) -> str:
        return " ".join(self.words)

    def arguments(self) -> list[argparse.Action]:
        return [a for a in self.parser._actions if not isinstance(a, argparse._HelpAction)]


def leaves(parser: argparse.ArgumentParser | None = None, words: tuple[str, ...] = ()) -> list[Leaf]:
    parser = parser or build_parser()
    found: list[Leaf] = []
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [Leaf(words, parser)] if words else []
    for action in subs:
        for name, sub in action.choices.items():
            found += leaves(sub, (*words, name))
    return found


def create_flag() -> list[str]:
    """What asks for a new archive where none is: ``--create`` where the command line has one."""
    return ["--create"] if any("--create" in a.option_strings for a in build_parser()._actions) else []


def kind(action: argparse.Action) -> str:
    if action.nargs == 0:
        return "flag"
    if action.choices:
        return "choice"
    if action.type is arguments.record_id:
        return "id"
    if action.type is arguments.record_ref:
        return "ref"
    if action.type is arguments.positive_count or action.type is int:
        return "count"
    if action.type is Path or action.dest in PATH_DESTS:
        return "output" if action.dest in OUTPUT_DESTS else "path"
    if "date" in action.dest:
        return "date"
    return "text"


class Files:
    """The files commands are given: sound ones for the baseline, hostile ones as values."""

    def __init__(self, folder: Path, archive: Path) -> None:
        self.folder, self.archive, self.n = folder, archive, 0
        folder.mkdir(parents=True, exist_ok=True)
        self.json = folder / "good.json"
        place = {"uuid": str(uuid.uuid4()), "name": "Омбы"}
        self.json.write_text(json.dumps({"format": "elshi-archive", "version": 1, "places": [place]}),
                             encoding="utf-8")
        self.ics = folder / "good.ics"
        self.ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u1@x\r\n"
                            "SUMMARY:Ертіс форумы\r\nDTSTART;VALUE=DATE:20261201\r\nEND:VEVENT\r\n"
                            "END:VCALENDAR\r\n", encoding="utf-8")
        self.backup = folder / "copy.sqlite"
        if archive.exists() and not self.backup.exists():
            shutil.copyfile(archive, self.backup)
        self.directory = folder / "a-folder"
        self.directory.mkdir(exist_ok=True)
        # Not a regular file, like /dev/null (which a test must never be able to harm): a socket.
        self.socket = folder / "a.sock"
        if not self.socket.exists():
            import socket

            with socket.socket(socket.AF_UNIX) as s:
                s.bind(str(self.socket))
        self.plain = folder / "plain.txt"
        self.plain.write_text("not an archive, not JSON, not a calendar", encoding="utf-8")

    def new(self, suffix: str) -> str:
        self.n += 1
        return str(self.folder / f"out{self.n}{suffix}")

    def hostile_archives(self) -> tuple[str, ...]:
        """Archives that cannot be opened, or are not archives (none that would be created)."""
        return (str(self.directory), str(self.plain / "x.sqlite"), "/proc/elshi/x.sqlite", str(self.plain),
                str(self.json), str(self.socket), "")

    def hostile_paths(self) -> tuple[str, ...]:
        return (str(self.folder / "no-such-folder" / "x"), str(self.directory), str(self.plain / "x"),
                "/proc/elshi/x", str(self.plain), "")


def baseline(leaf: Leaf, files: Files) -> dict[str, str | None]:
    """The valid values a command needs (dest -> value; None: a flag to give)."""
    named: dict[str, dict[str, str | None]] = {
        "import": {"file": str(files.json)},
        "export": {"file": files.new(".json")},
        "restore": {"file": str(files.backup)},
        "calendar-import": {"file": str(files.ics)},
        "calendar": {"date_from": "2026-01-01", "date_to": "2026-12-31"},
        "briefing event": {"record": "1", "out": files.new(".pdf")},
        "briefing counterpart": {"country": "Қазақстан", "out": files.new(".pdf")},
        "merge": {"type": "person", "keep": "1", "other": "2"},
        "unmerge": {"merge_id": "1"},
        "search": {"query": "форум"},
        "resolve": {"mine": None},
        # A server nobody runs: the command must still end in one sentence (cannot reach it).
        "server init": {"url": f"postgresql://nobody@/elshi?host={files.folder / 'no-server'}"},
        "server push": {"file": str(files.backup), "url": f"postgresql://nobody@/elshi?host={files.folder / 'no-server'}"},
    }
    values = dict(named.get(leaf.name, {}))
    for action in leaf.arguments():
        if action.dest in values or not (action.required or (not action.option_strings and action.nargs is None)):
            continue
        values[action.dest] = {
            "id": "1", "ref": "1", "count": "5", "date": "2026-03-01", "output": files.new(".out"),
            "path": str(files.plain), "text": "x",
        }.get(kind(action), str(next(iter(action.choices))) if action.choices else "x")
    return values


def argv(leaf: Leaf, archive: Path | str, values: dict[str, str | None]) -> list[str]:
    words = ["--archive", str(archive), *leaf.words]
    options: list[str] = []
    for action in leaf.arguments():
        if action.dest not in values:
            continue
        value = values[action.dest]
        if not action.option_strings:
            words.append(str(value))
        elif action.nargs == 0:
            options.append(action.option_strings[0])
        else:
            options += [action.option_strings[0], str(value)]
    return words + options


@dataclass(frozen=True)
class Case:
    leaf: Leaf
    dest: str
    kind: str
    value: str
    argv: tuple[str, ...]


def hostile_cases(archive: Path, files: Files) -> Iterator[Case]:
    """Every command once as it is, then every argument of it with each hostile value of its kind."""
    for leaf in leaves():
        base = baseline(leaf, files)
        yield Case(leaf, "", "baseline", "", tuple(argv(leaf, archive, base)))
        for action in leaf.arguments():
            k = kind(action)
            values: Sequence[str] = {
                "id": ID_VALUES, "ref": ID_VALUES, "count": ID_VALUES, "date": DATE_VALUES,
                "text": TEXT_VALUES, "path": files.hostile_paths(), "output": files.hostile_paths(),
            }.get(k, ())
            for value in values:
                yield Case(leaf, action.dest, k, value, tuple(argv(leaf, archive, {**base, action.dest: value})))
        for value in files.hostile_archives():  # elshi's own --archive, before the command
            yield Case(leaf, "archive", "archive", value, tuple(argv(leaf, value, base)))


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str
    escaped: str  # the repr of an exception that left main(), or ""


def run(words: Sequence[str], stdout: io.TextIOBase | None = None) -> Outcome:
    """``elshi`` in this process, as a shell would run it; nothing it raises escapes."""
    out, err = stdout or io.StringIO(), io.StringIO()
    code, escaped = 0, ""
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):  # type: ignore[type-var]
        try:
            code = main(list(words))
        except SystemExit as e:  # argparse: usage errors (2) and --help (0)
            code = e.code if isinstance(e.code, int) else 1
        except BaseException as e:  # what the test is looking for
            import traceback

            escaped = "".join(traceback.format_exception(e))
            code = -1
    text = out.getvalue() if isinstance(out, io.StringIO) else ""
    return Outcome(code, text, err.getvalue(), escaped)


class ClosedPipe(io.TextIOBase):
    """A stdout whose reader has gone (``| head -c1`` after its byte): every write fails."""

    def write(self, s: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        raise io.UnsupportedOperation("no file descriptor")


PROGRESS = "Indexing for search: "  # a search-index rebuild's progress, not a message about the failure


def said_lines(err: str) -> list[str]:
    """The lines a command said on stderr, its progress lines left out."""
    return [line for line in err.splitlines() if line.strip() and not line.startswith(PROGRESS)]


def problems(case: Case, outcome: Outcome) -> list[str]:
    """What is wrong with how a command met a hostile value (empty: it was met well)."""
    found: list[str] = []
    lines = said_lines(outcome.err)
    if outcome.escaped:
        found.append("an exception left the command:\n" + outcome.escaped[-2000:])
    if "Traceback" in outcome.err:
        found.append("a traceback on stderr")
    if "unexpected error" in outcome.err:
        found.append("the last-resort handler was needed: " + outcome.err.strip()[-300:])
    if outcome.code not in (0, 1, 2):
        found.append(f"exit status {outcome.code}")
    if outcome.code == 2 and not (lines and ": error: " in lines[-1]):
        found.append("exit 2 without argparse's error line")
    if outcome.code == 1:
        if not lines or not lines[0].startswith("elshi"):
            found.append(f"exit 1 without a line saying why: {outcome.err!r}")
        # An import's list of problems follows its first line; anything else is one line.
        elif len(lines) > 1 and "was not imported" not in lines[0]:
            found.append(f"more than one line: {outcome.err!r}")
    if case.kind in MUST_REFUSE and case.value and outcome.code == 0:
        found.append("a value that cannot be right was taken")
    return found
