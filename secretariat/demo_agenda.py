"""The demo committee's agendas: meetings planned after its last records, with the plans
`propose_agenda` would offer, and one held meeting whose outcomes were logged item by item.

Called by secretariat.demo inside its one transaction, after every plan's history is written,
so the random choices made before are not disturbed (the demo stays the same every time).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlmodel import Session, col, select

from secretariat.demo_text.agendas import (
    DECIDED_OUTCOME,
    HELD_AGENDA_MEETING,
    HELD_TOPIC,
    HELD_TOPIC_OUTCOME,
    PLANNED_MEETINGS,
    PlannedMeetingSpec,
)
from secretariat.demo_text.calendar import ATTENDEES
from secretariat.labels import enum_label
from secretariat.models import (
    AgendaItem,
    Conference,
    ConferenceStatus,
    Meeting,
    MeetingState,
    MeetingTeam,
    PlanStatusChange,
    Team,
)
from secretariat.services import records
from secretariat.services.agenda import ItemDraft, proposals_in, write_items
from secretariat.services.meetings import MEETING, set_meeting_teams

FOLLOW_UP_DAYS = 90  # the held meeting's follow-ups are due a quarter later


def add_agendas(session: Session, teams: dict[str, Team]) -> None:
    # The plans being followed are the latest held conference's, as the app's planning sets.
    latest = session.scalars(
        select(Conference)
        .where(Conference.status == ConferenceStatus.held)
        .order_by(col(Conference.number).desc())
    ).first()
    for spec in PLANNED_MEETINGS:
        _add_planned(session, spec, teams, latest.id if latest else None)
    _log_held_against_agenda(session, teams)


def _add_planned(
    session: Session, spec: PlannedMeetingSpec, teams: dict[str, Team], conference: Any
) -> None:
    fields: dict[str, Any] = {
        "conference_id": conference,
        "held_on": spec.held_on,
        "kind": spec.kind,
        "state": MeetingState.planned.value,
        "start_time": spec.start_time,
        "duration_minutes": spec.duration_minutes,
        "attendees": ATTENDEES[spec.team],
        "venue": spec.venue,
        "video_link": spec.video_link,
    }
    meeting = records.add_record(session, MEETING, fields)
    team_ids = [teams[spec.team].id] if spec.team else []
    set_meeting_teams(session, meeting.id, team_ids)
    proposed = proposals_in(session, on=spec.held_on, team_ids=team_ids)
    drafts = [proposal.draft() for proposal in proposed[: spec.proposed_plans]]
    drafts += [ItemDraft(topics=topic._asdict()) for topic in spec.topics]
    write_items(session, meeting.id, drafts)


def _log_held_against_agenda(session: Session, teams: dict[str, Team]) -> None:
    held_on, code = HELD_AGENDA_MEETING
    meeting = session.scalars(
        select(Meeting)
        .join(MeetingTeam, col(MeetingTeam.meeting_id) == col(Meeting.id))
        .where(Meeting.held_on == held_on, MeetingTeam.team_id == teams[code].id)
    ).one()
    decided = session.scalars(
        select(PlanStatusChange)
        .where(PlanStatusChange.meeting_id == meeting.id)
        .order_by(col(PlanStatusChange.created_at), col(PlanStatusChange.id))
    ).all()
    due = held_on + timedelta(days=FOLLOW_UP_DAYS)
    drafts = [ItemDraft(plan_id=change.plan_id) for change in decided]
    write_items(session, meeting.id, [*drafts, ItemDraft(topics=HELD_TOPIC._asdict())])
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting.id)
        .order_by(col(AgendaItem.position))
    ).all()
    for item, change in zip(items, decided, strict=False):
        for language in ("en", "ko", "zh"):
            text = getattr(DECIDED_OUTCOME, language)
            status = enum_label(change.to_status, language)
            setattr(item, f"outcome_{language}", text.format(status=status))
        item.follow_up_due = due
    for language in ("en", "ko", "zh"):
        setattr(items[-1], f"outcome_{language}", getattr(HELD_TOPIC_OUTCOME, language))
