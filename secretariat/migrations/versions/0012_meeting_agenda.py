"""Meetings planned before they are held, and their agendas.

A meeting gets a state (every meeting logged so far was held), a start time, a duration and a
video link; `agenda_item` holds its ordered items, each a plan to review or a topic written per
language, with the outcome decided on it. The new table is a record table like the others: its
writes are logged for the exchange between sites (0011) and, on PostgreSQL, announced on the
change channel (0010), by the same trigger functions those revisions made.

Columns are added without a batch: on SQLite a batch would copy the meeting table and drop the
triggers 0011 put on it.

Revision ID: 0012_meeting_agenda
Revises: 0011_exchange
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_meeting_agenda"
down_revision: str | None = "0011_exchange"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "agenda_item"
MEETING_COLUMNS = ("state", "start_time", "duration_minutes", "video_link")


def upgrade() -> None:
    _add_meeting_columns()
    _create_agenda_items()
    if op.get_bind().dialect.name == "postgresql":
        _postgres_triggers()
    else:
        _sqlite_triggers()


def _add_meeting_columns() -> None:
    state = sa.Enum("planned", "held", name="meetingstate", native_enum=False, length=16)
    op.add_column("meeting", sa.Column("state", state, nullable=False, server_default="held"))
    op.add_column(
        "meeting", sa.Column("start_time", sa.String(length=5), nullable=False, server_default="")
    )
    op.add_column(
        "meeting",
        sa.Column("duration_minutes", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column(
        "meeting", sa.Column("video_link", sa.String(), nullable=False, server_default="")
    )


def _texts(stem: str) -> list[sa.Column[str]]:
    return [
        sa.Column(f"{stem}_{language}", sa.String(), nullable=False)
        for language in ("en", "ko", "zh", "ja")
    ]


def _create_agenda_items() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=True),
        *_texts("topic"),
        *_texts("outcome"),
        sa.Column("follow_up_due", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_agenda_item_meeting", TABLE, ["meeting_id", "position"])
    op.create_index("ix_agenda_item_plan_id", TABLE, ["plan_id"])


def _sqlite_triggers() -> None:
    """As 0011's: every write logged; a deleted item remembered, a re-inserted one forgotten."""
    log = f"INSERT INTO exchange_log (table_name, record_id) VALUES ('{TABLE}', {{row}}.id);"
    op.execute(
        f"CREATE TRIGGER {TABLE}_exchange_insert AFTER INSERT ON {TABLE} BEGIN "
        f"{log.format(row='new')} DELETE FROM exchange_deleted WHERE record_id = new.id; END"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_exchange_update AFTER UPDATE ON {TABLE} BEGIN "
        f"{log.format(row='new')} END"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_exchange_delete AFTER DELETE ON {TABLE} BEGIN "
        f"{log.format(row='old')} INSERT OR REPLACE INTO exchange_deleted "
        f"(record_id, table_name) VALUES (old.id, '{TABLE}'); END"
    )


def _postgres_triggers() -> None:
    op.execute(
        f"CREATE TRIGGER {TABLE}_exchange_log AFTER INSERT OR UPDATE OR DELETE ON {TABLE} "
        "FOR EACH ROW EXECUTE FUNCTION secretariat_exchange_log()"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_notify_change AFTER INSERT OR UPDATE OR DELETE "
        f"ON {TABLE} FOR EACH STATEMENT EXECUTE FUNCTION secretariat_notify_change()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_notify_change ON {TABLE}")
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_exchange_log ON {TABLE}")
    else:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_exchange_{event}")
    op.drop_index("ix_agenda_item_plan_id", table_name=TABLE)
    op.drop_index("ix_agenda_item_meeting", table_name=TABLE)
    op.drop_table(TABLE)
    # Dropping a column on SQLite needs no batch since 3.35 (ALTER TABLE DROP COLUMN).
    for name in reversed(MEETING_COLUMNS):
        op.drop_column("meeting", name)
