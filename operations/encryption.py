"""Encrypting an archive at rest (``elshi encrypt``): the use case over
:mod:`database.encrypting`, for the command line and the window alike."""

from __future__ import annotations

from pathlib import Path

from database.archive import Archive
from database.encrypting import EncryptReport, encrypt_archive
from database.errors import ArchiveError


def a_file(archive: Archive) -> None:
    """Encryption at rest is of archive files: a server's storage is its administrator's."""
    if archive.url is not None:
        raise ArchiveError("server.not_a_file", archive.shown)


def encrypt(archive: Archive, passphrase: str | None, *, keep_plain: Path | None = None) -> EncryptReport:
    """Encrypt the open ``archive`` in place with a key from ``passphrase``, closing it first
    (open it again with the passphrase); an archive already encrypted has what an interrupted
    run left plain finished with its own key."""
    a_file(archive)
    archive.close()
    return encrypt_archive(archive.path, passphrase, key=archive.key, keep_plain=keep_plain,
                           clock=archive.clock)


__all__ = ["EncryptReport", "encrypt"]
