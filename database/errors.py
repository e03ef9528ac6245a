"""Every error the core raises about an archive, at the bottom of the core so any module can
raise or catch one without importing the code that opens or writes an archive.

``code`` names why (``archive.busy``, ``record.conflict``, ...) for the window and the command
line to word in the user's language; ``detail`` is for the log and for someone who knows SQLite.
"""

from __future__ import annotations


class ArchiveError(Exception):
    """An archive cannot be opened or an operation cannot be done; ``code`` names why."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class NotFound(ArchiveError):
    pass


class Conflict(ArchiveError):
    """The record was changed (by another window or process) after the form loaded it."""

    def __init__(self, entity: str, record_id: int, expected: int, found: int) -> None:
        super().__init__("record.conflict", f"{entity} {record_id}: loaded version {expected}, now {found}")
        self.entity, self.record_id, self.expected, self.found = entity, record_id, expected, found


class Busy(ArchiveError):
    """Another process held the archive locked for longer than the busy timeout."""


class SchemaError(ArchiveError):
    """The file is not an archive this version can open (another program's database, a newer
    Elshi's schema, a migration that failed)."""


class BackupError(Exception):
    """A backup or restore could not be done; ``code`` names why, nothing was lost.

    Not an :class:`ArchiveError`: the archive itself is untouched and still open, and callers
    tell the two apart (a failed backup before an import stops the import, not the window)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
