"""Two-character searches from the index: a vocabulary view of the trigram index, and every
plan's search text ending in a line break.

Korean and Chinese words are often two characters (환경, 教育), too short for a trigram phrase,
and a LIKE over 100,000 plans' texts takes 150-600 ms. Every occurrence of a two-character
term is the start of some indexed trigram (the line break appended here guarantees a character
after a term at the very end), so the plans containing it are those matching any trigram that
starts with it: the vocabulary table lists them, in order, by a range lookup.

Revision ID: 0006_short_search_terms
Revises: 0005_activity_list_index
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006_short_search_terms"
down_revision: str | None = "0005_activity_list_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The update trigger of 0002 keeps the trigram index in step with the new text.
    op.execute(
        "UPDATE plan SET search_text = search_text || char(10)"
        " WHERE search_text <> '' AND substr(search_text, -1) <> char(10)"
        if op.get_bind().dialect.name == "sqlite"
        else "UPDATE plan SET search_text = search_text || chr(10)"
        " WHERE search_text <> '' AND right(search_text, 1) <> chr(10)"
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE plan_search_vocab USING fts5vocab(plan_search, row)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS plan_search_vocab")
