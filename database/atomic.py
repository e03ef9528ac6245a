"""Writing a file so that it is either the old one or the whole new one, never half of either.

The bytes go to a temporary file beside the target (same folder, so the same file system), are
flushed to the disk, and only then renamed over the target in one step. A failure or a cancel
part-way removes the temporary file and leaves the target as it was. Exports, briefings,
iCalendar and CSV files all go through here, so a full disk or a crash never leaves a truncated
file under the name the user asked for.
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


def temporary_name(target: Path) -> Path:
    """A sibling of ``target`` no other writer uses: hidden, and marked as unfinished."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened so on Windows."""
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


def _link(temporary: Path, target: Path) -> None:
    """Give the finished file its name unless that name is taken (then FileExistsError)."""
    try:
        os.link(temporary, target)  # atomic and never overwrites
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network shares)
        if target.exists():
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.replace(temporary, target)


@contextmanager
def atomic_write(path: str | Path, *, overwrite: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file whose contents replace ``path`` when the block ends without error.

    With ``overwrite=False`` an existing ``path`` is never replaced: FileExistsError, before
    anything is written and again if the file appears while writing.
    """
    target = Path(path)
    if not overwrite and target.exists():
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    temporary = temporary_name(target)
    # os.open with 0o666 keeps the user's umask, as open() would; mkstemp would make it 0o600.
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if overwrite:
            os.replace(temporary, target)
        else:
            _link(temporary, target)
            temporary.unlink(missing_ok=True)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


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
        text.detach()  # flushes; the binary file is closed by atomic_write, after its fsync
