"""Alembic environment: runs on the connection handed over by secretariat.migrations."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import secretariat.models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through secretariat.migrations.upgrade_to_head()")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # ALTER TABLE support on SQLite
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
