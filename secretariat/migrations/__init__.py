"""Alembic migrations run from code: back up, refuse a newer schema, upgrade to head.

The command line and the app call `upgrade_to_head()` through `db.open_database()`; nobody
needs an alembic.ini. `HEAD_REVISION` lets a database that is already current open without
importing Alembic at all (a test keeps it equal to Alembic's own head).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import SQLAlchemyError

from secretariat.access import Role, act_as_owners, schema_owners
from secretariat.errors import DatabaseError, SchemaTooNewError
from secretariat.migrations.half_done import check_not_half_upgraded

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

    from secretariat.db import Database

HEAD_REVISION = "0013_exchange_aliases"
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
    if revision is not None:
        check_not_half_upgraded(database, revision)
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
    backup = backup_database(database) if non_empty else None
    try:
        run_upgrade(database, "head")
    except SQLAlchemyError as error:  # a full disk, a lock held too long: all undone
        detail = str(getattr(error, "orig", None) or error).splitlines()[0]
        kept = f" (a backup is at {backup})" if backup else ""
        raise DatabaseError(
            f"could not upgrade {database.describe()}: {detail}; it was left as it was{kept}"
        ) from error


def run_upgrade(database: Database, target: str) -> None:
    """Run the migrations to `target` in one transaction: all of them or none.

    Python's sqlite3 commits before every CREATE, ALTER or DROP on its own, so a migration
    cut short (kill -9, a full disk, a power cut) would stay half-done and stamped with the
    revision before it. On SQLite the driver is told to leave transactions alone
    (`isolation_level = None`) and the transaction is begun here, so SQLite's journal undoes
    everything the upgrade did unless it reached its commit."""
    from alembic import command

    config = alembic_config()
    with database.engine.connect() as connection, _whole_transaction(connection):
        act_as_owners(connection)  # new tables belong to the owners' group, not to one login
        config.attributes["connection"] = connection
        command.upgrade(config, target)


@contextmanager
def _whole_transaction(connection: Connection) -> Iterator[None]:
    raw = connection.connection.dbapi_connection
    if connection.dialect.name != "sqlite" or raw is None:
        with connection.begin():
            yield
        return
    if raw.in_transaction:  # a read the inspector began: end it before driving BEGIN ourselves
        connection.rollback()
    saved = raw.isolation_level
    raw.isolation_level = None
    try:
        with connection.begin():
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock now, not half-way
            yield
    finally:
        raw.isolation_level = saved


def backup_database(database: Database) -> Path | None:
    """Copy a SQLite file to a checked `NAME.YYYYMMDD-HHMMSS.bak` beside it (backups.py)."""
    from secretariat.backups import backup_file
    from secretariat.db import is_sqlite_file, sqlite_path

    if not is_sqlite_file(database.url):
        return None
    return backup_file(sqlite_path(database.url))


def revision_of_file(path: Path) -> str | None:
    """The revision stamped in a SQLite file (None when it has none), read without SQLAlchemy."""
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return None if row is None else str(row[0])
