"""Conferences and teams made at two sites under one number or code: one record.

Both secretariats prepare the next conference, and each types in "conference 6" (or a new
team "TOU") under an id of its own. People mean one conference, so the exchange makes the two
one record, and every site picks the same id for it: the smaller.
- When a partner's new conference or team has the number or code of one here under a larger
  id, ours moves to their id (`_move`): a copy under the kept id, everything that referred to
  ours pointed at it, ours removed, and the removal kept out of the log (elsewhere it is the
  same record, not a deletion).
- When ours has the smaller id, theirs is read as ours.
Either way the larger id becomes an alias of the kept one (`exchange_alias`), and every record
a file brings is read with its aliases replaced: a plan made there under their conference
before our file arrived names it by the id it had. The fields of the two are then merged like
any record's with no version agreed on, so where they differ (a date, a venue) the review
shows a conflict for a person to settle.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Column, Table, delete, insert, select, update
from sqlalchemy.engine import Connection

from secretariat.exchange.dependants import as_id
from secretariat.exchange.incoming import still_here
from secretariat.exchange.tables import ExchangeAlias, ExchangeBase, ExchangeDeleted, ExchangeLog
from secretariat.exchange.values import EXCHANGED, TEAMS, Exchanged
from secretariat.models import RecordEdit
from secretariat.services.records import table_of

NATURAL_KEYS = {"conference": "number", "team": "code"}


class Aliases:
    """Every id merged into another (old hex -> kept hex), read once per import."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        alias = table_of(ExchangeAlias)
        self.kept: dict[str, str] = {
            old.hex: kept.hex
            for old, kept in connection.execute(select(alias.c.old_id, alias.c.kept_id))
        }

    def add(self, table: str, old: uuid.UUID, kept: uuid.UUID) -> None:
        for earlier, target in list(self.kept.items()):  # an alias of the old id moves on
            if target == old.hex:
                self.kept[earlier] = kept.hex
        self.kept[old.hex] = kept.hex
        alias = table_of(ExchangeAlias)
        self.connection.execute(update(alias).where(alias.c.kept_id == old).values(kept_id=kept))
        self.connection.execute(insert(alias).values(old_id=old, table_name=table, kept_id=kept))

    def translate(self, table: Exchanged, records: Iterable[dict[str, Any]]) -> None:
        """The records as they name merged conferences and teams here (in place)."""
        if not self.kept:
            return
        names = referring_fields(table)
        for record in records:
            if record.get("deleted") is not True:  # a deletion of an old id is no deletion
                record["id"] = self.kept.get(str(record.get("id")), record.get("id"))
            for values in (record.get("v"), record.get("b")):
                if isinstance(values, dict):
                    self._translate_values(values, names)

    def _translate_values(self, values: dict[str, Any], names: list[str]) -> None:
        for name in names:
            value = values.get(name)
            if name == TEAMS and isinstance(value, list):
                values[name] = sorted(self.kept.get(str(item), item) for item in value)
            elif isinstance(value, str):
                values[name] = self.kept.get(value, value)


def merged_ids(connection: Connection, table_name: str) -> set[uuid.UUID]:
    """The records of a table that others were merged into: a file always carries them, as
    a partner whose id for one was not kept has it under that id until the file arrives."""
    if table_name not in NATURAL_KEYS:
        return set()
    alias = table_of(ExchangeAlias)
    query = select(alias.c.kept_id).where(alias.c.table_name == table_name)
    return set(connection.scalars(query))


def referring_fields(table: Exchanged) -> list[str]:
    """The fields of a table that name a conference or a team."""
    names = [
        column.name
        for column in table.table.columns
        if column.name in table.fields
        and any(key.column.table.name in NATURAL_KEYS for key in column.foreign_keys)
    ]
    return [*names, TEAMS] if table.link is not None else names


def settle_clashes(
    connection: Connection, table: Exchanged, batch: list[dict[str, Any]], aliases: Aliases
) -> None:
    """Make each new conference or team of the batch one with ours of the same key."""
    key = NATURAL_KEYS.get(table.name)
    if key is None:
        return
    deleted_there = {str(record.get("id")) for record in batch if record.get("deleted") is True}
    for record in batch:
        values = record.get("v")
        if record.get("deleted") is True or not isinstance(values, dict):
            continue
        theirs = as_id(aliases.kept.get(str(record.get("id")), record.get("id")))
        ours = _holder(connection, table.table, key, values.get(key))
        if theirs is None or ours is None or ours == theirs or ours.hex in deleted_there:
            continue  # new to us, the same record, or ours is going: as any record
        if theirs in still_here(connection, table, [theirs]):
            continue  # both ids are here already: `flush_inserts` says what clashes
        if theirs < ours:
            _move(connection, table.table, key, ours, theirs)
            aliases.add(table.name, ours, theirs)
        else:
            aliases.add(table.name, theirs, ours)


def _holder(connection: Connection, table: Table, key: str, value: Any) -> uuid.UUID | None:
    if value is None:
        return None
    return connection.scalar(select(table.c.id).where(table.c[key] == value))


def _move(connection: Connection, table: Table, key: str, old: uuid.UUID, kept: uuid.UUID) -> None:
    """Our record, and everything naming it, under the kept id instead of the old one."""
    row = dict(connection.execute(select(table).where(table.c.id == old)).mappings().one())
    # The unique number or code is set aside first, so the copy can take it.
    aside: Any = -1 - row[key] if key == "number" else "~" + old.hex[:15]
    connection.execute(update(table).where(table.c.id == old).values({key: aside}))
    connection.execute(insert(table).values({**row, "id": kept}))
    for column in _columns_naming(table):
        connection.execute(update(column.table).where(column == old).values({column.name: kept}))
    connection.execute(delete(table).where(table.c.id == old))
    for bookkeeping in (ExchangeLog, ExchangeDeleted, ExchangeBase):
        kept_out = table_of(bookkeeping)
        connection.execute(delete(kept_out).where(kept_out.c.record_id == old))
    edits = table_of(RecordEdit)  # its history follows it
    connection.execute(update(edits).where(edits.c.record_id == old).values(record_id=kept))


def _columns_naming(target: Table) -> list[Column[Any]]:
    """Every column of the record tables and their link tables that refers to `target`."""
    found: list[Column[Any]] = []
    tables = [exchanged.table for exchanged in EXCHANGED]
    tables += [table_of(exchanged.link.model) for exchanged in EXCHANGED if exchanged.link]
    for table in tables:
        for column in table.columns:
            if any(key.column.table is target for key in column.foreign_keys):
                found.append(column)
    return found
