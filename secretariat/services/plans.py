"""Plans: creating and editing them, their status history, and carrying them over.

Rules kept here: a plan's team must exist at its conference; progress is 0–100; the title is
present in at least one working language; every status change writes its history row in the
same transaction; a plan is carried over only into the next conference, and only once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from secretariat.db import Database
from secretariat.errors import NotFoundError, ValidationError
from secretariat.kinds import PLAN as PLAN_KIND
from secretariat.messages import expected
from secretariat.models import (
    Activity,
    Conference,
    Meeting,
    Plan,
    PlanStatus,
    PlanStatusChange,
    Team,
)
from secretariat.rules import Problem, plan_problems, raise_errors, status_change_problems
from secretariat.services import plan_rules, records
from secretariat.services.committee import working_languages_in
from secretariat.services.conferences import next_conference
from secretariat.services.validation import (
    as_date,
    as_enum,
    as_text,
    as_uuid,
)
from secretariat.text import display_text, search_text

DERIVED_FIELDS = frozenset({"seq", "search_text", "status_changed_on", "status"})


def _check_plan(session: Session, plan: Plan) -> None:
    plan_rules.check_plan(plan, plan_rules.InSession(session))


def refresh_search_text(plan: Plan) -> None:
    plan.search_text = search_text(plan.model_dump())


def _plan_rules(session: Session, plan: Plan) -> list[Problem]:
    return plan_problems(plan, session.get(Conference, plan.conference_id))


PLAN = records.RecordSpec(
    Plan,
    "plan",
    check=_check_plan,
    rules=_plan_rules,
    readonly_fields=DERIVED_FIELDS,
    derive=refresh_search_text,
)


def review_plan(db: Database, fields: Mapping[str, Any], plan_id: Any = None) -> list[Problem]:
    """Every problem of a plan as typed (a new one is agreed, as add_plan makes it)."""
    return records.review(
        db, PLAN, fields, plan_id, new={"seq": 1, "status": PlanStatus.agreed, "progress": 0}
    )


plan_ref = plan_rules.plan_ref


def _next_seq(session: Session, conference_id: uuid.UUID, team_id: uuid.UUID) -> int:
    highest = session.scalar(
        select(func.max(Plan.seq)).where(
            Plan.conference_id == conference_id, Plan.team_id == team_id
        )
    )
    return int(highest or 0) + 1


def _seq_taken(session: Session, conference_id: uuid.UUID, team_id: uuid.UUID, seq: int) -> bool:
    return (
        session.scalar(
            select(func.count()).where(
                Plan.conference_id == conference_id, Plan.team_id == team_id, Plan.seq == seq
            )
        )
        or 0
    ) > 0


@dataclass(frozen=True)
class StatusUpdate:
    """A decided change of one plan's status (from a form, a meeting or a workbook)."""

    plan_id: uuid.UUID
    to_status: PlanStatus
    note: str = ""


def add_plan(
    session: Session,
    fields: Mapping[str, Any],
    *,
    status: PlanStatus | str = PlanStatus.agreed,
    changed_on: date | None = None,
    note: str = "",
    seq: int | None = None,
    plan_id: uuid.UUID | None = None,
) -> Plan:
    """Add a plan inside an open transaction; its first history row records its status.
    It takes the next number of its conference and team, or `seq` when that is free (a
    workbook filled by hand names its plans `1-ECO-03`). A plan of another database keeps its
    `plan_id`."""
    fields = dict(fields)
    conference_id = as_uuid("conference_id", fields.get("conference_id"))
    team_id = as_uuid("team_id", fields.get("team_id"))
    initial = as_enum("status", status, PlanStatus)
    # The plan must validate as a whole (team, title...) before it gets a number.
    draft = Plan(**records.clean_fields(PLAN, fields), seq=0, status=initial)
    if plan_id is not None:
        draft.id = plan_id
    _check_plan(session, draft)
    raise_errors(_plan_rules(session, draft))
    draft.seq = _next_seq(session, conference_id, team_id) if seq is None else seq
    if seq is not None and _seq_taken(session, conference_id, team_id, seq):
        raise ValidationError("ref", seq, expected("free_plan_number"))
    refresh_search_text(draft)
    if initial == PlanStatus.implemented:
        draft.progress = 100
    conference = session.get(Conference, conference_id)
    assert conference is not None
    draft.status_changed_on = changed_on or conference.held_date or conference.planned_date
    session.add(draft)
    session.flush()
    session.add(
        PlanStatusChange(
            plan_id=draft.id,
            from_status=None,
            to_status=initial,
            changed_on=draft.status_changed_on,
            note=as_text("note", note),  # within the limits of text_rules.py
        )
    )
    session.flush()
    return draft


def create_plan(db: Database, fields: Mapping[str, Any], **status: Any) -> Plan:
    with db.write() as session:
        return add_plan(session, fields, **status)


def update_plan(
    db: Database, plan_id: Any, changes: Mapping[str, Any], *, seq: int | None = None
) -> tuple[Plan, dict[str, Any]]:
    """Change a plan's fields (not its status: see change_status); returns the old values.
    A plan moved to another conference or team takes the next number there (or `seq`, when
    an undo puts it back); the old values then include its old `seq`."""
    with db.write() as session:
        plan = records.get(session, PLAN, plan_id)
        old_seq = plan.seq
        _renumber_if_moved(session, plan, changes, seq)
        plan, previous = records.change_record(session, PLAN, plan_id, changes)
        if plan.seq != old_seq:
            previous["seq"] = old_seq
        return plan, previous


def _renumber_if_moved(
    session: Session, plan: Plan, changes: Mapping[str, Any], seq: int | None
) -> None:
    conference_id = as_uuid("conference_id", changes.get("conference_id", plan.conference_id))
    team_id = as_uuid("team_id", changes.get("team_id", plan.team_id))
    if (conference_id, team_id) == (plan.conference_id, plan.team_id):
        return
    if conference_id != plan.conference_id:
        later = session.scalars(select(Plan).where(Plan.continues_plan_id == plan.id)).first()
        if later is not None:
            raise ValidationError(
                "conference_id",
                plan_ref(session, plan),
                expected("own_conference", ref=plan_ref(session, later)),
            )
    number = seq if seq is not None else _next_seq(session, conference_id, team_id)
    taken = session.scalars(
        select(Plan.id).where(
            Plan.conference_id == conference_id, Plan.team_id == team_id, Plan.seq == number
        )
    ).first()
    if taken is not None:
        raise ValidationError("seq", number, expected("free_plan_number"))
    plan.seq = number


def get_plan(db: Database, plan_id: Any) -> Plan:
    with db.read() as session:
        return records.get(session, PLAN, plan_id)


def delete_plan(db: Database, plan_id: Any) -> dict[str, Any]:
    """Delete a plan and its history (undo of adding it); refused while a plan continues it."""
    with db.write() as session:
        plan = records.get(session, PLAN, plan_id)
        successor = session.scalars(select(Plan).where(Plan.continues_plan_id == plan.id))
        continued_by = successor.first()
        if continued_by is not None:
            raise ValidationError(
                "plan",
                plan_ref(session, plan),
                expected("not_continued_by", ref=plan_ref(session, continued_by)),
            )
        values = records.snapshot(plan)
        session.delete(plan)
        session.flush()
        return values


@dataclass(frozen=True)
class DeletedPlan:
    """A deleted plan and what went with it: enough to put it back exactly (undo)."""

    values: dict[str, Any]  # every column of the plan
    history: tuple[dict[str, Any], ...]  # every column of each status change
    activity_ids: tuple[uuid.UUID, ...] = ()  # activities that were linked to it


def remove_plans(db: Database, plan_ids: Sequence[Any]) -> list[DeletedPlan]:
    """Delete plans with their history, all or nothing. A plan continued by another is
    refused unless that one is deleted too. Returns what `restore_plans` needs."""
    with db.write() as session:
        doomed = [records.get(session, PLAN, key) for key in dict.fromkeys(plan_ids)]
        doomed_ids = {plan.id for plan in doomed}
        for plan in doomed:
            successor = session.scalars(select(Plan).where(Plan.continues_plan_id == plan.id))
            continued_by = successor.first()
            if continued_by is not None and continued_by.id not in doomed_ids:
                raise ValidationError(
                    "plan",
                    plan_ref(session, plan),
                    expected("not_continued_by", ref=plan_ref(session, continued_by)),
                )
        numbers = {
            plan.id: session.scalar(
                select(Conference.number).where(Conference.id == plan.conference_id)
            )
            for plan in doomed
        }
        # A successor is always at a later conference: delete the latest first.
        doomed.sort(key=lambda plan: numbers[plan.id] or 0, reverse=True)
        return [_remove_plan(session, plan) for plan in doomed]


def _remove_plan(session: Session, plan: Plan) -> DeletedPlan:
    changes = session.scalars(
        select(PlanStatusChange)
        .where(PlanStatusChange.plan_id == plan.id)
        .order_by(col(PlanStatusChange.changed_on), col(PlanStatusChange.created_at))
    ).all()
    linked = session.scalars(select(Activity.id).where(Activity.plan_id == plan.id)).all()
    removed = DeletedPlan(
        values=records.snapshot(plan),
        history=tuple(records.snapshot(change) for change in changes),
        activity_ids=tuple(linked),
    )
    for change in changes:
        session.delete(change)
    session.flush()  # before the plan: its delete would cascade to them unseen by the ORM
    session.delete(plan)  # linked activities lose the link (ON DELETE SET NULL)
    session.flush()
    return removed


def restore_plans(db: Database, deleted: Sequence[DeletedPlan]) -> list[Plan]:
    """Put deleted plans back with their ids, history and activity links, all or nothing
    (the undo of deleting or of adding them). Refused when the data moved on meanwhile:
    the number or the carry-over is taken, the conference or team is gone."""
    with db.write() as session:
        # Deleted latest first, so restored earliest first: a plan before its successor.
        return [_restore_plan(session, item) for item in reversed(deleted)]


def _restore_plan(session: Session, item: DeletedPlan) -> Plan:
    plan = Plan(**item.values)
    with session.no_autoflush:
        ref = plan_ref(session, plan)
        if session.get(Plan, plan.id) is not None:
            raise ValidationError("plan", ref, expected("plan_not_there"))
        _check_plan(session, plan)
        if session.scalars(
            select(Plan.id).where(
                Plan.conference_id == plan.conference_id,
                Plan.team_id == plan.team_id,
                Plan.seq == plan.seq,
            )
        ).first():
            raise ValidationError("seq", ref, expected("free_plan_number"))
        if (
            plan.continues_plan_id is not None
            and session.scalars(
                select(Plan.id).where(
                    Plan.conference_id == plan.conference_id,
                    Plan.continues_plan_id == plan.continues_plan_id,
                )
            ).first()
        ):
            raise ValidationError("continues_plan_id", ref, expected("not_carried_again"))
    session.add(plan)
    session.flush()
    records.keep_version(session, plan, item.values.get("version"))
    for values in item.history:
        change = PlanStatusChange(**values)
        if change.meeting_id is not None and session.get(Meeting, change.meeting_id) is None:
            change.meeting_id = None  # the meeting was deleted meanwhile, as its delete does
        session.add(change)
    for activity_id in item.activity_ids:
        activity = session.get(Activity, activity_id)
        if activity is not None and activity.plan_id is None:
            activity.plan_id = plan.id
    session.flush()
    return plan


def apply_status(
    session: Session,
    plan: Plan,
    to_status: PlanStatus | str,
    *,
    changed_on: Any,
    note: str = "",
    meeting_id: uuid.UUID | None = None,
) -> PlanStatusChange | None:
    """Set a plan's status and write the history row, inside an open transaction.
    Returns None when the plan already has that status (nothing to record)."""
    target = as_enum("status", to_status, PlanStatus)
    when = as_date("changed_on", changed_on)
    if plan.status == target:
        return None
    raise_errors(status_change_problems(plan, when, session.get(Conference, plan.conference_id)))
    change = PlanStatusChange(
        plan_id=plan.id,
        from_status=plan.status,
        to_status=target,
        changed_on=when,
        note=as_text("note", note),  # within the limits of text_rules.py
        meeting_id=meeting_id,
    )
    plan.status = target
    if target == PlanStatus.implemented:
        plan.progress = 100
    if plan.status_changed_on is None or when >= plan.status_changed_on:
        plan.status_changed_on = when
    session.add(change)
    return change


def change_status(
    db: Database,
    plan_ids: Iterable[Any],
    to_status: PlanStatus | str,
    *,
    changed_on: Any,
    note: str = "",
    meeting_id: uuid.UUID | None = None,
    if_version: int | None = None,
) -> list[PlanStatusChange]:
    """Change the status of one or many plans in one transaction; one history row each.
    `if_version`: the version the user saw (one plan); a plan changed since is refused."""
    with db.write() as session:
        changes = []
        for plan_id in plan_ids:
            plan = records.get(session, PLAN, plan_id)
            if if_version is not None and plan.version != if_version:
                raise records.conflict(session, PLAN, plan, if_version)
            change = apply_status(
                session, plan, to_status, changed_on=changed_on, note=note, meeting_id=meeting_id
            )
            if change is not None:
                changes.append(change)
        session.flush()
        return changes


def revert_status_change(db: Database, change_id: Any) -> Plan:
    """Undo a status change: only the plan's latest change can be taken back."""
    with db.write() as session:
        return _revert_change(session, change_id)


def revert_status_changes(
    db: Database, change_ids: Sequence[Any], *, progress: Mapping[uuid.UUID, int] | None = None
) -> list[Plan]:
    """Undo several status changes (of different plans) in one transaction, all or nothing.
    Each must be the last one written for its plan (it may be dated before others: a change
    entered late); `progress` puts back each plan's progress as it was before (a change to
    `implemented` sets it to 100)."""
    with db.write() as session:
        reverted = []
        for change_id in change_ids:
            plan = _take_back_last_written(session, change_id)
            if progress is not None and plan.id in progress:
                plan.progress = progress[plan.id]
            reverted.append(plan)
        session.flush()
        return reverted


def _take_back_last_written(session: Session, change_id: Any) -> Plan:
    change = session.get(PlanStatusChange, as_uuid("change_id", change_id))
    if change is None:
        raise NotFoundError("status change", change_id)
    plan: Plan = records.get(session, PLAN, change.plan_id)
    last_written = session.scalars(
        select(PlanStatusChange)
        .where(PlanStatusChange.plan_id == plan.id)
        .order_by(
            col(PlanStatusChange.created_at).desc(),
            col(PlanStatusChange.id).desc(),
        )
        .limit(1)
    ).first()
    if last_written != change or change.from_status is None or plan.status != change.to_status:
        raise ValidationError(
            "change_id", plan_ref(session, plan), expected("status_unchanged_since")
        )
    plan.status = change.from_status
    session.delete(change)
    session.flush()
    plan.status_changed_on = session.scalar(
        select(func.max(PlanStatusChange.changed_on)).where(PlanStatusChange.plan_id == plan.id)
    )
    return plan


def _revert_change(session: Session, change_id: Any) -> Plan:
    change = session.get(PlanStatusChange, as_uuid("change_id", change_id))
    if change is None:
        raise NotFoundError("status change", change_id)
    plan: Plan = records.get(session, PLAN, change.plan_id)
    latest = _history_query(plan.id).limit(1)
    if session.scalars(latest).first() != change or change.from_status is None:
        raise ValidationError("change_id", change_id, expected("latest_status_change"))
    plan.status = change.from_status
    session.delete(change)
    session.flush()
    previous = session.scalars(_history_query(plan.id).limit(1)).first()
    plan.status_changed_on = previous.changed_on if previous else None
    return plan


def _history_query(plan_id: uuid.UUID) -> SelectOfScalar[PlanStatusChange]:
    return (
        select(PlanStatusChange)
        .where(PlanStatusChange.plan_id == plan_id)
        .order_by(
            col(PlanStatusChange.changed_on).desc(),
            col(PlanStatusChange.created_at).desc(),
        )
    )


def history(db: Database, plan_id: Any) -> list[PlanStatusChange]:
    """The plan's status changes, newest first."""
    with db.read() as session:
        key = as_uuid("plan_id", plan_id)
        return list(session.scalars(_history_query(key)).all())


def lineage(db: Database, plan_id: Any) -> list[Plan]:
    """The chain of plans this one continues, oldest first, ending with the plan itself."""
    with db.read() as session:
        plan = records.get(session, PLAN, plan_id)
        chain = [plan]
        earlier_id = plan.continues_plan_id
        while earlier_id is not None:
            earlier = session.get(Plan, earlier_id)
            if earlier is None or earlier in chain:
                break
            chain.append(earlier)
            earlier_id = earlier.continues_plan_id
        return list(reversed(chain))


@dataclass(frozen=True)
class CarryOverItem:
    """What carrying one plan over would do."""

    plan_id: uuid.UUID
    ref: str
    title: str
    to_conference: int | None
    refused: str = ""  # why it cannot be carried over, empty when it can


def _carry_over_plan(session: Session, plan: Plan) -> tuple[Conference | None, str]:
    conference = session.get(Conference, plan.conference_id)
    assert conference is not None
    target = next_conference(session, conference)
    if target is None:
        return None, f"there is no conference after conference {conference.number}"
    already = session.scalars(
        select(Plan).where(Plan.continues_plan_id == plan.id, Plan.conference_id == target.id)
    ).first()
    if already is not None:
        return target, f"already carried over as {plan_ref(session, already)}"
    team = session.get(Team, plan.team_id)
    assert team is not None
    if not team.active:
        return target, f"team {team.code} is no longer active"
    return target, ""


def preview_carry_over(db: Database, plan_ids: Sequence[Any]) -> list[CarryOverItem]:
    """Which of these plans would be carried over to the next conference, and which not."""
    with db.read() as session:
        languages = working_languages_in(session)
        items = []
        for plan_id in plan_ids:
            plan = records.get(session, PLAN, plan_id)
            target, refused = _carry_over_plan(session, plan)
            items.append(
                CarryOverItem(
                    plan_id=plan.id,
                    ref=plan_ref(session, plan),
                    title=display_text(plan, "title", languages),
                    to_conference=target.number if target else None,
                    refused=refused,
                )
            )
        return items


# What a carried plan starts with: every field of the plan's description (kinds.PLAN) but
# these, which the carry-over sets itself (the new conference, a new number, a fresh status
# at 0 %, the link to the plan it continues). A field added to Plan is carried by default.
NOT_CARRIED = frozenset({"conference_id", "seq", "status", "progress", "continues_plan_id"})
COPIED_ON_CARRY_OVER = [
    name for spec in PLAN_KIND.fields for name in spec.columns() if name not in NOT_CARRIED
]


def carry_over(db: Database, plan_ids: Sequence[Any], *, note: str = "") -> list[Plan]:
    """Continue these plans at the next conference: new plans linked to the old ones.
    All or nothing: if any plan cannot be carried over, nothing is created."""
    with db.write() as session:
        created = []
        for plan_id in plan_ids:
            plan = records.get(session, PLAN, plan_id)
            target, refused = _carry_over_plan(session, plan)
            if refused or target is None:
                raise ValidationError(
                    "plan", plan_ref(session, plan), expected("can_be_carried_over", reason=refused)
                )
            fields = {name: getattr(plan, name) for name in COPIED_ON_CARRY_OVER}
            fields.update(conference_id=target.id, continues_plan_id=plan.id)
            created.append(
                add_plan(
                    session,
                    fields,
                    note=note or f"carried over from {plan_ref(session, plan)}",
                )
            )
        return created
