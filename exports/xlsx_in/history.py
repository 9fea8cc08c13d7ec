"""The Status history sheet: status changes that the database lacks, added (histories only
grow), matched by plan, date and new status; a change names its plan by ref and its meeting
by date.

History is many rows (ten per plan), so it is staged in bulk rather than row by row: the
plans and meetings it names are read once, the new rows go in through one executemany. A plan
this import adds takes its history from the sheet, in place of the first row the import would
give it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlmodel import Session, col

from exports.xlsx_in.refs import plans_of_conferences, ref_parts
from exports.xlsx_in.sheet import RecordRow, RecordSheet
from exports.xlsx_in.stage import SheetPreview
from secretariat.bulk_load import insert_rows
from secretariat.messages import expected
from secretariat.models import Conference, Meeting, PlanStatusChange, utc_now
from secretariat.text import clean

INSERT_BATCH = 20_000
Named = tuple[RecordRow, uuid.UUID, uuid.UUID | None]  # a row, its plan and its meeting


def stage_history(
    session: Session, sheet: RecordSheet, added_plans: Iterable[uuid.UUID], today: date
) -> SheetPreview:
    """Add the sheet's status changes the database does not have, into the open transaction."""
    plans = plans_of_conferences(session, _conference_numbers(sheet))
    meetings = _meetings_by_day(session)
    held = dict(session.execute(select(col(Conference.number), col(Conference.held_date))).all())
    added = set(added_plans)
    rows: list[Named] = []
    for row in sheet.rows:
        if row.rejections:
            continue
        plan_id = _plan_of(sheet, row, plans)
        meeting_id = _meeting_of(sheet, row, meetings)
        changed_on = row.values.get("changed_on")
        if changed_on is not None and changed_on > today:
            sheet.reject(row, "changed_on", changed_on, expected("not_after_today"))
        _check_against_conference(sheet, row, changed_on, held)
        if plan_id is not None and not row.rejections:
            rows.append((row, plan_id, meeting_id))
    known = _known_changes(session, {plan_id for _, plan_id, _ in rows} - added)
    new, unchanged = _new_changes(sheet, rows, known)
    del rows
    _replace_first_rows(session, added & {plan_id for _, plan_id, _ in new})
    _insert(session, new)
    return SheetPreview(
        sheet.title,
        sheet.kind.plural,
        tuple((row.number, _key(row)) for row, _, _ in new),
        (),
        unchanged,
        tuple(rejection for row in sheet.rows for rejection in row.rejections),
        tuple(sheet.ignored),
    )


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


def _conference_numbers(sheet: RecordSheet) -> set[int]:
    numbers = set()
    for row in sheet.rows:
        parts = ref_parts(row.values.get("plan"))
        if parts is not None:
            numbers.add(parts[0])
    return numbers


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


def _new_changes(
    sheet: RecordSheet, rows: list[Named], known: set[tuple[Any, ...]]
) -> tuple[list[Named], int]:
    """The rows the database lacks (each once), and how many it has already."""
    new: list[Named] = []
    first_rows: dict[tuple[Any, ...], int] = {}
    unchanged = 0
    for row, plan_id, meeting_id in rows:
        values = row.values
        key = (plan_id, values.get("changed_on"), values.get("to_status"))
        if key in known:
            unchanged += 1
            continue
        first = first_rows.setdefault(key, row.number)
        if first != row.number:
            wanted = expected("change_on_one_row", first=first)
            sheet.reject(row, "to_status", values.get("to_status"), wanted)
            continue
        new.append((row, plan_id, meeting_id))
    return new, unchanged


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


def _insert(session: Session, new: list[Named]) -> None:
    """The new rows' values made and written a batch at a time (a million status changes'
    values are never all held at once). Their author is the sheet's: who imports a change
    did not make it (a row without one stays without)."""
    now = utc_now()
    for start in range(0, len(new), INSERT_BATCH):
        insert_rows(session, PlanStatusChange, [
            {"id": uuid.uuid4(), "plan_id": plan_id,
             "from_status": row.values.get("from_status"),
             "to_status": row.values.get("to_status"),
             "changed_on": row.values.get("changed_on"),
             "note": clean(row.values.get("note") or ""), "meeting_id": meeting_id,
             "author": clean(row.values.get("author") or ""),
             "created_at": now, "updated_at": now, "version": 1}
            for row, plan_id, meeting_id in new[start : start + INSERT_BATCH]
        ])  # fmt: skip


def _key(row: RecordRow) -> str:
    values = row.values
    return f"{values.get('plan')} {values.get('changed_on')} {values.get('to_status')}"
