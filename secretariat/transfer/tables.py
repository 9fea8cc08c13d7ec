"""Every record of a database as rows of plain values, and those rows loaded into an empty one.

The archive and `secretariat copy` both move whole databases: they read each table in the
record kinds' dependency order (`TABLES`) and write them into a target in one transaction.
A row is a dict of column name -> value; `to_json` / `json_parser` turn a value into what JSON
carries and back, by the column's SQL type, so nothing is lost (ids, timestamps, enums).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    String,
    Table,
    Uuid,
    func,
    insert,
    select,
    type_coerce,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Connection
from sqlalchemy.types import TypeDecorator

from secretariat.errors import SecretariatError
from secretariat.kinds import KINDS
from secretariat.services.records import table_of

BATCH = 2000  # rows per INSERT ... executemany: bounded memory, few round trips


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


def to_json(value: Any) -> Any:
    """A value as JSON carries it: enums by value, timestamps ISO to the microsecond, ids text."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


Convert = Callable[[Any], Any] | None


def _sqlite_uuid(text: str | None) -> str | None:
    # Uuid is stored as 32 hex digits on SQLite; JSON has the usual dashed form.
    if text is None:
        return None
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _sqlite_timestamp(text: str | None) -> str | None:
    # Stored as "YYYY-MM-DD HH:MM:SS.ffffff" in UTC (SQLAlchemy's format, always 6 digits).
    return None if text is None else f"{text[:10]}T{text[11:]}+00:00"


def _sqlite_boolean(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _plain_type(column: Column[Any]) -> Any:
    column_type = column.type
    if isinstance(column_type, TypeDecorator):  # SQLModel's aware UTC timestamps
        return column_type.impl_instance
    return column_type


def _sqlite_reader(column: Column[Any]) -> tuple[Any, Convert]:
    """What to select for a column on SQLite (its stored text, skipping SQLAlchemy's result
    processing) and how that text becomes the JSON value `to_json` would give."""
    column_type = _plain_type(column)
    if isinstance(column_type, Integer | Boolean):
        number = type_coerce(column, Integer).label(column.name)
        return number, _sqlite_boolean if isinstance(column_type, Boolean) else None
    selected = type_coerce(column, String).label(column.name)
    if isinstance(column_type, Uuid):
        return selected, _sqlite_uuid
    if isinstance(column_type, DateTime):
        return selected, _sqlite_timestamp
    return selected, None  # dates, enums and texts are stored as their JSON text


def json_rows(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    """Every row of a table as JSON values, in batches, in primary-key order (streamed)."""
    if connection.dialect.name == "sqlite":
        readers = [_sqlite_reader(column) for column in table.columns]
        query = select(*(selected for selected, _ in readers))
        converters = [convert for _, convert in readers]
    else:
        query = select(table)
        converters = [to_json for _ in table.columns]
    names = [column.name for column in table.columns]
    pairs = [
        (index, name, convert)
        for index, (name, convert) in enumerate(zip(names, converters, strict=True))
    ]
    plain = [(index, name) for index, name, convert in pairs if convert is None]
    converted = [(index, name, convert) for index, name, convert in pairs if convert is not None]
    result = connection.execution_options(stream_results=True, yield_per=BATCH).execute(
        query.order_by(*table.primary_key.columns)
    )
    for partition in result.partitions(BATCH):
        batch = []
        for row in partition:
            record = {name: row[index] for index, name in plain}
            for index, name, convert in converted:
                record[name] = convert(row[index])
            batch.append({name: record[name] for name in names})
        yield batch


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {value!r}")
    return value


def _whole_number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, got {value!r}")
    return value


def _yes_no(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value


def json_parser(column: Column[Any]) -> Callable[[Any], Any]:
    """How a JSON value becomes the column's Python value (ValueError/TypeError when it is not
    one); chosen once per column, since a restore parses millions of values."""
    column_type = _plain_type(column)
    if isinstance(column_type, Uuid):
        return lambda value: uuid.UUID(_text(value))
    if isinstance(column_type, DateTime):
        return lambda value: datetime.fromisoformat(_text(value))
    if isinstance(column_type, Date):
        return lambda value: date.fromisoformat(_text(value))
    if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
        return column_type.enum_class
    if isinstance(column_type, Boolean):
        return _yes_no
    if isinstance(column_type, Integer):
        return _whole_number
    return _text


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
