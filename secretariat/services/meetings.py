"""Meetings between conferences and what was decided at them.

`log_meeting` is the fast path the secretariat uses right after a meeting: the meeting, its
teams and every plan status decided there are written in one transaction, and each history row
points back to the meeting.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlmodel import Session, delete, select

from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.models import Conference, Meeting, MeetingTeam, PlanStatusChange, Team
from secretariat.services import records
from secretariat.services.plans import PLAN, StatusUpdate, apply_status, plan_ref
from secretariat.services.validation import as_uuid


def _check_meeting(session: Session, meeting: Meeting) -> None:
    if meeting.conference_id is not None and session.get(Conference, meeting.conference_id) is None:
        raise ValidationError("conference_id", meeting.conference_id, "an existing conference")


MEETING = records.RecordSpec(Meeting, "meeting", check=_check_meeting)


def set_meeting_teams(session: Session, meeting_id: uuid.UUID, team_ids: Iterable[Any]) -> None:
    session.exec(delete(MeetingTeam).where(MeetingTeam.meeting_id == meeting_id))  # type: ignore[call-overload]
    for team_id in dict.fromkeys(as_uuid("team_ids", key) for key in team_ids):
        if team_id is None or session.get(Team, team_id) is None:
            raise ValidationError("team_ids", team_id, "an existing team")
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
            raise ValidationError("plan", plan_ref(session, plan), "each plan once per meeting")
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
    """Delete a meeting; the status changes decided at it stay, without the link."""
    with db.write() as session:
        meeting = records.get(session, MEETING, meeting_id)
        values = records.snapshot(meeting)
        values["team_ids"] = meeting_team_ids(session, meeting.id)
        session.delete(meeting)
        session.flush()
        return values


def list_meetings(db: Database) -> list[Meeting]:
    return records.list_records(db, Meeting, Meeting.held_on.desc())  # type: ignore[attr-defined]


def teams_of_meeting(db: Database, meeting_id: Any) -> list[uuid.UUID]:
    with db.read() as session:
        key = as_uuid("meeting_id", meeting_id)
        assert key is not None
        return meeting_team_ids(session, key)
