"""Record versions: no edit overwrites another unseen.

Every record table gets `version` (1 for what is there now): each saved edit adds one, and
an UPDATE only matches the version it read (SQLAlchemy's version counter). `record_edit`
gets `record_version`, the version an edit made, so a conflict can say who changed what
since the version a person was looking at.

Revision ID: 0009_record_versions
Revises: 0008_authors
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_record_versions"
down_revision: str | None = "0008_authors"
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
    "record_edit",
)


def upgrade() -> None:
    for table in RECORD_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.add_column(
        "record_edit",
        sa.Column("record_version", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_column("record_edit", "record_version")
    for table in RECORD_TABLES:
        op.drop_column(table, "version")
