"""The bundle file that carries records and scans from one post to another.

    ELSHI-BUNDLE\\n  <4-byte header length> <header JSON> <body>

The header names the sending and receiving posts and says whether the body is encrypted; it is
bound to the body (it is the HPKE ``info`` and part of what is signed), so changing a byte of it
is caught like a byte of the body. The body is the signed payload, encrypted to the receiving
post's X25519 key by default (HPKE with ChaCha20-Poly1305 from the ``cryptography`` package):

    signed = <64-byte Ed25519 signature> <payload>

and the payload is a ZIP file:

- ``manifest.json``: posts, sequence number, time, counts, each record's version vector and
  base, the attachments with their owners, the merges, and every file with its SHA-256;
- ``records.json``: the records as in the JSON exchange format (``docs/exchange-format.md``);
- ``files/<sha256>``: each attached file once, byte for byte.

:func:`seal` writes one; :func:`unseal` checks one and returns its contents, or raises
:class:`BundleError` without anything having been written anywhere.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from database import keys
from database.errors import ArchiveError

MAGIC = b"ELSHI-BUNDLE\n"
FORMAT = "elshi-bundle"
VERSION = 1
DOMAIN = b"elshi-bundle-v1\0"
MAX_HEADER = 16 * 1024
MAX_MEMBER = 1 << 31  # one file inside a bundle
MAX_JSON = 1 << 30  # manifest.json, records.json (as the JSON exchange file)
MAX_BUNDLE = 1 << 32
SAFE_FILE = re.compile(r"files/[0-9a-f]{64}")


class BundleError(ArchiveError):
    """The bundle is refused whole; ``code`` (``bundle.*``) says why, nothing was changed."""


@dataclass
class Contents:
    """What a sound bundle holds."""

    header: dict[str, Any]
    manifest: dict[str, Any]
    records: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)  # sha256 -> bytes


def _signed_message(header: bytes, payload: bytes) -> bytes:
    return DOMAIN + struct.pack(">I", len(header)) + header + payload


def build_payload(manifest: dict[str, Any], records: dict[str, Any], files: Iterable[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False), zipfile.ZIP_DEFLATED)
        z.writestr("records.json", json.dumps(records, ensure_ascii=False), zipfile.ZIP_DEFLATED)
        for sha, data in files:
            z.writestr(f"files/{sha}", data, zipfile.ZIP_STORED)  # scans are compressed already
    return out.getvalue()


def seal(payload: bytes, *, sender: keys.Secrets, to: keys.PostKey, encrypted: bool = True) -> bytes:
    header = json.dumps({"format": FORMAT, "version": VERSION, "from": sender.post, "to": to.post,
                         "encrypted": encrypted}, ensure_ascii=False).encode("utf-8")
    signed = keys.sign(sender, _signed_message(header, payload)) + payload
    body = keys.encrypt(to, signed, header) if encrypted else signed
    return MAGIC + struct.pack(">I", len(header)) + header + body


def read_header(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    """(header, its bytes, the body); BundleError when this is not a bundle at all."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise BundleError("bundle.not_bundle")
    (size,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if size > MAX_HEADER or start + size > len(data):
        raise BundleError("bundle.damaged", "header")
    raw = data[start:start + size]
    try:
        header = json.loads(raw.decode("utf-8"))
    except ValueError as e:
        raise BundleError("bundle.damaged", "header") from e
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BundleError("bundle.not_bundle")
    if header.get("version") != VERSION:
        raise BundleError("bundle.newer_version", str(header.get("version"))[:20])
    if not isinstance(header.get("from"), str) or not isinstance(header.get("to"), str):
        raise BundleError("bundle.damaged", "header")
    return header, raw, data[start + size:]


def unseal(data: bytes, *, receiver: Callable[[], keys.Secrets], own_post: str,
           trusted: Callable[[str], keys.PostKey | None]) -> Contents:
    """Check everything a bundle claims before anything is written: it is addressed to this post,
    from a trusted post, signed by that post's key, every file is there with its SHA-256 and every
    path stays where it belongs. ``receiver`` opens this post's private keys (asking for the
    passphrase) only when the bundle is encrypted."""
    header, raw, body = read_header(data)
    if header["to"] != own_post:
        raise BundleError("bundle.not_for_us", header["to"][:64])
    sender = trusted(header["from"])
    if sender is None:
        raise BundleError("bundle.unknown_post", header["from"][:64])
    if header.get("encrypted"):
        opened = keys.decrypt(receiver(), body, raw)
        if opened is None:
            raise BundleError("bundle.cannot_decrypt")
        body = opened
    signature, payload = body[:64], body[64:]
    if len(signature) < 64 or not keys.verify(sender, signature, _signed_message(raw, payload)):
        raise BundleError("bundle.bad_signature", header["from"][:64])
    return _read_payload(header, payload)


def _json_member(z: zipfile.ZipFile, name: str) -> dict[str, Any]:
    try:
        value = json.loads(z.read(name).decode("utf-8"))
    except KeyError as e:
        raise BundleError("bundle.missing_file", name) from e
    except (ValueError, zipfile.BadZipFile) as e:
        raise BundleError("bundle.damaged", name) from e
    if not isinstance(value, dict):
        raise BundleError("bundle.damaged", name)
    return value


def safe_path(path: Any) -> str:
    """A path named by a bundle, if it is one of its own files; BundleError otherwise."""
    text = str(path)
    pure = PurePosixPath(text)
    if (not isinstance(path, str) or "\\" in text or pure.is_absolute() or ".." in pure.parts
            or ":" in text or not SAFE_FILE.fullmatch(text)):
        raise BundleError("bundle.unsafe_path", text[:100])
    return text


def _read_payload(header: dict[str, Any], payload: bytes) -> Contents:
    try:
        z = zipfile.ZipFile(io.BytesIO(payload))
    except zipfile.BadZipFile as e:
        raise BundleError("bundle.damaged", "payload") from e
    with z:
        for info in z.infolist():
            if info.filename not in ("manifest.json", "records.json"):
                safe_path(info.filename)
            limit = MAX_JSON if info.filename in ("manifest.json", "records.json") else MAX_MEMBER
            if info.file_size > limit:
                raise BundleError("bundle.damaged", info.filename[:100])
        manifest = _json_member(z, "manifest.json")
        records = _json_member(z, "records.json")
        if manifest.get("from") != header["from"] or manifest.get("to") != header["to"]:
            raise BundleError("bundle.damaged", "manifest")
        listed = manifest.get("files", [])
        if not isinstance(listed, list):
            raise BundleError("bundle.damaged", "manifest.files")
        files: dict[str, bytes] = {}
        names = set(z.namelist())
        for entry in listed:
            if not isinstance(entry, dict):
                raise BundleError("bundle.damaged", "manifest.files")
            path = safe_path(entry.get("path"))
            if path not in names:
                raise BundleError("bundle.missing_file", path)
            try:
                data = z.read(path)
            except (zipfile.BadZipFile, OSError) as e:  # CRC failure: a changed byte
                raise BundleError("bundle.changed", path) from e
            sha = hashlib.sha256(data).hexdigest()
            if sha != entry.get("sha256") or path != f"files/{sha}" or len(data) != entry.get("size"):
                raise BundleError("bundle.changed", path)
            files[sha] = data
    for a in manifest.get("attachments", []):
        if not isinstance(a, dict):
            raise BundleError("bundle.damaged", "manifest.attachments")
        if a.get("deleted_at") is None and str(a.get("sha256")) not in files:
            missing = safe_path(a.get("path"))
            raise BundleError("bundle.missing_file", missing)
        if "path" in a:
            safe_path(a["path"])
    return Contents(header, manifest, records, files)
