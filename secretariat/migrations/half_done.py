"""Recognise a SQLite database an older version left half-upgraded, and say how to recover.

Before upgrades ran in one transaction (run_upgrade), a kill or a crash in the middle of one
left the file stamped with its old revision while some of the next revisions' tables and
indexes already existed: every later upgrade then stopped at "table ... already exists". Such
a file is told apart by those objects, which its stamped revision does not have but the
current schema does; the message names the backup to restore.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import text

from secretariat.errors import HalfUpgradedError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from secretariat.db import Database


def check_not_half_upgraded(database: Database, revision: str) -> None:
    """Raise HalfUpgradedError when a SQLite database holds objects of a later schema than
    the revision it is stamped with."""
    from secretariat.db import is_sqlite_file, sqlite_path

    if database.dialect != "sqlite":
        return  # PostgreSQL's DDL was always transactional
    with database.engine.connect() as connection:
        present = schema_objects(connection)
    later = (objects_at("head") - objects_at(revision)) & present
    if not later:
        return
    where = sqlite_path(database.url) if is_sqlite_file(database.url) else None
    raise HalfUpgradedError(database.describe(), revision, sorted(later), where)


def schema_objects(connection: Connection) -> frozenset[str]:
    """The names of a database's tables, indexes and triggers (SQLite's own left out)."""
    rows = connection.execute(
        text("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    ).scalars()
    return frozenset(str(name) for name in rows)


@cache
def objects_at(revision: str) -> frozenset[str]:
    """The schema objects a database has at `revision`: the migrations run into memory."""
    from secretariat.db import Database, make_engine, to_url
    from secretariat.migrations import run_upgrade

    engine = make_engine(to_url("sqlite://"))
    scratch = Database(engine=engine, url=engine.url)
    try:
        run_upgrade(scratch, revision)
        with engine.connect() as connection:
            return schema_objects(connection) - {"alembic_version"}
    finally:
        scratch.close()
