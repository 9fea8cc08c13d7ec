"""A covering index for the Activities page's list at 200,000 activities.

The list holds the ids of the activities a filter shows, newest first (date, then id). With
ix_activity_list SQLite reads them from the index alone instead of the wide activity rows
(descriptions in four languages): about 1.6 s -> 0.2 s for every activity.

Revision ID: 0005_activity_list_index
Revises: 0004_plan_list_index
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005_activity_list_index"
down_revision: str | None = "0004_plan_list_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_activity_list", "activity", ["held_on", "id"])


def downgrade() -> None:
    op.drop_index("ix_activity_list", table_name="activity")
