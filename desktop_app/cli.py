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

from catalogue import t, tn
from database.archive import Archive
from database.errors import ArchiveError
from database.opening import default_archive_path, open_archive
from desktop_app import commands, i18n_cli, passphrase
from operations.messages import ARCHIVE_MESSAGES, describe

__all__ = ["ARCHIVE_MESSAGES", "CommandError", "build_parser", "describe", "main", "run_command"]


class CommandError(Exception):
    """A one-line reason for stderr, exit 1."""


def cmd_sample(archive: Archive, args: argparse.Namespace) -> int:
    from operations.exchange import load_sample

    report = load_sample(archive)
    print(tn("Sample archive loaded into {path}: {n} record.", "Sample archive loaded into {path}: {n} records.",
             report.added, path=archive.path))
    return 0


def cmd_import(archive: Archive, args: argparse.Namespace) -> int:
    from operations.exchange import import_file

    try:
        report = import_file(archive, args.file)
    except OSError as e:
        raise CommandError(t("cannot read {file}: {reason}", file=args.file, reason=e.strerror)) from e
    print(t("Imported {file}: {added} added, {updated} updated, {unchanged} unchanged, "
            "{kept} kept (newer in the archive).", file=args.file, added=report.added,
            updated=report.updated, unchanged=report.unchanged, kept=report.kept_newer))
    return 0


def cmd_export(archive: Archive, args: argparse.Namespace) -> int:
    from operations.exchange import export_file

    target = Path(args.file)
    try:
        counts = export_file(archive, target)
    except OSError as e:
        raise CommandError(t("cannot write {file}: {reason}", file=args.file, reason=e.strerror)) from e
    listed = ", ".join(t("{count} {section}", count=n, section=t(k)) for k, n in counts.items())
    print(t("Exported to {path}: {counts}.", path=target, counts=listed))
    return 0


def cmd_check(archive: Archive, args: argparse.Namespace) -> int:
    from operations.maintenance import check

    problems = check(archive)
    if problems:
        print(tn("{path}: {n} problem found:", "{path}: {n} problems found:", len(problems), path=archive.path))
        for p in problems:
            print(f"  {p}")
        return 1
    print(t("{path}: no problems found.", path=archive.path))
    return 0


Command = Callable[[Archive, argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="elshi",
        description=t("Elshi: an offline archive of forums, delegations, signed documents and commitments."),
        epilog=t("With no command, Elshi opens its window."),
    )
    parser.add_argument("--archive", metavar="PATH", type=Path,
                        help=t("archive file to open, created if missing (default: {path})",
                               path=default_archive_path()))
    parser.add_argument("--encrypt", action="store_true",
                        help=t("create a new archive encrypted with a passphrase (asked at the terminal, or "
                               "ELSHI_PASSPHRASE); to encrypt an existing one, use 'elshi encrypt'"))
    # Its own dest: a subcommand may have a --lang of its own (the language of a file it writes).
    parser.add_argument("--lang", dest="interface_lang", choices=i18n_cli.LANGUAGES,
                        help=t("language of messages and of the window: kk, ru or en (default: the language "
                               "chosen in the window's Settings, else the system's)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("sample", help=t("fill an empty archive with the sample records"))
    p.add_argument("--encrypt", dest="encrypt_new", action="store_true",
                   help=t("create the new archive encrypted with a passphrase"))
    p.set_defaults(run=cmd_sample)
    p = sub.add_parser("import", help=t("import an Elshi JSON file, matching records by UUID"))
    p.add_argument("file")
    p.set_defaults(run=cmd_import)
    p = sub.add_parser("export", help=t("export the whole archive to an Elshi JSON file"))
    p.add_argument("file")
    p.set_defaults(run=cmd_export)
    p = sub.add_parser("check", help=t("check the archive's integrity (exit 1 if problems are found)"))
    p.set_defaults(run=cmd_check)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        importlib.import_module(f"{commands.__name__}.{info.name}").register(sub)
    return parser


def run_command(args: argparse.Namespace) -> int:
    from database.exchange import ExchangeError

    try:
        key = passphrase.key_for_command(args.archive or default_archive_path(), encrypt_new=encrypt_new(args))
        archive = open_archive(args.archive, key=key)
    except ArchiveError as e:
        # restore is how a damaged archive is mended, so it must work on one that won't open
        # (but not one that only waits for its passphrase)
        unopened = getattr(args, "run_unopened", None)
        if unopened is not None and e.code not in passphrase.CODES:
            return int(unopened(args.archive or default_archive_path(), args))
        print(f"elshi: {describe(e)}", file=sys.stderr)
        return 1
    try:
        run: Command = args.run
        return run(archive, args)
    except ArchiveError as e:
        print(f"elshi {args.command}: {describe(e)}", file=sys.stderr)
    except ExchangeError as e:
        print(f"elshi {args.command}: " + t("{file} was not imported, nothing changed:\n{problems}",
                                           file=args.file, problems=e), file=sys.stderr)
    except CommandError as e:
        print(f"elshi {args.command}: {e}", file=sys.stderr)
    finally:
        archive.close()
    return 1


def encrypt_new(args: argparse.Namespace) -> bool:
    """Whether a new archive is to be created encrypted (``--encrypt``, or ``sample --encrypt``)."""
    return bool(getattr(args, "encrypt", False) or getattr(args, "encrypt_new", False))


def interface_language(argv: Sequence[str] | None) -> str:
    """The language for messages, known before the parser (and its help) is built: ``--lang``
    before the command, else the saved or system language."""
    words = list(sys.argv[1:] if argv is None else argv)
    explicit = None
    while words and words[0].startswith("-"):  # a subcommand's own --lang (after it) is not ours
        word = words.pop(0)
        if word.startswith("--lang="):
            explicit = word.split("=", 1)[1]
        elif word in ("--lang", "--archive") and words:
            value = words.pop(0)
            explicit = value if word == "--lang" else explicit
    return i18n_cli.resolve(explicit)


def main(argv: Sequence[str] | None = None) -> int:
    i18n_cli.set_language(interface_language(argv))
    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop_app.gui import run_gui

        return run_gui(args.archive, i18n_cli.override(args.interface_lang), encrypt=args.encrypt)
    return run_command(args)
