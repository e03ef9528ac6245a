"""Private by default: every file Elshi makes is readable by its user alone (0600) and every
folder it makes is the user's alone (0700), whatever the umask says.

An archive holds who met whom and what was promised; on a shared workstation the usual umask
(022) would leave it, its backups, attached scans and every briefing readable by any other
account. The mode is given when a file is created (no moment where it is readable by others) and
set again with ``fchmod``/``chmod``, since a umask can only take permissions away, and one such
as 0277 would take the user's own. SQLite gives the ``-wal`` and ``-shm`` files it creates the
mode of the database file, so a private archive has private sidecars.

Only what Elshi creates is changed, with one exception: an archive (and its sidecars) that an
earlier Elshi left readable by others is made private when it is opened. Permissions are a POSIX
notion; on Windows these calls do what little they can and never fail.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
SIDECARS = ("-wal", "-shm", "-journal")


def create_file(path: Path) -> int:
    """Create the new file ``path`` (never an existing one: FileExistsError) for reading and
    writing, private; returns its descriptor."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR | getattr(os, "O_BINARY", 0)
                 | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
    except OSError:
        pass  # a file system without modes (FAT, some shares): nothing more to do
    return fd


def make_folders(folder: Path) -> None:
    """Create ``folder`` and any missing parents, each private; folders already there are left
    as they are (the user's home, a shared drive)."""
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            if not path.is_dir():
                raise
            continue  # made by another process a moment ago: theirs to set
        with contextlib.suppress(OSError):
            os.chmod(path, FOLDER_MODE)


def tighten(path: Path) -> None:
    """Take every permission of group and others off the file ``path`` (not a link), if set."""
    try:
        st = os.lstat(path)
    except OSError:
        return
    if stat.S_ISREG(st.st_mode) and st.st_mode & 0o077:
        with contextlib.suppress(OSError):
            os.chmod(path, stat.S_IMODE(st.st_mode) & ~0o077)


def prepare_archive_file(path: Path) -> None:
    """Before SQLite opens ``path``: create it empty and private if it does not exist (SQLite
    would make it with the umask's mode), else make it and its sidecars private."""
    try:
        os.close(create_file(path))
    except FileExistsError:
        tighten(path)
    except OSError:
        return  # SQLite will say what is wrong with the place, in its own words
    for sidecar in SIDECARS:
        tighten(Path(f"{path}{sidecar}"))
