"""The one engine factory: database URLs, SQLite pragmas, read-only opening, sessions.

`open_database()` is how everything (command line, app, tests) gets a database: it resolves a
path or URL, refuses a schema newer than this version, backs the file up and upgrades it when
it is older, and hands back a `Database` whose sessions do not expire objects on commit (so
services can return detached records).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool
from sqlmodel import Session, create_engine

from secretariat.access import Role, role_of_current_user
from secretariat.audit import author_of_engine, default_author, set_author
from secretariat.errors import (
    ConflictError,
    DatabaseError,
    ReadOnlyError,
    ServerUnreachableError,
)

BUSY_TIMEOUT_MS = 5000


def to_url(path_or_url: str | Path) -> URL:
    """A SQLAlchemy URL from a file path (SQLite) or a URL such as postgresql+psycopg://..."""
    text = str(path_or_url)
    if "://" in text:
        try:
            return make_url(text)
        except Exception as exc:
            raise DatabaseError(f"not a database URL: {text!r}") from exc
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def is_sqlite_file(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")


def sqlite_path(url: URL) -> Path:
    assert url.database
    return Path(url.database)


# A writer's page cache (SQLite's default is 2 MB). Bulk writes (an import, an exchange file,
# a restore) insert rows under random UUID keys across several indexes each; with the default
# cache nearly every insert reads a page back, and the import runs several times slower. The
# cache grows only as pages are used, so a small database never takes this much.
WRITER_CACHE_KIB = 64 * 1024


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    """Create the engine with the pragmas every connection needs."""
    if url.get_backend_name() == "sqlite":
        return _make_sqlite_engine(url, read_only=read_only)
    engine = create_engine(url, pool_pre_ping=True)
    if read_only:

        @event.listens_for(engine, "connect")
        def _read_only_session(dbapi_connection: Any, _record: Any) -> None:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            dbapi_connection.commit()

    return engine


def _make_sqlite_engine(url: URL, *, read_only: bool) -> Engine:
    if read_only and is_sqlite_file(url):
        path = sqlite_path(url)
        engine = create_engine(
            "sqlite://", creator=lambda: connect_read_only(path), poolclass=NullPool
        )
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        cursor.close()

    return engine


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection SQLite itself keeps from writing (`mode=ro`, whatever the code above it
    does). A WAL database needs its -shm file to be read that way; on read-only storage (a CD,
    a locked USB stick, a read-only share) without one, it is opened `immutable` instead:
    nobody can be writing to it there, and SQLite then needs no -shm and takes no locks."""
    location = f"file:{quote(path.as_posix())}"
    connection = sqlite3.connect(f"{location}?mode=ro", uri=True, check_same_thread=False)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        connection.close()
        if os.access(path.parent, os.W_OK):
            raise  # writable storage: the error is a real one, not the missing -shm
        connection = sqlite3.connect(
            f"{location}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
    return connection


@dataclass
class Database:
    """An open database: its engine, where it is, and whether it may be written."""

    engine: Engine
    url: URL
    read_only: bool = False
    role: Role = Role.OWNER  # what the server lets this user do (access.py)

    @property
    def author(self) -> str:
        """Who this database's writes are recorded as (audit.py)."""
        return author_of_engine(self.engine)

    def set_author(self, name: str) -> None:
        """The name a SQLite database's writes are recorded as (the app's Settings); on
        PostgreSQL the server's user is the author and stays so."""
        if self.dialect != "postgresql" and name.strip():
            set_author(self.engine, name)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short session for reading; never commits."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls everything back on any error."""
        if self.read_only:
            raise self.refusal()
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except StaleDataError:
                session.rollback()  # another writer saved the same version first
                raise ConflictError("record", 0, 0, {}, []) from None
            except (OperationalError, InterfaceError) as error:
                session.rollback()
                if self.dialect == "postgresql" and _lost_server(error):
                    raise ServerUnreachableError(self.describe()) from error
                raise
            except BaseException:
                session.rollback()
                raise

    def refusal(self) -> ReadOnlyError:
        """Why a write is refused: opened read-only, or a reader by the server's grants."""
        if self.role is Role.READER:
            return ReadOnlyError(self.url.username or "you")
        return ReadOnlyError()

    def describe(self) -> str:
        """Where the database is, for status bars and messages (no password)."""
        if is_sqlite_file(self.url):
            return str(sqlite_path(self.url))
        return self.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()


def _lost_server(error: OperationalError | InterfaceError) -> bool:
    """The server went away (a laptop off the office network, a restart), as opposed to an
    error it answered with: those carry an SQLSTATE (a serialisation failure is 40001)."""
    return bool(error.connection_invalidated) or getattr(error.orig, "sqlstate", None) is None


SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def remove_sqlite_files(path: Path) -> None:
    """Remove a SQLite file and the files SQLite keeps beside it (a database this program
    created and could not fill: nothing half-made is left behind)."""
    for suffix in ("", *SQLITE_SIDE_FILES):
        # A folder that is gone or cannot be written has nothing of ours to remove.
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def begin_now(session: Session) -> None:
    """Start the session's transaction at once. Python's sqlite3 begins one only before its
    first write, so a SAVEPOINT issued earlier would open (and its RELEASE commit) a
    transaction of its own; after this, savepoints nest and a rollback undoes everything."""
    begin_connection_now(session.connection())


def begin_connection_now(connection: Connection) -> None:
    """`begin_now` for a connection: on SQLite, BEGIN unless a transaction is open."""
    if connection.dialect.name == "sqlite":
        raw = connection.connection.dbapi_connection
        if raw is not None and not raw.in_transaction:
            connection.exec_driver_sql("BEGIN")


def open_database(
    path_or_url: str | Path,
    *,
    read_only: bool = False,
    create: bool = True,
    migrate: bool = True,
) -> Database:
    """Open (and unless read-only, create and upgrade) a database.

    Raises DatabaseError with a one-line message when the file is missing and `create` is
    false, its folder cannot be written, or its schema is newer than this version of the app.
    """
    url = to_url(path_or_url)
    if is_sqlite_file(url):
        path = sqlite_path(url)
        check_sqlite_location(path, read_only=read_only, create=create)
        if not path.exists() and migrate and not _is_part(path):
            from secretariat.db_create import create_empty

            create_empty(path)  # built beside and renamed: whole, or nothing at all
        elif not read_only:
            from secretariat.files import remove_stale_parts

            remove_stale_parts(path.parent)  # what killed writes left beside it
    engine = make_engine(url, read_only=read_only)
    database = _as_allowed(Database(engine=engine, url=url, read_only=read_only))
    if migrate:
        from secretariat.migrations import upgrade_to_head

        try:
            upgrade_to_head(database)
        except BaseException:
            database.close()
            raise
    return database


def _is_part(path: Path) -> bool:
    from secretariat.files import owner_pid

    return owner_pid(path) is not None


class PasswordRequiredError(DatabaseError):
    """The server asks for a password the URL and ~/.pgpass do not give (or a wrong one)."""

    def __init__(self, url: URL, detail: str) -> None:
        self.url = url
        user = url.username or "you"
        super().__init__(
            f"{url.render_as_string(hide_password=True)}: the server asks {user} for a "
            f"password ({detail.splitlines()[-1]}); put it in ~/.pgpass "
            "(host:port:database:user:password, readable by you only) or run the command in a "
            "terminal to be asked"
        )


def with_password(path_or_url: str, password: str) -> str:
    """The URL with a password, for this process only (never written anywhere)."""
    return to_url(path_or_url).set(password=password).render_as_string(hide_password=False)


def _as_allowed(database: Database) -> Database:
    """The database with its author (audit.py) and, on PostgreSQL, as the server lets its
    user use it: a reader's opens read-only by itself (the server refuses their writes
    whatever the client does), and the author is the server's user."""
    if database.dialect != "postgresql":
        set_author(database.engine, default_author())
        return database
    try:
        with database.engine.connect() as connection:
            role = role_of_current_user(connection)
            user = str(connection.exec_driver_sql("SELECT current_user").scalar())
    except OperationalError as error:
        database.close()
        if "password" in str(error.orig):  # none given, or a wrong one
            raise PasswordRequiredError(database.url, str(error.orig).strip()) from None
        raise
    except BaseException:
        database.close()
        raise
    if role is Role.READER and not database.read_only:
        database.close()
        engine = make_engine(database.url, read_only=True)
        database = Database(engine=engine, url=database.url, read_only=True, role=role)
    database.role = role
    set_author(database.engine, user)
    return database


def open_database_plainly(location: str, *, read_only: bool, create: bool) -> Database:
    """open_database, with a driver's error (a file that is not a database) or the system's
    as one DatabaseError line, for the app to show. A file on read-only storage (a CD, a
    locked USB stick) opens read-only, as if asked: the app says so and offers no edits."""
    url = to_url(location)
    if is_sqlite_file(url) and sqlite_path(url).is_file():
        read_only = read_only or not storage_writable(sqlite_path(url))
    try:
        return open_database(location, read_only=read_only, create=create)
    except SQLAlchemyError as error:
        detail = str(getattr(error, "orig", None) or error).splitlines()[0]
        raise DatabaseError(f"{location}: {detail}") from error
    except OSError as error:
        raise DatabaseError(f"{location}: {error.strerror or error}") from error


def storage_writable(path: Path) -> bool:
    """Whether a SQLite file and its folder (for the -wal and -shm beside it) can be written:
    not on read-only media, not a read-only file."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def check_sqlite_location(path: Path, *, read_only: bool, create: bool) -> None:
    if path.exists():
        if path.is_dir():
            raise DatabaseError(f"{path} is a folder, not a database file")
        if not read_only and not storage_writable(path):
            raise DatabaseError(
                f"{path} is on read-only storage or cannot be written here: open it with "
                "--read-only (nothing was changed)"
            )
        return
    if read_only or not create:
        raise DatabaseError(f"no database at {path} (create one with `secretariat init`)")
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create the folder {folder}: {exc.strerror}") from exc
    probe = folder / f".{path.name}.probe"
    try:
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise DatabaseError(f"cannot write to the folder {folder}: {exc.strerror}") from exc
