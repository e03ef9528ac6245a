"""The passphrase of an encrypted archive at the command line: taken from ``ELSHI_PASSPHRASE``
(for scripts), else asked at the terminal without echo; never stored, never printed."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from catalogue import t
from database.encryption import Key, check_passphrase, needs_passphrase, new_key, unlock
from database.errors import ArchiveError

ENV = "ELSHI_PASSPHRASE"
TRIES = 3
# What stops an archive from opening for want of its passphrase: never a reason to restore.
CODES = ("archive.encrypted", "encryption.wrong_passphrase", "encryption.no_passphrase",
         "encryption.no_new_passphrase", "encryption.short_passphrase", "encryption.mismatch",
         "encryption.use_command")


def ask(prompt: str) -> str:
    return getpass.getpass(prompt)


def at_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def key_to_open(path: Path) -> Key:
    """The key of the encrypted archive at ``path``; at a terminal a mistyped passphrase is
    asked again (three tries)."""
    given = os.environ.get(ENV)
    if given is not None:
        return unlock(path, given)
    if not at_terminal():
        raise ArchiveError("encryption.no_passphrase", str(path))
    for attempt in range(TRIES):
        try:
            return unlock(path, ask(t("Passphrase for {path}: ", path=path)))
        except ArchiveError as e:
            if e.code != "encryption.wrong_passphrase" or attempt == TRIES - 1:
                raise
            print(t("That passphrase does not open the archive; try again."), file=sys.stderr)
    raise AssertionError("unreachable")


def new_passphrase(path: Path) -> str:
    """A passphrase for encrypting ``path``: ``ELSHI_PASSPHRASE``, or typed twice at the terminal."""
    given = os.environ.get(ENV)
    if given is not None:
        check_passphrase(given)
        return given
    if not at_terminal():
        raise ArchiveError("encryption.no_new_passphrase", str(path))
    first = ask(t("New passphrase for {path}: ", path=path))
    check_passphrase(first)
    if ask(t("The same passphrase again: ")) != first:
        raise ArchiveError("encryption.mismatch")
    return first


def key_for_command(path: Path, *, encrypt_new: bool) -> Key | None:
    """The key a command opens ``path`` with: asked for an encrypted archive; for a new one
    with ``encrypt_new``, chosen now; None for a plain archive."""
    if needs_passphrase(path):
        return key_to_open(path)
    if not encrypt_new:
        return None
    if path.exists() and path.stat().st_size > 0:
        raise ArchiveError("encryption.use_command", str(path))
    return new_key(new_passphrase(path))
