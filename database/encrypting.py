"""Turning a plain archive into an encrypted one, whole: the archive, its backups and its
attached files (``elshi encrypt``), and opening an encrypted archive from a passphrase.

The order keeps a crash harmless at every step; running the conversion again finishes it:

1. the plain archive is opened (its schema brought up to date), then locked exclusively so no
   other window or process writes while it is copied (``archive.busy`` if one has it open);
2. with ``keep_plain``, a verified plain copy is written there first (the one plain file left,
   only when asked for);
3. an encrypted copy is written beside the archive and verified (``integrity_check``, every
   page's HMAC, as many rows in every table);
4. the copy takes the archive's name in one rename, and the plain file's blocks are then
   overwritten with zeros through a handle opened before the rename;
5. every attached file is sealed the same way (sealed beside, checked, renamed, old blocks
   zeroed), then every plain backup in the backups folder is encrypted with the same key.

What an overwrite cannot promise is said to the user: on a copy-on-write file system or a
flash drive, old blocks may survive, and exports or PDFs written earlier stay as they are.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from database import encryption, sealing
from database.archive import Archive
from database.atomic import atomic_path, sync_folder
from database.clock import Clock
from database.copying import examine
from database.encryption import DB_ERRORS, Key
from database.engine import BUSY_TIMEOUT_MS, looks_like_sqlite
from database.errors import ArchiveError
from database.opening import open_archive

WORK_SUFFIX = ".encrypting"


@dataclass
class EncryptReport:
    archive: Path
    plain_kept_at: Path | None = None
    # Plain files overwritten and removed: the archive itself, then each backup encrypted.
    backups_encrypted: list[Path] = field(default_factory=list)
    backups_left: list[Path] = field(default_factory=list)  # not sound: left as they were
    files_sealed: int = 0
    already_encrypted: bool = False


def open_encrypted(path: Path, passphrase: str, *, clock: Clock | None = None) -> Archive:
    """Open the encrypted archive at ``path`` with ``passphrase`` (a new file is created
    encrypted); ``encryption.wrong_passphrase`` when it does not open it."""
    path = Path(path)
    key = encryption.unlock(path, passphrase) if encryption.needs_passphrase(path) else encryption.new_key(passphrase)
    return open_archive(path, clock=clock, key=key)


def examine_archive(path: Path, passphrase: str | None) -> tuple[bool, tuple[str, str] | None]:
    """Whether the file at ``path`` is encrypted, and why it is not a sound Elshi archive (None
    when it is): what a conversion stopped at any moment must leave is a sound archive, plain or
    encrypted. Nothing is written but SQLite's own rollback of an interrupted journal-mode
    change, as any opening does. An encrypted file is examined with ``passphrase``."""
    path = Path(path)
    encrypted = encryption.needs_passphrase(path)
    if not encrypted and Path(str(path) + "-journal").exists():
        # Killed while the plain file left WAL mode: SQLite rolls that back at the next opening,
        # which a read-only check cannot do; this is that opening, and it writes nothing else.
        con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DB_ERRORS:
            pass  # examined below
        finally:
            con.close()
    key = encryption.unlock(path, passphrase) if encrypted and passphrase is not None else None
    problem, _revision = examine(path, key)
    return encrypted, problem


def encrypt_archive(path: Path, passphrase: str | None, *, key: Key | None = None,
                    keep_plain: Path | None = None, clock: Clock | None = None) -> EncryptReport:
    """Encrypt the archive at ``path`` in place with a new key from ``passphrase`` (see the
    module's docstring). On an archive already encrypted, its ``key`` (or a ``passphrase`` that
    opens it) finishes what an interrupted run left plain: attached files, backups."""
    path = Path(path)
    if encryption.needs_passphrase(path):
        if key is None:
            key = encryption.unlock(path, passphrase or "")
        elif not encryption.opens_with(path, key):
            raise ArchiveError("encryption.wrong_passphrase", str(path))
        report = EncryptReport(path, already_encrypted=True)
    else:
        if passphrase is None:
            raise ArchiveError("encryption.no_new_passphrase", str(path))
        encryption.check_passphrase(passphrase)
        if keep_plain is not None and Path(keep_plain).exists():
            raise ArchiveError("backup.target_exists", str(keep_plain))
        archive = open_archive(path, clock=clock)  # checked, and at this Elshi's schema
        archive.close()
        key = encryption.new_key(passphrase)
        report = EncryptReport(path)
        _encrypt_main(path, key, keep_plain, report)
    report.files_sealed = seal_files(path.with_name(path.stem + "-files"), key)
    _encrypt_backups(path.with_name(path.stem + "-backups"), key, report)
    return report


def _encrypt_main(path: Path, key: Key, keep_plain: Path | None, report: EncryptReport) -> None:
    work = path.with_name(path.name + WORK_SUFFIX)
    _remove_work(work)  # left by a run that stopped before its rename: never the archive
    con = _exclusive(path)
    try:
        if keep_plain is not None:
            _plain_copy(con, Path(keep_plain))
            report.plain_kept_at = Path(keep_plain)
        _export(con, work, key)
        replace_wiping(work, path)
    except BaseException:
        _remove_work(work)
        raise
    finally:
        con.close()
    # The plain connection deleted its journal at each commit; one left now would be taken
    # for the encrypted file's own.
    Path(str(path) + "-journal").unlink(missing_ok=True)


def _exclusive(path: Path) -> Any:
    """A connection to the plain archive that holds it locked against every other reader and
    writer until it is closed, with no -wal beside it (its pages are all in the file)."""
    try:
        con = encryption.plain_connect(path)
    except DB_ERRORS as e:
        raise ArchiveError("archive.unreadable", f"{path}: {e}") from e
    try:
        mode = con.execute("PRAGMA journal_mode = DELETE").fetchone()[0]  # not while another has it open
        if str(mode).lower() != "delete":
            raise ArchiveError("archive.busy", str(path))
        # In exclusive locking mode the lock BEGIN EXCLUSIVE takes stays after its COMMIT; nothing
        # is written, so a kill leaves no journal that a read-only check would have to roll back.
        con.execute("PRAGMA locking_mode = EXCLUSIVE")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("COMMIT")
    except DB_ERRORS as e:
        con.close()
        raise ArchiveError("archive.busy", f"{path}: {e}") from e
    except ArchiveError:
        con.close()
        raise
    return con


def _plain_copy(con: Any, target: Path) -> None:
    """The verified plain copy asked for, made through the connection holding the lock."""
    if target.exists():
        raise ArchiveError("backup.target_exists", str(target))
    with atomic_path(target, overwrite=False, claim=True) as part:
        dst = encryption.plain_connect(part)
        try:
            con.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        problem, _revision = examine(part)
        if problem:
            raise ArchiveError("backup.unsound", f"{target}: {problem[0]}: {problem[1]}")


def _export(con: Any, work: Path, key: Key) -> None:
    try:
        counts = encryption.export_into(con, work, key)
    except DB_ERRORS as e:
        raise ArchiveError("backup.failed", f"{work}: {e}") from e
    encryption.check_copy(work, key, counts)


def replace_wiping(new: Path, old: Path) -> None:
    """Give ``new`` the name ``old`` in one rename, then overwrite the replaced file's blocks
    with zeros (through a handle opened before the rename, so a crash leaves either file whole)."""
    with old.open("r+b") as f:
        size = os.fstat(f.fileno()).st_size
        os.replace(new, old)
        sync_folder(old.parent)
        zeros = bytes(min(size, 1 << 20))
        left = size
        while left > 0:
            n = min(left, len(zeros))
            f.write(zeros[:n])
            left -= n
        f.flush()
        os.fsync(f.fileno())


def _remove_work(work: Path) -> None:
    for extra in (work, Path(str(work) + "-journal"), Path(str(work) + "-wal"), Path(str(work) + "-shm")):
        extra.unlink(missing_ok=True)


def seal_files(folder: Path, key: Key) -> int:
    """Seal every attached file in ``folder`` that is not sealed yet; how many were sealed."""
    if not folder.is_dir():
        return 0
    for stale in folder.glob("*" + WORK_SUFFIX):  # a run stopped before its rename: the original is whole
        stale.unlink()
    sealed = 0
    for path in sorted(folder.iterdir()):
        if path.is_symlink() or not path.is_file() or path.name.startswith(".") or path.suffix == ".part" \
                or path.name.endswith(WORK_SUFFIX):
            continue
        with path.open("rb") as f:
            if sealing.is_sealed(f):
                continue
        work = path.with_name(path.name + WORK_SUFFIX)
        try:
            with path.open("rb") as src, work.open("xb") as dst:
                _size, digest = sealing.copy_in(src, dst, key.files)
                dst.flush()
                os.fsync(dst.fileno())
            with work.open("rb") as check:
                if sealing.sha256_of(check, key.files) != digest:
                    raise ArchiveError("attachment.cannot_decrypt", str(work))
            work.chmod(path.stat().st_mode & 0o777)
            replace_wiping(work, path)
        except BaseException:
            work.unlink(missing_ok=True)
            raise
        sealed += 1
    return sealed


def _encrypt_backups(folder: Path, key: Key, report: EncryptReport) -> None:
    if not folder.is_dir():
        return
    for stale in folder.glob("*" + WORK_SUFFIX):
        _remove_work(stale)
    for path in sorted(folder.glob("*.sqlite")):
        if not path.is_file() or not looks_like_sqlite(path):
            continue  # encrypted already, or not an archive at all
        work = path.with_name(path.name + WORK_SUFFIX)
        _remove_work(work)
        problem, _revision = examine(path)
        if problem:
            report.backups_left.append(path)
            continue
        try:
            encryption.encrypt_copy(path, work, key)
            replace_wiping(work, path)
            for sidecar in ("-wal", "-shm", "-journal"):
                extra = Path(str(path) + sidecar)
                if extra.exists():
                    encryption.wipe(extra)
        except BaseException:
            _remove_work(work)
            raise
        report.backups_encrypted.append(path)


__all__ = ["EncryptReport", "encrypt_archive", "examine_archive", "open_encrypted", "replace_wiping", "seal_files"]
