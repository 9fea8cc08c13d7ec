"""Change notices on PostgreSQL: every statement that writes a record table says so on the
`secretariat_changes` channel (payload: the table), so every open app can refresh within a
second (secretariat/watch.py). SQLite needs none: its data_version counter does the same.

Revision ID: 0010_change_notices
Revises: 0009_record_versions
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010_change_notices"
down_revision: str | None = "0009_record_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "committee_profile",
    "conference",
    "conference_postponement",
    "team",
    "plan",
    "plan_status_change",
    "mou",
    "mou_team",
    "meeting",
    "meeting_team",
    "activity",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """CREATE FUNCTION secretariat_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('secretariat_changes', TG_TABLE_NAME);
            RETURN NULL;
        END $$"""
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_notify_change AFTER INSERT OR UPDATE OR DELETE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION secretariat_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_change ON {table}")
    op.execute("DROP FUNCTION IF EXISTS secretariat_notify_change()")
