"""Indexes for Home and the calendar on a large archive: pending commitments in list order,
the counts by status, and events by the days they touch.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# As database.models.PENDING_WHERE says it (a migration keeps its own copy: the models change).
PENDING_WHERE = "deleted_at IS NULL AND status IN ('open', 'in_progress')"


def upgrade() -> None:
    op.create_index("ix_commitments_pending", "commitments",
                    ["due_date", sa.text("id DESC")],
                    sqlite_where=sa.text(PENDING_WHERE), postgresql_where=sa.text(PENDING_WHERE))
    op.create_index("ix_commitments_status_counts", "commitments", ["deleted_at", "status", "due_date"])
    op.create_index("ix_events_calendar", "events", ["date_to", "date_from"],
                    sqlite_where=sa.text("deleted_at IS NULL"), postgresql_where=sa.text("deleted_at IS NULL"))
    # Statistics for the new indexes at once (they count rows only if the tables have some),
    # so the planner does not guess until the window's background checks take them.
    # PostgreSQL keeps its own statistics; ANALYZE there is cheap and always allowed.
    bind = op.get_bind()
    if bind.dialect.name == "postgresql" or bind.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        op.execute("ANALYZE commitments")
        op.execute("ANALYZE events")


def downgrade() -> None:
    op.drop_index("ix_events_calendar", table_name="events")
    op.drop_index("ix_commitments_status_counts", table_name="commitments")
    op.drop_index("ix_commitments_pending", table_name="commitments")
