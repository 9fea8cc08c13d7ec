"""Whether someone else has written to the database since we last looked, cheaply enough to
ask every time the window comes back to the front.

On a SQLite file: `PRAGMA data_version` on a read-only connection of the watcher's own, which
changes whenever any other connection (another process, another window, this app's own
writers) commits. Elsewhere nothing is watched yet (PostgreSQL's LISTEN/NOTIFY is the plan);
`changed()` then says no.
"""

from __future__ import annotations

import sqlite3

from secretariat.db import Database, is_sqlite_file, sqlite_path


class ChangeWatcher:
    def __init__(self, db: Database) -> None:
        self.connection: sqlite3.Connection | None = None
        if is_sqlite_file(db.url):
            target = f"file:{sqlite_path(db.url).as_posix()}?mode=ro"
            self.connection = sqlite3.connect(target, uri=True, check_same_thread=False)
        self.seen = self._version()

    def _version(self) -> int:
        if self.connection is None:
            return 0
        try:
            return int(self.connection.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:  # the file went away: nothing to say until it is back
            return self.seen

    def changed(self) -> bool:
        """True once for each batch of commits made since the last call."""
        version = self._version()
        changed, self.seen = version != self.seen, version
        return changed

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None
