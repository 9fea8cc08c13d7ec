"""Meetings before they are held: planning one with its agenda, and proposing the agenda.

A planned meeting is a `Meeting` in state `planned` whose date is the day it is planned for;
its agenda is ordered `AgendaItem`s, each a plan to review or a topic written per language.
`propose_agenda` offers the plans that most need the team's attention; holding the meeting
(outcomes against the agenda) is meeting_outcomes.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import exists, or_
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.indicators import OPEN_STATUSES, subtract_months
from secretariat.messages import expected
from secretariat.models import (
    LANGUAGES,
    AgendaItem,
    Conference,
    ConferenceStatus,
    Meeting,
    MeetingState,
    MeetingTeam,
    Plan,
    PlanStatus,
    PlanStatusChange,
    Team,
)
from secretariat.services import records
from secretariat.services.meetings import MEETING, meeting_team_ids, set_meeting_teams
from secretariat.services.plans import plan_ref
from secretariat.services.validation import as_uuid
from secretariat.text import texts_of

AGENDA_ITEM = records.RecordSpec(AgendaItem, "agenda item")
OVERDUE, STALE, CARRIED_OVER = "overdue", "stale", "carried_over"
DEFAULT_STALE_MONTHS = 6


@dataclass(frozen=True)
class ItemDraft:
    """An agenda item as the planner wrote it: a plan, a topic per language, or both."""

    plan_id: uuid.UUID | None = None
    topics: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AgendaEntry:
    """An item of a meeting's agenda, with its plan as it is now (for forms and documents)."""

    item_id: uuid.UUID
    position: int
    topics: dict[str, str]
    outcomes: dict[str, str]
    follow_up_due: date | None
    plan_id: uuid.UUID | None = None
    plan_ref: str = ""
    plan_titles: dict[str, str] = field(default_factory=dict)
    plan_status: PlanStatus | None = None
    plan_due: date | None = None
    last_note: str = ""


@dataclass(frozen=True)
class Proposal:
    """A plan proposed for the agenda, and why (overdue, stale, carried over)."""

    plan_id: uuid.UUID
    ref: str
    titles: dict[str, str]
    status: PlanStatus
    due_date: date | None
    status_changed_on: date | None
    reasons: tuple[str, ...]

    def draft(self) -> ItemDraft:
        return ItemDraft(plan_id=self.plan_id)


def write_items(session: Session, meeting_id: uuid.UUID, drafts: Sequence[ItemDraft]) -> None:
    """The meeting's agenda made the drafts, numbered from 1 in their order. An item already
    on it (the same plan, or a topic of the same words) keeps its record — its id, outcome and
    follow-up — so an agenda reordered on one site merges field by field with the other's."""
    existing = list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)))
    by_plan = {item.plan_id: item for item in existing if item.plan_id is not None}
    by_topic = {_topic_key(texts_of(i, "topic")): i for i in existing if i.plan_id is None}
    kept: set[uuid.UUID] = set()
    placed: set[uuid.UUID] = set()  # plans on the agenda so far
    for position, draft in enumerate(drafts, start=1):
        plan_id = _checked_plan(session, draft, position, placed)
        topics = {f"topic_{lang}": (draft.topics.get(lang) or "").strip() for lang in LANGUAGES}
        found = by_plan.get(plan_id) if plan_id else by_topic.get(_topic_key(draft.topics))
        if found is not None and found.id not in kept:
            kept.add(found.id)
            records.change_record(session, AGENDA_ITEM, found.id, {"position": position, **topics})
            continue
        fields = {"meeting_id": meeting_id, "position": position, "plan_id": plan_id, **topics}
        kept.add(records.add_record(session, AGENDA_ITEM, fields).id)
    for item in existing:
        if item.id not in kept:
            session.delete(item)
    session.flush()


def _checked_plan(
    session: Session, draft: ItemDraft, position: int, placed: set[uuid.UUID]
) -> uuid.UUID | None:
    """The draft's plan, refused when it does not exist or is on the agenda already; a draft
    without a plan must have a topic."""
    plan_id = as_uuid("plan_id", draft.plan_id) if draft.plan_id else None
    if plan_id is None:
        if not any(text.strip() for text in draft.topics.values()):
            raise ValidationError("agenda", position, expected("plan_or_topic"))
        return None
    if session.get(Plan, plan_id) is None:
        raise ValidationError("plan_id", plan_id, expected("existing_plan"))
    if plan_id in placed:  # its outcome decides one status change
        raise ValidationError("agenda", position, expected("each_plan_once_on_agenda"))
    placed.add(plan_id)
    return plan_id


def _topic_key(topics: Mapping[str, str]) -> tuple[str, ...]:
    return tuple((topics.get(language) or "").strip() for language in LANGUAGES)


def plan_meeting(
    db: Database,
    fields: Mapping[str, Any],
    *,
    team_ids: Sequence[Any] = (),
    items: Sequence[ItemDraft] = (),
) -> Meeting:
    """A planned meeting with its teams and agenda, in one transaction."""
    with db.write() as session:
        meeting = records.add_record(
            session, MEETING, {**fields, "state": MeetingState.planned.value}
        )
        set_meeting_teams(session, meeting.id, team_ids)
        write_items(session, meeting.id, items)
        session.flush()
        return meeting


def replan_meeting(
    db: Database,
    meeting_id: Any,
    changes: Mapping[str, Any],
    *,
    team_ids: Sequence[Any] | None = None,
    items: Sequence[ItemDraft] | None = None,
) -> Meeting:
    """Change a planned meeting: its fields, teams and (replaced whole) its agenda."""
    with db.write() as session:
        meeting = records.get(session, MEETING, meeting_id)
        if meeting.state is not MeetingState.planned:
            raise ValidationError("meeting", meeting.held_on, expected("meeting_not_held"))
        meeting, _ = records.change_record(session, MEETING, meeting.id, changes)
        if team_ids is not None:
            set_meeting_teams(session, meeting.id, team_ids)
        if items is not None:
            write_items(session, meeting.id, items)
        session.flush()
        return meeting


def agenda_of(db: Database, meeting_id: Any) -> list[AgendaEntry]:
    """The meeting's agenda in order, each plan item with its plan's ref, status and note."""
    key = as_uuid("meeting_id", meeting_id)
    with db.read() as session:
        return agenda_in(session, key)


def agenda_in(session: Session, meeting_id: uuid.UUID) -> list[AgendaEntry]:
    query = (
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(col(AgendaItem.position))
    )
    return [_entry(session, item) for item in session.scalars(query)]


def _entry(session: Session, item: AgendaItem) -> AgendaEntry:
    base: dict[str, Any] = {
        "item_id": item.id,
        "position": item.position,
        "topics": texts_of(item, "topic"),
        "outcomes": texts_of(item, "outcome"),
        "follow_up_due": item.follow_up_due,
    }
    plan = session.get(Plan, item.plan_id) if item.plan_id else None
    if plan is None:
        return AgendaEntry(**base)
    return AgendaEntry(
        **base,
        plan_id=plan.id,
        plan_ref=plan_ref(session, plan),
        plan_titles=texts_of(plan, "title"),
        plan_status=plan.status,
        plan_due=plan.due_date,
        last_note=_last_note(session, plan.id),
    )


def _last_note(session: Session, plan_id: uuid.UUID) -> str:
    query = (
        select(PlanStatusChange.note)
        .where(PlanStatusChange.plan_id == plan_id, PlanStatusChange.note != "")
        .order_by(col(PlanStatusChange.changed_on).desc(), col(PlanStatusChange.created_at).desc())
        .limit(1)
    )
    return session.scalar(query) or ""


def next_meetings(
    db: Database, *, as_of: date, team_id: Any = None, limit: int = 5
) -> list[Meeting]:
    """Planned meetings on or after `as_of`, soonest first; one team's when given."""
    query = (
        select(Meeting)
        .where(Meeting.state == MeetingState.planned, col(Meeting.held_on) >= as_of)
        .order_by(col(Meeting.held_on), col(Meeting.start_time))
        .limit(limit)
    )
    if team_id is not None:
        team_key = as_uuid("team_id", team_id)
        query = query.where(
            col(Meeting.id).in_(
                select(MeetingTeam.meeting_id).where(MeetingTeam.team_id == team_key)
            )
        )
    with db.read() as session:
        return list(session.scalars(query))


def meeting_on(db: Database, day: date, *, team_code: str | None = None) -> Meeting:
    """The one meeting held or planned on `day` (of a team, by its code, when given)."""
    query = select(Meeting).where(Meeting.held_on == day)
    if team_code:
        query = query.join(MeetingTeam, col(MeetingTeam.meeting_id) == col(Meeting.id)).join(
            Team, col(Team.id) == col(MeetingTeam.team_id)
        )
        query = query.where(Team.code == team_code.upper())
    with db.read() as session:
        found = list(session.scalars(query.order_by(col(Meeting.created_at))))
    if not found:
        raise ValidationError("--meeting", day.isoformat(), expected("date_with_meeting"))
    if len(found) > 1:
        raise ValidationError("--meeting", day.isoformat(), expected("one_meeting_that_day"))
    return found[0]


def meeting_teams(db: Database, meeting_id: Any) -> list[Team]:
    key = as_uuid("meeting_id", meeting_id)
    with db.read() as session:
        ids = meeting_team_ids(session, key)
        return [team for team in (session.get(Team, team_id) for team_id in ids) if team]


# -- proposing an agenda -------------------------------------------------------------------


def propose_agenda(
    db: Database,
    *,
    on: date,
    team_ids: Iterable[Any] = (),
    stale_months: int = DEFAULT_STALE_MONTHS,
    limit: int = 15,
) -> list[Proposal]:
    """Plans proposed for the agenda of a meeting on `on` (proposals_in)."""
    with db.read() as session:
        return proposals_in(
            session, on=on, team_ids=team_ids, stale_months=stale_months, limit=limit
        )


def proposals_in(
    session: Session,
    *,
    on: date,
    team_ids: Iterable[Any] = (),
    stale_months: int = DEFAULT_STALE_MONTHS,
    limit: int = 15,
) -> list[Proposal]:
    """The teams' open plans of held conferences that are overdue (due before `on`), stale (no
    status change in `stale_months`) or carried over from an earlier conference — not those
    continued since by a later plan — most urgent first: the longest overdue, then the
    longest unchanged, then carried-over plans by reference."""
    cutoff = subtract_months(on, stale_months)
    later = aliased(Plan)
    superseded = exists().where(col(later.continues_plan_id) == col(Plan.id))
    query = (
        select(Plan)
        .join(Conference, col(Conference.id) == col(Plan.conference_id))
        .where(
            col(Plan.status).in_(OPEN_STATUSES),
            Conference.status == ConferenceStatus.held,
            ~superseded,
            or_(
                col(Plan.due_date) < on,
                col(Plan.status_changed_on) < cutoff,
                col(Plan.continues_plan_id).is_not(None),
            ),
        )
    )
    teams = [as_uuid("team_ids", team_id) for team_id in team_ids]
    if teams:
        query = query.where(col(Plan.team_id).in_(teams))
    proposals = [_proposal(session, plan, on, cutoff) for plan in session.scalars(query)]
    proposals.sort(key=_urgency)
    return proposals[:limit]


def _proposal(session: Session, plan: Plan, on: date, cutoff: date) -> Proposal:
    reasons = tuple(
        reason
        for reason, applies in (
            (OVERDUE, plan.due_date is not None and plan.due_date < on),
            (STALE, plan.status_changed_on is not None and plan.status_changed_on < cutoff),
            (CARRIED_OVER, plan.continues_plan_id is not None),
        )
        if applies
    )
    return Proposal(
        plan_id=plan.id,
        ref=plan_ref(session, plan),
        titles=texts_of(plan, "title"),
        status=plan.status,
        due_date=plan.due_date,
        status_changed_on=plan.status_changed_on,
        reasons=reasons,
    )


def _urgency(proposal: Proposal) -> tuple[int, date, str]:
    if OVERDUE in proposal.reasons:
        assert proposal.due_date is not None
        return (0, proposal.due_date, proposal.ref)
    if STALE in proposal.reasons:
        assert proposal.status_changed_on is not None
        return (1, proposal.status_changed_on, proposal.ref)
    return (2, date.min, proposal.ref)
