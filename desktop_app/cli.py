"""The ``elshi`` command: the window with no subcommand, headless subcommands otherwise.

Every subcommand works on the same archive API the window uses. Exit status: 0 on success,
1 when the work could not be done (bad file, problems found), 2 for a mistyped command.
Headless runs never import Qt, so they start fast and work with no screen.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from database.archive import Archive, ArchiveError, default_archive_path, open_archive
from desktop_app import commands

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample" / "sample-archive.json"

ARCHIVE_MESSAGES = {
    "archive.not_sqlite": "{detail} is not an Elshi archive (it is not an SQLite database)",
    "archive.foreign_database": "the file is an SQLite database of another program (tables: {detail})",
    "archive.newer_schema": "the archive was made by a newer Elshi (schema {detail}); update Elshi to open it",
    "archive.damaged": "the archive cannot be read, it may be damaged: {detail}",
    "archive.is_folder": "{detail} is a folder, not an archive file",
    "archive.unreadable": "cannot open {detail}",
    "archive.not_empty": "the archive already holds records; use 'import' to merge a file into it",
    "record.not_found": "no such record: {detail}",
}


class CommandError(Exception):
    """A one-line reason for stderr, exit 1."""


def describe(error: ArchiveError) -> str:
    return ARCHIVE_MESSAGES.get(error.code, "{detail}").format(detail=error.detail or error.code)


def cmd_sample(archive: Archive, args: argparse.Namespace) -> int:
    from database.exchange import import_archive

    if any(archive.count(entity) for entity in ("event", "person", "organisation", "document")):
        raise ArchiveError("archive.not_empty")
    with SAMPLE.open("rb") as f:
        report = import_archive(archive, f)
    print(f"Sample archive loaded into {archive.path}: {report.added} records.")
    return 0


def cmd_import(archive: Archive, args: argparse.Namespace) -> int:
    from database.exchange import import_archive

    try:
        with open(args.file, "rb") as f:
            report = import_archive(archive, f)
    except OSError as e:
        raise CommandError(f"cannot read {args.file}: {e.strerror}") from e
    print(f"Imported {args.file}: {report.added} added, {report.updated} updated, "
          f"{report.unchanged} unchanged, {report.kept_newer} kept (newer in the archive).")
    return 0


def cmd_export(archive: Archive, args: argparse.Namespace) -> int:
    from database.exchange import export_archive

    target = Path(args.file)
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("w", encoding="utf-8") as f:
            counts = export_archive(archive, f)
        partial.replace(target)  # a failed export never leaves a half-written file in its place
    except OSError as e:
        partial.unlink(missing_ok=True)
        raise CommandError(f"cannot write {args.file}: {e.strerror}") from e
    print(f"Exported to {target}: " + ", ".join(f"{n} {k}" for k, n in counts.items()) + ".")
    return 0


def cmd_check(archive: Archive, args: argparse.Namespace) -> int:
    from database.integrity import check_archive

    problems = check_archive(archive)
    if problems:
        print(f"{archive.path}: {len(problems)} problem(s) found:")
        for p in problems:
            print(f"  {p}")
        return 1
    print(f"{archive.path}: no problems found.")
    return 0


Command = Callable[[Archive, argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="elshi",
        description="Elshi: an offline archive of forums, delegations, signed documents and commitments.",
        epilog="With no command, Elshi opens its window.",
    )
    parser.add_argument("--archive", metavar="PATH", type=Path,
                        help=f"archive file to open, created if missing (default: {default_archive_path()})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("sample", help="fill an empty archive with the sample records")
    p.set_defaults(run=cmd_sample)
    p = sub.add_parser("import", help="import an Elshi JSON file, matching records by UUID")
    p.add_argument("file")
    p.set_defaults(run=cmd_import)
    p = sub.add_parser("export", help="export the whole archive to an Elshi JSON file")
    p.add_argument("file")
    p.set_defaults(run=cmd_export)
    p = sub.add_parser("check", help="check the archive's integrity (exit 1 if problems are found)")
    p.set_defaults(run=cmd_check)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        importlib.import_module(f"{commands.__name__}.{info.name}").register(sub)
    return parser


def run_command(args: argparse.Namespace) -> int:
    from database.exchange import ExchangeError

    try:
        archive = open_archive(args.archive)
    except ArchiveError as e:
        print(f"elshi: {describe(e)}", file=sys.stderr)
        return 1
    try:
        run: Command = args.run
        return run(archive, args)
    except ArchiveError as e:
        print(f"elshi {args.command}: {describe(e)}", file=sys.stderr)
    except ExchangeError as e:
        print(f"elshi {args.command}: {args.file} was not imported, nothing changed:\n{e}", file=sys.stderr)
    except CommandError as e:
        print(f"elshi {args.command}: {e}", file=sys.stderr)
    finally:
        archive.close()
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop_app.gui import run_gui

        return run_gui(args.archive)
    return run_command(args)
