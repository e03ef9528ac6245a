"""``elshi encrypt``: encrypt an existing archive in place, with its backups and attached files.

The plain file is overwritten with zeros and removed once its encrypted copy has been checked;
with ``--keep-plain FILE`` a verified plain copy is written there first (the one plain copy
left, only when asked for). Run again on an encrypted archive, it finishes what an interrupted
run left plain.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalogue import t, tn

if TYPE_CHECKING:
    from database.archive import Archive


def register(sub: Any) -> None:
    p = sub.add_parser(
        "encrypt", help=t("encrypt the archive, its backups and attached files with a passphrase"),
        description=t("Encrypt the archive in place with SQLCipher, and its backups and attached files with "
                      "the same passphrase (asked twice at the terminal, or ELSHI_PASSPHRASE). The plain "
                      "file is overwritten and removed once the encrypted copy has been checked. Close "
                      "every Elshi window on the archive first."))
    p.add_argument("--keep-plain", metavar="FILE", type=Path,
                   help=t("first write a checked plain (not encrypted) copy to FILE"))
    p.add_argument("--json", action="store_true", help=t("print JSON for programs"))
    p.set_defaults(run=run_encrypt)


def run_encrypt(archive: Archive, args: argparse.Namespace) -> int:
    from desktop_app.passphrase import new_passphrase
    from operations.encryption import a_file, encrypt

    a_file(archive)
    phrase = None if archive.key is not None else new_passphrase(archive.path)
    report = encrypt(archive, phrase, keep_plain=args.keep_plain)
    if args.json:
        print(json.dumps({
            "archive": str(report.archive), "already_encrypted": report.already_encrypted,
            "plain_kept_at": str(report.plain_kept_at) if report.plain_kept_at else None,
            "backups_encrypted": [str(p) for p in report.backups_encrypted],
            "backups_left_plain": [str(p) for p in report.backups_left],
            "files_sealed": report.files_sealed,
        }))
        return 0
    if report.already_encrypted:
        print(t("{path} was already encrypted.", path=report.archive))
    else:
        print(t("{path} is now encrypted.", path=report.archive))
    print(tn("{n} backup encrypted with the same passphrase", "{n} backups encrypted with the same passphrase",
             len(report.backups_encrypted)) + "; "
          + tn("{n} attached file sealed.", "{n} attached files sealed.", report.files_sealed))
    for left in report.backups_left:
        print(t("Not encrypted, as it is not a sound archive: {path}", path=left))
    if not report.already_encrypted:
        print(t("The plain files were overwritten with zeros and removed."))
        if report.plain_kept_at is not None:
            print(t("As asked, a checked plain copy is at {path}: it is NOT encrypted; keep it safe or "
                    "delete it.", path=report.plain_kept_at))
        print(t("Keep the passphrase safe: without it nobody can open the archive or its backups."))
        print(t("On a flash drive or a copy-on-write file system old blocks can survive an overwrite; "
                "exports and briefings written before stay as they were."))
    return 0
