"""The next planned meetings, as the dashboard and each team's status sheet list them: when,
what kind, where, which teams and how many agenda items."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from secretariat.db import Database
from secretariat.models import AgendaItem, Meeting, MeetingKind, MeetingTeam, Team
from secretariat.services.agenda import next_meetings


@dataclass(frozen=True)
class UpcomingMeeting:
    """A planned meeting ahead, as a line of the dashboard or a team's status sheet."""

    meeting_id: uuid.UUID
    day: date
    start_time: str
    kind: MeetingKind
    venue: str
    team_codes: tuple[str, ...]
    items: int


def upcoming_meetings(
    db: Database, *, as_of: date, team_code: str | None = None, limit: int = 5
) -> list[UpcomingMeeting]:
    """The next planned meetings on or after `as_of` (of one team, by code), soonest first,
    with their teams and how many items their agendas have."""
    team_id = None
    if team_code:
        with db.read() as session:
            team = session.scalars(select(Team).where(Team.code == team_code.upper())).first()
        if team is None:
            return []
        team_id = team.id
    found = next_meetings(db, as_of=as_of, team_id=team_id, limit=limit)
    with db.read() as session:
        return [_upcoming(session, meeting) for meeting in found]


def _upcoming(session: Session, meeting: Meeting) -> UpcomingMeeting:
    codes = session.scalars(
        select(Team.code)
        .join(MeetingTeam, col(MeetingTeam.team_id) == col(Team.id))
        .where(MeetingTeam.meeting_id == meeting.id)
        .order_by(col(Team.sort_order), col(Team.code))
    ).all()
    items = session.scalar(
        select(func.count()).select_from(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
    )
    return UpcomingMeeting(
        meeting.id,
        meeting.held_on,
        meeting.start_time,
        meeting.kind,
        meeting.venue,
        tuple(codes),
        int(items or 0),
    )
