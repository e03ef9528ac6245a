"""The JSON exchange file: import (after a backup), export, and the sample archive."""

from __future__ import annotations

from pathlib import Path

from database import backup, exchange_files
from database.archive import Archive
from database.atomic import atomic_write_text
from database.errors import ArchiveError
from database.exchange import ImportReport, export_archive, import_archive
from database.records import Entity

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample" / "sample-archive.json"
# A record of any of these makes an archive "not empty" for the sample.
RECORD_TYPES = (Entity.EVENT, Entity.PERSON, Entity.ORGANISATION, Entity.DOCUMENT, Entity.COMMITMENT)


def import_file(archive: Archive, path: str | Path) -> ImportReport:
    """Import an exchange file, matching records by UUID. The archive is backed up first: an
    import may change many records, and the state before it is kept. OSError when the file
    cannot be read (nothing is backed up then); ExchangeError, with nothing changed, when it
    is not a sound exchange file: the backup made for it is removed again and no older one is
    thinned out, so a refused file leaves the backups folder as it was. Attached files come
    from the folder beside the file, if there is one."""
    folder = exchange_files.files_folder(Path(path))
    with open(path, "rb") as f:
        made = backup.backup_now(archive, thin=False)
        try:
            report = import_archive(archive, f, files=folder if folder.is_dir() else None)
        except BaseException:
            backup.discard(made)
            raise
    backup.rotate(archive)
    return report


def export_file(archive: Archive, path: str | Path, *, overwrite: bool = True) -> dict[str, int]:
    """The whole archive (trash included) as an exchange file; the counts by section. A failed
    export leaves whatever was at ``path`` before; with ``overwrite=False`` an existing file is
    refused (FileExistsError) and left alone. Attached files go into the folder beside it."""
    if not overwrite and Path(path).exists():
        raise FileExistsError(str(path))
    listed = exchange_files.rows(archive)
    if listed:  # the attached files first, in the folder beside: the JSON names them
        exchange_files.write_files(archive, listed, exchange_files.files_folder(Path(path)))
    with atomic_write_text(path, encoding="utf-8", overwrite=overwrite) as f:
        return export_archive(archive, f, attachments=listed) if listed else export_archive(archive, f)


def is_empty(archive: Archive) -> bool:
    return not any(archive.count(entity) for entity in RECORD_TYPES)


def load_sample(archive: Archive) -> ImportReport:
    """Fill an empty archive with the sample records; ArchiveError("archive.not_empty") otherwise."""
    if not is_empty(archive):
        raise ArchiveError("archive.not_empty")
    with SAMPLE.open("rb") as f:
        return import_archive(archive, f)
