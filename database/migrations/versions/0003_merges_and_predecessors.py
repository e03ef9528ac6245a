"""Merging duplicates (with undo), "not a duplicate" marks, organisation predecessors.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(sa.Column("predecessor_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_organisations_predecessor_id_organisations"), "organisations",
                                 ["predecessor_id"], ["id"], ondelete="SET NULL")
        batch.create_index(op.f("ix_organisations_predecessor_id"), ["predecessor_id"])
    op.create_table(
        "not_duplicates",
        sa.Column("entity", sa.String(16), nullable=False),
        sa.Column("uuid_a", sa.String(36), nullable=False),
        sa.Column("uuid_b", sa.String(36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "uuid_a", "uuid_b", name=op.f("pk_not_duplicates")),
    )
    op.create_table(
        "merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(16), nullable=False),
        sa.Column("kept_uuid", sa.String(36), nullable=False),
        sa.Column("merged_uuid", sa.String(36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kept_before", sa.Text(), nullable=False),
        sa.Column("moved", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merges")),
    )
    op.create_index(op.f("ix_merges_kept_uuid"), "merges", ["kept_uuid"])
    op.create_index(op.f("ix_merges_merged_uuid"), "merges", ["merged_uuid"])


def downgrade() -> None:
    op.drop_index(op.f("ix_merges_merged_uuid"), table_name="merges")
    op.drop_index(op.f("ix_merges_kept_uuid"), table_name="merges")
    op.drop_table("merges")
    op.drop_table("not_duplicates")
    with op.batch_alter_table("organisations") as batch:
        batch.drop_index(op.f("ix_organisations_predecessor_id"))
        batch.drop_constraint(op.f("fk_organisations_predecessor_id_organisations"), type_="foreignkey")
        batch.drop_column("predecessor_id")
