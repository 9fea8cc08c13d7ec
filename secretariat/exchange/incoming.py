"""A file's records as the merge reads them: their ids and values checked, and what of them
this database still holds or has deleted."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from secretariat.exchange.container import VerifiedFile
from secretariat.exchange.keys import ExchangeError
from secretariat.exchange.tables import ExchangeDeleted
from secretariat.exchange.values import EXCHANGED, ID_BATCH, Exchanged
from secretariat.services.records import table_of


def record_id(record: dict[str, Any], table: Exchanged) -> uuid.UUID:
    try:
        return uuid.UUID(hex=str(record["id"]))
    except (KeyError, ValueError):
        raise ExchangeError(
            f"payload line {record['_line']}: {table.name} with id {record.get('id')!r}, "
            "expected a record id (32 hex digits)"
        ) from None


def their_values(record: dict[str, Any], table: Exchanged) -> dict[str, Any] | None:
    """Their values, with the fields the table has (each value is checked by `parse_values`
    unless it is exactly the record we hold)."""
    if record.get("deleted") is True:
        return None
    values = record.get("v")
    expected = {*table.fields, *table.derived}
    if not isinstance(values, dict) or set(values) != expected:
        got = sorted(values) if isinstance(values, dict) else values
        raise ExchangeError(
            f"payload line {record['_line']}: {table.name} fields {got!r}, "
            f"expected {sorted(expected)}"
        )
    return values


def parse_values(
    record: dict[str, Any], table: Exchanged, values: dict[str, Any]
) -> dict[str, Any]:
    """Each of their values checked by parsing it, as the columns take them."""
    row = {}
    for name, value in values.items():
        try:
            row[name] = table.parse(name, value)
        except (ValueError, TypeError) as error:
            raise ExchangeError(
                f"payload line {record['_line']}: {table.name}.{name} = {value!r}: {error}"
            ) from None
    return row


def their_base(record: dict[str, Any]) -> dict[str, Any] | None:
    base = record.get("b")
    return base if isinstance(base, dict) else None


def still_here(connection: Connection, table: Exchanged, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    column = table.table.c.id
    for start in range(0, len(ids), ID_BATCH):
        found.update(
            connection.scalars(select(column).where(column.in_(ids[start : start + ID_BATCH])))
        )
    return found


def deleted_here(connection: Connection, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    deleted = table_of(ExchangeDeleted)
    return set(connection.scalars(select(deleted.c.record_id).where(deleted.c.record_id.in_(ids))))


def batches(checked: VerifiedFile, size: int) -> Iterator[tuple[Exchanged, list[dict[str, Any]]]]:
    """The file's records in batches of one table each, checked to come table by table in
    the exchanged tables' order (a record after those it refers to)."""
    order = {table.name: index for index, table in enumerate(EXCHANGED)}
    current: Exchanged | None = None
    batch: list[dict[str, Any]] = []
    position = 0
    for record in checked.records():
        name = record.get("t")
        if name not in order or order[name] < position:
            raise ExchangeError(
                f"{checked.path}: payload line {record['_line']}: table {name!r} "
                "is not an exchanged table in the expected order"
            )
        if current is not None and (name != current.name or len(batch) >= size):
            yield current, batch
            batch = []
        if current is None or name != current.name:
            position = order[name]
            current = EXCHANGED[position]
        batch.append(record)
    if current is not None and batch:
        yield current, batch
