"""Signing in to a shared archive's server at the command line: the password from
``ELSHI_PASSWORD`` (for scripts), else libpq's own ways (``.pgpass``, Kerberos), and only when
the server asks for one and none was given, typed at the terminal without echo (three tries).
It is handed to the connection and never stored or printed."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

from catalogue import t
from database.errors import ArchiveError
from database.server import password_given, shown
from desktop_app import passphrase

T = TypeVar("T")


def signed_in(url: str, work: Callable[[str | None], T]) -> T:
    """``work(password)`` for the server at ``url``, asking for the password at the terminal
    when the server wants one that nothing else gave."""
    given = password_given()
    try:
        return work(given)
    except ArchiveError as e:
        if e.code != "server.password_needed" or given is not None or not passphrase.at_terminal():
            raise
    for attempt in range(passphrase.TRIES):
        try:
            return work(passphrase.ask(t("Password for {url}: ", url=shown(url))))
        except ArchiveError as e:
            if e.code != "server.wrong_password" or attempt == passphrase.TRIES - 1:
                raise
            print(t("The server refused that password; try again."), file=sys.stderr)
    raise AssertionError("unreachable")


__all__ = ["signed_in"]
