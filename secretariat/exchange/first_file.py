"""A first full file into an empty SQLite database, loaded the way a restore is
(transfer/sqlite_restore.py) rather than merged record by record.

With nothing here there is nothing to merge: every record of the file is new, no conflict can
arise, and the partner's version of each record becomes its base. So the records' values are
checked a column of a batch at a time and go in as they came (the file's JSON forms are
SQLite's stored forms, json_values.py), through the driver; the big tables' secondary
indexes and triggers are set aside and made again once at the end (one sort instead of a
b-tree walk per row); foreign keys are checked at commit (a plan may come before the plan it
continues); and the bases are made at the end by SQLite from the rows themselves, in key
order: `json_object` over the sorted fields writes exactly `values.canonical`, and the hash
is taken by Python's hashlib through a registered function. Everything happens in the
import's one transaction, so a failure, a cancel or a kill leaves the database empty.

What the general way does for a record this way does too: a tombstone becomes a base saying
"deleted", a history entry whose plan the file does not hold is left out (its base kept),
and the exchange log and the search index get their rows (bulk_load.TriggersAside).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import String, func, literal, select, type_coerce
from sqlalchemy.engine import Connection

from secretariat.bulk_load import IndexesAside, TriggersAside, column_converter, quoted
from secretariat.db import begin_connection_now
from secretariat.exchange import incoming
from secretariat.exchange.container import VerifiedFile
from secretariat.exchange.dependants import cascade_parents
from secretariat.exchange.keys import ExchangeError
from secretariat.exchange.tables import ExchangeAlias, ExchangeBase, ExchangeDeleted
from secretariat.exchange.values import EXCHANGED, TEAMS, Exchanged
from secretariat.exchange.writes import base_of
from secretariat.progress import Progress, Work
from secretariat.services.records import table_of
from secretariat.text import search_text
from secretariat.transfer.json_values import column_checker, json_checker, sqlite_json_value

BATCH = 5000
SHA256 = "secretariat_sha256"  # the registered function's name
LEFT_OUT = "left out with their deleted record"


def applies(connection: Connection) -> bool:
    """An SQLite database holding no record, no deletion and no alias yet."""
    if connection.dialect.name != "sqlite":
        return False
    local = [table_of(model) for model in (ExchangeBase, ExchangeDeleted, ExchangeAlias)]
    for table in [*(kind.table for kind in EXCHANGED), *local]:
        if connection.execute(select(literal(1)).select_from(table).limit(1)).first():
            return False
    return True


def load_first_file(
    connection: Connection,
    checked: VerifiedFile,
    partner: uuid.UUID,
    counts: Callable[[str, int], None],
    now: Any,
) -> Work[None]:
    """Every record of the file in; `counts(what, n)` is told what became of them."""
    begin_connection_now(connection)  # before any DDL: it is part of the transaction
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # until the commit
    names = [table.name for table in EXCHANGED]
    triggers = TriggersAside(connection, names)
    triggers.set_aside()
    indexes = IndexesAside(connection, names)
    loader = _Loader(connection, partner, now)
    done = 0
    for table, batch in incoming.batches(checked, BATCH):
        for what, count in loader.load(table, batch).items():
            counts(what, count)
        done += len(batch)
        yield Progress(names.index(table.name), len(names), f"{table.name}: {done:,} records")
    yield Progress(len(names) - 1, len(names), "indexes and bases")
    indexes.restore()
    triggers.restore()
    loader.write_bases()


class _Loader:
    def __init__(self, connection: Connection, partner: uuid.UUID, now: Any) -> None:
        self.connection = connection
        self.cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        self.site = partner.hex  # a UUID column's stored form
        convert = column_converter(EXCHANGED[0].table.c.updated_at)
        self.updated_at = convert(now) if convert is not None else now
        self.parents = {parent for table in EXCHANGED for _, parent in cascade_parents(table)}
        self.loaded: dict[str, set[str]] = {name: set() for name in self.parents}
        self.python_bases: list[tuple[Any, ...]] = []  # of records SQL cannot make them from
        self.sql_bases: set[str] = set()  # tables whose bases SQL makes from their rows

    def load(self, table: Exchanged, batch: list[dict[str, Any]]) -> dict[str, int]:
        counts: dict[str, int] = {}
        present: list[dict[str, Any]] = []
        for record in batch:
            incoming.record_id(record, table)  # a clear error for a bad id
            if record.get("deleted") is True:
                self._base(table, str(record["id"]), None)
                counts["unchanged"] = counts.get("unchanged", 0) + 1
            else:
                present.append(record)
        values = [incoming.their_values(record, table) or {} for record in present]
        self._check(table, present, values)
        kept = self._without_orphans(table, present, values)
        if len(kept) < len(present):
            counts[LEFT_OUT] = len(present) - len(kept)
        self._insert(table, kept)
        if kept:
            counts["inserted"] = len(kept)
        return counts

    def _check(
        self, table: Exchanged, records: list[dict[str, Any]], values: list[dict[str, Any]]
    ) -> None:
        """Every value in its column's form, a column of the batch at a time; the first bad
        one named as the general way names it."""
        for name in _columns(table):
            column = table.table.c[name]
            if column_checker(column)([row[name] for row in values]):
                continue
            check = json_checker(column)
            for record, row in zip(records, values, strict=True):
                if row[name] is None and column.nullable:
                    continue
                try:
                    check(row[name])
                except (ValueError, TypeError) as error:
                    raise ExchangeError(
                        f"payload line {record['_line']}: {table.name}.{name} = "
                        f"{row[name]!r}: {error}"
                    ) from None
        if table.link is not None:
            team_id = json_checker(table_of(table.link.model).c[table.link.target_column])
            for record, row in zip(records, values, strict=True):
                try:
                    if not isinstance(row[TEAMS], list):
                        raise ValueError(f"expected a list of team ids, not {row[TEAMS]!r}")
                    for team in row[TEAMS]:
                        team_id(team)
                except (ValueError, TypeError) as error:
                    raise ExchangeError(
                        f"payload line {record['_line']}: {table.name}.{TEAMS} = "
                        f"{row[TEAMS]!r}: {error}"
                    ) from None

    def _without_orphans(
        self, table: Exchanged, records: list[dict[str, Any]], values: list[dict[str, Any]]
    ) -> list[tuple[str, dict[str, Any]]]:
        """The records whose parents are here (a history entry's plan): the others are left
        out, their bases kept, as the general way does. The parents are looked up a batch at
        a time, and a record at a time only in a batch that misses one."""
        links = cascade_parents(table)
        missing = [
            (name, gone)
            for name, parent in links
            if (gone := {row[name] for row in values} - self.loaded[parent] - {None})
        ]
        kept = []
        for record, row in zip(records, values, strict=True):
            if missing and any(row[name] in gone for name, gone in missing):
                self._base(table, str(record["id"]), row)  # left out, its base kept
                continue
            kept.append((str(record["id"]), row))
        if table.name in self.loaded:
            self.loaded[table.name].update(record_id for record_id, _ in kept)
        return kept

    def _insert(self, table: Exchanged, kept: list[tuple[str, dict[str, Any]]]) -> None:
        if not kept:
            return
        names = _columns(table)
        extra = ["version", "updated_at"] + (["search_text"] if table.name == "plan" else [])
        statement = (
            f"INSERT INTO {quoted(table.name)} ("
            + ", ".join(quoted(name) for name in ["id", *names, *extra])
            + ") VALUES ("
            + ", ".join("?" for _ in range(1 + len(names) + len(extra)))
            + ")"
        )
        ids = [record_id for record_id, _ in kept]
        columns: list[Any] = [ids, *([row[name] for _, row in kept] for name in names)]
        columns += [[1] * len(ids), [self.updated_at] * len(ids)]
        if table.name == "plan":
            columns.append([search_text(row) for _, row in kept])
        self.cursor.executemany(statement, list(zip(*columns, strict=True)))
        if table.link is None:
            self.sql_bases.add(table.name)
            return
        link = table.link
        rows = [(record_id, team) for record_id, row in kept for team in row[TEAMS]]
        self.cursor.executemany(
            f"INSERT INTO {quoted(table_of(link.model).name)} "
            f"({quoted(link.owner_column)}, {quoted(link.target_column)}) VALUES (?, ?)",
            rows,
        )
        for record_id, row in kept:  # few such records (MOUs, meetings): hashed here
            self._base(table, record_id, row)

    def _base(self, table: Exchanged, record_id: str, values: dict[str, Any] | None) -> None:
        hashed, fields = base_of(table, values)
        self.python_bases.append((self.site, table.name, record_id, hashed, fields))

    def write_bases(self) -> None:
        """Every record's base, in the key's order (each lands at the index's end). The rows
        are sorted (`+id`) rather than read through the id index: a lookup per row cost
        more than the sort (1,000,000 history entries: 4.8 s -> 3.3 s)."""
        raw = self.connection.connection.dbapi_connection
        raw.create_function(SHA256, 1, _sha256, deterministic=True)  # type: ignore[union-attr]
        base = table_of(ExchangeBase)
        columns = "site_id, table_name, record_id, digest, fields"
        for table in sorted(EXCHANGED, key=lambda table: table.name):
            if table.name not in self.sql_bases:
                continue
            text = _canonical_sql(table).compile(
                dialect=self.connection.dialect, compile_kwargs={"literal_binds": True}
            )
            fields = "''" if table.append_only else "text"
            self.cursor.execute(
                f"INSERT INTO {quoted(base.name)} ({columns}) "
                f"SELECT ?, ?, id, {SHA256}(text), {fields} FROM "
                f"(SELECT id, {text} AS text FROM {quoted(table.name)} ORDER BY +id)",
                (self.site, table.name),
            )
        self.cursor.executemany(
            f"INSERT INTO {quoted(base.name)} ({columns}) VALUES (?, ?, ?, ?, ?)",
            sorted(self.python_bases),
        )
        self.python_bases = []
        self.cursor.close()


def _columns(table: Exchanged) -> list[str]:
    """The table's columns a file's record gives (its fields and derived values)."""
    return [name for name in (*table.fields, *table.derived) if name != TEAMS]


def _canonical_sql(table: Exchanged) -> Any:
    """`values.canonical` of a row, written by SQLite (the keys sorted, as json.dumps sorts)."""
    pairs: list[Any] = []
    for name in sorted(table.fields):
        pairs += [literal(name, String), sqlite_json_value(table.table.c[name])]
    return type_coerce(func.json_object(*pairs), String)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
