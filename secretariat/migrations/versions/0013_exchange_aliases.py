"""Conferences and teams made at two sites under one number or code become one record: the
record kept has the smaller id, and `exchange_alias` remembers every other id it had, so a
record still naming one (made at a site before the merge reached it) is read as naming the
record kept (secretariat/exchange/natural_keys.py).

Revision ID: 0013_exchange_aliases
Revises: 0012_meeting_agenda
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_exchange_aliases"
down_revision: str | None = "0012_meeting_agenda"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exchange_alias",
        sa.Column("old_id", sa.Uuid(), primary_key=True),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("kept_id", sa.Uuid(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("exchange_alias")
