"""Reading record lists the way the app's tables read them: the ordered ids a filter lets
through, then the rows of a block of those ids, as plain mappings.

A `RecordList` says how one kind is listed (its ids query for a filter, its rows query for a
block of ids, the orders it can be sorted by); the kinds' lists are in `list_queries`, the
Plans list in `plan_list`. Every call opens one short session and returns plain data.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from secretariat.db import Database

log = logging.getLogger(__name__)

F = TypeVar("F")
T = TypeVar("T")

Row = Mapping[Any, Any]
"""One record as a list shows it: column name -> value (a stub `{"id": key}` when the record
was deleted since its id was read). SQLAlchemy's row mappings, as they come: no copy."""


@dataclass(frozen=True)
class ListSort:
    """A list's order: one of the kind's sort keys first (None: only its default order)."""

    key: str | None = None
    descending: bool = False


@dataclass(frozen=True)
class RecordList(Generic[F]):
    """How one kind's records are listed. `ids_query(filter, dialect)` selects one column,
    the key the list holds; `rows_query(keys, dialect)` selects the rows of those records,
    with that key labelled `id`; `sorts` are the SQL each sort key orders by."""

    ids_query: Callable[[F, str], Select[Any]]
    rows_query: Callable[[Sequence[Any], str], Select[Any]]
    sorts: Mapping[str, Any]
    default_order: tuple[Any, ...]

    def order(self, sort: ListSort) -> list[Any]:
        """ORDER BY for a sort: its key's expression, then the default order."""
        ordering = list(self.default_order)
        if sort.key is not None:
            expression = self.sorts[sort.key]
            ordering.insert(0, expression.desc() if sort.descending else expression.asc())
        return ordering

    def ordered_ids_query(self, list_filter: F, dialect: str, sort: ListSort) -> Select[Any]:
        query = self.ids_query(list_filter, dialect)
        return query.order_by(None).order_by(*self.order(sort))

    def ids(self, db: Database, list_filter: F, sort: ListSort = ListSort()) -> tuple[Any, ...]:
        """The keys of the records the filter lets through, in the sort's order."""
        query = self.ordered_ids_query(list_filter, db.dialect, sort)
        with db.read() as session:
            return tuple(session.scalars(query))

    def rows(self, db: Database, keys: Sequence[Any]) -> list[Row]:
        """The rows of these records, in this order (see `read_rows`)."""
        with db.read() as session:
            return read_rows(session.connection(), self.rows_query(keys, db.dialect), keys)

    def count(self, db: Database, list_filter: F) -> int:
        """How many records the filter lets through."""
        query = self.ids_query(list_filter, db.dialect).order_by(None)
        with db.read() as session:
            counted = select(func.count()).select_from(query.subquery())
            return int(session.scalar(counted) or 0)


def read_rows(connection: Connection, query: Select[Any], wanted: Sequence[Any]) -> list[Row]:
    """The rows `query` selects for the ids `wanted`, in that order; a record deleted
    meanwhile is a stub holding only its id, so positions stay stable."""
    # Plain rows through the connection: the ORM's result machinery took ~4× as long for
    # these column selects (23 ms -> 6 ms a block of plans at 100,000).
    found: dict[Any, Row] = {row["id"]: row for row in connection.execute(query).mappings()}
    rows = [found[key] for key in wanted if key in found]
    if len(rows) != len(wanted):
        rows = [found.get(key) or {"id": key} for key in wanted]
    return rows


def stored_key(attribute: Any, dialect: str) -> Any:
    """An id column as a list holds it: as stored (32 hex digits) on SQLite, else the UUID.
    Turning 200,000 ids into UUID objects costs more than the query that reads them."""
    return type_coerce(attribute, String) if dialect == "sqlite" else attribute


def key_to_id(key: Any) -> uuid.UUID:
    """The record id of a key held as `stored_key` reads it."""
    return key if isinstance(key, uuid.UUID) else uuid.UUID(hex=str(key))


def key_of(dialect: str, record_id: uuid.UUID) -> Any:
    """The key a list holds for a record id (as `stored_key` reads it)."""
    return record_id.hex if dialect == "sqlite" else record_id


def read_ahead(read: Callable[[], T]) -> T | None:
    """What `read` returns, or None when the database fails it: reading ahead is only a head
    start (the list reads the rows again when it needs them), so the failure is logged."""
    try:
        return read()
    except SQLAlchemyError:
        log.warning("reading rows ahead failed", exc_info=True)
        return None
