"""The writes of an exchange import, inside its one transaction (SQLAlchemy Core: every
record table's triggers log them, so they travel on to other sites in turn)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, tuple_, update
from sqlalchemy.engine import Connection

from secretariat.audit import as_text
from secretariat.bulk_load import insert_table_rows
from secretariat.exchange.dependants import cascade_parents
from secretariat.exchange.keys import ExchangeError
from secretariat.exchange.merge import DELETED
from secretariat.exchange.tables import ExchangeBase, ExchangeLog
from secretariat.exchange.values import EXCHANGED, TEAMS, Exchanged, canonical, digest, exchanged
from secretariat.models import RecordEdit
from secretariat.services.records import table_of
from secretariat.text import search_text
from secretariat.transfer.tables import self_references


def self_reference_names(table: Any) -> list[str]:
    return [column.name for column in self_references(table)]


class Writer:
    """Writes one import's outcomes and remembers what the plans' derived columns need."""

    def __init__(self, connection: Connection, partner: uuid.UUID, author: str) -> None:
        self.connection = connection
        self.partner = partner
        self.author = author
        self.plans_with_history: set[uuid.UUID] = set()
        self.deletions: dict[str, list[uuid.UUID]] = {}
        self.bases: list[dict[str, Any]] = []
        self.new_plans: set[uuid.UUID] = set()
        self.later: list[tuple[Exchanged, uuid.UUID, str, Any]] = []
        self.restored: set[uuid.UUID] = set()  # records deleted here that came back
        self.grown: set[uuid.UUID] = set()  # deleted here, with dependants added there
        self.kept: set[uuid.UUID] = set()  # kept here against their deletion
        self.pending: list[dict[str, Any]] = []  # new records of the current batch
        self.pending_teams: list[tuple[uuid.UUID, list[uuid.UUID]]] = []
        self.trail: list[dict[str, Any]] = []  # the audit trail of the batch's changes
        self.pending_updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        self.now = datetime.now(UTC)
        self.parsed: dict[uuid.UUID, dict[str, Any]] = {}  # the batch's rows, as columns take them

    def row(self, table: Exchanged, values: dict[str, Any]) -> dict[str, Any]:
        """JSON values as the columns take them."""
        return {
            name: table.parse(name, value)
            for name, value in values.items()
            if name in table.fields or name in table.derived
        }

    def insert(
        self,
        table: Exchanged,
        record_id: uuid.UUID,
        values: dict[str, Any],
        row: dict[str, Any] | None = None,
    ) -> None:
        """Queue a new record (written with its batch by `flush_inserts`)."""
        row = dict(row) if row is not None else self.row(table, values)
        teams = row.pop(TEAMS, None)
        row.update(id=record_id, version=1, updated_at=self.now)
        if table.name == "plan":
            row["search_text"] = search_text(values)
            self.new_plans.add(record_id)
        if table.name == "plan_status_change":
            self.plans_with_history.add(row["plan_id"])
        for name in self_reference_names(table.table):
            if row.get(name) is not None:  # may come later in the file: set at the end
                self.later.append((table, record_id, name, row[name]))
                row[name] = None
        self.pending.append(row)
        if teams is not None:
            self.pending_teams.append((record_id, teams))

    def flush_inserts(self, table: Exchanged) -> None:
        """The queued records of a batch in one statement (key clashes settled first)."""
        if not self.pending:
            return
        rows, self.pending = self.pending, []
        if table.name == "plan":
            for row in self._clashing_plans(table, rows):
                row["seq"] = self._free_seq(table, row["id"], row, rows)
        for row in rows:
            self._refuse_key_clash(table, row["id"], row)
        insert_table_rows(self.connection, table.table, rows)
        if self.pending_teams:
            self._set_teams(table, self.pending_teams)
        self.pending_teams = []

    def _clashing_plans(self, table: Exchanged, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """New plans whose number in their conference and team another plan holds here."""
        column = table.table.c
        keys = [(row["conference_id"], row["team_id"], row["seq"]) for row in rows]
        key = tuple_(column.conference_id, column.team_id, column.seq)
        taken = {
            (conference, team, seq): holder
            for holder, conference, team, seq in self.connection.execute(
                select(column.id, column.conference_id, column.team_id, column.seq).where(
                    key.in_(keys)
                )
            )
        }
        return [
            row
            for row in rows
            if taken.get((row["conference_id"], row["team_id"], row["seq"]), row["id"]) != row["id"]
        ]

    def update(
        self,
        table: Exchanged,
        record_id: uuid.UUID,
        before: dict[str, Any],
        after: dict[str, Any],
        names: Sequence[str],
        by: str,
    ) -> None:
        self.flush_inserts(table)  # an edit may refer to a record new in this batch
        changed = {name: after[name] for name in names}
        row = self.row(table, changed)
        teams = row.pop(TEAMS, None)
        if table.name == "plan" and "seq" in row:
            row["seq"] = self._free_seq(table, record_id, {**self.row(table, after), **row})
        values: dict[str, Any] = {**row, "updated_at": self.now}
        if table.name == "plan":
            values["search_text"] = search_text(after)
        group = self.pending_updates.setdefault(tuple(sorted(values)), [])
        group.append({"b_id": record_id, **{f"b_{name}": value for name, value in values.items()}})
        if teams is not None:
            self._set_teams(table, [(record_id, teams)])
        if table.name == "plan_status_change":
            self.plans_with_history.add(uuid.UUID(after["plan_id"]))
        self._trail(table, record_id, before, changed, 0, by)
        if table.name == "plan" and "seq" in row:
            self.flush_updates(table)  # the next number taken is counted from this one

    def flush_updates(self, table: Exchanged) -> None:
        """The batch's edits, one statement per set of fields changed; each record's version
        goes up by one, and the audit trail says which version the edit made."""
        column = table.table.c
        updated: list[uuid.UUID] = []
        for names, rows in self.pending_updates.items():
            statement = (
                update(table.table)
                .where(column.id == bindparam("b_id"))
                .values(
                    {
                        **{name: bindparam(f"b_{name}") for name in names},
                        "version": column.version + 1,
                    }
                )
            )
            self.connection.execute(statement, rows)
            updated += [row["b_id"] for row in rows]
        self.pending_updates = {}
        if not updated:
            return
        versions: dict[uuid.UUID, int] = {}
        for start in range(0, len(updated), 500):
            chunk = updated[start : start + 500]
            found = self.connection.execute(
                select(column.id, column.version).where(column.id.in_(chunk))
            )
            versions.update({row[0]: row[1] for row in found})
        for edit in self.trail:
            if edit["record_kind"] == table.name and not edit["record_version"]:
                edit["record_version"] = versions.get(edit["record_id"], 0)

    def _free_seq(
        self,
        table: Exchanged,
        record_id: uuid.UUID,
        row: dict[str, Any],
        batch: list[dict[str, Any]] | None = None,
    ) -> int:
        """Both sides added a plan to the same conference and team: one number, two plans.
        The plan with the smaller id keeps the number and the other takes the next free one,
        whichever side this is, so both sides end with the same numbers."""
        column = table.table.c
        same_list = (column.conference_id == row["conference_id"]) & (
            column.team_id == row["team_id"]
        )
        holder = self.connection.scalar(
            select(column.id).where(same_list, column.seq == row["seq"], column.id != record_id)
        )
        if holder is None:
            return int(row["seq"])
        highest = int(self.connection.scalar(select(func.max(column.seq)).where(same_list)) or 0)
        for other in batch or []:  # the batch's own numbers are taken too
            if (other["conference_id"], other["team_id"]) == (row["conference_id"], row["team_id"]):
                highest = max(highest, int(other["seq"]))
        free = highest + 1
        if record_id.hex > holder.hex:
            return free
        self.connection.execute(
            update(table.table)
            .where(column.id == holder)
            .values(seq=free, version=column.version + 1, updated_at=self.now)
        )
        return int(row["seq"])

    def _refuse_key_clash(
        self, table: Exchanged, record_id: uuid.UUID, row: dict[str, Any]
    ) -> None:
        """A conference or team made on both sides under one number or code are two records
        that people mean as one: not for a merge to guess (docs/exchange.md)."""
        key = {"conference": "number", "team": "code"}.get(table.name)
        if key is None:
            return
        column = table.table.c
        other = self.connection.scalar(select(column.id).where(column[key] == row[key]))
        if other is not None and other != record_id:
            raise ExchangeError(
                f"the partner's {table.name} {key} {row[key]} is another record than this "
                f"database's {table.name} {row[key]} (ids {record_id.hex[:8]} and "
                f"{other.hex[:8]}): create conferences and teams on one side only; delete "
                "one of the two, then exchange again"
            )

    def _set_teams(self, table: Exchanged, owners: list[tuple[uuid.UUID, list[uuid.UUID]]]) -> None:
        """Each owner's link rows (an MOU's or a meeting's teams) replaced by the given ones."""
        assert table.link is not None
        link = table_of(table.link.model)
        owner = link.c[table.link.owner_column]
        self.connection.execute(delete(link).where(owner.in_([owner_id for owner_id, _ in owners])))
        rows = [
            {table.link.owner_column: owner_id, table.link.target_column: team}
            for owner_id, teams in owners
            for team in teams
        ]
        if rows:
            self.connection.execute(insert(link), rows)

    def _trail(
        self,
        table: Exchanged,
        record_id: uuid.UUID,
        before: dict[str, Any],
        changed: dict[str, Any],
        version: int,
        by: str,
    ) -> None:
        """The audit trail of a change that came from the partner: who made it there."""
        author = f"{by} ({self.author})" if by else self.author
        rows = [
            {
                "id": uuid.uuid4(),
                "record_kind": table.name,
                "record_id": record_id,
                "field": name,
                "old_value": as_text(before.get(name)),
                "new_value": as_text(value),
                "author": author,
                "record_version": version,
            }
            for name, value in changed.items()
        ]
        self.trail.extend(rows)  # written with the batch (flush_bases)

    def set_later(self) -> None:
        """References of new records to records of their own table (a plan's `continues`)."""
        for table, record_id, name, target in self.later:
            self.connection.execute(
                update(table.table).where(table.table.c.id == record_id).values({name: target})
            )
        self.later = []

    def delete_later(self, table: Exchanged, record_id: uuid.UUID) -> None:
        self.deletions.setdefault(table.name, []).append(record_id)

    def delete_all(self, order: Iterable[Exchanged]) -> int:
        """Deletions last, dependants first (a plan's history goes with it)."""
        count = 0
        for table in reversed(list(order)):
            ids = self.deletions.get(table.name, [])
            if table.name == "plan_status_change" and ids:
                plans = self.connection.scalars(
                    select(table.table.c.plan_id).where(table.table.c.id.in_(ids))
                )
                self.plans_with_history.update(plans)
            for start in range(0, len(ids), 500):
                batch = ids[start : start + 500]
                count += len(batch)
                self.connection.execute(delete(table.table).where(table.table.c.id.in_(batch)))
        return count

    def remember(
        self,
        table: Exchanged,
        record_id: uuid.UUID,
        theirs: dict[str, Any] | None,
        hashed: str | None = None,
    ) -> None:
        """The partner's version becomes the base of the next merge with it (written with
        the batch, by `flush_bases`)."""
        hashed, fields = base_of(table, theirs, hashed)
        self.bases.append(
            {
                "site_id": self.partner,
                "table_name": table.name,
                "record_id": record_id,
                "digest": hashed,
                "fields": fields,
            }
        )

    def flush_bases(self) -> None:
        base = table_of(ExchangeBase)
        by_table: dict[str, list[uuid.UUID]] = {}
        for row in self.bases:
            by_table.setdefault(row["table_name"], []).append(row["record_id"])
        for name, ids in by_table.items():
            self.connection.execute(
                delete(base).where(
                    base.c.site_id == self.partner,
                    base.c.table_name == name,
                    base.c.record_id.in_(ids),
                )
            )
        if self.bases:
            insert_table_rows(self.connection, base, self.bases)
        self.bases = []
        if self.trail:
            self.connection.execute(insert(table_of(RecordEdit)), self.trail)
        self.trail = []

    def belongs_to_restored(self, table: Exchanged, values: dict[str, Any]) -> bool:
        """A history entry of a plan that came back: it comes back with it."""
        return any(
            values.get(name) is not None and uuid.UUID(hex=values[name]) in self.restored
            for name, _parent in cascade_parents(table)
        )

    def send_back_with_dependants(self, table: Exchanged, record_id: uuid.UUID) -> None:
        """We keep a record they deleted: it goes back to them, with what their deletion took
        along (a plan's history), each marked as sent knowing of their deletion."""
        self.touch(table, record_id)
        self.kept.add(record_id)
        for child in EXCHANGED:
            for name, _parent in cascade_parents(child):
                if child.table.c[name].references(table.table.c.id):
                    column = child.table.c[name]
                    ids = self.connection.scalars(
                        select(child.table.c.id).where(column == record_id)
                    )
                    for child_id in list(ids):
                        self.touch(child, child_id)
                        self.remember(child, child_id, None)

    def touch(self, table: Exchanged, record_id: uuid.UUID) -> None:
        """Send our version back: kept against theirs, it must reach them too."""
        self.connection.execute(
            insert(table_of(ExchangeLog)), [{"table_name": table.name, "record_id": record_id}]
        )

    def refresh_plan_status(self) -> None:
        """A plan's status is its latest history entry's; its status date the latest date."""
        plan, change = exchanged("plan").table, exchanged("plan_status_change").table
        for plan_id in self.plans_with_history - self.new_plans:
            latest = self.connection.execute(
                select(change.c.to_status)
                .where(change.c.plan_id == plan_id)
                .order_by(change.c.created_at.desc(), change.c.id.desc())
                .limit(1)
            ).first()
            if latest is None:
                continue
            last_date = self.connection.scalar(
                select(func.max(change.c.changed_on)).where(change.c.plan_id == plan_id)
            )
            self.connection.execute(
                update(plan)
                .where(plan.c.id == plan_id, plan.c.status != latest[0])
                .values(status=latest[0], version=plan.c.version + 1)
            )
            self.connection.execute(
                update(plan).where(plan.c.id == plan_id).values(status_changed_on=last_date)
            )


def base_of(
    table: Exchanged, values: dict[str, Any] | None, hashed: str | None = None
) -> tuple[str, str]:
    """A record's base as `exchange_base` keeps it: its digest (`hashed`, when known), and its
    fields unless its kind only grows; a deletion's is DELETED and nothing."""
    if values is None:
        return DELETED, ""
    fields = "" if table.append_only else canonical(values, table.fields)
    return hashed or digest(values, table.fields), fields


def load_base(text: str) -> dict[str, Any] | None:
    return json.loads(text) if text else None
