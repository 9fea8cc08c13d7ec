"""Meetings between conferences and what was decided at them.

`log_meeting` is the fast path the secretariat uses right after a meeting: the meeting, its
teams and every plan status decided there are written in one transaction, and each history row
points back to the meeting.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, delete, select

from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.messages import expected
from secretariat.models import (
    AgendaItem,
    Conference,
    Meeting,
    MeetingTeam,
    Plan,
    PlanStatus,
    PlanStatusChange,
    Team,
)
from secretariat.rules import Problem, meeting_problems
from secretariat.services import records
from secretariat.services.plans import PLAN, StatusUpdate, apply_status, plan_ref
from secretariat.services.validation import as_uuid
from secretariat.text import fold, texts_of

START_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def _check_meeting(session: Session, meeting: Meeting) -> None:
    if meeting.conference_id is not None and session.get(Conference, meeting.conference_id) is None:
        raise ValidationError(
            "conference_id", meeting.conference_id, expected("existing_conference")
        )
    if meeting.start_time and START_TIME.fullmatch(meeting.start_time) is None:
        raise ValidationError("start_time", meeting.start_time, expected("time"))


MEETING = records.RecordSpec(
    Meeting, "meeting", check=_check_meeting, rules=lambda _, meeting: meeting_problems(meeting)
)


def review_meeting(
    db: Database,
    fields: Mapping[str, Any],
    *,
    team_ids: Sequence[Any] | None = None,
    meeting_id: Any = None,
) -> list[Problem]:
    """Every problem of a meeting as typed, with its teams (a meeting of no team is worth
    a second look): what the meeting form shows before it saves."""
    wanted = None if team_ids is None else list(team_ids)
    return records.review(
        db,
        MEETING,
        fields,
        meeting_id,
        more=lambda _, meeting: [
            problem
            for problem in meeting_problems(meeting, team_ids=wanted)
            if problem.field == "team_ids"
        ],
    )


def set_meeting_teams(session: Session, meeting_id: uuid.UUID, team_ids: Iterable[Any]) -> None:
    session.exec(delete(MeetingTeam).where(col(MeetingTeam.meeting_id) == meeting_id))
    for team_id in dict.fromkeys(as_uuid("team_ids", key) for key in team_ids):
        if team_id is None or session.get(Team, team_id) is None:
            raise ValidationError("team_ids", team_id, expected("existing_team"))
        session.add(MeetingTeam(meeting_id=meeting_id, team_id=team_id))


def meeting_team_ids(session: Session, meeting_id: uuid.UUID) -> list[uuid.UUID]:
    return list(
        session.scalars(select(MeetingTeam.team_id).where(MeetingTeam.meeting_id == meeting_id))
    )


def log_meeting(
    db: Database,
    fields: Mapping[str, Any],
    *,
    team_ids: Sequence[Any] = (),
    status_updates: Sequence[StatusUpdate] = (),
) -> tuple[Meeting, list[PlanStatusChange]]:
    """Record a meeting with its teams and the status changes decided at it, all or nothing."""
    with db.write() as session:
        meeting = records.add_record(session, MEETING, fields)
        set_meeting_teams(session, meeting.id, team_ids)
        changes = apply_updates(session, meeting, status_updates)
        session.flush()
        return meeting, changes


def apply_updates(
    session: Session, meeting: Meeting, status_updates: Sequence[StatusUpdate]
) -> list[PlanStatusChange]:
    seen: set[uuid.UUID] = set()
    changes = []
    for update in status_updates:
        plan = records.get(session, PLAN, update.plan_id)
        if plan.id in seen:
            raise ValidationError("plan", plan_ref(session, plan), expected("each_plan_once"))
        seen.add(plan.id)
        change = apply_status(
            session,
            plan,
            update.to_status,
            changed_on=meeting.held_on,
            note=update.note,
            meeting_id=meeting.id,
        )
        if change is not None:
            changes.append(change)
    return changes


def update_meeting(
    db: Database,
    meeting_id: Any,
    changes: Mapping[str, Any],
    *,
    team_ids: Sequence[Any] | None = None,
) -> tuple[Meeting, dict[str, Any]]:
    """Edit a meeting; `previous` includes `team_ids` when they were replaced (for undo)."""
    with db.write() as session:
        meeting, previous = records.change_record(session, MEETING, meeting_id, changes)
        if team_ids is not None:
            previous["team_ids"] = meeting_team_ids(session, meeting.id)
            set_meeting_teams(session, meeting.id, team_ids)
        return meeting, previous


def delete_meeting(db: Database, meeting_id: Any) -> dict[str, Any]:
    """Delete a meeting and its agenda; the status changes decided at it stay, without the
    link."""
    with db.write() as session:
        meeting = records.get(session, MEETING, meeting_id)
        values = records.snapshot(meeting)
        values["team_ids"] = meeting_team_ids(session, meeting.id)
        values["agenda"] = [records.snapshot(item) for item in _items_of(session, meeting.id)]
        session.delete(meeting)
        session.flush()
        return values


def _items_of(session: Session, meeting_id: uuid.UUID) -> list[AgendaItem]:
    return list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)))


def get_meeting(db: Database, meeting_id: Any) -> Meeting:
    with db.read() as session:
        return records.get(session, MEETING, meeting_id)


def list_meetings(db: Database) -> list[Meeting]:
    return records.list_records(db, Meeting, col(Meeting.held_on).desc())


def teams_of_meeting(db: Database, meeting_id: Any) -> list[uuid.UUID]:
    with db.read() as session:
        key = as_uuid("meeting_id", meeting_id)
        return meeting_team_ids(session, key)


# -- undo and redo of a logged meeting, and what the meeting form shows ---------------------


@dataclass(frozen=True)
class DecidedChange:
    """A status change decided at a meeting, with its plan, for showing beside the meeting."""

    change_id: uuid.UUID
    plan_id: uuid.UUID
    plan_ref: str
    plan_titles: dict[str, str]
    from_status: PlanStatus | None
    to_status: PlanStatus
    note: str


def _changes_at(session: Session, meeting_id: uuid.UUID) -> list[PlanStatusChange]:
    query = (
        select(PlanStatusChange)
        .where(PlanStatusChange.meeting_id == meeting_id)
        .order_by(col(PlanStatusChange.created_at), col(PlanStatusChange.id))
    )
    return list(session.scalars(query).all())


def decided_at(db: Database, meeting_id: Any) -> list[DecidedChange]:
    """The status changes decided at a meeting, in the order they were logged."""
    key = as_uuid("meeting_id", meeting_id)
    with db.read() as session:
        decided = []
        for change in _changes_at(session, key):
            plan = session.get(Plan, change.plan_id)
            assert plan is not None
            decided.append(
                DecidedChange(
                    change_id=change.id,
                    plan_id=plan.id,
                    plan_ref=plan_ref(session, plan),
                    plan_titles=texts_of(plan, "title"),
                    from_status=change.from_status,
                    to_status=change.to_status,
                    note=change.note,
                )
            )
        return decided


def plan_progress(db: Database, plan_ids: Iterable[Any]) -> dict[uuid.UUID, int]:
    """The plans' progress now: read before logging, so undoing the meeting can put it back
    (a plan set to implemented jumps to 100 %)."""
    keys = [as_uuid("plan_ids", key) for key in plan_ids]
    if not keys:
        return {}
    with db.read() as session:
        query = select(Plan.id, Plan.progress).where(col(Plan.id).in_(keys))
        return dict(session.execute(query).all())


@dataclass(frozen=True)
class LoggedMeeting:
    """Everything `unlog_meeting` took out, so `relog_meeting` can put it back exactly."""

    meeting: dict[str, Any]
    team_ids: tuple[uuid.UUID, ...]
    changes: tuple[dict[str, Any], ...]  # the status changes' rows, in the order logged
    progress_after: dict[uuid.UUID, int]  # each changed plan's progress after the meeting


def _latest_written(session: Session, plan_id: uuid.UUID) -> PlanStatusChange | None:
    query = (
        select(PlanStatusChange)
        .where(PlanStatusChange.plan_id == plan_id)
        .order_by(col(PlanStatusChange.created_at).desc(), col(PlanStatusChange.id).desc())
        .limit(1)
    )
    return session.scalars(query).first()


def _latest_change_date(session: Session, plan_id: uuid.UUID) -> date | None:
    return session.scalar(
        select(func.max(PlanStatusChange.changed_on)).where(PlanStatusChange.plan_id == plan_id)
    )


def _take_back(session: Session, change: PlanStatusChange, progress: int | None) -> Plan:
    """Remove one status change and put its plan back to the status before it."""
    plan: Plan = records.get(session, PLAN, change.plan_id)
    ref = plan_ref(session, plan)
    latest = _latest_written(session, plan.id)
    if latest is None or latest.id != change.id or plan.status != change.to_status:
        raise ValidationError("plan", ref, expected("status_unchanged_since"))
    if change.from_status is None:
        raise ValidationError("plan", ref, expected("change_with_status_before"))
    plan.status = change.from_status
    if progress is not None:
        plan.progress = progress
    session.delete(change)
    session.flush()
    plan.status_changed_on = _latest_change_date(session, plan.id)
    return plan


def take_back_decided(
    session: Session, meeting_id: uuid.UUID, progress_before: Mapping[uuid.UUID, int]
) -> tuple[tuple[dict[str, Any], ...], dict[uuid.UUID, int]]:
    """Take back every status change decided at the meeting, latest first; returns their rows
    and each plan's progress after the meeting (for a redo)."""
    changes = _changes_at(session, meeting_id)
    snapshots = tuple(records.snapshot(change) for change in changes)
    progress_after = {}
    for change in reversed(changes):
        plan = session.get(Plan, change.plan_id)
        assert plan is not None
        progress_after[plan.id] = plan.progress
        _take_back(session, change, progress_before.get(plan.id))
    return snapshots, progress_after


def unlog_meeting(
    db: Database, meeting_id: Any, *, progress_before: Mapping[uuid.UUID, int] | None = None
) -> LoggedMeeting:
    """Undo of `log_meeting`: take back the status changes decided at the meeting and delete
    it, all or nothing. Refused when a plan's status has changed again since."""
    with db.write() as session:
        meeting = records.get(session, MEETING, meeting_id)
        snapshots, progress_after = take_back_decided(session, meeting.id, progress_before or {})
        logged = LoggedMeeting(
            meeting=records.snapshot(meeting),
            team_ids=tuple(meeting_team_ids(session, meeting.id)),
            changes=snapshots,
            progress_after=progress_after,
        )
        session.delete(meeting)
        session.flush()
        return logged


def relog_meeting(db: Database, logged: LoggedMeeting) -> Meeting:
    """Redo of `log_meeting` after `unlog_meeting`: the meeting, its teams and its status
    changes back with the same ids. Refused when a plan's status has changed meanwhile."""
    with db.write() as session:
        meeting = Meeting(**logged.meeting)
        session.add(meeting)
        session.flush()
        set_meeting_teams(session, meeting.id, logged.team_ids)
        for values in logged.changes:
            change = PlanStatusChange(**values)
            plan = records.get(session, PLAN, change.plan_id)
            if plan.status != change.from_status:
                still = change.from_status or "—"
                raise ValidationError(
                    "plan", plan_ref(session, plan), expected("plan_still", status=still)
                )
            plan.status = change.to_status
            plan.progress = logged.progress_after.get(plan.id, plan.progress)
            if plan.status_changed_on is None or change.changed_on >= plan.status_changed_on:
                plan.status_changed_on = change.changed_on
            session.add(change)
        session.flush()
        return meeting


def restore_meeting(
    db: Database, values: Mapping[str, Any], *, change_ids: Iterable[Any] = ()
) -> Meeting:
    """Undo of `delete_meeting`: the meeting back with its id and teams, and the status
    changes that were decided at it linked to it again."""
    with db.write() as session:
        fields = dict(values)
        team_ids = fields.pop("team_ids", ())
        agenda = fields.pop("agenda", ())
        meeting = Meeting(**fields)
        session.add(meeting)
        session.flush()
        set_meeting_teams(session, meeting.id, team_ids)
        session.add_all(AgendaItem(**item) for item in agenda)
        for change_id in change_ids:
            change = session.get(PlanStatusChange, as_uuid("change_ids", change_id))
            if change is not None and change.meeting_id is None:
                change.meeting_id = meeting.id
        session.flush()
        return meeting


# -- choosing plans for a meeting's status updates ------------------------------------------


@dataclass(frozen=True)
class PlanChoice:
    """A plan offered by the meeting form's type-ahead search."""

    plan_id: uuid.UUID
    ref: str
    titles: dict[str, str]
    status: PlanStatus
    team_id: uuid.UUID


REF_TERM = re.compile(r"(\d+)(?:-([A-Za-z][A-Za-z0-9_]*)?(?:-(\d+))?)?-?")


def _term_condition(term: str) -> Any:
    """One typed word matches a plan's titles or descriptions in any language, its team
    code, or its reference (`4`, `4-ECO`, `4-ECO-03`)."""
    pattern = fold(term)
    matches = [col(Plan.search_text).contains(pattern, autoescape=True)]
    if term.isalpha():
        matches.append(col(Team.code) == term.upper())
    ref = REF_TERM.fullmatch(term)
    if ref is not None:
        number, code, seq = ref.groups()
        parts = [col(Conference.number) == int(number)]
        if code:
            parts.append(col(Team.code).startswith(code.upper(), autoescape=True))
        if seq:
            parts.append(_seq_condition(seq))
        matches.append(and_(*parts))
    return or_(*matches)


def _seq_condition(typed: str) -> Any:
    """Numbers are written with two digits (`4-ECO-03`): one typed digit is either the whole
    number or the start of one (`0` → 1–9, `1` → 1 and 10–19)."""
    number = int(typed)
    seq = col(Plan.seq)
    if len(typed) > 1:
        return seq == number
    if number == 0:
        return seq < 10
    return or_(seq == number, and_(seq >= number * 10, seq < number * 10 + 10))


def plan_choices(
    db: Database,
    text: str,
    *,
    team_ids: Iterable[uuid.UUID] = (),
    exclude: Iterable[uuid.UUID] = (),
    limit: int = 30,
) -> list[PlanChoice]:
    """Plans matching every typed word, newest conference first; only the given teams'
    when any are given. Empty text matches nothing (the list would be the whole table)."""
    terms = text.split()
    if not terms:
        return []
    query = (
        select(Plan, Conference.number, Team.code)
        .join(Conference, col(Conference.id) == col(Plan.conference_id))
        .join(Team, col(Team.id) == col(Plan.team_id))
        .where(*(_term_condition(term) for term in terms))
        .order_by(
            col(Conference.number).desc(), col(Team.sort_order), col(Team.code), col(Plan.seq)
        )
        .limit(limit)
    )
    teams = list(team_ids)
    if teams:
        query = query.where(col(Plan.team_id).in_(teams))
    excluded = list(exclude)
    if excluded:
        query = query.where(col(Plan.id).not_in(excluded))
    with db.read() as session:
        return [
            PlanChoice(
                plan_id=plan.id,
                ref=f"{number}-{code}-{plan.seq:02d}",
                titles=texts_of(plan, "title"),
                status=plan.status,
                team_id=plan.team_id,
            )
            for plan, number, code in session.execute(query)
        ]
