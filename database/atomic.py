"""Writing a file so that it is either the old one or the whole new one, never half of either.

The bytes go to a temporary file beside the target (same folder, so the same file system), are
flushed to the disk, and only then renamed over the target in one step. A failure or a cancel
part-way removes the temporary file and leaves the target as it was. Exports, briefings,
iCalendar and CSV files, attachments copied in and verified archive copies all go through here,
so a full disk or a crash never leaves a truncated file under the name the user asked for.
Every file made here is the user's alone (0600, :mod:`database.private`), whatever the umask.

:func:`atomic_write` yields a file object; :func:`atomic_path` yields the temporary file's path,
for writers that must open it themselves (SQLite's backup API writes into a path). With
``claim=True`` the temporary name is the fixed ``NAME.part``, taken with ``O_EXCL``: a second
writer aiming at the same name in the same moment gets FileExistsError before writing anything,
and other writers can see the name is being made (see :func:`claimed_name`).
"""

from __future__ import annotations

import errno
import io
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO, TextIO

from database.private import create_file


def temporary_name(target: Path) -> Path:
    """A sibling of ``target`` no other writer uses: hidden, and marked as unfinished."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def claimed_name(target: Path) -> Path:
    """The one temporary sibling every claiming writer of ``target`` uses: while it exists,
    ``target`` is being made by someone."""
    return target.with_name(target.name + ".part")


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); folders cannot be opened so on Windows."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _refuse_existing(target: Path) -> None:
    if target.exists():
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))


def _create(temporary: Path) -> int:
    # Private (0600) whatever the umask: exports, briefings and copies hold the archive's words.
    # O_EXCL: a random name never meets another writer's file, a claimed one must not.
    return create_file(temporary)


def _link(temporary: Path, target: Path) -> None:
    """Give the finished file its name unless that name is taken (then FileExistsError)."""
    try:
        os.link(temporary, target)  # atomic and never overwrites
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network shares)
        _refuse_existing(target)
        os.replace(temporary, target)


def _publish(temporary: Path, target: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(temporary, target)
    else:
        _link(temporary, target)
        temporary.unlink(missing_ok=True)


@contextmanager
def atomic_path(path: str | Path, *, overwrite: bool = True, claim: bool = False) -> Iterator[Path]:
    """Yield the path of a new, empty temporary file that becomes ``path`` when the block ends
    without error: synced to the disk, then renamed. The block may write to it however it
    likes, but must have closed it by the end. On any error it is removed.

    With ``overwrite=False`` an existing ``path`` is never replaced: FileExistsError, before
    anything is written and again if the file appears meanwhile. With ``claim=True`` see the
    module's docstring; a FileExistsError from the claim leaves the other writer's file alone.
    """
    target = Path(path)
    if not overwrite:
        _refuse_existing(target)
    temporary = claimed_name(target) if claim else temporary_name(target)
    os.close(_create(temporary))  # outside the try: a file we did not create is not ours to remove
    try:
        yield temporary
        fd = os.open(temporary, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        _publish(temporary, target, overwrite)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


@contextmanager
def atomic_write(path: str | Path, *, overwrite: bool = True, claim: bool = False) -> Iterator[BinaryIO]:
    """Yield a binary file whose contents replace ``path`` when the block ends without error
    (``overwrite`` and ``claim`` as for :func:`atomic_path`)."""
    with atomic_path(path, overwrite=overwrite, claim=claim) as temporary, temporary.open("r+b") as out:
        yield out


@contextmanager
def atomic_write_text(path: str | Path, *, encoding: str = "utf-8", newline: str | None = None,
                      overwrite: bool = True) -> Iterator[TextIO]:
    """:func:`atomic_write` for text, encoded as ``open(path, "w", encoding=..., newline=...)`` would."""
    with atomic_write(path, overwrite=overwrite) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline=newline)
        try:
            yield text
        except BaseException:
            with suppress(Exception):
                text.detach()
            raise
        text.detach()  # flushes; the binary file is closed by atomic_write, then synced
