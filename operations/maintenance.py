"""Looking after an archive: its integrity check, the search index, merging duplicates."""

from __future__ import annotations

from database.archive import Archive
from database.integrity import check_archive
from database.merge import MergeInfo, merge, undo_merge
from database.records import Entity
from database.search import reindex as rebuild_index


def check(archive: Archive) -> list[str]:
    """Problems found (file integrity, links, attached files' SHA-256, the audit trail), one line
    each; empty when the archive is sound."""
    return check_archive(archive)


def reindex(archive: Archive) -> int:
    """Rebuild the search index; the number of records indexed."""
    return rebuild_index(archive)


def merge_records(archive: Archive, entity: str, keep_id: int, other_id: int) -> MergeInfo:
    """Merge ``other_id`` into ``keep_id`` (a person or an organisation), keeping every name and link."""
    return merge(archive, Entity(entity), keep_id, other_id)


def unmerge(archive: Archive, merge_id: int) -> None:
    undo_merge(archive, merge_id)
