"""Alembic migrations run from code: back up, refuse a newer schema, upgrade to head.

The command line and the app call `upgrade_to_head()` through `db.open_database()`; nobody
needs an alembic.ini. `HEAD_REVISION` lets a database that is already current open without
importing Alembic at all (a test keeps it equal to Alembic's own head).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from secretariat.access import Role, act_as_owners, schema_owners
from secretariat.errors import DatabaseError, SchemaTooNewError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

    from secretariat.db import Database

HEAD_REVISION = "0012_meeting_agenda"
MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None for a database without our tables."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def has_tables(connection: Connection) -> bool:
    return bool(inspect(connection).get_table_names())


def upgrade_to_head(database: Database) -> None:
    """Bring the database to the newest schema, backing up a non-empty SQLite file first."""
    with database.engine.connect() as connection:
        revision = current_revision(connection)
        non_empty = has_tables(connection)
    if revision == HEAD_REVISION:
        return
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNewError(
            f"{database.describe()} was written by a newer version of Secretariat "
            f"(schema {revision}); update the app to open it. The file was not changed."
        )
    if revision is None and non_empty:
        raise DatabaseError(f"{database.describe()} is not a Secretariat database")
    if database.role is not Role.OWNER:
        with database.engine.connect() as connection:
            owner = " or ".join(schema_owners(connection)) or "its owner"
        raise DatabaseError(
            f"{database.describe()} needs an upgrade to this version's schema (it is at "
            f"{revision or 'no schema yet'}); ask {owner} to run `secretariat --db URL init` "
            "with this version. Nothing was written."
        )
    if database.read_only:
        raise DatabaseError(
            f"{database.describe()} needs an upgrade to this version's schema; "
            "open it once without --read-only"
        )
    if non_empty:
        backup_database(database)
    run_upgrade(database, "head")


def run_upgrade(database: Database, target: str) -> None:
    from alembic import command

    config = alembic_config()
    with database.engine.begin() as connection:
        act_as_owners(connection)  # new tables belong to the owners' group, not to one login
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def backup_database(database: Database) -> Path | None:
    """Copy a SQLite file to `NAME.YYYYMMDD-HHMMSS.bak` beside it (consistent, WAL included)."""
    from secretariat.db import is_sqlite_file, sqlite_path

    if not is_sqlite_file(database.url):
        return None
    source = sqlite_path(database.url)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.name}.{stamp}.bak")
    counter = 1
    while target.exists():
        counter += 1
        target = source.with_name(f"{source.name}.{stamp}-{counter}.bak")
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
    except (OSError, sqlite3.Error) as exc:
        target.unlink(missing_ok=True)
        raise DatabaseError(f"could not back up {source} before upgrading it: {exc}") from exc
    dst.close()
    src.close()
    return target
