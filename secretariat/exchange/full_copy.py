"""A full copy's lines made by SQLite itself, as the archive's are (transfer/json_values.py).

The first file for a partner carries every record. When the partner has sent us nothing of a
table yet (no base to leave a record out by) every record's line is the same shape: its table,
id, no `seen`, its values, and who last edited it here. SQLite's `json_object` writes those
lines as `json.dumps(ensure_ascii=False, separators=(",", ":"))` would (the stored forms are
the exchange's JSON forms), ten times faster than reading each record into Python. A table
with link rows (an MOU's teams) goes the general way (`export._lines`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import (
    Select,
    String,
    case,
    func,
    literal,
    literal_column,
    null,
    select,
    type_coerce,
)
from sqlalchemy.engine import Connection

from secretariat.exchange.tables import ExchangeBase
from secretariat.exchange.values import TEAMS, Exchanged
from secretariat.models import RecordEdit
from secretariat.services.records import table_of
from secretariat.transfer.json_values import sqlite_json_value
from secretariat.transfer.tables import BATCH


def made_by_sqlite(connection: Connection, partner: uuid.UUID, table: Exchanged) -> bool:
    """Whether this table's full copy can be written by `sqlite_lines`."""
    if connection.dialect.name != "sqlite" or table.link is not None:
        return False
    base = table_of(ExchangeBase)
    held = select(base.c.record_id).where(
        base.c.site_id == partner, base.c.table_name == table.name
    )
    return connection.scalar(held.limit(1)) is None


def sqlite_lines(connection: Connection, table: Exchanged) -> Iterator[list[str]]:
    """Every record of the table as its line of the file (without the newline)."""
    columns = table.table.c
    pairs: list[Any] = []
    for name in (*table.fields, *table.derived):
        if name != TEAMS:
            pairs += [literal(name, String), sqlite_json_value(columns[name])]
    head = [
        literal("t", String), literal(table.name, String),
        literal("id", String), type_coerce(columns.id, String),
        literal("seen", String), null(),
        literal("v", String), func.json_object(*pairs),
    ]  # fmt: skip
    if table.append_only:  # history entries carry no author of their own (export._lines)
        query = select(func.json_object(*head))
    else:
        by = last_edits().subquery()
        at = type_coerce(by.c.created_at, String)  # as stored: `_iso` writes it out
        line = case(
            (by.c.author.is_(None), func.json_object(*head)),
            else_=func.json_object(
                *head, literal("by", String), by.c.author, literal("at", String), _iso(at)
            ),
        )
        query = select(line).outerjoin(by, by.c.record_id == columns.id)
    query = query.select_from(table.table).order_by(literal_column(f"{table.name}.rowid"))
    result = connection.execution_options(stream_results=True, yield_per=BATCH).execute(query)
    for partition in result.scalars().partitions(BATCH):
        yield list(partition)


def last_edits(ids: list[uuid.UUID] | None = None) -> Select[Any]:
    """Each record's latest edit in the audit trail, (record_id, author, created_at), read
    from the (record_id, created_at) index: of these records, or of all."""
    edit = table_of(RecordEdit)
    latest = select(edit.c.record_id, func.max(edit.c.created_at).label("at"))
    if ids is not None:
        latest = latest.where(edit.c.record_id.in_(ids))
    newest = latest.group_by(edit.c.record_id).subquery()
    return select(edit.c.record_id, edit.c.author, edit.c.created_at).join(
        newest, (edit.c.record_id == newest.c.record_id) & (edit.c.created_at == newest.c.at)
    )


def _iso(stored: Any) -> Any:
    """A stored UTC timestamp (`YYYY-MM-DD HH:MM:SS.ffffff`) as `datetime.isoformat` writes
    it for an aware one (`YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00`)."""
    whole = case((func.substr(stored, 20) == ".000000", func.substr(stored, 1, 19)), else_=stored)
    return type_coerce(func.replace(whole, " ", "T"), String).concat("+00:00")
