"""A copy of the database as last committed, taken just before a change a user may regret.

An exchange file from the partner can touch thousands of records at once, so the import takes
a copy before it commits. A SQLite file is copied beside itself
(`NAME.exchange-YYYYMMDD-HHMMSS.bak`, checked as the copy before an upgrade is:
`restore-backup` puts it back). A server database cannot be
copied as a file, and its own backups are the administrator's, not ours; so the user gets an
archive of every record (`import archive` restores it into an empty database) in
`backups/` under the data folder. Both copies read the last commit from a connection of their
own, so the caller's open transaction is in neither. The newest `KEPT` copies are kept;
the copy made before an upgrade, named without the tag, is never removed here.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from pathlib import Path

from secretariat.backups import backup_file, dated_name
from secretariat.db import Database, is_sqlite_file, sqlite_path
from secretariat.paths import data_dir
from secretariat.progress import Work

BACKUPS_FOLDER = "backups"
TAG = "exchange"  # names these copies apart from the one made before an upgrade
KEPT = 10  # the newest copies kept; older ones are removed once a new one is whole


def safety_copy(db: Database, folder: Path | None = None) -> Work[Path | None]:
    """Copy `db` as last committed; returns where (None for an in-memory database)."""
    if is_sqlite_file(db.url):
        source = sqlite_path(db.url)
        copy = backup_file(source, TAG, "bringing the exchange file in")
        _prune(copy.parent.glob(f"{source.name}.{TAG}-*.bak"))
        return copy
    if db.url.get_backend_name() == "sqlite":
        return None  # in memory: nothing outlives the process to be restored into
    from secretariat.transfer.archive import write_archive

    folder = folder or data_dir() / BACKUPS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    prefix = f"{_server_label(db)}.{TAG}-"
    target = dated_name(folder, prefix, ".zip")
    yield from write_archive(db, target)
    _prune(folder.glob(f"{prefix}*.zip"))
    return target


def _prune(copies: Iterable[Path]) -> None:
    """All but the `KEPT` newest (a gigabyte database would fill the disk one import at a
    time); a copy that cannot be removed stays."""
    newest_first = sorted(copies, key=lambda path: path.stat().st_mtime, reverse=True)
    for old in newest_first[KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _server_label(db: Database) -> str:
    """`HOST-DATABASE`, with what a file name cannot hold replaced."""
    label = f"{db.url.host or 'local'}-{db.url.database or 'database'}"
    return re.sub(r"[^A-Za-z0-9._-]+", "_", label)
