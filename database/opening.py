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
from database.engine import looks_like_sqlite, make_engine
from database.errors import ArchiveError
from database.migrate import migrate
from database.no_space import disk_full_at, forget_new_file


def default_archive_path() -> Path:
    return Path(platformdirs.user_data_dir("Elshi", appauthor=False)) / "archive.sqlite"


def open_archive(path: str | Path | None = None, *, clock: Clock | None = None) -> Archive:
    """Open (creating if missing) the archive at ``path`` and bring its schema up to date."""
    target = Path(path).expanduser() if path is not None else default_archive_path()
    if target.is_dir():
        raise ArchiveError("archive.is_folder", str(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and target.stat().st_size > 0 and not looks_like_sqlite(target):
            raise ArchiveError("archive.not_sqlite", str(target))
    except OSError as e:
        raise ArchiveError("archive.unreadable", f"{target}: {e.strerror}") from e
    fresh = not target.exists()
    clock = clock or SystemClock()
    engine = make_engine(target)
    archive = Archive(target, engine, clock)
    try:
        migrate(engine, target, archive.backups_dir, clock.now().strftime("%Y%m%d-%H%M%S"))
    except ArchiveError:  # a SchemaError: another program's file, a newer Elshi's, a failed step
        engine.dispose()
        raise
    except Exception as e:  # a damaged file surfaces here as a DatabaseError
        engine.dispose()
        if fresh:  # a new archive that could not be made whole is not left behind, half made
            forget_new_file(target)
        if disk_full_at(e, target.parent):
            raise ArchiveError("archive.disk_full", str(target.parent)) from e
        raise ArchiveError("archive.damaged", f"{target}: {getattr(e, 'orig', e)}") from e
    wire(archive)
    return archive


def wire(archive: Archive) -> None:
    """Add the write hooks an archive lacks and create the derived data they keep (again after
    a restore, whose older copy may lack some); hooks already wired stay as they are."""
    audit.install(archive)
    search_index.install(archive)


__all__ = ["default_archive_path", "open_archive", "wire"]
