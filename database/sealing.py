"""Attached files of an encrypted archive, sealed with AES-256-GCM.

A sealed file is ``MAGIC``, a random 7-byte nonce prefix, then the content in chunks of at most
``CHUNK`` bytes, each as its 4-byte length and its AES-GCM ciphertext (with its tag). A chunk's
nonce is the prefix, the chunk's number and whether it is the last, so chunks cannot be
reordered, dropped or cut off at the end without the reading failing (the STREAM construction).
The key is the archive key's files key (:attr:`database.encryption.Key.files`).

Everything that reads or writes an attachment's bytes goes through :func:`copy_in`,
:func:`copy_out` and :func:`sha256_of`; for a plain archive (no key) they copy bytes as they are.
"""

from __future__ import annotations

import hashlib
import os
import struct
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from database.errors import ArchiveError

MAGIC = b"ELSHI\x00A1"
PREFIX = 7
CHUNK = 1 << 20
TAG = 16


def _nonce(prefix: bytes, n: int, last: bool) -> bytes:
    return prefix + struct.pack(">I?", n, last)


def copy_in(src: BinaryIO, dst: BinaryIO, key: bytes | None) -> tuple[int, str]:
    """Copy ``src`` to ``dst``, sealed when ``key`` is given; returns the content's size and
    SHA-256 (of the content, not of the sealed bytes)."""
    digest = hashlib.sha256()
    size = 0
    if key is None:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            dst.write(chunk)
            size += len(chunk)
        return size, digest.hexdigest()
    aead = AESGCM(key)
    prefix = os.urandom(PREFIX)
    dst.write(MAGIC + prefix)
    n = 0
    chunk = src.read(CHUNK)
    while True:
        following = src.read(CHUNK) if chunk else b""
        last = not following
        digest.update(chunk)
        size += len(chunk)
        sealed = aead.encrypt(_nonce(prefix, n, last), chunk, MAGIC)
        dst.write(struct.pack(">I", len(sealed)) + sealed)
        if last:
            return size, digest.hexdigest()
        chunk, n = following, n + 1


def is_sealed(src: BinaryIO) -> bool:
    head = src.read(len(MAGIC))
    src.seek(0)
    return head == MAGIC


def copy_out(src: BinaryIO, dst: BinaryIO, key: bytes | None) -> tuple[int, str]:
    """Copy the stored file ``src`` to ``dst`` as its content: opened when it is sealed (which
    needs ``key``), as it is when not. Raises ``attachment.cannot_decrypt`` for a sealed file
    that was changed, cut short or sealed with another key."""
    digest = hashlib.sha256()
    size = 0
    if key is None or not is_sealed(src):
        if key is None and is_sealed(src):
            raise ArchiveError("attachment.cannot_decrypt", getattr(src, "name", ""))
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            dst.write(chunk)
            size += len(chunk)
        return size, digest.hexdigest()
    name = str(getattr(src, "name", ""))
    aead = AESGCM(key)
    src.read(len(MAGIC))
    prefix = src.read(PREFIX)
    n = 0
    while True:
        head = src.read(4)
        if len(head) != 4 or len(prefix) != PREFIX:
            raise ArchiveError("attachment.cannot_decrypt", name)  # cut short before its last chunk
        (length,) = struct.unpack(">I", head)
        sealed = src.read(length)
        if length < TAG or length > CHUNK + TAG or len(sealed) != length:
            raise ArchiveError("attachment.cannot_decrypt", name)
        try:
            chunk = aead.decrypt(_nonce(prefix, n, False), sealed, MAGIC)
            last = False
        except InvalidTag:
            try:
                chunk = aead.decrypt(_nonce(prefix, n, True), sealed, MAGIC)
            except InvalidTag as e:
                raise ArchiveError("attachment.cannot_decrypt", name) from e
            last = True
        digest.update(chunk)
        dst.write(chunk)
        size += len(chunk)
        if last:
            if src.read(1):
                raise ArchiveError("attachment.cannot_decrypt", name)  # bytes after the end
            return size, digest.hexdigest()
        n += 1


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


def sha256_of(src: BinaryIO, key: bytes | None) -> str:
    """The SHA-256 of a stored file's content (opened first when it is sealed)."""
    return copy_out(src, _Discard(), key)[1]  # type: ignore[arg-type]


__all__ = ["MAGIC", "copy_in", "copy_out", "is_sealed", "sha256_of"]
