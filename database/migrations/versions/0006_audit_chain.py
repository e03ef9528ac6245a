"""The audit trail sealed on a hash chain, with its head, and triggers that let a purge erase
an entry's content (and nothing else).

Existing entries are sealed in id order, each with a new salt, exactly as new ones are
(database/audit_chain.py; the encoding is repeated here so this step stays what it was).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
NO_UPDATE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.os_user IS OLD.os_user "
    "AND NEW.op IS OLD.op AND NEW.entity IS OLD.entity AND NEW.record_uuid IS OLD.record_uuid "
    "AND NEW.content_sha256 IS OLD.content_sha256 AND NEW.chain_sha256 IS OLD.chain_sha256 "
    "AND NEW.salt IS NULL AND NEW.before IS NULL AND NEW.after IS NULL) "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)
NO_DELETE = (
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)
OLD_NO_UPDATE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)
BATCH = 2000
# PostgreSQL: the same rule as NO_UPDATE, for every role (0002 made the function that refuses).
PG_NO_UPDATE = (
    "CREATE FUNCTION elshi_audit_erase_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF NEW.id IS NOT DISTINCT FROM OLD.id AND NEW.at IS NOT DISTINCT FROM OLD.at "
    "AND NEW.os_user IS NOT DISTINCT FROM OLD.os_user AND NEW.op IS NOT DISTINCT FROM OLD.op "
    "AND NEW.entity IS NOT DISTINCT FROM OLD.entity AND NEW.record_uuid IS NOT DISTINCT FROM OLD.record_uuid "
    "AND NEW.content_sha256 IS NOT DISTINCT FROM OLD.content_sha256 "
    "AND NEW.chain_sha256 IS NOT DISTINCT FROM OLD.chain_sha256 "
    "AND NEW.salt IS NULL AND NEW.before IS NULL AND NEW.after IS NULL THEN RETURN NEW; END IF; "
    "RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION elshi_audit_erase_only()",
)


def _encode(values: list[Any]) -> bytes:
    out = bytearray()
    for value in values:
        if value is None:
            out += b"\x00"
        else:
            data = str(value).encode("utf-8", "surrogatepass")
            out += b"\x01" + len(data).to_bytes(8, "big") + data
    return bytes(out)


def _stamp(at: datetime) -> str:
    return at.isoformat(sep=" ", timespec="microseconds")


def upgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    on = " ON audit_log" if server else ""
    op.execute(f"DROP TRIGGER IF EXISTS audit_log_no_update{on}")
    if not server:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    op.add_column("audit_log", sa.Column("salt", sa.String(length=32), nullable=True))
    op.add_column("audit_log", sa.Column("content_sha256", sa.String(length=64), nullable=True))
    op.add_column("audit_log", sa.Column("chain_sha256", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("chain_sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    log = sa.table("audit_log", sa.column("id", sa.Integer()), sa.column("at", sa.DateTime()),
                   sa.column("os_user", sa.String()), sa.column("op", sa.String()),
                   sa.column("entity", sa.String()), sa.column("record_uuid", sa.String()),
                   sa.column("before", sa.Text()), sa.column("after", sa.Text()))
    conn = op.get_bind()
    previous, last_id, after_id = GENESIS, 0, 0
    while True:
        rows = conn.execute(sa.select(log).where(log.c.id > after_id).order_by(log.c.id).limit(BATCH)).all()
        if not rows:
            break
        sealed = []
        for r in rows:
            salt = secrets.token_hex(16)
            content = hashlib.sha256(_encode(["elshi-audit-content-1", salt, r.before, r.after])).hexdigest()
            previous = hashlib.sha256(_encode(["elshi-audit-chain-1", previous, r.id, _stamp(r.at), r.os_user,
                                               r.op, r.entity, r.record_uuid, content])).hexdigest()
            sealed.append({"row": r.id, "salt": salt, "content": content, "chain": previous})
            last_id = r.id
        conn.execute(sa.text("UPDATE audit_log SET salt = :salt, content_sha256 = :content, "
                             "chain_sha256 = :chain WHERE id = :row"), sealed)
        after_id = rows[-1].id
    conn.execute(sa.text("INSERT INTO audit_head (id, last_id, chain_sha256) VALUES (1, :last, :chain)"),
                 {"last": last_id, "chain": previous})
    if server:
        for statement in PG_NO_UPDATE:
            op.execute(statement)
    else:
        op.execute(NO_UPDATE)
        op.execute(NO_DELETE)


def downgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update" + (" ON audit_log" if server else ""))
    op.drop_table("audit_head")
    op.drop_column("audit_log", "chain_sha256")
    op.drop_column("audit_log", "content_sha256")
    op.drop_column("audit_log", "salt")
    if server:
        op.execute("DROP FUNCTION elshi_audit_erase_only()")
        op.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                   "FOR EACH ROW EXECUTE FUNCTION elshi_audit_append_only()")
    else:
        op.execute(OLD_NO_UPDATE)
