"""An index on the audit trail's user, so the trail's "who" filter lists them without reading
every entry (half a million on a large archive).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_audit_log_os_user"), "audit_log", ["os_user"])


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_log_os_user"), table_name="audit_log")
