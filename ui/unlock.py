"""Turning what the user types into an encrypted archive's key, in the window.

A wrong passphrase is said plainly and asked again (never "damaged"); cancelling opens nothing.
The questions go through the ``Dialogs`` service, so tests answer them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from database.archive import Archive
from database.clock import Clock
from database.encryption import MIN_PASSPHRASE, Key, needs_passphrase, new_key, unlock
from database.errors import ArchiveError
from database.opening import open_archive, open_server
from database.search_index import Progress
from database.server import is_server_url, password_given, shown


class AsksPassphrase(Protocol):
    def passphrase(self, title: str, text: str, *, new: bool = False, error: str = "") -> str | None: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("Unlock", text)


def ask_key(dialogs: AsksPassphrase, path: Path) -> Key | None:
    """The key of the encrypted archive at ``path``, asked until a passphrase opens it; None
    when the user cancels."""
    error = ""
    while True:
        typed = dialogs.passphrase(tr("Encrypted archive"),
                                   tr("{path} is encrypted. Type its passphrase to open it.").format(path=path),
                                   error=error)
        if typed is None:
            return None
        try:
            return unlock(path, typed)
        except ArchiveError as e:
            if e.code != "encryption.wrong_passphrase":
                raise
            error = tr("That passphrase does not open this archive. Check the keyboard layout and "
                       "Caps Lock, then try again.")


def ask_new_key(dialogs: AsksPassphrase, path: Path) -> Key | None:
    """A key for a new encrypted archive at ``path``, from a passphrase typed twice; None when
    the user cancels."""
    error = ""
    while True:
        typed = dialogs.passphrase(
            tr("New encrypted archive"),
            tr("Choose a passphrase for {path}. Without it nobody can open the archive or its "
               "backups: keep it safe.").format(path=path), new=True, error=error)
        if typed is None:
            return None
        if len(typed.strip()) >= MIN_PASSPHRASE:
            return new_key(typed)
        error = tr("A passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE)


def open_on_server(dialogs: AsksPassphrase, url: str, *, clock: Clock | None = None,
                   progress: Progress | None = None) -> Archive | None:
    """Open the shared archive at the server ``url``, asking for the password when the server
    wants one that neither ``ELSHI_PASSWORD`` nor ``.pgpass`` gave (again after a wrong one);
    None when the user cancels. The password goes to the connection only."""
    password = password_given()
    error = ""
    while True:
        try:
            return open_server(url, clock=clock, password=password, progress=progress)
        except ArchiveError as e:
            if e.code not in ("server.password_needed", "server.wrong_password"):
                raise
            if e.code == "server.wrong_password" and password is not None:
                error = tr("The server refused that password. Check the keyboard layout and Caps Lock, "
                           "then try again.")
        password = dialogs.passphrase(tr("Sign in to the server"),
                                      tr("Type the password of the server's user to open {url}.")
                                      .format(url=shown(url)), error=error)
        if password is None:
            return None


def open_asking(dialogs: AsksPassphrase, path: Path | str, *, clock: Clock | None = None,
                encrypt_new: bool = False, progress: Progress | None = None) -> Archive | None:
    """Open the archive at ``path``, asking its passphrase when it is encrypted (or, with
    ``encrypt_new``, a new passphrase for a new file); None when the user cancels. Raises
    :class:`ArchiveError` as ``open_archive`` does, and ``encryption.use_command`` when
    ``encrypt_new`` meets an existing plain archive. A server URL opens the archive there,
    asking for its password when needed."""
    if is_server_url(path):
        return open_on_server(dialogs, str(path), clock=clock, progress=progress)
    path = Path(path)
    key = None
    if needs_passphrase(path):
        key = ask_key(dialogs, path)
        if key is None:
            return None
    elif encrypt_new:
        if path.exists() and path.stat().st_size > 0:
            raise ArchiveError("encryption.use_command", str(path))
        key = ask_new_key(dialogs, path)
        if key is None:
            return None
    return open_archive(path, clock=clock, key=key, progress=progress)


def create_asking(dialogs: AsksPassphrase, confirm: bool, path: Path, *,
                  clock: Clock | None = None) -> Archive | None:
    """Create the new archive at ``path``, encrypted with a passphrase chosen now when
    ``confirm`` (the user's answer to "encrypt it?"); None when the user cancels."""
    key = None
    if confirm:
        key = ask_new_key(dialogs, path)
        if key is None:
            return None
    return open_archive(path, clock=clock, key=key)
