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

from database import audit, search_index
from database.archive import Archive
from database.clock import Clock, SystemClock
from database.encryption import Key, key_for, keyed_engine, settle
from database.engine import make_engine
from database.errors import ArchiveError
from database.migrate import migrate


def default_archive_path() -> Path:
    return Path(platformdirs.user_data_dir("Elshi", appauthor=False)) / "archive.sqlite"


def open_archive(path: str | Path | None = None, *, clock: Clock | None = None,
                 key: Key | None = None) -> Archive:
    """Open (creating if missing) the archive at ``path`` and bring its schema up to date.

    An encrypted archive needs its ``key`` (:func:`database.encryption.unlock`); a new file
    given a key is created encrypted; a plain archive ignores it."""
    target = Path(path).expanduser() if path is not None else default_archive_path()
    if target.is_dir():
        raise ArchiveError("archive.is_folder", str(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ArchiveError("archive.unreadable", f"{target}: {e.strerror}") from e
    key = key_for(target, key)  # refuses a file that is neither a plain nor an encrypted archive
    clock = clock or SystemClock()
    engine = keyed_engine(target, key) if key is not None else make_engine(target)
    archive = Archive(target, engine, clock, key)
    try:
        migrate(engine, target, archive.backups_dir, clock.now().strftime("%Y%m%d-%H%M%S"), key=key)
        if key is not None:
            settle(engine)  # a new encrypted archive's pages in its file, not only in its -wal
    except ArchiveError:  # a SchemaError: another program's file, a newer Elshi's, a failed step
        engine.dispose()
        raise
    except Exception as e:  # a damaged file surfaces here as a DatabaseError
        engine.dispose()
        raise ArchiveError("archive.damaged", f"{target}: {e}") from e
    wire(archive)
    return archive


def wire(archive: Archive) -> None:
    """Add the write hooks an archive lacks and create the derived data they keep (again after
    a restore, whose older copy may lack some); hooks already wired stay as they are."""
    audit.install(archive)
    search_index.install(archive)


__all__ = ["default_archive_path", "open_archive", "wire"]
