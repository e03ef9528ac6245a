"""Indexes in the order each list opens in, so a list of 200,000 commitments needs no sort.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ORDERS = {
    "places": ("name", False), "organisations": ("name", False), "persons": ("name", False),
    "events": ("date_from", True), "documents": ("signed_from", True), "commitments": ("due_date", False),
}


def upgrade() -> None:
    # PostgreSQL wants an expression in an index in parentheses; SQLite's stays as it always was.
    blank = "({} IS NULL)" if op.get_bind().dialect.name == "postgresql" else "{} IS NULL"
    for table, (column, descending) in ORDERS.items():
        op.create_index(f"ix_{table}_list_order", table, [
            "deleted_at", sa.text(blank.format(column)), sa.text(f"{column} DESC" if descending else column),
            sa.text("id DESC")])


def downgrade() -> None:
    for table in ORDERS:
        op.drop_index(f"ix_{table}_list_order", table_name=table)
