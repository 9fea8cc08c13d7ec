"""Many new rows into tables that are empty when the load begins (a committee built from a
workbook): on SQLite their triggers are set aside for the load and their work done once at
the end, set by set, instead of once per row.

The triggers are the exchange log's (a row in `exchange_log` per write, migration 0011) and
the plan search index's (migration 0002). At the end every row of such a table is new, so its
log rows are one INSERT ... SELECT, and the search index is rebuilt from its table; then the
triggers are made again from their own SQL. Everything happens inside the caller's
transaction (SQLite's DDL is transactional, and the transaction is begun explicitly), so a
rollback, a failure or a killed process puts the triggers back with the rows. On PostgreSQL
nothing is set aside. 100,000 status changes: 2.1 s -> 0.8 s.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Column, DateTime, Integer, String, Table, insert
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Connection
from sqlmodel import Session, SQLModel

from secretariat.db import begin_connection_now
from secretariat.services.records import table_of
from secretariat.transfer.json_values import plain_type, to_json
from secretariat.transfer.tables import SEARCH_INDEXES

BULK_TABLES = ("plan", "plan_status_change", "activity")  # the kinds there are many of


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class TriggersAside:
    """Set aside (on entry) and made again (`restore`) in the session's open transaction."""

    def __init__(self, session: Session | Connection, tables: Sequence[str] = BULK_TABLES) -> None:
        self.connection = session.connection() if isinstance(session, Session) else session
        self.tables: list[str] = []
        self.saved: list[tuple[str, str, str]] = []  # (table, trigger, its SQL)
        if self.connection.dialect.name == "sqlite":
            self.tables = [table for table in tables if self._is_empty(table)]

    def _is_empty(self, table: str) -> bool:
        found = self.connection.exec_driver_sql(f"SELECT 1 FROM {quoted(table)} LIMIT 1")
        return found.first() is None

    def set_aside(self) -> None:
        if self.tables:
            # pysqlite begins a transaction only before a DML statement: a DROP TRIGGER
            # issued first would commit on its own, and a kill would leave the table
            # without its triggers (caught by the fault suite's exchange import).
            begin_connection_now(self.connection)
        for table in self.tables:
            triggers = self.connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                (table,),
            ).all()
            for name, sql in triggers:
                self.saved.append((table, name, sql))
                # A name from the schema itself, quoted: DDL, not user data.
                self.connection.exec_driver_sql(f"DROP TRIGGER {quoted(name)}")

    def restore(self) -> None:
        """Do what the triggers would have done for the rows now in the tables, and put the
        triggers back."""
        logged = {table for table, name, _ in self.saved if name == f"{table}_exchange_insert"}
        for table in self.tables:
            if table in logged:
                self.connection.exec_driver_sql(
                    "INSERT INTO exchange_log (table_name, record_id) "
                    f"SELECT ?, id FROM {quoted(table)}",
                    (table,),
                )
                self.connection.exec_driver_sql(
                    "DELETE FROM exchange_deleted WHERE record_id IN "
                    f"(SELECT id FROM {quoted(table)})"
                )
        for _, _, sql in self.saved:
            self.connection.exec_driver_sql(sql)
        for table in self.tables:
            if table in SEARCH_INDEXES and any(saved[0] == table for saved in self.saved):
                search = quoted(SEARCH_INDEXES[table])
                self.connection.exec_driver_sql(
                    f"INSERT INTO {search}({search}) VALUES ('rebuild')"
                )
        self.saved.clear()


class IndexesAside:
    """The tables' secondary indexes, dropped now and made again from their SQL by `restore`
    (in the caller's open transaction: SQLite's DDL is transactional)."""

    def __init__(self, connection: Connection, tables: Sequence[str]) -> None:
        self.connection = connection
        marks = ", ".join("?" for _ in tables)
        self.saved: list[tuple[str, str]] = [
            (name, sql)
            for name, sql in connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                f"AND sql IS NOT NULL AND tbl_name IN ({marks})",
                tuple(tables),
            )
        ]
        for name, _ in self.saved:
            connection.exec_driver_sql(f"DROP INDEX {quoted(name)}")  # a name from the schema

    def restore(self) -> None:
        for _, sql in self.saved:
            self.connection.exec_driver_sql(sql)
        self.saved = []


BATCH = 5000


def insert_rows(session: Session, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
    """New rows into the model's table, in batches (`insert_table_rows`)."""
    insert_table_rows(session.connection(), table_of(model), rows)


def insert_table_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """New rows into a table, in batches. On SQLite, rows that give every column with a
    default go through the driver in SQLite's own forms (the archive's: ids as hex, enums by
    value, dates ISO), converted a column at a time, which skips SQLAlchemy's per-row
    parameter processing (100,000 status changes: ~2.7 s -> ~0.4 s); otherwise through
    SQLAlchemy Core, which fills the defaults in (an author from the session)."""
    if not rows:
        return
    names = list(rows[0])
    if connection.dialect.name != "sqlite" or not _covers_defaults(table, names):
        for start in range(0, len(rows), BATCH):
            connection.execute(insert(table), rows[start : start + BATCH])
        return
    converters = [column_converter(table.c[name]) for name in names]
    values_of = itemgetter(*names)  # each row's values in the statement's order
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        by_column = (
            zip(*map(values_of, batch), strict=True)
            if len(names) > 1
            else [[values_of(row) for row in batch]]
        )
        converted = [
            values if convert is None else [convert(value) for value in values]
            for convert, values in zip(converters, by_column, strict=True)
        ]
        insert_values(connection, table.name, names, list(zip(*converted, strict=True)))


# A version-4 id's fixed bits: the version nibble (4) and the variant (binary 10).
_ID_CLEARED = ~((0xF000 << 64) | (0xC000 << 48))
_ID_SET = (0x4000 << 64) | (0x8000 << 48)


def new_ids(count: int) -> list[str]:
    """`count` new random ids (UUID version 4) in SQLite's stored form, in ascending order.
    Rows given them in that order fill the primary key's index from one end to the other,
    instead of at random pages the page cache has long let go (a million status changes,
    20,000 at a time, with an 8 MB page cache: 6.0 s -> 4.0 s of inserting)."""
    raw = os.urandom(16 * count)
    ids = [
        f"{(int.from_bytes(raw[start : start + 16]) & _ID_CLEARED) | _ID_SET:032x}"
        for start in range(0, 16 * count, 16)
    ]
    ids.sort()
    return ids


def insert_values(
    connection: Connection, table: str, names: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Rows already in SQLite's stored forms (json_values) into a table, through the driver."""
    columns = ", ".join(quoted(name) for name in names)
    marks = ", ".join("?" for _ in names)
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(f"INSERT INTO {quoted(table)} ({columns}) VALUES ({marks})", rows)
    finally:
        cursor.close()


def column_converter(column: Column[Any]) -> Callable[[Any], Any] | None:
    """`to_json` for one column's values, or None where they go in as they are (numbers,
    texts). Converting a column at a time spares a type test per cell (a million status
    changes have eleven million); timestamps repeat (an import stamps every row alike), so
    theirs are remembered."""
    column_type = plain_type(column)
    if isinstance(column_type, (Integer, String, Boolean)) and not isinstance(column_type, SAEnum):
        return None
    if isinstance(column_type, DateTime):
        return lru_cache(maxsize=256)(to_json)
    return to_json


def _covers_defaults(table: Table, names: list[str]) -> bool:
    given = set(names)
    return all(column.default is None or column.name in given for column in table.columns)


_COLLECTIONS = threading.Lock()
_relaxed = 0  # bulk loads under way (the collector's thresholds are the process's)
_COLLECTIONS_BEFORE: list[int] = []  # the thresholds before the first of them


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The cyclic collector run less often during a bulk load. Such a load makes millions of
    objects that live until it ends; the collector, run every 700 allocations, walks them
    again and again (a workbook of 100,000 plans into an empty database: 95 s -> 87 s).
    Nothing is left uncollected: the thresholds come back when the last load ends."""
    global _relaxed
    with _COLLECTIONS:
        _relaxed += 1
        if _relaxed == 1:
            _COLLECTIONS_BEFORE[:] = gc.get_threshold()
            gc.set_threshold(100_000, 50, 1_000)
    try:
        yield
    finally:
        with _COLLECTIONS:
            _relaxed -= 1
            if _relaxed == 0:
                gc.set_threshold(*_COLLECTIONS_BEFORE)


@contextmanager
def page_cache(session: Session | Connection, kib: int) -> Iterator[None]:
    """The SQLite connection's page cache set to `kib` KiB for a while, then put back (on
    PostgreSQL, nothing)."""
    connection = session.connection() if isinstance(session, Session) else session
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        with suppress(Exception):  # a connection lost meanwhile: nothing left to put back
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(before or 0)}")
