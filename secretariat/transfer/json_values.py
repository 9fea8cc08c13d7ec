"""The archive's JSON form of every column value, and the fast paths SQLite allows.

Forms (docs/record-kinds.md): ids as 32 lowercase hex digits, timestamps in UTC as
`YYYY-MM-DD HH:MM:SS.ffffff`, dates `YYYY-MM-DD`, enums by value, yes/no as true/false, whole
numbers and texts as they are. These are exactly what SQLite stores for our columns, so on
SQLite the archive's lines are made by SQLite itself (`json_object`) and a checked archive is
inserted as it reads, without converting a value; other databases go through SQLAlchemy's
types (`to_json`, `json_parser`). A parser accepts only the canonical form, so a value it
passed can go into SQLite unchanged.
"""

from __future__ import annotations

import enum
import re
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
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
    case,
    func,
    literal,
    literal_column,
    null,
    select,
    type_coerce,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Connection
from sqlalchemy.types import TypeDecorator

from secretariat.transfer.tables import BATCH

TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
_HEX_ID = re.compile(r"[0-9a-f]{32}")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NONE = type(None)


def to_json(value: Any) -> Any:
    """A value as SQLAlchemy reads it, in the archive's JSON form."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).strftime(TIMESTAMP_FORMAT)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return value.hex
    return value


def plain_type(column: Column[Any]) -> Any:
    column_type = column.type
    if isinstance(column_type, TypeDecorator):  # SQLModel's aware UTC timestamps
        return column_type.impl_instance
    return column_type


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {value!r}")
    return value


def _canonical(pattern: re.Pattern[str], what: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise ValueError(f"expected {what}, got {value!r}")
        return value

    return check


_hex_id = _canonical(_HEX_ID, "an id of 32 lowercase hex digits")
_timestamp = _canonical(_TIMESTAMP, "a UTC time as YYYY-MM-DD HH:MM:SS.ffffff")
_day = _canonical(_DATE, "a date as YYYY-MM-DD")


def _whole_number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, got {value!r}")
    return value


def _yes_no(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value


def _checked_timestamp(value: Any) -> str:
    datetime.fromisoformat(_timestamp(value))  # a real time, not just its shape
    return str(value)


def _checked_day(value: Any) -> str:
    date.fromisoformat(_day(value))
    return str(value)


def _enum_value(enum_type: type[enum.Enum]) -> Callable[[Any], Any]:
    values = frozenset(member.value for member in enum_type)

    def check(value: Any) -> Any:
        if value not in values:
            raise ValueError(f"expected one of {', '.join(sorted(map(str, values)))}")
        return value

    return check


def json_checker(column: Column[Any]) -> Callable[[Any], Any]:
    """Checks a column's JSON value is in its canonical form and returns it unchanged
    (ValueError/TypeError otherwise): what SQLite can take as it is."""
    column_type = plain_type(column)
    if isinstance(column_type, Uuid):
        return _hex_id
    if isinstance(column_type, DateTime):
        return _checked_timestamp
    if isinstance(column_type, Date):
        return _checked_day
    if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
        return _enum_value(column_type.enum_class)
    if isinstance(column_type, Boolean):
        return _yes_no
    if isinstance(column_type, Integer):
        return _whole_number
    return _text


def column_checker(column: Column[Any]) -> Callable[[Sequence[Any]], bool]:
    """Whether every value of one column of a batch of rows passes `json_checker`, tested in
    C loops (map, set, one regular expression over the joined texts) rather than a Python
    call per value; a batch that fails is checked again value by value for the message."""
    column_type = plain_type(column)
    if isinstance(column_type, Uuid):
        return _all_shaped(_HEX_ID, 32)
    if isinstance(column_type, DateTime):
        return _all_shaped(_TIMESTAMP, 26, datetime.fromisoformat)
    if isinstance(column_type, Date):
        return _all_shaped(_DATE, 10, date.fromisoformat)
    if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
        return _all_among(frozenset(member.value for member in column_type.enum_class))
    if isinstance(column_type, Boolean):
        return _all_of_types(bool)
    if isinstance(column_type, Integer):
        return _all_of_types(int)  # a bool's type is bool, not int: refused, as one by one
    return _all_of_types(str)


def _all_among(values: frozenset[Any]) -> Callable[[Sequence[Any]], bool]:
    allowed = values | {None}

    def check(batch: Sequence[Any]) -> bool:
        try:
            return allowed.issuperset(batch)
        except TypeError:  # a list or an object where a value was expected
            return False

    return check


def _all_of_types(kind: type) -> Callable[[Sequence[Any]], bool]:
    allowed = {kind, _NONE}
    return lambda batch: allowed.issuperset(map(type, batch))


def _all_shaped(
    pattern: re.Pattern[str], length: int, real: Callable[[str], Any] | None = None
) -> Callable[[Sequence[Any]], bool]:
    # Every text has the form's length, so the texts joined by newlines fall into
    # (length + 1)-character pieces and one match of the repeated form checks them all.
    joined = re.compile(f"(?:{pattern.pattern}\n)*")
    texts = _all_of_types(str)

    def check(batch: Sequence[Any]) -> bool:
        if not texts(batch):
            return False
        present = [value for value in batch if value is not None]
        if set(map(len, present)) - {length}:
            return False
        if not joined.fullmatch("\n".join(present) + "\n" if present else ""):
            return False
        if real is not None:
            try:
                deque(map(real, present), maxlen=0)  # a real date or time, not just its shape
            except ValueError:
                return False
        return True

    return check


def json_parser(column: Column[Any]) -> Callable[[Any], Any]:
    """How a column's checked JSON value becomes its Python value, for SQLAlchemy."""
    check = json_checker(column)
    column_type = plain_type(column)
    if isinstance(column_type, Uuid):
        return lambda value: uuid.UUID(check(value))
    if isinstance(column_type, DateTime):
        return lambda value: datetime.fromisoformat(check(value)).replace(tzinfo=UTC)
    if isinstance(column_type, Date):
        return lambda value: date.fromisoformat(check(value))
    if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
        enum_class = column_type.enum_class
        return lambda value: enum_class(check(value))
    return check


def json_rows(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    """Every row of a table in JSON form, in batches, in primary-key order (streamed)."""
    names = [column.name for column in table.columns]
    result = connection.execution_options(stream_results=True, yield_per=BATCH).execute(
        select(table).order_by(*table.primary_key.columns)
    )
    for partition in result.partitions(BATCH):
        yield [dict(zip(names, map(to_json, row), strict=True)) for row in partition]


def sqlite_json_value(column: Column[Any]) -> Any:
    if isinstance(plain_type(column), Boolean):  # stored as 0/1
        return case(
            (column.is_(None), null()),
            (type_coerce(column, Integer) != 0, func.json("true")),
            else_=func.json("false"),
        )
    if isinstance(plain_type(column), Integer):
        return column
    return type_coerce(column, String)  # the stored text is the JSON form (see above)


def sqlite_json_lines(connection: Connection, table: Table) -> Iterator[list[str]]:
    """Every row of a table as one JSON text each, made by SQLite (its json_object writes
    what json.dumps(ensure_ascii=False, separators=(",", ":")) writes), in storage order."""
    pairs: list[Any] = []
    for column in table.columns:
        pairs += [literal(column.name, String), sqlite_json_value(column)]
    # Storage (rowid) order: a restore inserts in the archive's order, so an archive of a
    # restored database comes out the same; ordering by the UUID key would cost a lookup per
    # row (twice the time of the whole dump).
    query = select(func.json_object(*pairs)).order_by(literal_column("rowid"))
    result = connection.execution_options(stream_results=True, yield_per=BATCH).execute(query)
    for partition in result.scalars().partitions(BATCH):
        yield list(partition)
