"""This post's keys and the posts it trusts, kept beside the archive in ``NAME-keys/``.

A post has two key pairs from the ``cryptography`` package: Ed25519 to sign the bundles it
sends, X25519 to open the bundles sent to it (HPKE, RFC 9180). Both private keys are stored as
PKCS#8 encrypted with the post's passphrase; the folder and its files are readable by their owner
only. Nothing here ever goes into an exchange file or a bundle except a public key.

- ``post.json``: this post's name and public keys;
- ``private.json``: the two private keys, passphrase-protected;
- ``trusted.json``: the posts whose bundles are accepted, with their public keys.

A public key travels as a small JSON file; its fingerprint (ten groups of four hex digits) is
read aloud or printed and compared before the post is trusted.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from database.atomic import atomic_write_text
from database.errors import ArchiveError

KEY_FORMAT = "elshi-post-key"
KEY_VERSION = 1
POST_NAME = re.compile(r"[^\W_][\w .-]{0,62}")  # letters of any script, digits, space . - _
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
PASSPHRASE_ENV = "ELSHI_KEY_PASSPHRASE"
MAX_KEY_FILE = 64 * 1024


class KeyError_(ArchiveError):
    """A key or trust operation cannot be done; ``code`` names why (``keys.*``)."""


@dataclass(frozen=True)
class PostKey:
    """A post's public keys, as exported and trusted."""

    post: str
    sign: bytes  # Ed25519 public key, raw 32 bytes
    encrypt: bytes  # X25519 public key, raw 32 bytes
    added_at: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.post, self.sign, self.encrypt)

    def to_json(self) -> dict[str, Any]:
        return {"format": KEY_FORMAT, "version": KEY_VERSION, "post": self.post,
                "sign": _b64(self.sign), "encrypt": _b64(self.encrypt)}


@dataclass(frozen=True)
class Secrets:
    """This post's private keys, opened with the passphrase."""

    post: str
    signing: Ed25519PrivateKey
    decrypting: X25519PrivateKey


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def fingerprint(post: str, sign: bytes, encrypt: bytes) -> str:
    digest = hashlib.sha256(b"elshi-post-key-v1\0" + post.encode("utf-8") + b"\0" + sign + encrypt).hexdigest()
    return " ".join(digest[i:i + 4].upper() for i in range(0, 40, 4))


def keys_dir(archive_path: Path) -> Path:
    return archive_path.with_name(archive_path.stem + "-keys")


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)


def _write(path: Path, value: dict[str, Any]) -> None:
    _private_folder(path.parent)
    with atomic_write_text(path, encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=1)
    os.chmod(path, 0o600)


def _read(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise KeyError_("keys.damaged", str(path)) from e
    if not isinstance(value, dict):
        raise KeyError_("keys.damaged", str(path))
    return value


def check_post_name(name: str) -> str:
    name = name.strip()
    if not POST_NAME.fullmatch(name):
        raise KeyError_("keys.bad_post_name", name[:64])
    return name


class Keyring:
    """The keys folder of one archive."""

    def __init__(self, archive_path: Path) -> None:
        self.folder = keys_dir(Path(archive_path))

    # --- this post ----------------------------------------------------------------------------

    def own(self) -> PostKey | None:
        data = _read(self.folder / "post.json")
        return _parse_key(data, str(self.folder / "post.json")) if data is not None else None

    def require_own(self) -> PostKey:
        own = self.own()
        if own is None:
            raise KeyError_("keys.none", str(self.folder))
        return own

    def init(self, post: str, passphrase: str, now: datetime) -> PostKey:
        """Create this post's key pairs; refused if it has them already (keys are never replaced
        by accident: every other post trusts the old ones)."""
        post = check_post_name(post)
        if not passphrase:
            raise KeyError_("keys.empty_passphrase")
        if (self.folder / "private.json").exists():
            raise KeyError_("keys.exist", str(self.folder))
        signing, decrypting = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
        protect = serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        pem = {name: key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       protect).decode("ascii")
               for name, key in (("sign", signing), ("encrypt", decrypting))}
        _write(self.folder / "private.json", {"post": post, **pem})
        key = PostKey(post, _raw(signing.public_key()), _raw(decrypting.public_key()), now.isoformat())
        _write(self.folder / "post.json", {**key.to_json(), "created_at": now.isoformat()})
        return key

    def secrets(self, passphrase: str) -> Secrets:
        own = self.require_own()
        data = _read(self.folder / "private.json")
        if data is None:
            raise KeyError_("keys.none", str(self.folder))
        try:
            signing = serialization.load_pem_private_key(str(data["sign"]).encode("ascii"),
                                                         passphrase.encode("utf-8"))
            decrypting = serialization.load_pem_private_key(str(data["encrypt"]).encode("ascii"),
                                                            passphrase.encode("utf-8"))
        except (ValueError, TypeError, KeyError) as e:
            raise KeyError_("keys.wrong_passphrase") from e
        if not isinstance(signing, Ed25519PrivateKey) or not isinstance(decrypting, X25519PrivateKey):
            raise KeyError_("keys.damaged", str(self.folder / "private.json"))
        return Secrets(own.post, signing, decrypting)

    # --- trusted posts ------------------------------------------------------------------------

    def trusted(self) -> list[PostKey]:
        data = _read(self.folder / "trusted.json") or {"posts": []}
        posts = data.get("posts")
        if not isinstance(posts, list):
            raise KeyError_("keys.damaged", str(self.folder / "trusted.json"))
        return [_parse_key(p, str(self.folder / "trusted.json")) for p in posts]

    def trusted_post(self, post: str) -> PostKey | None:
        return next((k for k in self.trusted() if k.post == post), None)

    def trust(self, key: PostKey, now: datetime) -> None:
        own = self.own()
        if own is not None and own.post == key.post:
            raise KeyError_("keys.own_post", key.post)
        others = [k for k in self.trusted() if k.post != key.post]
        added = PostKey(key.post, key.sign, key.encrypt, now.isoformat())
        _write(self.folder / "trusted.json", {"posts": [
            {**k.to_json(), "added_at": k.added_at} for k in [*others, added]]})


def _raw(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _parse_key(data: Any, where: str) -> PostKey:
    try:
        if data.get("format") != KEY_FORMAT or data.get("version") != KEY_VERSION:
            raise ValueError("format")
        post = check_post_name(str(data["post"]))
        sign, encrypt = base64.b64decode(data["sign"], validate=True), base64.b64decode(data["encrypt"], validate=True)
        Ed25519PublicKey.from_public_bytes(sign)
        X25519PublicKey.from_public_bytes(encrypt)
    except (ValueError, TypeError, KeyError, AttributeError, ArchiveError) as e:
        raise KeyError_("keys.bad_key_file", where) from e
    return PostKey(post, sign, encrypt, str(data.get("added_at", "")))


def read_key_file(path: Path) -> PostKey:
    """A public key file as :func:`export` wrote it; KeyError_ when it is not one."""
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_KEY_FILE + 1)
        if len(raw) > MAX_KEY_FILE:
            raise KeyError_("keys.bad_key_file", str(path))
        data = json.loads(raw.decode("utf-8"))
    except OSError as e:
        raise KeyError_("keys.unreadable", f"{path}: {e.strerror}") from e
    except ValueError as e:
        raise KeyError_("keys.bad_key_file", str(path)) from e
    return _parse_key(data, str(path))


def write_key_file(key: PostKey, path: Path) -> None:
    with atomic_write_text(path, encoding="utf-8") as f:
        json.dump(key.to_json(), f, ensure_ascii=False, indent=1)


# --- signing and encrypting (the library's primitives, nothing of our own) ---------------------


def sign(secrets: Secrets, message: bytes) -> bytes:
    return secrets.signing.sign(message)


def verify(key: PostKey, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(key.sign).verify(signature, message)
    except InvalidSignature:
        return False
    return True


def encrypt(key: PostKey, plaintext: bytes, info: bytes) -> bytes:
    return SUITE.encrypt(plaintext, X25519PublicKey.from_public_bytes(key.encrypt), info=info)


def decrypt(secrets: Secrets, ciphertext: bytes, info: bytes) -> bytes | None:
    try:
        return SUITE.decrypt(ciphertext, secrets.decrypting, info=info)
    except Exception:  # InvalidTag, or a ciphertext too short to hold the sender's share
        return None
