"""Substring search index over plans' titles and descriptions in every language.

On SQLite, an FTS5 table with the trigram tokenizer indexes `plan.search_text`; it answers
`LIKE '%...%'` for three characters or more without reading every plan, in any script (Korean
and Chinese have no spaces to split words on). Triggers keep it in step with `plan`. Other
databases search `plan.search_text` directly.

Revision ID: 0002_plan_search_index
Revises: 0001_initial
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_plan_search_index"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UPGRADE = [
    """CREATE VIRTUAL TABLE plan_search USING fts5(
        search_text, content='plan', content_rowid='rowid', tokenize='trigram')""",
    """CREATE TRIGGER plan_search_insert AFTER INSERT ON plan BEGIN
        INSERT INTO plan_search(rowid, search_text) VALUES (new.rowid, new.search_text);
    END""",
    """CREATE TRIGGER plan_search_delete AFTER DELETE ON plan BEGIN
        INSERT INTO plan_search(plan_search, rowid, search_text)
        VALUES ('delete', old.rowid, old.search_text);
    END""",
    """CREATE TRIGGER plan_search_update AFTER UPDATE OF search_text ON plan BEGIN
        INSERT INTO plan_search(plan_search, rowid, search_text)
        VALUES ('delete', old.rowid, old.search_text);
        INSERT INTO plan_search(rowid, search_text) VALUES (new.rowid, new.search_text);
    END""",
    "INSERT INTO plan_search(plan_search) VALUES ('rebuild')",
]

SQLITE_DOWNGRADE = [
    "DROP TRIGGER IF EXISTS plan_search_update",
    "DROP TRIGGER IF EXISTS plan_search_delete",
    "DROP TRIGGER IF EXISTS plan_search_insert",
    "DROP TABLE IF EXISTS plan_search",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DOWNGRADE:
            op.execute(statement)
