"""`secretariat --db SRC copy --to DEST`: every record from one database into another, empty one
(SQLite <-> PostgreSQL), read from one snapshot and written in one transaction on the target."""

from __future__ import annotations

from dataclasses import dataclass

from secretariat.db import Database
from secretariat.progress import Progress, Work
from secretariat.transfer.tables import (
    TABLES,
    TableLoader,
    begin_snapshot,
    read_table,
    require_empty,
)

PROGRESS_ROWS = 5000


@dataclass(frozen=True)
class CopySummary:
    source: str
    target: str
    counts: dict[str, int]

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def copy_database(source: Database, target: Database) -> Work[CopySummary]:
    """Copy every record of `source` into the empty `target`; nothing is written on failure."""
    counts: dict[str, int] = {}
    with source.engine.connect() as reading, target.write() as session:
        begin_snapshot(reading)
        writing = session.connection()
        require_empty(writing, target.describe())
        for index, table in enumerate(TABLES):
            loader = TableLoader(writing, table)
            for row in read_table(reading, table):
                loader.add(row)
                if loader.count % PROGRESS_ROWS == 0 and loader.pending == []:
                    yield Progress(index, len(TABLES), f"{table.name}: {loader.count:,}")
            counts[table.name] = loader.finish()
            yield Progress(index + 1, len(TABLES), f"{table.name}: {counts[table.name]:,}")
    return CopySummary(source.describe(), target.describe(), counts)
