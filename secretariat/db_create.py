"""Creating a database whole or not at all: `init`, `init --demo`, the first start, a restore.

A new SQLite file is built under a temporary `.part` name beside its place (schema, then
whatever fills it: the demo committee, an archive, a copy), folded into one self-contained
file and only then renamed into place. A failure, a cancel, a full disk or a kill -9 leaves no
half-made file under the database's name, which every later command would refuse as "not a
Secretariat database"; what a kill leaves under the `.part` name goes at the next open.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from secretariat.errors import DatabaseError
from secretariat.files import part_path, remove_stale_parts

if TYPE_CHECKING:
    from secretariat.db import Database


@contextmanager
def building(path_or_url: str | Path) -> Iterator[Database]:
    """Open a database to create and fill. A SQLite file that does not exist yet appears at
    its place only when the block completes; an existing file or a server's database is
    opened (and upgraded) as it is, and the block's writes are its own transactions."""
    from secretariat.db import (
        check_sqlite_location,
        is_sqlite_file,
        open_database,
        sqlite_path,
        to_url,
    )

    url = to_url(path_or_url)
    if not is_sqlite_file(url) or sqlite_path(url).exists():
        database = open_database(path_or_url, create=True)
        try:
            yield database
        finally:
            database.close()
        return
    target = sqlite_path(url)
    check_sqlite_location(target, read_only=False, create=True)  # messages name the target
    with _part_for(target) as part:
        database = open_database(part, create=True)
        try:
            yield database
        finally:
            database.close()


def create_empty(target: Path) -> None:
    """An empty database at the newest schema at `target`, which does not exist yet."""
    from secretariat.db import open_database

    with _part_for(target) as part:
        open_database(part, create=True).close()


@contextmanager
def _part_for(target: Path) -> Iterator[Path]:
    from secretariat.db import remove_sqlite_files

    remove_stale_parts(target.parent)
    part = part_path(target)
    try:
        yield part
        _fold_into_one_file(part)
        if target.exists():  # another process created it meanwhile: theirs stays
            raise DatabaseError(f"{target} was created by another program meanwhile")
        part.replace(target)
        _sync_folder(target.parent)
    except (sqlite3.Error, SQLAlchemyError, DatabaseError, OSError) as error:
        remove_sqlite_files(part)  # a full disk, most often
        raise DatabaseError(
            f"could not create {target}: {_detail(error)}; nothing was left"
        ) from error
    except BaseException:
        remove_sqlite_files(part)
        raise


def _detail(error: BaseException) -> str:
    """The driver's or the system's own words, without the temporary file's name."""
    if isinstance(error, DatabaseError) and isinstance(error.__cause__, SQLAlchemyError):
        error = error.__cause__
    if isinstance(error, SQLAlchemyError):
        return str(getattr(error, "orig", None) or error).splitlines()[0]
    if isinstance(error, OSError):
        return str(error.strerror or error)
    return str(error)


def _fold_into_one_file(part: Path) -> None:
    """Move what the WAL holds into the file itself and sync it, so the one rename carries
    everything (a rename that left a -wal behind would leave the last writes there)."""
    connection = sqlite3.connect(part, isolation_level=None)
    try:
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    finally:
        connection.close()
    if str(mode).lower() != "delete" or part.with_name(part.name + "-wal").exists():
        raise DatabaseError(f"could not finish {part}: its journal could not be folded in")
    with part.open("rb") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """The rename itself on the disk (a power cut after it must still find the file)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems (and Windows) do not sync folders
    finally:
        os.close(descriptor)
