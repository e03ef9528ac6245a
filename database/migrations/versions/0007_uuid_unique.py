"""A UUID names one record of one type: triggers refuse a place, organisation, person, event,
document, commitment or attachment whose UUID another record type already has.

Each record table's UUID is unique on its own (its unique index); these triggers make it unique
across all of them, so an exchange file can always match records by UUID alone. They look the
UUID up in the other tables' unique indexes, one lookup per table. Records that already share a
UUID in an older archive are left as they are (changing a UUID would break every other copy's
matching) and reported by ``elshi check``.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Kept here, not imported: a migration must stay as it was written when the code moves on.
TABLES = ("places", "organisations", "persons", "events", "documents", "commitments", "attachments")


def _trigger(table: str, when: str) -> str:
    others = " OR ".join(f"EXISTS (SELECT 1 FROM {other} WHERE uuid = NEW.uuid)"
                         for other in TABLES if other != table)
    event = "INSERT" if when == "insert" else "UPDATE OF uuid"
    return (f"CREATE TRIGGER uuid_unique_{table}_{when} BEFORE {event} ON {table} "
            f"WHEN {others} "
            f"BEGIN SELECT RAISE(ABORT, 'uuid.shared: a UUID names one record of one type'); END")


def _pg_function(table: str) -> str:
    others = " OR ".join(f"EXISTS (SELECT 1 FROM {other} WHERE uuid = NEW.uuid)"
                         for other in TABLES if other != table)
    return (f"CREATE FUNCTION elshi_uuid_unique_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF {others} THEN RAISE EXCEPTION 'uuid.shared: a UUID names one record of one type'; END IF; "
            "RETURN NEW; END $$")


def upgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    for table in TABLES:
        if server:
            op.execute(_pg_function(table))
            op.execute(f"CREATE TRIGGER uuid_unique_{table} BEFORE INSERT OR UPDATE OF uuid ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION elshi_uuid_unique_{table}()")
            continue
        for when in ("insert", "update"):
            op.execute(_trigger(table, when))


def downgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    for table in TABLES:
        if server:
            op.execute(f"DROP TRIGGER IF EXISTS uuid_unique_{table} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS elshi_uuid_unique_{table}()")
            continue
        for when in ("insert", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS uuid_unique_{table}_{when}")
