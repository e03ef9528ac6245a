"""Exchange between posts: version vectors, peers, conflicts; attachments on people and
commitments.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite adds a column with its foreign key in place (no table rebuild): the new columns are
    # empty, so no existing row can break the constraint.
    for column, table in (("person_id", "persons"), ("commitment_id", "commitments")):
        op.execute(f"ALTER TABLE attachments ADD COLUMN {column} INTEGER "
                   f"CONSTRAINT fk_attachments_{column}_{table} REFERENCES {table} (id)")
    op.create_index(op.f("ix_attachments_person_id"), "attachments", ["person_id"])
    op.create_index(op.f("ix_attachments_commitment_id"), "attachments", ["commitment_id"])
    op.create_table(
        "sync_versions",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("vector", sa.Text(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("base_vector", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_sync_versions")),
    )
    op.create_table(
        "sync_peers",
        sa.Column("post", sa.String(64), nullable=False),
        sa.Column("sent_seq", sa.Integer(), nullable=False),
        sa.Column("sent_audit", sa.Integer(), nullable=False),
        sa.Column("sent_merge", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("received_seq", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("post", name=op.f("pk_sync_peers")),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(32), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(16), nullable=False),
        sa.Column("record_uuid", sa.String(36), nullable=False),
        sa.Column("from_post", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("local", sa.Text(), nullable=False),
        sa.Column("incoming", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("local_vector", sa.Text(), nullable=False),
        sa.Column("incoming_vector", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index(op.f("ix_sync_conflicts_record_uuid"), "sync_conflicts", ["record_uuid"])


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_conflicts_record_uuid"), table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
    op.drop_table("sync_state")
    op.drop_table("sync_peers")
    op.drop_table("sync_versions")
    with op.batch_alter_table("attachments") as batch:
        batch.drop_index(op.f("ix_attachments_commitment_id"))
        batch.drop_index(op.f("ix_attachments_person_id"))
        batch.drop_constraint(op.f("fk_attachments_commitment_id_commitments"), type_="foreignkey")
        batch.drop_constraint(op.f("fk_attachments_person_id_persons"), type_="foreignkey")
        batch.drop_column("commitment_id")
        batch.drop_column("person_id")
