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
from database.encryption import Key
from database.errors import ArchiveError, BackupError
from database.opening import default_archive_path, open_archive
from database.server import is_server_url
from desktop_app import commands, i18n_cli, passphrase
from desktop_app.arguments import archive_file, file_name
from desktop_app.progress import index_progress
from operations.messages import ARCHIVE_MESSAGES, describe

__all__ = ["ARCHIVE_MESSAGES", "CommandError", "build_parser", "describe", "main", "run_command"]


class CommandError(Exception):
    """A one-line reason for stderr, exit 1."""


def cmd_sample(archive: Archive, args: argparse.Namespace) -> int:
    from operations.exchange import load_sample

    report = load_sample(archive)
    print(tn("Sample archive loaded into {path}: {n} record.", "Sample archive loaded into {path}: {n} records.",
             report.added, path=archive.shown))
    return 0


def cmd_import(archive: Archive, args: argparse.Namespace) -> int:
    from operations.exchange import import_file

    try:
        report = import_file(archive, args.file)
    except BackupError as e:  # the copy kept before an import could not be made: no import without it
        if _full(e):
            raise CommandError(describe(ArchiveError("archive.disk_full", str(archive.backups_dir)))) from e
        raise CommandError(t("{file} was not imported, nothing changed: the backup made before an import "
                             "could not be written ({reason})", file=args.file, reason=backup_reason(e, archive.backups_dir))) from e
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
        counts = export_file(archive, target, overwrite=args.force)
    except FileExistsError as e:
        raise CommandError(t("{file} already exists; nothing was written. Choose another name, or add "
                             "--force to replace it", file=args.file)) from e
    except OSError as e:
        raise CommandError(t("cannot write {file}: {reason}", file=args.file, reason=e.strerror)) from e
    listed = ", ".join(t("{count} {section}", count=n, section=t(k)) for k, n in counts.items())
    print(t("Exported to {path}: {counts}.", path=target, counts=listed))
    return 0


def cmd_check(archive: Archive, args: argparse.Namespace) -> int:
    from operations.maintenance import check

    problems = check(archive)
    if archive.url is not None:
        from database.exchange import SECTIONS
        from database.migrate import HEAD
        from database.records import ENTITIES

        listed = ", ".join(t("{count} {section}", count=archive.count(e), section=t(SECTIONS[e])) for e in ENTITIES)
        print(t("{path}: a shared archive on a server, schema {revision}; {counts}.", path=archive.shown,
                revision=HEAD, counts=listed))
        print(t("Backups of a server's archive are its administrator's (pg_dump, see the README); "
                "'elshi backup' is for archive files."))
    if problems:
        print(tn("{path}: {n} problem found:", "{path}: {n} problems found:", len(problems), path=archive.shown))
        for p in problems:
            print(f"  {p}")
        return 1
    print(t("{path}: no problems found.", path=archive.shown))
    return 0


Command = Callable[[Archive, argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="elshi",
        description=t("Elshi: an offline archive of forums, delegations, signed documents and commitments."),
        epilog=t("With no command, Elshi opens its window."),
    )
    parser.add_argument("--archive", metavar="PATH", type=archive_file,
                        help=t("archive file to open (default: {path}); a path that does not exist is "
                               "refused unless --create is given", path=default_archive_path()))
    parser.add_argument("--create", action="store_true",
                        help=t("create the archive given with --archive if it does not exist yet"))
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
    p.add_argument("file", type=file_name)
    p.set_defaults(run=cmd_import)
    p = sub.add_parser("export", help=t("export the whole archive to an Elshi JSON file"))
    p.add_argument("file", type=file_name)
    p.add_argument("--force", action="store_true", help=t("replace the file if it already exists"))
    p.set_defaults(run=cmd_export)
    p = sub.add_parser("check", help=t("check the archive's integrity (exit 1 if problems are found)"))
    p.set_defaults(run=cmd_check)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        importlib.import_module(f"{commands.__name__}.{info.name}").register(sub)
    return parser


def open_for_command(args: argparse.Namespace, key: Key | None = None) -> Archive:
    """The archive the command works on. A path given with --archive must exist unless
    --create (or --encrypt, which makes a new one): a mistyped path is refused instead of
    silently becoming an empty archive. The default archive is made on first use. Unfinished
    copies removed on opening are listed."""
    create = bool(args.create) or args.archive is None or encrypt_new(args)
    if is_server_url(args.archive):
        from database.opening import open_server
        from desktop_app.server_login import signed_in

        url = str(args.archive)
        return signed_in(url, lambda password: open_server(url, password=password, progress=index_progress()))
    archive = open_archive(args.archive, create=create, key=key,
                           progress=index_progress())  # a rebuild after an update
    for path in archive.cleaned:
        print("elshi: " + t("removed {path}, an unfinished copy left by an interrupted backup or restore",
                            path=path), file=sys.stderr)
    return archive


def unopened_message(error: ArchiveError) -> str:
    if error.code == "archive.missing":
        return t("{path} does not exist; check the path, or add --create to make a new archive there",
                 path=error.detail)
    return describe(error)


def run_command(args: argparse.Namespace) -> int:
    from database.recovery import RECOVERABLE

    standalone = getattr(args, "standalone", None)
    if standalone is not None:  # a command naming its own archives (elshi server ...)
        return _guarded(args, lambda: int(standalone(args)))
    try:
        key = None if is_server_url(args.archive) else passphrase.key_for_command(
            args.archive or default_archive_path(), encrypt_new=encrypt_new(args))
        archive = open_for_command(args, key)
    except ArchiveError as e:
        # restore is how a damaged archive is mended, so it must work on one that won't open;
        # only on a damaged one: a locked, read-only, newer or still locked-by-passphrase
        # archive keeps its records
        unopened = getattr(args, "run_unopened", None)
        if unopened is not None and e.code in RECOVERABLE and e.code not in passphrase.CODES:
            return _guarded(args, lambda: int(unopened(args.archive or default_archive_path(), args)))
        print(f"elshi: {unopened_message(e)}", file=sys.stderr)
        return 1
    try:
        run: Command = args.run
        return _guarded(args, lambda: run(archive, args))
    finally:
        archive.close()


def backup_reason(error: BackupError, where: Path | None = None) -> str:
    """Why a backup failed, in a few words; a full disk by that name."""
    detail = error.detail or error.code
    if _full(error):
        return describe(ArchiveError("archive.disk_full", str(where or "")))
    return t(ARCHIVE_MESSAGES.get(error.code, "{detail}"), detail=detail)


def _full(error: BackupError) -> bool:
    detail = error.detail.lower()
    return "no space left" in detail or "disk is full" in detail


def _guarded(args: argparse.Namespace, work: Callable[[], int]) -> int:
    """Run a command; whatever goes wrong is one line on stderr and exit 1, never a traceback."""
    from sqlalchemy.exc import DatabaseError

    from database.exchange import ExchangeError
    from database.locking import is_disk_full

    def say(message: str) -> int:
        print(f"elshi {args.command}: {message}", file=sys.stderr)
        return 1

    try:
        return work()
    except BrokenPipeError:
        raise  # the reader went away: main() ends quietly
    except ArchiveError as e:
        return say(describe(e))
    except ExchangeError as e:
        return say(t("{file} was not imported, nothing changed:\n{problems}", file=args.file, problems=e))
    except CommandError as e:
        return say(str(e))
    except BackupError as e:  # backups are beside the archive, on its disk
        return say(backup_reason(e, _folder_of(args)))
    except (OSError, DatabaseError) as e:
        if is_disk_full(e):
            where = getattr(e, "filename", None) or _folder_of(args)
            return say(describe(ArchiveError("archive.disk_full", str(where))))
        if isinstance(e, OSError):
            name = e.filename if e.filename is not None else ""
            return say(t("cannot use {file}: {reason}", file=name, reason=e.strerror or e))
        return say(t("the archive could not be read or written: {reason}", reason=str(e.orig)[:200]))
    except MemoryError:
        return say(t("not enough memory for this command"))
    except KeyboardInterrupt:
        return say(t("interrupted; nothing of the unfinished step was written"))
    except Exception as e:  # a bug: still one line, with what a report of it needs
        return say(t("unexpected error ({kind}: {reason}); nothing of the unfinished step was written",
                     kind=type(e).__name__, reason=str(e)[:200]))


def _folder_of(args: argparse.Namespace) -> Path:
    """The folder of the archive a command works on (this workstation's folder for a server's)."""
    archive = getattr(args, "archive", None)
    if is_server_url(archive):
        from database.server import local_folder

        return local_folder(str(archive))
    return Path(archive or default_archive_path()).parent


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

        return run_gui(args.archive, i18n_cli.override(args.interface_lang), create=bool(args.create),
                       encrypt=args.encrypt)
    try:
        code = run_command(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
    except BrokenPipeError:
        # `elshi search ... | head`: the reader has what it wanted. Point stdout at nothing so
        # Python's own flush at exit has nowhere left to fail, and stop without a word.
        _silence_stdout()
        return 1
    return code


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test's captured stdout)
        pass
