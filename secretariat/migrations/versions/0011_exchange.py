"""The exchange between sites: a site's keys and partners, the base of each merge, and a log
of every write to a record table, kept by triggers so that no writer (the services, the
import's bulk inserts, a script) can change a record without the next exchange file knowing.

Revision ID: 0011_exchange
Revises: 0010_change_notices
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_exchange"
down_revision: str | None = "0010_change_notices"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RECORD_TABLES = (
    "committee_profile",
    "conference",
    "conference_postponement",
    "team",
    "plan",
    "plan_status_change",
    "mou",
    "meeting",
    "activity",
)
# A link row is a field of its owner: a change to an MOU's teams is a change to the MOU.
LINK_TABLES = {"mou_team": ("mou", "mou_id"), "meeting_team": ("meeting", "meeting_id")}


def upgrade() -> None:
    _create_tables()
    if op.get_bind().dialect.name == "postgresql":
        _postgres_triggers()
    else:
        _sqlite_triggers()


def _create_tables() -> None:
    op.create_table(
        "exchange_site",
        sa.Column("site_id", sa.Uuid(), primary_key=True),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("side", sa.String(length=1), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), nullable=False),
        sa.Column("pinned_at", sa.DateTime(), nullable=False),
        sa.Column("received_seq", sa.Integer(), nullable=False),
        sa.Column("acked_seq", sa.Integer(), nullable=False),
        sa.Column("sent_seq", sa.Integer(), nullable=False),
    )
    op.create_table(
        "exchange_sent",
        sa.Column("site_id", sa.Uuid(), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("watermark", sa.BigInteger(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "exchange_base",
        sa.Column("site_id", sa.Uuid(), primary_key=True),
        sa.Column("table_name", sa.String(length=32), primary_key=True),
        sa.Column("record_id", sa.Uuid(), primary_key=True),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
    )
    op.create_table(
        "exchange_log",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            sa.Identity(),
            primary_key=True,
        ),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "exchange_deleted",
        sa.Column("record_id", sa.Uuid(), primary_key=True),
        sa.Column("table_name", sa.String(length=32), nullable=False),
    )


def _sqlite_triggers() -> None:
    for table in RECORD_TABLES:
        _sqlite_trigger(table, table, "id")
    for table, (owner, column) in LINK_TABLES.items():
        _sqlite_trigger(table, owner, column)


def _sqlite_trigger(table: str, kind: str, column: str) -> None:
    log = "INSERT INTO exchange_log (table_name, record_id) VALUES ('{kind}', {row}.{column});"
    op.execute(
        f"CREATE TRIGGER {table}_exchange_insert AFTER INSERT ON {table} BEGIN "
        + log.format(kind=kind, row="new", column=column)
        + (
            f" DELETE FROM exchange_deleted WHERE record_id = new.{column};"
            if kind == table
            else ""
        )
        + " END"
    )
    op.execute(
        f"CREATE TRIGGER {table}_exchange_update AFTER UPDATE ON {table} BEGIN "
        + log.format(kind=kind, row="new", column=column)
        + " END"
    )
    remember = (
        f" INSERT OR REPLACE INTO exchange_deleted (record_id, table_name) "
        f"VALUES (old.{column}, '{kind}');"
        if kind == table
        else ""
    )
    op.execute(
        f"CREATE TRIGGER {table}_exchange_delete AFTER DELETE ON {table} BEGIN "
        + log.format(kind=kind, row="old", column=column)
        + remember
        + " END"
    )


def _postgres_triggers() -> None:
    op.execute(
        """CREATE FUNCTION secretariat_exchange_log() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                INSERT INTO exchange_log (table_name, record_id) VALUES (TG_TABLE_NAME, OLD.id);
                INSERT INTO exchange_deleted (record_id, table_name)
                    VALUES (OLD.id, TG_TABLE_NAME) ON CONFLICT (record_id) DO NOTHING;
                RETURN NULL;
            END IF;
            INSERT INTO exchange_log (table_name, record_id) VALUES (TG_TABLE_NAME, NEW.id);
            IF TG_OP = 'INSERT' THEN
                DELETE FROM exchange_deleted WHERE record_id = NEW.id;
            END IF;
            RETURN NULL;
        END $$"""
    )
    for table in RECORD_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_exchange_log AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION secretariat_exchange_log()"
        )
    for table, (owner, column) in LINK_TABLES.items():
        op.execute(
            f"""CREATE FUNCTION secretariat_exchange_log_{table}() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO exchange_log (table_name, record_id)
                    VALUES ('{owner}', CASE WHEN TG_OP = 'DELETE' THEN OLD.{column}
                                            ELSE NEW.{column} END);
                RETURN NULL;
            END $$"""
        )
        op.execute(
            f"CREATE TRIGGER {table}_exchange_log AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION secretariat_exchange_log_{table}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in (*RECORD_TABLES, *LINK_TABLES):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_exchange_log ON {table}")
        for table in LINK_TABLES:
            op.execute(f"DROP FUNCTION IF EXISTS secretariat_exchange_log_{table}()")
        op.execute("DROP FUNCTION IF EXISTS secretariat_exchange_log()")
    else:
        for table in (*RECORD_TABLES, *LINK_TABLES):
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_exchange_{event}")
    for table in ("exchange_deleted", "exchange_log", "exchange_base", "exchange_sent"):
        op.drop_table(table)
    op.drop_table("exchange_site")
