"""Restoring an archive into SQLite the way sqlite3 loads its own dump, in one pass.

The archive's forms are SQLite's own (json_values.py), so checked values go in unchanged,
through the driver. What makes a dump load fast is done here too, inside the one transaction
(SQLite's DDL is transactional, and the transaction is begun explicitly, so a rollback puts
everything back): the tables' secondary indexes and triggers are dropped and made again once
a table is in (one sort instead of a b-tree walk per row), the search index is rebuilt once,
and foreign keys are checked once at the end (`PRAGMA foreign_key_check`) rather than per
row, which also lets a plan come before the plan it continues.

Nothing is committed until every part has been read, hashed, counted and checked and every
reference found; a failure or a cancel at any point rolls the whole restore back.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection

from secretariat.db import Database
from secretariat.progress import Progress, Work
from secretariat.transfer.archive_check import Part, PartBatches
from secretariat.transfer.tables import SEARCH_INDEXES, TransferError, require_empty, table_named

CACHE_KIB = 131072  # page cache while restoring (SQLite's default is 2 MiB)


def restore_into_sqlite(
    db: Database, archive: zipfile.ZipFile, parts: list[Part], path: Path
) -> Work[None]:
    """Every part of a checked manifest into an empty SQLite database, or nothing."""
    if db.read_only:
        raise db.refusal()
    total = sum(part.records for part in parts) or 1
    done = 0
    with db.engine.connect() as connection, _bulk_transaction(connection) as cursor:
        require_empty(connection, db.describe())
        with _SchemaAside(cursor, {table_named(part.table) for part in parts}) as schema:
            inserts = {part.table: _insert_sql(connection, part.table) for part in parts}
            for part, batch in _checked_batches(archive, parts, path):
                if batch is None:
                    schema.restore(part.table)
                    continue
                cursor.executemany(inserts[part.table], batch)
                done += len(batch)
                yield Progress(min(done, total), total, f"restoring {part.table}")
        _check_references(cursor, path)


@contextmanager
def _bulk_transaction(connection: Connection) -> Iterator[Any]:
    """A raw cursor in one explicit transaction with foreign keys off (they can be switched
    only outside a transaction) and a larger cache; commits on success, else rolls back, and
    gives the connection back as it was."""
    raw = connection.connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()
    cache = cursor.execute("PRAGMA cache_size").fetchone()[0]
    cursor.execute("PRAGMA foreign_keys = OFF")
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        cursor.execute("BEGIN IMMEDIATE")
        try:
            yield cursor
            raw.commit()
        except BaseException:
            raw.rollback()
            raise
    finally:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA cache_size = {int(cache)}")
        cursor.close()


def _insert_sql(connection: Connection, name: str) -> str:
    table: Table = table_named(name)
    return str(insert(table).compile(dialect=connection.dialect))


class _SchemaAside:
    """The secondary indexes and triggers of the tables being loaded, dropped while their
    rows go in and made again from their own SQL as each table is done; search indexes are
    rebuilt from their table then."""

    def __init__(self, cursor: Any, tables: set[Table]) -> None:
        self.cursor = cursor
        names = sorted(table.name for table in tables)
        marks = ", ".join("?" for _ in names)
        self.saved: dict[str, list[tuple[str, str, str]]] = {name: [] for name in names}
        for kind, name, table, sql in cursor.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            f"WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ({marks})",
            names,
        ).fetchall():
            self.saved[table].append((kind, name, sql))

    def __enter__(self) -> _SchemaAside:
        for entries in self.saved.values():
            for kind, name, _ in entries:
                # Names from the schema itself, quoted; the statement is DDL, not user data.
                self.cursor.execute(f'DROP {kind.upper()} "{name.replace(chr(34), chr(34) * 2)}"')
        return self

    def restore(self, table: str) -> None:
        for _, _, sql in self.saved.pop(table, []):
            self.cursor.execute(sql)
        if table in SEARCH_INDEXES:
            search = SEARCH_INDEXES[table]
            self.cursor.execute(f'INSERT INTO "{search}"("{search}") VALUES (\'rebuild\')')

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            for table in list(self.saved):
                self.restore(table)


def _checked_batches(
    archive: zipfile.ZipFile, parts: list[Part], path: Path
) -> Iterator[tuple[Part, list[tuple[Any, ...]] | None]]:
    """The parts' checked batches in order; (part, None) ends a part. (Read on a thread of
    their own, the batches came slower: the writer waited for the interpreter at every row.)"""
    for part in parts:
        for batch in PartBatches(archive, part, path):
            yield part, batch
        yield part, None


def _check_references(cursor: Any, path: Path) -> None:
    broken = cursor.execute("PRAGMA foreign_key_check").fetchall()
    if not broken:
        return
    table, _, target, key = broken[0]
    column = next(
        row[3]  # (id, seq, table, from, to, ...)
        for row in cursor.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
        if row[0] == key
    )
    count = sum(1 for row in broken if row[0] == table and row[3] == key)
    raise TransferError(
        f"{path}: {count} records refer through {column!r} to a {target} that is not in the archive"
    )
