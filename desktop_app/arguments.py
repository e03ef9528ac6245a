"""Argument types shared by the subcommands: a value argparse can refuse with one clear line
(exit 2, as for any mistyped command) before anything reaches the archive.

Record ids are SQLite integers: plain ASCII digits from 1 to 2^63 - 1. ``int()`` alone would
take ``²`` as a digit it then cannot read, or ``٣`` as 3, and a number past SQLite's range fails
deep inside the driver."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

from catalogue import t
from database.server import is_server_url

MAX_ID = (1 << 63) - 1


def _plain_number(text: str) -> int | None:
    digits = text.strip()
    if not digits or not digits.isascii() or not digits.isdigit() or len(digits) > 19:
        return None
    value = int(digits)
    return value if 1 <= value <= MAX_ID else None


def record_id(text: str) -> int:
    """A record's (or a merge's) id."""
    value = _plain_number(text)
    if value is None:
        raise argparse.ArgumentTypeError(
            t("not an id: {text!r} (a whole number from 1 to {max})", text=text, max=MAX_ID))
    return value


def record_ref(text: str) -> str:
    """A record's id or UUID, kept as text for the command to look up."""
    if _plain_number(text) is not None:
        return text.strip()
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        raise argparse.ArgumentTypeError(t("not an id or UUID: {text!r}", text=text)) from None


def positive_count(text: str) -> int:
    """A count such as ``--limit``: at least 1, at most a million."""
    digits = text.strip()
    if digits.isascii() and digits.isdigit() and len(digits) <= 7 and 1 <= int(digits) <= 1_000_000:
        return int(digits)
    raise argparse.ArgumentTypeError(t("not a number from 1 to 1000000: {text!r}", text=text))


def text(value: str) -> str:
    """A word or phrase typed on the command line. Bytes that are not text in the system's
    encoding reach Python as lone surrogates, which no archive field or PDF can hold."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(
            t("not readable text (bytes that are not UTF-8): {text!r}", text=value)) from None
    return value


def file_name(value: str) -> Path:
    """A file to read or write; an empty name is refused here (Path("") would mean the current folder)."""
    if not value.strip():
        raise argparse.ArgumentTypeError(t("a file name is needed"))
    return Path(value)


def archive_file(value: str) -> Path | str:
    """``--archive``: a file that is not there yet, or a regular file. A folder, a device, a pipe or
    a socket (``/dev/null``) is refused here, before anything opens it, let alone moves it aside as
    damaged (``restore`` puts aside an archive it cannot open). A PostgreSQL URL names a shared
    archive on a server and is kept as typed."""
    if is_server_url(value):
        return value
    path = file_name(value).expanduser()
    try:
        folder, special = path.is_dir(), path.exists() and not path.is_file()
    except OSError:
        folder = special = False  # a path that cannot even be looked at: opening says why
    if folder:
        raise argparse.ArgumentTypeError(t("{detail} is a folder, not an archive file", detail=path))
    if special:
        raise argparse.ArgumentTypeError(t("{path} is not a regular file; an archive is one", path=path))
    return path
