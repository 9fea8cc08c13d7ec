"""Plans named by their reference (`2-ECO-03`) on a Plans sheet filled by hand: a row without
an id whose ref names a plan of the database is that plan; a new row takes its number from
its ref; a plan is carried into a conference once only."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from exports.xlsx_in.file import SheetRows
from exports.xlsx_in.rows import NewPlan, ParsedRow, Rejection, reject
from secretariat.messages import expected
from secretariat.models import Conference, Plan, Team

REF_PATTERN = re.compile(r"\s*(\d+)-([A-Za-z0-9_]+)-(\d+)\s*")


def ref_parts(text: Any) -> tuple[int, str, int] | None:
    match = REF_PATTERN.fullmatch(str(text or ""))
    return (int(match[1]), match[2].upper(), int(match[3])) if match else None


RefIds = dict[tuple[int, str, int], uuid.UUID]


def name_plans_by_ref(session: Session, rows: Sequence[ParsedRow]) -> RefIds:
    """Give a row without an id the id of the plan its ref names, if there is one; returns
    the plans of every ref the rows name (their own, the ones they continue), read at once."""
    named = [
        (parts, row)
        for row in rows
        if not row.unchanged and not row.rejections and isinstance(row.values, dict)
        for key in ("ref", "continues")
        if (parts := ref_parts(row.values.get(key))) is not None
    ]
    if not named:
        return {}
    ids = plans_of_conferences(session, {number for (number, _, _), _ in named})
    for row in rows:
        if isinstance(row.values, dict) and not row.values.get("id") and not row.rejections:
            parts = ref_parts(row.values.get("ref"))
            if parts in ids and not row.unchanged:
                row.values["id"] = ids[parts]
    return ids


def plans_of_conferences(session: Session, numbers: set[int]) -> RefIds:
    query = (
        select(col(Plan.id), col(Conference.number), col(Team.code), col(Plan.seq))
        .join(Conference, col(Conference.id) == col(Plan.conference_id))
        .join(Team, col(Team.id) == col(Plan.team_id))
        .where(col(Conference.number).in_(numbers))
    )
    return {(number, code, seq): plan_id for plan_id, number, code, seq in session.execute(query)}


def plan_id_of_ref(session: Session, number: int, code: str, seq: int) -> uuid.UUID | None:
    query = (
        select(col(Plan.id))
        .join(Conference, col(Conference.id) == col(Plan.conference_id))
        .join(Team, col(Team.id) == col(Plan.team_id))
        .where(col(Conference.number) == number, col(Team.code) == code, col(Plan.seq) == seq)
    )
    return session.scalars(query).first()


def seq_from_ref(sheet: SheetRows, row: ParsedRow) -> int | None:
    """A new row's number from its ref, which must agree with its conference and team."""
    parts = ref_parts(row.values.get("ref"))
    if parts is None:
        if row.values.get("ref"):
            row.rejections.append(
                reject(sheet, row.number, "ref", row.values["ref"], expected("ref_like"))
            )
        return None
    number, code, seq = parts
    values = row.values
    values.setdefault("conference", number)
    values.setdefault("team", code)
    if values.get("conference") != number or str(values.get("team", "")).upper() != code:
        row.rejections.append(
            reject(
                sheet,
                row.number,
                "ref",
                values["ref"],
                expected(
                    "ref_of_row",
                    conference=values.get("conference"),
                    team=str(values.get("team", "")).upper(),
                ),
            )
        )
        return None
    return seq


def reject_double_carries(
    session: Session, sheet: SheetRows, new: list[NewPlan]
) -> tuple[list[NewPlan], list[Rejection]]:
    """New plans that carry the same plan into the same conference, or that take a number
    already taken: the first row keeps it, the others are rejected naming it."""
    kept: list[NewPlan] = []
    rejected: list[Rejection] = []
    carried: dict[tuple[Any, Any], int] = _carried_already(session, new)
    numbered: dict[tuple[Any, Any, int], int] = {}
    for plan in new:
        fields = plan.fields
        carry = (fields["conference_id"], fields.get("continues_plan_id"))
        if carry[1] is not None and carry in carried:
            first = carried[carry]
            wanted = (
                expected("not_carried_yet_row", first=first)
                if first
                else expected("not_carried_yet_db")
            )
            rejected.append(reject(sheet, plan.row, "continues", plan.continues, wanted))
            continue
        if plan.seq is not None:
            number = (fields["conference_id"], fields["team_id"], plan.seq)
            if number in numbered:
                wanted = expected("ref_on_one_row", row=numbered[number])
                rejected.append(reject(sheet, plan.row, "ref", plan.ref, wanted))
                continue
            numbered[number] = plan.row
        if carry[1] is not None:
            carried[carry] = plan.row
        kept.append(plan)
    return kept, rejected


def _carried_already(session: Session, new: list[NewPlan]) -> dict[tuple[Any, Any], int]:
    by_conference: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for plan in new:
        earlier = plan.fields.get("continues_plan_id")
        if earlier is not None:
            by_conference[plan.fields["conference_id"]].add(earlier)
    found: dict[tuple[Any, Any], int] = {}
    for conference_id, earlier_ids in by_conference.items():
        query = select(col(Plan.continues_plan_id)).where(
            col(Plan.conference_id) == conference_id, col(Plan.continues_plan_id).in_(earlier_ids)
        )
        for earlier in session.scalars(query):
            found[(conference_id, earlier)] = 0
    return found
