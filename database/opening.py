"""Opening an archive: find the file, check it is one, bring its schema up to date and wire the
parts that keep derived data in step with the records.

:class:`~database.archive.Archive` is the plain core every other module uses; this is the one
place that makes a ready one. What is wired is listed here, in order, called directly:

- the audit trail (:mod:`database.audit`), one entry per record written;
- the search index (:mod:`database.search_index`), rebuilt if made by other rules.

Versions need no wiring: they are SQLAlchemy's version counter on every record table
(:mod:`database.models`), raised by the archive itself.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from database import audit, leftovers, search_index
from database.access import classify, place_problem
from database.archive import Archive
from database.clock import Clock, SystemClock
from database.encryption import Key, key_for, keyed_engine, settle
from database.engine import make_engine
from database.errors import ArchiveError
from database.migrate import migrate, migrate_server
from database.no_space import disk_full_at, forget_new_file
from database.private import make_folders, prepare_archive_file
from database.server import is_server_url, local_folder, server_engine, server_errors


def default_archive_path() -> Path:
    return Path(platformdirs.user_data_dir("Elshi", appauthor=False)) / "archive.sqlite"


def archive_path(path: str | Path | None) -> Path:
    return Path(path).expanduser() if path is not None else default_archive_path()


def check_place(target: Path, *, create: bool) -> None:
    """Refuse, before SQLite touches anything, a file that is missing (unless ``create``), a
    folder, on a read-only disk or folder, or not ours to read and write."""
    problem = place_problem(target, create=create)
    if problem is not None:
        raise problem
    try:
        make_folders(target.parent)
    except OSError as e:
        raise ArchiveError("archive.unreadable", f"{target}: {e.strerror}") from e


def open_archive(path: str | Path | None = None, *, clock: Clock | None = None,
                 create: bool = True, progress: search_index.Progress | None = None,
                 key: Key | None = None) -> Archive:
    """Open the archive at ``path`` and bring its schema up to date; a missing file is created
    only with ``create`` (else ``archive.missing``). A lock, a read-only place, a permission
    and damage each raise their own code (:mod:`database.access`). ``progress(done, total)``
    hears of a search-index rebuild (after an update of its rules).

    An encrypted archive needs its ``key`` (:func:`database.encryption.unlock`); a new file
    given a key is created encrypted; a plain archive ignores it.

    ``path`` may be a PostgreSQL URL (:mod:`database.server`): the shared archive there."""
    if is_server_url(path):
        return open_server(str(path), clock=clock, progress=progress)
    target = archive_path(path)
    check_place(target, create=create)
    key = key_for(target, key)  # refuses a file that is neither a plain nor an encrypted archive
    new = not target.exists()
    clock = clock or SystemClock()
    prepare_archive_file(target)  # private (0600) before SQLite makes it with the umask's mode
    engine = keyed_engine(target, key) if key is not None else make_engine(target)
    archive = Archive(target, engine, clock, key)
    try:
        migrate(engine, target, archive.backups_dir, clock.now().strftime("%Y%m%d-%H%M%S"), key=key)
        if key is not None:
            settle(engine)  # a new encrypted archive's pages in its file, not only in its -wal
        wire(archive, progress)
    except Exception as e:  # a SchemaError, a lock, a place that cannot be written, a full disk, damage
        engine.dispose()
        if new:  # a new archive that could not be made whole is not left behind, half made
            forget_new_file(target)
        if disk_full_at(e, target.parent):
            raise ArchiveError("archive.disk_full", str(target.parent)) from e
        raise classify(target, e, key) from e
    archive.cleaned = leftovers.clean(archive)
    return archive


def open_server(url: str, *, clock: Clock | None = None, password: str | None = None,
                progress: search_index.Progress | None = None) -> Archive:
    """Open the shared archive at the PostgreSQL ``url``, building or upgrading its schema by
    the same migrations a file gets."""
    folder = local_folder(url)
    make_folders(folder)
    engine = server_engine(url, password)
    archive = Archive(folder / "archive", engine, clock or SystemClock())
    archive.url = url
    try:
        with server_errors(url):
            migrate_server(engine)
            wire(archive, progress)
    except Exception:
        engine.dispose()
        raise
    return archive


def wire(archive: Archive, progress: search_index.Progress | None = None) -> None:
    """Add the write hooks an archive lacks and create the derived data they keep (again after
    a restore, whose older copy may lack some); hooks already wired stay as they are."""
    audit.install(archive)
    search_index.install(archive, progress)


__all__ = ["archive_path", "check_place", "default_archive_path", "open_archive", "open_server", "wire"]
