"""Records that belong to another (a plan's history entries): they go and come back with it.

A plan deleted here while its history grew there is a plan deleted on one side and edited on
the other: a conflict, although the plan's own fields did not change (`grown_under`). An
entry whose plan is not here, and will not come back, is left out (`orphans`).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from secretariat.exchange.container import VerifiedFile
from secretariat.exchange.tables import ExchangeDeleted
from secretariat.exchange.values import Exchanged, exchanged
from secretariat.services.records import table_of


def cascade_parents(table: Exchanged) -> list[tuple[str, str]]:
    """(column, table) of the records whose deletion deletes this one."""
    return _cascade_parents(table.name)


@functools.cache  # asked for every record of an import or export
def _cascade_parents(name: str) -> list[tuple[str, str]]:
    return [
        (key.parent.name, key.column.table.name)
        for key in exchanged(name).table.foreign_keys
        if (key.ondelete or "").upper() == "CASCADE"
    ]


def grown_under(connection: Connection, checked: VerifiedFile) -> set[uuid.UUID]:
    """Records deleted here to which the file adds dependants (read only when something was
    deleted here: a first full exchange skips this pass)."""
    deleted_table = table_of(ExchangeDeleted)
    deleted = set(connection.scalars(select(deleted_table.c.record_id)))
    if not deleted:
        return set()
    grown: set[uuid.UUID] = set()
    for record in checked.records():
        values = record.get("v")
        if not isinstance(values, dict):
            continue
        for name, _parent in cascade_parents(exchanged(str(record.get("t")))):
            parent = as_id(values.get(name))
            if parent is not None and parent in deleted:
                grown.add(parent)
    return grown


def orphans(
    connection: Connection, table: Exchanged, batch: Iterable[dict[str, Any] | None]
) -> set[uuid.UUID]:
    """Parent ids this batch refers to that are not in the database."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for values in batch:
        if values is None:
            continue
        for name, parent in cascade_parents(table):
            target = as_id(values.get(name))
            if target is not None:
                wanted.setdefault(parent, set()).add(target)
    missing: set[uuid.UUID] = set()
    for parent, ids in wanted.items():
        parent_table = exchanged(parent).table
        present = set(
            connection.scalars(select(parent_table.c.id).where(parent_table.c.id.in_(ids)))
        )
        missing |= ids - present
    return missing


def parent_missing(table: Exchanged, values: dict[str, Any], missing: set[uuid.UUID]) -> bool:
    return any(as_id(values.get(name)) in missing for name, _parent in cascade_parents(table))


def as_id(value: Any) -> uuid.UUID | None:
    """A record id as a JSON value names it, or None (none, or not an id)."""
    try:
        return uuid.UUID(hex=str(value)) if value else None
    except ValueError:
        return None
