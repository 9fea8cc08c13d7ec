"""Whether someone else has written to the database since we last looked.

- A SQLite file: `PRAGMA data_version` on a read-only connection of the watcher's own, which
  changes whenever any other connection (another process, another window, this app's own
  writers) commits. Cheap enough to ask whenever the window comes to the front.
- PostgreSQL: a thread of the watcher's own LISTENs on `secretariat_changes`, which every
  statement writing a record table notifies (migration 0010); a notice sets a flag that
  `changed()` reads, so asking never waits on the network. Notices sent while the connection
  was lost are gone, so a reconnect counts as a change (everything is read again).
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

from secretariat.db import Database, is_sqlite_file, sqlite_path

CHANNEL = "secretariat_changes"
RETRY_SECONDS = 5.0  # between attempts to reach a server that went away
POLL_SECONDS = 0.5  # how long the listener waits for a notice before looking at `stopping`


class ChangeWatcher:
    def __init__(self, db: Database) -> None:
        self.connection: sqlite3.Connection | None = None
        self.listener: _Listener | None = None
        if is_sqlite_file(db.url):
            target = f"file:{sqlite_path(db.url).as_posix()}?mode=ro"
            self.connection = sqlite3.connect(target, uri=True, check_same_thread=False)
        elif db.dialect == "postgresql":
            arguments = db.url.translate_connect_args(username="user")
            arguments.update({k: v for k, v in db.url.query.items() if isinstance(v, str)})
            self.listener = _Listener(arguments)
            self.listener.start()
        self.seen = self._version()

    @property
    def polls(self) -> bool:
        """Whether changes arrive on their own (worth asking often), not only on a look."""
        return self.listener is not None

    def _version(self) -> int:
        if self.connection is None:
            return 0
        try:
            return int(self.connection.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:  # the file went away: nothing to say until it is back
            return self.seen

    def reachable(self) -> bool | None:
        """On a server: whether it answers now (None until it first has); elsewhere None."""
        if self.listener is None or not self.listener.reached.is_set():
            return None
        return self.listener.connected.is_set()

    def changed(self) -> bool:
        """True once for each batch of commits made since the last call."""
        if self.listener is not None:
            return self.listener.take()
        version = self._version()
        changed, self.seen = version != self.seen, version
        return changed

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        if self.listener is not None:
            self.listener.stop()
            self.listener = None


class _Listener(threading.Thread):
    def __init__(self, connect_args: dict[str, Any]) -> None:
        super().__init__(name="change-listener", daemon=True)
        self.connect_args = {"dbname": connect_args.pop("database", None), **connect_args}
        self.pending = threading.Event()
        self.stopping = threading.Event()
        self.connected = threading.Event()
        self.reached = threading.Event()  # once connected at all
        self.backend_pid = 0

    def take(self) -> bool:
        if self.pending.is_set():
            self.pending.clear()
            return True
        return False

    def run(self) -> None:
        import psycopg

        reached_before = False
        while not self.stopping.is_set():
            try:
                with psycopg.connect(**self.connect_args, autocommit=True, connect_timeout=3) as c:
                    c.execute(f"LISTEN {CHANNEL}")
                    self.backend_pid = c.info.backend_pid
                    self.connected.set()
                    self.reached.set()
                    if reached_before:
                        self.pending.set()  # what was said while away is lost: read all again
                    reached_before = True
                    while not self.stopping.is_set():
                        for _notice in c.notifies(timeout=POLL_SECONDS):
                            self.pending.set()
            except psycopg.Error:
                self.connected.clear()
                self.stopping.wait(RETRY_SECONDS)

    def stop(self) -> None:
        self.stopping.set()
        self.join(timeout=POLL_SECONDS * 4)
