"""Every record of a database as rows of plain values, and those rows loaded into an empty one.

The archive and `secretariat copy` both move whole databases: they read each table in the
record kinds' dependency order (`TABLES`) and write them into a target in one transaction.
A row is a dict of column name -> value, as SQLAlchemy reads and writes it; the archive's JSON
forms of those values are in json_values.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import (
    Column,
    Table,
    func,
    insert,
    select,
)
from sqlalchemy.engine import Connection

from secretariat.errors import SecretariatError
from secretariat.kinds import KINDS
from secretariat.services.records import table_of

BATCH = 2000  # rows per INSERT ... executemany: bounded memory, few round trips
SEARCH_INDEXES = {"plan": "plan_search"}  # table -> its full-text index (migration 0002)


class TransferError(SecretariatError):
    """A whole-database transfer was refused; nothing was written."""


def _tables() -> tuple[Table, ...]:
    tables: list[Table] = []
    for kind in KINDS:
        tables.append(table_of(kind.model))
        tables.extend(table_of(link.model) for link in kind.links)
    return tuple(tables)


TABLES: tuple[Table, ...] = _tables()
"""Every record table, each after the tables it refers to (a plan's `continues` aside)."""


def table_named(name: str) -> Table:
    for table in TABLES:
        if table.name == name:
            return table
    raise TransferError(f"no table {name!r} in this version's records")


def count_rows(connection: Connection) -> dict[str, int]:
    return {
        table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
        for table in TABLES
    }


def require_empty(connection: Connection, where: str) -> None:
    """Refuse to load into a database that holds records (merging is the exchange's job)."""
    filled = {name: count for name, count in count_rows(connection).items() if count}
    if filled:
        listed = ", ".join(f"{count} {name}" for name, count in filled.items())
        raise TransferError(
            f"{where} already holds records ({listed}); restore or copy into an empty database"
        )


def begin_snapshot(connection: Connection) -> None:
    """Read every table from one snapshot, so the parts agree with each other."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")  # pysqlite starts no transaction for SELECTs
    else:
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")


def read_table(connection: Connection, table: Table) -> Iterator[dict[str, Any]]:
    """Every row of a table in a stable order, streamed (bounded memory at any size)."""
    order = list(table.primary_key.columns)
    result = connection.execution_options(stream_results=True, yield_per=BATCH).execute(
        select(table).order_by(*order)
    )
    for row in result.mappings():
        yield dict(row)


def self_references(table: Table) -> list[Column[Any]]:
    """Columns of a table that refer to the same table (a plan's `continues`)."""
    return [
        foreign_key.parent
        for foreign_key in table.foreign_keys
        if foreign_key.column.table is table
    ]


class TableLoader:
    """Inserts one table's rows in batches; a row referring to a row of its own table that is
    not in yet goes in without that reference, set once the whole table is in."""

    def __init__(self, connection: Connection, table: Table) -> None:
        self.connection = connection
        self.table = table
        self.loops = [column.name for column in self_references(table)]
        self.seen: set[Any] = set()
        self.pending: list[dict[str, Any]] = []
        # (id, values) to set once the table is in; `updated_at` restated, or the column's
        # onupdate would stamp the time of the restore over the record's own.
        self.later: list[tuple[Any, dict[str, Any]]] = []
        self.count = 0

    def add(self, row: dict[str, Any]) -> None:
        for name in self.loops:
            target = row.get(name)
            if target is not None and target not in self.seen:
                self.later.append((row["id"], {name: target, "updated_at": row["updated_at"]}))
                row = {**row, name: None}
        if self.loops:
            self.seen.add(row["id"])
        self.pending.append(row)
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.connection.execute(insert(self.table), self.pending)
            self.count += len(self.pending)
            self.pending = []

    def finish(self) -> int:
        self.flush()
        for record_id, values in self.later:
            id_column = self.table.c["id"]
            self.connection.execute(
                self.table.update().where(id_column == record_id).values(values)
            )
        return self.count


def load_rows(connection: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> int:
    loader = TableLoader(connection, table)
    for row in rows:
        loader.add(row)
    return loader.finish()
