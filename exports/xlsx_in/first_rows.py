"""The row each staged status change came from, to refuse a later row repeating it.

A million changes are keyed by (plan, date, status), packed into one int. Held as a Python
dict of ints they cost ~100 MB at the peak of a workbook import; as the rows of an in-memory
SQLite table keyed by that int (its rowid), ~20 MB. A chunk of rows is looked up in one query,
and its own changes are kept in a dict until the next chunk.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date
from typing import Any


class FirstRows:
    def __init__(self) -> None:
        self.plans: dict[uuid.UUID, int] = {}
        self.statuses: dict[Any, int] = {}
        self.table = sqlite3.connect(":memory:")
        self.table.execute("CREATE TABLE seen (key INTEGER PRIMARY KEY, row INTEGER NOT NULL)")
        self.earlier: dict[int, int] = {}  # the current chunk's keys seen in earlier chunks
        self.chunk: dict[int, int] = {}  # keys first seen in the current chunk

    def key(self, plan_id: uuid.UUID, changed_on: date | None, status: Any) -> int:
        plan = self.plans.setdefault(plan_id, len(self.plans))
        status_number = self.statuses.setdefault(status, len(self.statuses))
        day = changed_on.toordinal() if changed_on is not None else 0
        return (plan * 4_000_000 + day) * 1_024 + status_number  # ordinals < 3,652,060

    def begin_chunk(self, keys: list[int]) -> None:
        """The previous chunk's first rows stored; the earlier first rows of these keys read."""
        self.table.executemany("INSERT INTO seen VALUES (?, ?)", self.chunk.items())
        self.chunk = {}
        query = "SELECT key, row FROM seen WHERE key IN (SELECT value FROM json_each(?))"
        self.earlier = dict(self.table.execute(query, (json.dumps(keys),)).fetchall())

    def get(self, key: int) -> int | None:
        found = self.chunk.get(key)
        return found if found is not None else self.earlier.get(key)

    def add(self, key: int, row: int) -> None:
        self.chunk[key] = row

    def close(self) -> None:
        self.table.close()
