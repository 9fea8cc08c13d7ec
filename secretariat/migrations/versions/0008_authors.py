"""Who changed what: an author on every status change, and a trail of every record edit.

`plan_status_change.author` is the database user (PostgreSQL) or the name set in Settings
(SQLite) of whoever recorded the change; earlier changes have none (''). `record_edit` holds
one row per changed field (or deleted record): which record, the field, old and new value as
text, author and time (secretariat/audit.py writes it).

Revision ID: 0008_authors
Revises: 0007_reciprocity_by_team_index
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_authors"
down_revision: str | None = "0007_reciprocity_by_team_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "plan_status_change",
        sa.Column("author", sa.String(), nullable=False, server_default=""),
    )
    op.create_table(
        "record_edit",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("record_kind", sa.String(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("old_value", sa.String(), nullable=False),
        sa.Column("new_value", sa.String(), nullable=False),
        sa.Column("author", sa.String(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_record_edit_record", "record_edit", ["record_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_record_edit_record", table_name="record_edit")
    op.drop_table("record_edit")
    op.drop_column("plan_status_change", "author")
