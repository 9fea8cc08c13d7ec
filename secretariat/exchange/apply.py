"""`exchange import`: a partner's signed file merged into this database, in one transaction.

The file is verified first (container.py: the pinned key, the signature, the payload's hash),
then checked against this site (addressed to it, same schema, not already applied). Its
records are merged one by one (merge.py) in batches; with a conflict no resolution covers,
nothing is written and every conflict is listed. A dry run, too, writes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from secretariat.bulk_load import TriggersAside
from secretariat.db import Database
from secretariat.exchange import first_file
from secretariat.exchange import incoming as file_records
from secretariat.exchange.container import FORMAT_VERSION, VerifiedFile, verified
from secretariat.exchange.dependants import grown_under, orphans, parent_missing
from secretariat.exchange.describe import describe_conflicts
from secretariat.exchange.keys import ExchangeError
from secretariat.exchange.merge import DELETED, Conflict, Sides, merge_record
from secretariat.exchange.natural_keys import Aliases, settle_clashes
from secretariat.exchange.sites import prune_log, require_own_site
from secretariat.exchange.tables import ExchangeSite, read_bases
from secretariat.exchange.values import (
    EXCHANGED,
    Exchanged,
    digest,
    read_values,
)
from secretariat.exchange.writes import Writer, load_base
from secretariat.migrations import HEAD_REVISION, known_revisions
from secretariat.progress import Progress, Work
from secretariat.transfer.safety_copy import safety_copy

BATCH = 500
Choice = Literal["ours", "theirs"] | tuple[Literal["edit"], Any]
Resolver = Callable[[Conflict], Choice | None]


@dataclass
class ImportReport:
    path: Path
    sender: str
    sequence: int
    counts: dict[str, int] = field(default_factory=dict)  # "inserted", "updated", ...
    conflicts: list[Conflict] = field(default_factory=list)
    unresolved: int = 0
    notes: list[str] = field(default_factory=list)
    already_applied: bool = False
    written: bool = False
    backup: Path | None = None  # the database as it was, before this file went in

    def add(self, what: str, count: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + count


class UnresolvedConflictsError(ExchangeError):
    def __init__(self, report: ImportReport) -> None:
        super().__init__(f"{report.path}: {report.unresolved} conflicts; nothing was written")
        self.report = report


def policy(name: str | None) -> Resolver:
    """`--conflicts ours|theirs`, or none: every conflict stays unresolved."""
    if name is None:
        return lambda _conflict: None
    if name not in ("ours", "theirs"):
        raise ExchangeError(f"--conflicts {name!r}: expected ours or theirs")
    choice: Choice = "ours" if name == "ours" else "theirs"
    return lambda _conflict: choice


def import_exchange(
    db: Database,
    path: Path,
    resolve: Resolver | None = None,
    *,
    dry_run: bool = False,
    backup: bool = False,
) -> Work[ImportReport]:
    """Merge the file; raise UnresolvedConflictsError (nothing written) if a conflict stays
    open. `backup`: copy the database as it was before committing (transfer/safety_copy.py)."""
    resolve = resolve or policy(None)
    with db.read() as session:
        checked = _checked_file(session, path, require_own_site(session))
        partner = session.get(ExchangeSite, checked.sender)
        assert partner is not None  # its key verified the file
        session.expunge_all()
    report = ImportReport(path, partner.name or partner.site_id.hex, checked.sequence)
    if checked.sequence <= partner.received_seq:
        report.already_applied = True
        report.notes.append(
            f"file {checked.sequence} from {report.sender} was applied already "
            f"(the last applied is {partner.received_seq}): nothing to do"
        )
        return report
    if checked.sequence > partner.received_seq + 1:
        report.notes.append(
            f"files {partner.received_seq + 1}–{checked.sequence - 1} from {report.sender} "
            "never arrived; this one carries their changes too"
        )
    with db.write() as session:
        yield from _merge_file(session, checked, partner.site_id, resolve, report)
        describe_conflicts(session.connection(), report.conflicts)
        if report.unresolved:
            session.rollback()
            raise UnresolvedConflictsError(report)
        _acknowledge(session, partner.site_id, checked)
        if dry_run:
            session.rollback()
            return report
        if backup:  # read from the last commit, beside this transaction: as it was before
            report.backup = yield from safety_copy(db)
    report.written = True
    return report


def _checked_file(session: Session, path: Path, own: ExchangeSite) -> VerifiedFile:
    def public_key_of(site_id: uuid.UUID) -> str | None:
        site = session.get(ExchangeSite, site_id)
        return None if site is None or site.own else site.public_key

    checked = verified(path, public_key_of)
    manifest = checked.manifest
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ExchangeError(f"{path}: exchange format {manifest.get('format_version')!r}")
    addressed = str(manifest.get("to", {}).get("site", ""))
    if addressed != own.site_id.hex:
        raise ExchangeError(f"{path}: made for site {addressed}, not this one ({own.site_id.hex})")
    revision = manifest.get("schema_revision")
    if revision != HEAD_REVISION:
        if revision in known_revisions():
            raise ExchangeError(
                f"{path}: made with the older schema {revision}; the sending site must "
                f"upgrade Secretariat to schema {HEAD_REVISION} and export again"
            )
        raise ExchangeError(
            f"{path}: made with schema {revision}, newer than this Secretariat's "
            f"({HEAD_REVISION}): upgrade Secretariat to read it"
        )
    return checked


def _merge_file(
    session: Session,
    checked: VerifiedFile,
    partner: uuid.UUID,
    resolve: Resolver,
    report: ImportReport,
) -> Work[None]:
    connection = session.connection()
    if first_file.applies(connection):  # nothing here yet: loaded as a restore is
        yield from first_file.load_first_file(
            connection, checked, partner, report.add, datetime.now(UTC)
        )
        return
    writer = Writer(connection, partner, report.sender)
    writer.grown = grown_under(connection, checked)
    order = [table.name for table in EXCHANGED]
    aliases = Aliases(connection)
    # A first full file into an empty database: the big tables' triggers (the log, the
    # search index) do their work once at the end, not once per row (bulk_load.py).
    aside = TriggersAside(connection)
    aside.set_aside()
    done = 0
    for table, batch in file_records.batches(checked, BATCH):
        settle_clashes(connection, table, batch, aliases)
        aliases.translate(table, batch)
        _merge_batch(connection, writer, table, batch, resolve, report)
        done += len(batch)
        yield Progress(order.index(table.name), len(order), f"{table.name}: {done:,} records")
    writer.set_later()
    report.add("deleted", writer.delete_all(EXCHANGED))
    writer.refresh_plan_status()
    aside.restore()


def _merge_batch(
    connection: Connection,
    writer: Writer,
    table: Exchanged,
    batch: list[dict[str, Any]],
    resolve: Resolver,
    report: ImportReport,
) -> None:
    ids = [file_records.record_id(record, table) for record in batch]
    bases = read_bases(connection, writer.partner, table.name, ids)
    incoming = [file_records.their_values(record, table) for record in batch]
    their_digests = [
        None if theirs is None else digest(theirs, table.fields) for theirs in incoming
    ]
    # Theirs exactly as they last sent it, and the record still here: whatever we did to it
    # since travels by our own log, so there is nothing to merge (a file of 1,000 changed
    # plans carries their 10,000 unchanged history entries: these are not read whole).
    agreed = file_records.still_here(
        connection,
        table,
        [
            record_id
            for record_id, hashed in zip(ids, their_digests, strict=True)
            if hashed is not None and bases.get(record_id, ("",))[0] == hashed
        ],
    )
    ours = read_values(connection, table, [i for i in ids if i not in agreed])
    absent = [record_id for record_id in ids if record_id not in ours and record_id not in agreed]
    deleted_here = file_records.deleted_here(connection, absent)
    writer.parsed = {}
    missing = orphans(connection, table, incoming)
    for record_id, record, theirs, theirs_digest in zip(
        ids, batch, incoming, their_digests, strict=True
    ):
        if record_id in agreed:
            report.add("unchanged")
            continue
        if theirs is not None and record_id not in ours and parent_missing(table, theirs, missing):
            report.add("left out with their deleted record")
            writer.remember(table, record_id, theirs)
            continue
        mine = ours.get(record_id)
        if theirs is None and mine is not None and parent_missing(table, mine, writer.kept):
            writer.remember(table, record_id, None)  # kept with the record it belongs to
            continue
        base_digest, base_text = bases.get(record_id, (None, ""))
        base_fields = load_base(base_text)
        sides = Sides(
            table.name,
            record_id,
            table.fields,
            theirs,
            mine,
            base_fields if base_fields is not None else file_records.their_base(record),
            record.get("seen"),
            None if mine is None else digest(mine, table.fields),
            record_id in deleted_here,
            str(record.get("by", "")),
            str(record.get("at", "")),
            base_digest,
            theirs_digest,
            theirs is not None and writer.belongs_to_restored(table, theirs),
            record_id in writer.grown,
        )
        if theirs is not None and sides.theirs_digest != sides.ours_digest:
            writer.parsed[record_id] = file_records.parse_values(record, table, theirs)
        _apply(writer, table, sides, resolve, report, str(record.get("by", "")))
        if base_digest != (sides.theirs_digest or DELETED):  # else the base is this already
            writer.remember(table, record_id, theirs, sides.theirs_digest)
    writer.flush_inserts(table)
    writer.flush_updates(table)
    writer.flush_bases()


def _apply(
    writer: Writer,
    table: Exchanged,
    sides: Sides,
    resolve: Resolver,
    report: ImportReport,
    by: str,
) -> None:
    outcome = merge_record(sides)
    values = outcome.values
    taken = list(outcome.taken)
    keep_ours = False
    open_here = 0
    for conflict in outcome.conflicts:
        report.conflicts.append(conflict)
        choice = resolve(conflict)
        if choice is None:
            open_here += 1
            continue
        if conflict.field == "":
            if choice == "theirs":
                outcome.action = "delete" if sides.theirs is None else "insert"
                values = sides.theirs
            elif sides.theirs is None:  # kept against their deletion: send it all back
                writer.send_back_with_dependants(table, sides.record_id)
            elif sides.ours is None:  # our deletion stands: it travels again
                writer.touch(table, sides.record_id)
            else:
                keep_ours = True
            continue
        assert values is not None and sides.theirs is not None
        if choice == "ours":
            keep_ours = True
            continue
        chosen = sides.theirs[conflict.field] if choice == "theirs" else choice[1]
        values[conflict.field] = chosen
        taken.append(conflict.field)
        keep_ours = keep_ours or chosen != sides.theirs[conflict.field]
    if open_here:
        report.unresolved += open_here
        return  # nothing of this record is written (the whole import will not be)
    _write(writer, table, sides, outcome.action, values, taken, by, report)
    if keep_ours:
        writer.touch(table, sides.record_id)


def _write(
    writer: Writer,
    table: Exchanged,
    sides: Sides,
    action: str,
    values: dict[str, Any] | None,
    taken: list[str],
    by: str,
    report: ImportReport,
) -> None:
    if action == "insert" and values is not None:
        parsed = writer.parsed.get(sides.record_id) if values is sides.theirs else None
        writer.insert(table, sides.record_id, values, parsed)
        if sides.deleted_here:
            writer.restored.add(sides.record_id)
        report.add("inserted")
    elif action == "delete":
        writer.delete_later(table, sides.record_id)
    elif taken and sides.ours is not None and values is not None:
        writer.update(table, sides.record_id, sides.ours, values, taken, by)
        report.add("updated")
    else:
        report.add("unchanged")


def _acknowledge(session: Session, partner_id: uuid.UUID, checked: VerifiedFile) -> None:
    partner = session.get(ExchangeSite, partner_id)
    assert partner is not None
    partner.received_seq = checked.sequence
    acknowledged = checked.manifest.get("acknowledges")
    if isinstance(acknowledged, int) and partner.acked_seq < acknowledged <= partner.sent_seq:
        partner.acked_seq = acknowledged
        session.flush()
        prune_log(session)
