"""``elshi backup``, ``elshi backups`` and ``elshi restore``: verified copies of the archive.

``backup`` writes a checked copy into the archive's backups folder (thinning older automatic
ones) or, with ``--to``, to a file of your choice; ``restore`` checks the file is a sound Elshi
archive, keeps the archive as it was in the backups folder, and copies the backup's records in.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalogue import language, t
from desktop_app.arguments import file_name

if TYPE_CHECKING:
    from database.archive import Archive
    from database.encryption import Key
    from database.errors import BackupError

MESSAGES = {
    "backup.target_exists": "{detail} already exists; Elshi never overwrites a file, choose another name",
    "backup.unsound": "the copy failed its check and was not kept ({detail})",
    "backup.failed": "the copy could not be written: {detail}",
    "backup.missing": "{detail} does not exist",
    "backup.same_file": "{detail} is the archive itself",
    "archive.busy": "the archive is busy in another Elshi window or process; try again ({detail})",
    "recovery.no_backup": "no good backup was found in {detail}",
}

# The kinds of backup (database.backup), as 'backups' lists them; in English the file names' own words.
KINDS = {
    "auto": "auto", "before-migration": "before-migration", "before-restore": "before-restore",
    "damaged": "damaged", "newer-schema": "newer-schema", "other": "other",
}


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help=t("make a verified copy of the archive"),
                       description=t("Copy the archive with SQLite's online backup API and check the copy. "
                                     "Without --to the copy goes into the archive's backups folder and older "
                                     "automatic backups are thinned out (see README, Backups)."))
    p.add_argument("--to", metavar="FILE", type=file_name, help=t("write the copy to FILE (never overwritten)"))
    p.add_argument("--json", action="store_true", help=t("print JSON for programs"))
    p.set_defaults(run=run_backup)
    p = sub.add_parser("backups", help=t("list the archive's backups, newest first"))
    p.add_argument("--json", action="store_true", help=t("print JSON for programs"))
    p.set_defaults(run=run_list)
    p = sub.add_parser("restore", help=t("replace the archive's records with a backup's"),
                       description=t("Check that FILE is a sound Elshi archive, show what the archive and "
                                     "FILE hold (records and newest change), keep the archive as it is now "
                                     "in its backups folder (NAME-before-restore-...), then copy FILE's "
                                     "records in. Asks first; --yes answers for you. An archive that will "
                                     "not open is only replaced when SQLite finds it damaged."))
    p.add_argument("file", metavar="FILE", type=file_name, help=t("the backup to restore from"))
    p.add_argument("--yes", action="store_true",
                   help=t("restore without asking (after showing what the archive would lose)"))
    p.add_argument("--json", action="store_true", help=t("print JSON for programs"))
    # run_unopened: what to do when the archive itself cannot be opened (damaged, or from a newer
    # Elshi): the command line calls it with the path instead of failing before the command runs.
    p.set_defaults(run=run_restore, run_unopened=restore_unopened)


def explain(error: BackupError) -> str:
    from operations.messages import ARCHIVE_MESSAGES

    template = MESSAGES.get(error.code) or ARCHIVE_MESSAGES.get(error.code) or "{detail}"
    return t(template, detail=error.detail or error.code)


def run_backup(archive: Archive, args: argparse.Namespace) -> int:
    from database.errors import BackupError
    from desktop_app.cli import CommandError
    from operations.backups import backup_now

    try:
        path = backup_now(archive, to=args.to)
    except BackupError as e:
        raise CommandError(explain(e)) from e
    if args.json:
        print(json.dumps({"backup": str(path), "bytes": path.stat().st_size}))
    else:
        print(t("Backup written and checked: {path}", path=path))
    return 0


def run_list(archive: Archive, args: argparse.Namespace) -> int:
    from operations.backups import list_backups

    found = list_backups(archive)
    if args.json:
        rows = [{"path": str(b.path), "kind": b.kind, "bytes": b.size,
                 "taken_at": b.taken_at.isoformat() + "Z" if b.taken_at else None} for b in found]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not found:
        print(t("No backups in {folder}.", folder=archive.backups_dir))
    kinds = {b.kind: t(KINDS.get(b.kind, b.kind)) for b in found}
    width = max((len(k) for k in kinds.values()), default=0)
    group = "," if language() == "en" else " "  # Kazakh and Russian group digits with a space
    for b in found:
        when = b.taken_at.strftime("%Y-%m-%d %H:%M:%S UTC") if b.taken_at else "?"
        digits = f"{b.size:>12,}".replace(",", group)
        size = t("{size} bytes", size=digits)
        print(f"{when}  {kinds[b.kind]:<{max(width, 16)}} {size}  {b.path}")
    return 0


def confirmed(archive_path: Path, args: argparse.Namespace, key: Key | None = None) -> None:
    """Show both sides of the restore and ask; CommandError (nothing changed) unless the answer
    is yes. A run that cannot ask (no terminal) needs --yes."""
    import sys

    from desktop_app.cli import CommandError
    from operations.backups import describe_replacement, problem_with, what_is_replaced

    problem = problem_with(args.file, key)
    if problem is not None:
        raise CommandError(t("{file} was not restored, nothing changed: {reason}",
                             file=args.file, reason=explain(problem)))
    now, then = what_is_replaced(archive_path, args.file, key)
    out = sys.stderr if args.json else sys.stdout
    for line in describe_replacement(now, then):
        print(line, file=out)
    if args.yes or (now.readable and now.total == 0 and now.newest is None):
        return  # asked for, or an empty archive: nothing to lose
    if sys.stdin is not None and sys.stdin.isatty():
        answer = input(t("Replace the archive's records with the backup's? [y/N] "))
        if answer.strip().lower() in {"y", "yes", t("y"), t("yes")}:
            return
        raise CommandError(t("nothing was restored"))
    raise CommandError(t("nothing was restored; run again with --yes to replace the archive's records "
                         "with the backup's"))


def run_restore(archive: Archive, args: argparse.Namespace) -> int:
    from database.errors import BackupError
    from desktop_app.cli import CommandError
    from operations.backups import a_file, restore

    a_file(archive)
    confirmed(archive.path, args, archive.key)
    try:
        kept = restore(archive, args.file)
    except BackupError as e:
        raise CommandError(t("{file} was not restored, nothing changed: {reason}",
                             file=args.file, reason=explain(e))) from e
    if args.json:
        print(json.dumps({"restored_from": str(args.file), "replaced_archive_kept_at": str(kept)}))
    else:
        print(t("Restored {file} into {archive}; the archive as it was is kept at {kept}.",
                file=args.file, archive=archive.path, kept=kept))
    return 0


def restore_unopened(path: Path, args: argparse.Namespace) -> int:
    """``restore`` over an archive that cannot be opened: the file is put aside, never
    overwritten, and the backup copied in its place."""
    from database.encryption import needs_passphrase
    from database.errors import BackupError
    from desktop_app.cli import CommandError
    from desktop_app.passphrase import key_to_open
    from operations.backups import restore_unopened as restore_over

    # An encrypted archive's backups are encrypted with its key: the passphrase is proved on the
    # backup, since the damaged file may have lost the page that would prove it.
    key = key_to_open(args.file) if needs_passphrase(args.file) else None
    confirmed(path, args, key)
    try:
        kept = restore_over(path, args.file, key)
    except BackupError as e:
        raise CommandError(t("{file} was not restored, nothing changed: {reason}",
                             file=args.file, reason=explain(e))) from e
    if args.json:
        print(json.dumps({"restored_from": str(args.file), "replaced_archive_kept_at": str(kept)}))
    else:
        print(t("Restored {file} into {archive}; the file that could not be opened is kept at {kept}.",
                file=args.file, archive=path, kept=kept))
    return 0
