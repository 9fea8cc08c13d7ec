"""The Status history sheet: status changes that the database lacks, added (histories only
grow), matched by plan, date and new status; a change names its plan by ref and its meeting
by date.

History is many rows (ten per plan), so it is staged in bulk rather than row by row: the
plans and meetings it names are read once, the new rows go in through one executemany. A plan
this import adds takes its history from the sheet, in place of the first row the import would
give it.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlmodel import Session, col

from exports.xlsx_in.first_rows import FirstRows
from exports.xlsx_in.refs import plans_of_conferences, ref_parts
from exports.xlsx_in.rows import Rejection
from exports.xlsx_in.sheet import RecordRow, RecordSheet, record_rows, staged_as_read
from exports.xlsx_in.stage import LISTED_NEW, SheetPreview
from exports.xlsx_in.stream import NotStreamableError
from secretariat.bulk_load import IndexesAside, insert_rows, insert_values, new_ids
from secretariat.messages import expected
from secretariat.models import Conference, Meeting, PlanStatusChange, utc_now
from secretariat.text import clean
from secretariat.transfer.json_values import to_json

INSERT_BATCH = 20_000
CHUNK_ROWS = 50_000  # rows parsed, checked and written at a time
Named = tuple[RecordRow, uuid.UUID, uuid.UUID | None]  # a row, its plan and its meeting


def stage_history_sheet(
    session: Session,
    path: Path,
    workbook: Any,
    title: str,
    added: list[uuid.UUID],
    today: date,
    fresh: bool = False,
) -> SheetPreview:
    """Stage the sheet as its rows are streamed (sheet.staged_as_read). `fresh`: the plans
    and their history were empty when the import began (see `stage_history`)."""
    return staged_as_read(
        session,
        path,
        workbook,
        title,
        "history",
        lambda sheet, rows: stage_history(session, sheet, rows, added, today, fresh),
    )


def history_refs(path: Path, workbook: Any, title: str) -> set[Any]:
    """The plans the sheet names, by ref parts (a preview writes those of its new plans)."""
    try:
        _, rows = record_rows(path, workbook, title, "history")
        return {ref_parts(row.values.get("plan")) for row in rows}
    except NotStreamableError:
        _, rows = record_rows(path, workbook, title, "history", careful=True)
        return {ref_parts(row.values.get("plan")) for row in rows}


def stage_history(
    session: Session,
    sheet: RecordSheet,
    rows: Iterable[RecordRow],
    added_plans: Iterable[uuid.UUID],
    today: date,
    fresh: bool = False,
) -> SheetPreview:
    """Add the sheet's status changes the database does not have, into the open transaction,
    `CHUNK_ROWS` rows at a time as `rows` are read (a million rows are never held at once).

    `fresh` (SQLite): the table held no change when the import began, so every row in it is
    the first row of a plan this import added, and nothing is looked up in it by plan. Its
    secondary indexes are then set aside while the rows go in and made again once: a
    million inserts into four indexes keyed by random ids missed the page cache at every
    row (the sheet's 1,000,000 rows: 47.6 s -> 36.5 s)."""
    stage = _HistoryStage(session, set(added_plans), today)
    indexes = IndexesAside(session.connection(), ["plan_status_change"]) if fresh else None
    last_first_row = _last_rowid(session) if fresh else 0
    read = iter(rows)
    try:
        while chunk := list(islice(read, CHUNK_ROWS)):
            stage.add(sheet, chunk, replace_now=not fresh)
    finally:
        stage.first_rows.close()
    if indexes is not None:
        _replace_first_rows_at_once(session, stage.replaced, last_first_row)
        indexes.restore()
    return SheetPreview(
        sheet.title,
        sheet.kind.plural,
        tuple(stage.listed),
        (),
        stage.unchanged,
        tuple(stage.rejections),
        tuple(sheet.ignored),
        more_new=stage.new_count - len(stage.listed),
    )


class _HistoryStage:
    """What staging the sheet has learnt so far: the plans by ref (a conference's read when
    a row first names it), the changes seen, what the preview will say."""

    def __init__(self, session: Session, added: set[uuid.UUID], today: date) -> None:
        self.session, self.added, self.today = session, added, today
        self.meetings = _meetings_by_day(session)
        self.held = dict(
            session.execute(select(col(Conference.number), col(Conference.held_date))).all()
        )
        self.plans: dict[Any, uuid.UUID] = {}
        self.conferences_read: set[int] = set()
        self.first_rows = FirstRows()
        self.replaced: set[uuid.UUID] = set()  # added plans whose first row is deleted
        self.listed: list[tuple[int, str]] = []
        self.new_count = self.unchanged = 0
        self.rejections: list[Rejection] = []

    def add(self, sheet: RecordSheet, chunk: list[RecordRow], replace_now: bool = True) -> None:
        """Stage a chunk of rows; the first rows of the added plans it gives a history are
        deleted now, or (`replace_now` False) left for the caller to delete at the end."""
        self._read_conferences(chunk)
        named = [found for row in chunk if (found := self._named(sheet, row)) is not None]
        known = _known_changes(self.session, {plan_id for _, plan_id, _ in named} - self.added)
        new = self._new_changes(sheet, named, known)
        self.rejections += (rejection for row in chunk for rejection in row.rejections)
        replace = (self.added & {plan_id for _, plan_id, _ in new}) - self.replaced
        if replace_now:
            _replace_first_rows(self.session, replace)
        self.replaced |= replace
        _insert(self.session, new)
        self.new_count += len(new)
        room = LISTED_NEW - len(self.listed)
        self.listed += ((row.number, _key(row)) for row, _, _ in new[: max(room, 0)])

    def _read_conferences(self, chunk: list[RecordRow]) -> None:
        numbers = {parts[0] for row in chunk if (parts := ref_parts(row.values.get("plan")))}
        unread = numbers - self.conferences_read
        if unread:
            self.plans.update(plans_of_conferences(self.session, unread))
            self.conferences_read |= unread

    def _named(self, sheet: RecordSheet, row: RecordRow) -> Named | None:
        if row.rejections:
            return None
        plan_id = _plan_of(sheet, row, self.plans)
        meeting_id = _meeting_of(sheet, row, self.meetings)
        changed_on = row.values.get("changed_on")
        if changed_on is not None and changed_on > self.today:
            sheet.reject(row, "changed_on", changed_on, expected("not_after_today"))
        _check_against_conference(sheet, row, changed_on, self.held)
        if plan_id is None or row.rejections:
            return None
        return row, plan_id, meeting_id

    def _new_changes(
        self, sheet: RecordSheet, rows: list[Named], known: set[tuple[Any, ...]]
    ) -> list[Named]:
        """The rows the database lacks (each once); a row repeating one staged earlier, in
        this chunk or before, is rejected, naming the first."""
        new: list[Named] = []
        keys = [
            self.first_rows.key(plan_id, row.values.get("changed_on"), row.values.get("to_status"))
            for row, plan_id, _ in rows
        ]
        self.first_rows.begin_chunk(keys)
        for (row, plan_id, meeting_id), key in zip(rows, keys, strict=True):
            values = row.values
            changed_on, to_status = values.get("changed_on"), values.get("to_status")
            first = self.first_rows.get(key)
            if first is None and (plan_id, changed_on, to_status) in known:
                self.unchanged += 1
                continue
            if first is not None:
                wanted = expected("change_on_one_row", first=first)
                sheet.reject(row, "to_status", to_status, wanted)
                continue
            self.first_rows.add(key, row.number)
            new.append((row, plan_id, meeting_id))
        return new


def _check_against_conference(
    sheet: RecordSheet, row: RecordRow, changed_on: date | None, held: dict[int, date | None]
) -> None:
    """The rule the services keep (secretariat/rules.status_change_problems): a change is not
    dated before its plan's conference was held."""
    parts = ref_parts(row.values.get("plan"))
    held_on = held.get(parts[0]) if parts else None
    if changed_on is not None and held_on is not None and changed_on < held_on:
        wanted = expected("not_before_conference", date=held_on)
        sheet.reject(row, "changed_on", changed_on, wanted)


def _plan_of(sheet: RecordSheet, row: RecordRow, plans: dict[Any, uuid.UUID]) -> uuid.UUID | None:
    ref = row.values.get("plan")
    plan_id = plans.get(ref_parts(ref))
    if plan_id is None:
        sheet.reject(row, "plan", ref, expected("plan_ref_here"))
    return plan_id


def _meetings_by_day(session: Session) -> dict[date, list[uuid.UUID]]:
    by_day: dict[date, list[uuid.UUID]] = defaultdict(list)
    for meeting_id, held_on in session.execute(select(col(Meeting.id), col(Meeting.held_on))):
        by_day[held_on].append(meeting_id)
    return by_day


def _meeting_of(
    sheet: RecordSheet, row: RecordRow, meetings: dict[date, list[uuid.UUID]]
) -> uuid.UUID | None:
    """The meeting of the row's meeting date (its only meeting that day), or None."""
    text = row.values.get("meeting")
    if not text:
        return None
    try:
        day = date.fromisoformat(str(text)[:10])
    except ValueError:
        sheet.reject(row, "meeting", text, expected("meeting_date"))
        return None
    found = meetings.get(day, [])
    if len(found) != 1:
        what = expected("meetings_that_day", count=len(found)) if found else None
        sheet.reject(row, "meeting", text, what or expected("no_meeting_that_day"))
        return None
    return found[0]


def _known_changes(session: Session, plan_ids: set[uuid.UUID]) -> set[tuple[Any, ...]]:
    known: set[tuple[Any, ...]] = set()
    ids = list(plan_ids)
    for start in range(0, len(ids), 500):
        query = select(
            col(PlanStatusChange.plan_id),
            col(PlanStatusChange.changed_on),
            col(PlanStatusChange.to_status),
        ).where(col(PlanStatusChange.plan_id).in_(ids[start : start + 500]))
        known.update(tuple(found) for found in session.execute(query))
    return known


def _replace_first_rows(session: Session, plan_ids: set[uuid.UUID]) -> None:
    """A plan this import adds has only the first row the import gave it: its history is the
    sheet's instead."""
    ids = list(plan_ids)
    for start in range(0, len(ids), 500):
        session.execute(
            delete(PlanStatusChange).where(
                col(PlanStatusChange.plan_id).in_(ids[start : start + 500])
            )
        )


def _last_rowid(session: Session) -> int:
    found = session.connection().exec_driver_sql("SELECT max(rowid) FROM plan_status_change")
    return int(found.scalar() or 0)


def _replace_first_rows_at_once(
    session: Session, plan_ids: set[uuid.UUID], last_first_row: int
) -> None:
    """`_replace_first_rows` in one statement, without the plan index: the first rows are
    the table's rows up to `last_first_row` (it was empty before the import), scanned once."""
    session.connection().exec_driver_sql(
        "DELETE FROM plan_status_change WHERE rowid <= ? "
        "AND plan_id IN (SELECT value FROM json_each(?))",
        (last_first_row, json.dumps([plan_id.hex for plan_id in plan_ids])),
    )


def _insert(session: Session, new: list[Named]) -> None:
    """The new rows' values made and written a batch at a time (a million status changes'
    values are never all held at once). Their author is the sheet's: who imports a change
    did not make it (a row without one stays without). On SQLite the values are made in
    its stored forms, with ids in ascending order (bulk_load.new_ids)."""
    now = utc_now()
    connection = session.connection()
    for start in range(0, len(new), INSERT_BATCH):
        batch = new[start : start + INSERT_BATCH]
        if connection.dialect.name == "sqlite":
            insert_values(connection, "plan_status_change", _COLUMNS, _stored(batch, now))
        else:
            insert_rows(session, PlanStatusChange, _as_written(batch, now))


_COLUMNS = (
    "id", "created_at", "updated_at", "plan_id", "from_status", "to_status", "changed_on",
    "note", "meeting_id", "author", "version",
)  # fmt: skip


def _as_written(batch: list[Named], now: datetime) -> list[dict[str, Any]]:
    return [
        {"id": uuid.uuid4(), "plan_id": plan_id,
         "from_status": row.values.get("from_status"),
         "to_status": row.values.get("to_status"),
         "changed_on": row.values.get("changed_on"),
         "note": clean(row.values.get("note") or ""), "meeting_id": meeting_id,
         "author": clean(row.values.get("author") or ""),
         "created_at": now, "updated_at": now, "version": 1}
        for row, plan_id, meeting_id in batch
    ]  # fmt: skip


def _stored(batch: list[Named], now: datetime) -> list[tuple[Any, ...]]:
    """The rows' values in SQLite's stored forms (json_values.to_json), each distinct id,
    status and date turned once: a million rows repeat a few thousand of them."""
    stamp = to_json(now)
    forms: dict[Any, Any] = {None: None}
    rows: list[tuple[Any, ...]] = []
    for row_id, (row, plan_id, meeting_id) in zip(new_ids(len(batch)), batch, strict=True):
        get = row.values.get
        from_status, to_status, changed_on = get("from_status"), get("to_status"), get("changed_on")
        for value in (plan_id, meeting_id, from_status, to_status, changed_on):
            if value not in forms:
                forms[value] = to_json(value)
        rows.append((
            row_id, stamp, stamp, forms[plan_id], forms[from_status], forms[to_status],
            forms[changed_on], clean(get("note") or ""), forms[meeting_id],
            clean(get("author") or ""), 1,
        ))  # fmt: skip
    return rows


def _key(row: RecordRow) -> str:
    values = row.values
    return f"{values.get('plan')} {values.get('changed_on')} {values.get('to_status')}"
