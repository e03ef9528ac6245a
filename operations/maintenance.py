"""Looking after an archive: its integrity check, the search index, merging duplicates."""

from __future__ import annotations

from collections.abc import Callable

from catalogue import t
from database.archive import Archive
from database.integrity import MESSAGES, Problem, find_problems
from database.merge import MergeInfo, merge, undo_merge
from database.records import Entity
from database.search import reindex as rebuild_index


def check(archive: Archive) -> list[str]:
    """Problems found (file integrity, links, attached files' SHA-256, the audit trail), one line
    each in the interface language; empty when the archive is sound."""
    return [problem_text(p) for p in find_problems(archive)]


def problem_text(problem: Problem) -> str:
    """One problem in the interface language (the English line for a code the catalogue lacks)."""
    english = MESSAGES.get(problem.code)
    if english is None:
        return problem.message
    try:
        return t(english, **problem.params)
    except (KeyError, IndexError, ValueError):  # a translation that names other fields
        return problem.message


def reindex(archive: Archive, progress: Callable[[int, int], None] | None = None) -> int:
    """Rebuild the search index; the number of records indexed. ``progress(done, total)``."""
    return rebuild_index(archive, progress)


def merge_records(archive: Archive, entity: str, keep_id: int, other_id: int) -> MergeInfo:
    """Merge ``other_id`` into ``keep_id`` (a person or an organisation), keeping every name and link."""
    return merge(archive, Entity(entity), keep_id, other_id)


def unmerge(archive: Archive, merge_id: int) -> None:
    undo_merge(archive, merge_id)
