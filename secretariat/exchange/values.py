"""Which records travel between sites, and their fields as the exchange compares them.

Every record kind travels except the audit trail (each site keeps its own). A record's
fields are its columns in the archive's JSON form, less what is the database's own
(`version`, `updated_at`) or derived here from other fields (a plan's search text, its status
and status date, which follow its history); a kind with link rows (an MOU's or a meeting's
teams) has them as one more field, `teams`, a sorted list of ids.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Date, DateTime, String, Table, Uuid, select, type_coerce
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Connection

from secretariat.kinds import KINDS, LinkTable
from secretariat.services.records import table_of
from secretariat.transfer.json_values import json_parser, plain_type, to_json

LOCAL_COLUMNS = frozenset({"id", "version", "updated_at", "search_text"})
DERIVED = {"plan": ("status", "status_changed_on")}  # carried for a new plan, then recomputed
APPEND_ONLY = frozenset({"plan_status_change"})  # history only grows: union by id
NOT_EXCHANGED = frozenset({"record_edit"})
TEAMS = "teams"
ID_BATCH = 500  # ids per IN (...) list


@dataclass(frozen=True)
class Exchanged:
    """One exchanged table."""

    table: Table
    fields: tuple[str, ...]  # compared and merged, one by one
    derived: tuple[str, ...] = ()
    link: LinkTable | None = None
    parsers: dict[str, Callable[[Any], Any]] = field(default_factory=dict, compare=False)

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def append_only(self) -> bool:
        return self.name in APPEND_ONLY

    def parse(self, name: str, value: Any) -> Any:
        """A field's JSON value as the column takes it (raises ValueError on a bad one)."""
        if name == TEAMS:
            if not isinstance(value, list):
                raise ValueError(f"expected a list of team ids, not {value!r}")
            return [uuid.UUID(str(item)) for item in value]
        return self.parsers[name](value)


def _exchanged() -> tuple[Exchanged, ...]:
    found = []
    for kind in KINDS:
        table = table_of(kind.model)
        if table.name in NOT_EXCHANGED:
            continue
        derived = DERIVED.get(table.name, ())
        columns = tuple(
            column.name
            for column in table.columns
            if column.name not in LOCAL_COLUMNS and column.name not in derived
        )
        link = kind.links[0] if kind.links else None
        parsers = {name: _parser(table.c[name]) for name in (*columns, *derived)}
        found.append(Exchanged(table, columns + ((TEAMS,) if link else ()), derived, link, parsers))
    return tuple(found)


def _parser(column: Column[Any]) -> Callable[[Any], Any]:
    parse = json_parser(column)
    if not column.nullable:
        return parse
    return lambda value: None if value is None else parse(value)


EXCHANGED: tuple[Exchanged, ...] = _exchanged()
"""Exchanged tables, each after the tables it refers to (the archive's order)."""


def exchanged(name: str) -> Exchanged:
    for table in EXCHANGED:
        if table.name == name:
            return table
    raise KeyError(name)


def canonical(values: dict[str, Any], fields: Sequence[str]) -> str:
    """A record's merged fields as one JSON text, the same for equal records (a base is
    stored so, and hashed so)."""
    chosen = {name: values.get(name) for name in fields}
    return json.dumps(chosen, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest(values: dict[str, Any], fields: Sequence[str]) -> str:
    """A record's merged fields as one hash: equal hashes, equal records."""
    return hashlib.sha256(canonical(values, fields).encode()).hexdigest()


def read_values(
    connection: Connection, table: Exchanged, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any]]:
    """The records of these ids as they are here (JSON forms), those that exist."""
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for start in range(0, len(ids), ID_BATCH):
        found.update(_read_batch(connection, table, ids[start : start + ID_BATCH]))
    return found


def _read_batch(
    connection: Connection, table: Exchanged, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any]]:
    names = [name for name in (*table.fields, *table.derived) if name != TEAMS]
    raw = connection.dialect.name == "sqlite"
    columns = [table.table.c.id, *(_as_stored(table.table.c[name], raw) for name in names)]
    rows = connection.execute(select(*columns).where(table.table.c.id.in_(ids))).all()
    found = {row[0]: dict(zip(names, map(to_json, row[1:]), strict=True)) for row in rows}
    if table.link is not None:
        for values in found.values():
            values[TEAMS] = []
        link = table_of(table.link.model)
        owner, target = link.c[table.link.owner_column], link.c[table.link.target_column]
        for owner_id, team_id in connection.execute(
            select(owner, target).where(owner.in_(list(found))).order_by(owner, target)
        ):
            found[owner_id][TEAMS].append(team_id.hex)
    return found


def _as_stored(column: Column[Any], raw: bool) -> Any:
    """On SQLite a UUID, date, time or enum column is read as the text it is stored as, which
    is its JSON form already (json_values.py): no Python object made and turned back."""
    if raw and isinstance(plain_type(column), (Uuid, Date, DateTime, SAEnum)):
        return type_coerce(column, String).label(column.name)
    return column


def all_ids(connection: Connection, table: Exchanged) -> Iterator[list[uuid.UUID]]:
    """Every id of a table, in batches, in storage order (a full copy reads them all)."""
    result = connection.execution_options(stream_results=True, yield_per=ID_BATCH).execute(
        select(table.table.c.id)
    )
    for partition in result.scalars().partitions(ID_BATCH):
        yield list(partition)
