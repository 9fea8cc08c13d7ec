"""Backups of a SQLite database before an upgrade, checked before they are trusted, and
`restore-backup`, which puts one back.

A backup is written under a temporary name and renamed to `NAME.YYYYMMDD-HHMMSS.bak` only
once SQLite's integrity check passes and it holds the same tables with the same numbers of
rows as the database it was copied from (read in one snapshot). A backup cut short (a full
disk, a kill) is never left under a `.bak` name that looks valid.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from secretariat.errors import DatabaseError
from secretariat.files import discard, part_path, remove_stale_parts

Counts = dict[str, int]
SIDE_FILES = ("-journal", "-wal", "-shm")


def backup_file(source: Path, tag: str = "", purpose: str = "upgrading it") -> Path:
    """Copy `source` to a new, checked `.bak` beside it and return its path. `tag` names
    the kind of copy (`NAME.TAG-DATE.bak`: an exchange import's, which are pruned); the
    `purpose` is said if the copy fails."""
    remove_stale_parts(source.parent)
    prefix = f"{source.name}.{tag}-" if tag else f"{source.name}."
    target = dated_name(source.parent, prefix, ".bak")
    part = part_path(target)
    try:
        expected = _copy_in_one_snapshot(source, part)
        found = table_counts(part)
        if found != expected:
            raise DatabaseError(f"the copy differs from {source} ({_difference(expected, found)})")
        _sync(part)
        part.replace(target)
    except (OSError, sqlite3.Error, DatabaseError) as error:
        _discard_sqlite(part)
        detail = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise DatabaseError(
            f"could not back up {source} before {purpose} ({detail}); nothing was changed"
        ) from error
    except BaseException:
        _discard_sqlite(part)
        raise
    return target


def dated_name(folder: Path, prefix: str, suffix: str) -> Path:
    """`PREFIX` `YYYYMMDD-HHMMSS` `SUFFIX` in `folder`, numbered `-2`, `-3`... when a copy
    of the same second is there already."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{prefix}{stamp}{suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{prefix}{stamp}-{counter}{suffix}"
    return target


def _copy_in_one_snapshot(source: Path, target: Path) -> Counts:
    """SQLite's online backup of `source` into `target`, and the row counts of the very
    snapshot copied (another process may write meanwhile: its commit is in neither)."""
    src = sqlite3.connect(source, isolation_level=None)
    dst = sqlite3.connect(target, isolation_level=None)
    try:
        src.execute("BEGIN")  # one read snapshot for the counts and the copy
        counts = _counts(src)
        src.backup(dst)  # all pages in one step, inside the snapshot
        src.execute("COMMIT")
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside
    finally:
        dst.close()
        src.close()
    return counts


def table_counts(path: Path) -> Counts:
    """Every table of a database file with its number of rows, after SQLite's integrity
    check; raises DatabaseError when the check fails."""
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise DatabaseError(f"{path} is damaged ({result[0][0]})")
        return _counts(connection)
    finally:
        connection.close()


def _counts(connection: sqlite3.Connection) -> Counts:
    names = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    quoted = {name: '"' + name.replace('"', '""') + '"' for name in names}
    return {
        name: int(connection.execute(f"SELECT count(*) FROM {quoted[name]}").fetchone()[0])
        for name in names
    }


def _difference(expected: Counts, found: Counts) -> str:
    missing = sorted(set(expected) - set(found))
    if missing:
        return f"tables missing: {', '.join(missing[:5])}"
    changed = [name for name in expected if expected[name] != found.get(name)]
    return f"rows differ in {', '.join(changed[:5])}" if changed else "extra tables"


def _sync(path: Path) -> None:
    """On the disk before the rename that makes it the backup (a power cut after the rename
    must not find an empty file under the backup's name)."""
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _discard_sqlite(path: Path) -> None:
    discard(path, *(path.with_name(path.name + suffix) for suffix in SIDE_FILES))


def backups_of(database: Path) -> list[Path]:
    """The backups beside a database file, newest first."""
    found = database.parent.glob(f"{database.name}.*.bak")
    return sorted(found, key=lambda path: path.stat().st_mtime, reverse=True)


def restore_backup(database: Path, backup: Path) -> Path | None:
    """Put `backup` in place of `database`; returns where the replaced file was kept (None
    when there was none). The backup is checked first; the database file is replaced in one
    rename, so a kill leaves either the old file or the restored one."""
    from secretariat.migrations import revision_of_file

    counts = table_counts(backup)
    if "alembic_version" not in counts or revision_of_file(backup) is None:
        raise DatabaseError(f"{backup} is not a backup of a Secretariat database")
    remove_stale_parts(database.parent)
    part = part_path(database)
    try:
        src = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True)
        dst = sqlite3.connect(part)
        with contextlib.closing(src), contextlib.closing(dst):
            src.backup(dst)
        if table_counts(part) != counts:
            raise DatabaseError(f"the copy of {backup} differs from it")
        _sync(part)
        kept = _keep_replaced(database) if database.exists() else None
        part.replace(database)
    except BaseException:
        _discard_sqlite(part)
        raise
    return kept


def _keep_replaced(database: Path) -> Path:
    """Fold the database's WAL into it (refused while another program has it open) and keep
    a copy of it as `NAME.replaced-STAMP`: a restore loses nothing either."""
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA busy_timeout = 2000")
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.Error as error:
        raise DatabaseError(
            f"{database} is in use ({error}): close the app and try again"
        ) from error
    finally:
        connection.close()
    if str(mode).lower() != "delete" or any(
        database.with_name(database.name + suffix).exists() for suffix in ("-wal",)
    ):
        raise DatabaseError(f"{database} is in use: close the app and try again")
    kept = dated_name(database.parent, f"{database.name}.replaced-", "")
    try:
        os.link(database, kept)  # the same file under a second name: no copy, no space
    except OSError:
        shutil.copy2(database, kept)  # a file system without hard links (a FAT stick)
    return kept
