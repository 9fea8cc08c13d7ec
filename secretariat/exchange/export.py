"""`exchange export`: everything a partner has not yet acknowledged, in one signed file.

The first file for a partner (or any while it has acknowledged none) is a full copy, so an
empty database can start from it; later ones carry the records written since the last file
the partner said it applied (the log's watermark of that file). A record exactly as the
partner last sent it is left out: it has it.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from secretariat import __version__
from secretariat.db import Database
from secretariat.exchange.container import FORMAT, FORMAT_VERSION, FileWriter
from secretariat.exchange.dependants import cascade_parents
from secretariat.exchange.full_copy import last_edits, made_by_sqlite, sqlite_lines
from secretariat.exchange.keys import signing_key
from secretariat.exchange.natural_keys import merged_ids
from secretariat.exchange.sites import partner_named, require_own_site
from secretariat.exchange.tables import (
    ExchangeDeleted,
    ExchangeLog,
    ExchangeSent,
    ExchangeSite,
    read_bases,
)
from secretariat.exchange.values import (
    EXCHANGED,
    ID_BATCH,
    Exchanged,
    all_ids,
    digest,
    read_values,
)
from secretariat.migrations import HEAD_REVISION
from secretariat.progress import Progress, Work
from secretariat.services.records import table_of


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    partner: str
    sequence: int
    full: bool
    counts: dict[str, int]  # table -> records, "deleted" -> tombstones

    @property
    def records(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class _Plan:
    own: ExchangeSite
    partner: ExchangeSite
    since: int | None  # the watermark the partner acknowledged; None: a full copy


def export_exchange(db: Database, path: Path, to: str | None = None) -> Work[ExportSummary]:
    plan = _plan(db, to)
    key = signing_key(plan.own.site_id)
    counts: dict[str, int] = defaultdict(int)
    with FileWriter(path) as writer, db.engine.connect() as connection:
        watermark = _begin(connection)
        changed = None if plan.since is None else _logged(connection, plan.since, watermark)
        sent: dict[str, set[uuid.UUID]] = {}
        for index, table in enumerate(EXCHANGED):
            if changed is not None:
                _add_dependants(connection, table, changed, sent)
            for line, deleted in _lines(connection, plan, table, changed, sent):
                writer.write(line)
                counts["deleted" if deleted else table.name] += 1
            yield Progress(index + 1, len(EXCHANGED), f"{table.name}: {counts[table.name]:,}")
        sequence = plan.partner.sent_seq + 1
        writer.sign(_manifest(plan, sequence, dict(counts)), key)
        connection.rollback()
        # Counted as sent before it is in place: a number is never given to two files (a
        # file that then fails to appear leaves a gap the partner is told of, and the next
        # file carries its changes all the same).
        _record_sent(db, plan.partner.site_id, sequence, watermark)
        writer.publish()
    return ExportSummary(
        path, plan.partner.name or plan.partner.site_id.hex, sequence, plan.since is None, counts
    )


def _plan(db: Database, to: str | None) -> _Plan:
    with db.read() as session:
        own = require_own_site(session)
        partner = partner_named(session, to)
        since = None
        if partner.acked_seq:
            sent = session.get(ExchangeSent, (partner.site_id, partner.acked_seq))
            since = sent.watermark if sent is not None else None
        session.expunge_all()
        return _Plan(own, partner, since)


def _begin(connection: Connection) -> int:
    """Open the snapshot the file is read from, and return the log's last entry in it. On
    PostgreSQL a writer still inside its transaction may hold a lower log number than the
    last one visible; the SHARE lock waits for such writers, so none is missed."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        connection.exec_driver_sql("LOCK TABLE exchange_log IN SHARE MODE")
    log = table_of(ExchangeLog)
    return int(connection.scalar(select(func.coalesce(func.max(log.c.seq), 0))) or 0)


def _logged(connection: Connection, since: int, watermark: int) -> dict[str, list[uuid.UUID]]:
    """The records written after `since` (up to the watermark), by table, each once."""
    log = table_of(ExchangeLog)
    changed: dict[str, dict[uuid.UUID, None]] = defaultdict(dict)
    rows = connection.execute(
        select(log.c.table_name, log.c.record_id)
        .where(log.c.seq > since, log.c.seq <= watermark)
        .order_by(log.c.seq)
    )
    for table_name, record_id in rows:
        changed[table_name][record_id] = None
    return {name: list(ids) for name, ids in changed.items()}


def _lines(
    connection: Connection,
    plan: _Plan,
    table: Exchanged,
    changed: dict[str, list[uuid.UUID]] | None,
    sent: dict[str, set[uuid.UUID]],
) -> Iterator[tuple[bytes, bool]]:
    """The table's lines; a record whose plan (or other owner) goes in the file goes too,
    even unchanged, so that a side that deleted the plan and takes it back gets it whole."""
    written = sent.setdefault(table.name, set())
    parents = cascade_parents(table)
    merged = merged_ids(connection, table.name)
    batches = _id_batches(connection, table, changed)
    if changed is None and made_by_sqlite(connection, plan.partner.site_id, table):
        for lines in sqlite_lines(connection, table):
            yield from (((line + "\n").encode(), False) for line in lines)
        if table.name in OWNERS:  # their records go with them (`_owner_sent`)
            for ids in all_ids(connection, table):
                written.update(ids)
        batches = iter([_deleted_ids(connection, table)])  # then what was deleted here
    for ids in batches:
        current = read_values(connection, table, ids)
        bases = read_bases(connection, plan.partner.site_id, table.name, ids)
        authors = {} if table.append_only else _last_authors(connection, list(current))
        for record_id in ids:
            values = current.get(record_id)
            base, base_fields = bases.get(record_id, (None, ""))
            record: dict[str, Any] = {"t": table.name, "id": record_id.hex, "seen": base}
            if values is None:
                record["deleted"] = True
            elif (
                base is not None
                and base == digest(values, table.fields)
                and not _owner_sent(values, parents, sent)
                and record_id not in merged  # a partner may hold it under an id it had
            ):
                continue  # the partner sent exactly this: it has it
            else:
                written.add(record_id)
                record["v"] = values
                if base_fields:  # our base with them: theirs, if they have none with us
                    record["b"] = json.loads(base_fields)
                if record_id in authors:
                    record["by"], record["at"] = authors[record_id]
            line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
            yield line.encode(), values is None


OWNERS = frozenset(parent for table in EXCHANGED for _, parent in cascade_parents(table))


def _owner_sent(
    values: dict[str, Any], parents: list[tuple[str, str]], sent: dict[str, set[uuid.UUID]]
) -> bool:
    return any(
        values.get(name) and uuid.UUID(hex=values[name]) in sent.get(parent, ())
        for name, parent in parents
    )


def _add_dependants(
    connection: Connection,
    table: Exchanged,
    changed: dict[str, list[uuid.UUID]],
    sent: dict[str, set[uuid.UUID]],
) -> None:
    """Add to `changed` the records of this table that belong to records already sent."""
    listed = changed.setdefault(table.name, [])
    known = set(listed)
    for name, parent in cascade_parents(table):
        owners = list(sent.get(parent, ()))
        column = table.table.c[name]
        for start in range(0, len(owners), ID_BATCH):
            chunk = owners[start : start + ID_BATCH]
            for record_id in connection.scalars(select(table.table.c.id).where(column.in_(chunk))):
                if record_id not in known:
                    known.add(record_id)
                    listed.append(record_id)


def _id_batches(
    connection: Connection, table: Exchanged, changed: dict[str, list[uuid.UUID]] | None
) -> Iterator[list[uuid.UUID]]:
    if changed is None:  # a full copy: every record, and what was deleted here
        yield from all_ids(connection, table)
        yield _deleted_ids(connection, table)
        return
    ids = changed.get(table.name, [])
    for start in range(0, len(ids), ID_BATCH):
        yield ids[start : start + ID_BATCH]


def _deleted_ids(connection: Connection, table: Exchanged) -> list[uuid.UUID]:
    deleted = table_of(ExchangeDeleted)
    query = select(deleted.c.record_id).where(deleted.c.table_name == table.name)
    return list(connection.scalars(query))


def _last_authors(connection: Connection, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str]]:
    """Who last edited each record here, and when (the audit trail), for a conflict's
    "who and when" on the other side."""
    if not ids:
        return {}
    rows = connection.execute(last_edits(ids))
    return {record_id: (author, when.isoformat()) for record_id, author, when in rows}


def _manifest(plan: _Plan, sequence: int, counts: dict[str, int]) -> dict[str, Any]:
    def site(entry: ExchangeSite) -> dict[str, str]:
        return {"site": entry.site_id.hex, "side": entry.side, "name": entry.name}

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "schema_revision": HEAD_REVISION,
        "created_at": datetime.now(UTC).isoformat(),
        "from": site(plan.own),
        "to": site(plan.partner),
        "sequence": sequence,
        "full": plan.since is None,
        "acknowledges": plan.partner.received_seq,
        "counts": counts,
    }


def _record_sent(db: Database, site_id: uuid.UUID, sequence: int, watermark: int) -> None:
    with db.write() as session:
        partner = session.get(ExchangeSite, site_id)
        assert partner is not None
        partner.sent_seq = sequence
        session.add(ExchangeSent(site_id=site_id, seq=sequence, watermark=watermark))
