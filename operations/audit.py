"""The audit trail as a CSV file."""

from __future__ import annotations

from pathlib import Path

from database import audit
from database.archive import Archive
from database.atomic import atomic_write_text
from database.audit import AuditFilter


def export_audit_csv(archive: Archive, path: Path, where: AuditFilter | None = None) -> int:
    """The entries ``where`` selects (all without it) as CSV; how many were written. The BOM
    tells spreadsheet programs the file is UTF-8."""
    with atomic_write_text(path, encoding="utf-8-sig", newline="") as f:
        return audit.export_csv(archive, f, where)
