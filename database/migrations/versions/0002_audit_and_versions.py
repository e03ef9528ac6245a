"""audit trail and record versions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Every table with the Tracked columns; attachments share them with the six record types.
VERSIONED = ("places", "organisations", "persons", "events", "documents", "commitments", "attachments")

# The application offers no way to change the trail; these keep it so for any other SQLite
# client too (a restore replaces whole pages and fires no trigger).
APPEND_ONLY = tuple(
    f"CREATE TRIGGER audit_log_no_{action.lower()} BEFORE {action} ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    for action in ("UPDATE", "DELETE")
)


# PostgreSQL: the same refusal, for every role (a rule or privilege could be dropped by the
# table's owner; a trigger raises whoever writes). TRUNCATE fires no row trigger: its own.
PG_APPEND_ONLY = (
    "CREATE FUNCTION elshi_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    *(f"CREATE TRIGGER audit_log_no_{action.lower()} BEFORE {action} ON audit_log "
      "FOR EACH ROW EXECUTE FUNCTION elshi_audit_append_only()" for action in ("UPDATE", "DELETE")),
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION elshi_audit_append_only()",
)


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("os_user", sa.String(length=200), nullable=False),
        sa.Column("op", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"], unique=False)
    op.create_index(op.f("ix_audit_log_record_uuid"), "audit_log", ["record_uuid"], unique=False)
    for statement in PG_APPEND_ONLY if op.get_bind().dialect.name == "postgresql" else APPEND_ONLY:
        op.execute(statement)
    # Plain ADD COLUMN, not a batch copy: rebuilding a parent table with foreign keys on would
    # cascade-delete its children.
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in VERSIONED:
        op.drop_column(table, "version")
    on = " ON audit_log" if op.get_bind().dialect.name == "postgresql" else ""
    for action in ("truncate", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS audit_log_no_{action}{on}")
    op.drop_index(op.f("ix_audit_log_record_uuid"), table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_at"), table_name="audit_log")
    op.drop_table("audit_log")
