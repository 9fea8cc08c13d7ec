"""What the committee's calendar holds, as plain data: conferences (with their postponements),
meetings (with their agendas) and the due dates of open plans; one team's when asked.

exports/ics.py writes it as an RFC 5545 file. Each entry carries its record's id, from which
the event's UID is made (ids are the same on both sites), and a revision number that grows
with every change people would want a calendar to take: for a conference its postponements
(and being held), which both sites agree on; for a meeting or a plan the record's version.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from secretariat.db import Database
from secretariat.indicators import OPEN_STATUSES
from secretariat.models import (
    Conference,
    ConferencePostponement,
    ConferenceStatus,
    Meeting,
    MeetingKind,
    MeetingState,
    MeetingTeam,
    Plan,
    PlanStatus,
    Team,
)
from secretariat.services.agenda import AgendaEntry, agenda_in
from secretariat.services.committee import profile_in, working_languages_in
from secretariat.services.plans import plan_ref
from secretariat.services.teams import by_code
from secretariat.text import texts_of


@dataclass(frozen=True)
class Postponed:
    previous_date: date
    new_date: date | None
    reasons: dict[str, str]


@dataclass(frozen=True)
class ConferenceEntry:
    record_id: uuid.UUID
    number: int
    day: date
    status: ConferenceStatus
    venue: dict[str, str]
    postponements: tuple[Postponed, ...]
    revision: int
    changed_at: datetime


@dataclass(frozen=True)
class MeetingEntry:
    record_id: uuid.UUID
    day: date
    start_time: str  # "HH:MM" or "" (a whole-day event)
    duration_minutes: int
    kind: MeetingKind
    state: MeetingState
    venue: str
    video_link: str
    team_names: tuple[dict[str, str], ...]
    items: tuple[AgendaEntry, ...]
    revision: int
    changed_at: datetime


@dataclass(frozen=True)
class DueEntry:
    record_id: uuid.UUID
    ref: str
    titles: dict[str, str]
    status: PlanStatus
    day: date
    revision: int
    changed_at: datetime


@dataclass(frozen=True)
class CommitteeCalendar:
    committee_name: dict[str, str]
    languages: tuple[str, str]
    conferences: tuple[ConferenceEntry, ...]
    meetings: tuple[MeetingEntry, ...]
    due_dates: tuple[DueEntry, ...]


def committee_calendar(db: Database, *, team: str | None = None) -> CommitteeCalendar:
    """Every conference; the meetings and open plans' due dates of `team` (a code), or of
    the whole committee."""
    with db.read() as session:
        team_id = by_code(session, team).id if team else None
        profile = profile_in(session)
        return CommitteeCalendar(
            committee_name=texts_of(profile, "name") if profile else {},
            languages=working_languages_in(session),
            conferences=tuple(_conferences(session)),
            meetings=tuple(_meetings(session, team_id)),
            due_dates=tuple(_due_dates(session, team_id)),
        )


def _conferences(session: Session) -> list[ConferenceEntry]:
    entries = []
    for conference in session.scalars(select(Conference).order_by(col(Conference.number))):
        history = session.scalars(
            select(ConferencePostponement)
            .where(ConferencePostponement.conference_id == conference.id)
            .order_by(col(ConferencePostponement.decided_on), col(ConferencePostponement.id))
        ).all()
        held = conference.status is ConferenceStatus.held
        entries.append(
            ConferenceEntry(
                record_id=conference.id,
                number=conference.number,
                day=conference.held_date or conference.planned_date,
                status=conference.status,
                venue=texts_of(conference, "venue"),
                postponements=tuple(
                    Postponed(p.previous_date, p.new_date, texts_of(p, "reason")) for p in history
                ),
                revision=len(history) + (1 if held else 0),
                changed_at=conference.updated_at,
            )
        )
    return entries


def _meetings(session: Session, team_id: uuid.UUID | None) -> list[MeetingEntry]:
    query = select(Meeting).order_by(col(Meeting.held_on), col(Meeting.start_time))
    if team_id is not None:
        query = query.where(
            col(Meeting.id).in_(
                select(MeetingTeam.meeting_id).where(MeetingTeam.team_id == team_id)
            )
        )
    entries = []
    for meeting in session.scalars(query):
        teams = session.scalars(
            select(Team)
            .join(MeetingTeam, col(MeetingTeam.team_id) == col(Team.id))
            .where(MeetingTeam.meeting_id == meeting.id)
            .order_by(col(Team.sort_order), col(Team.code))
        ).all()
        entries.append(
            MeetingEntry(
                record_id=meeting.id,
                day=meeting.held_on,
                start_time=meeting.start_time,
                duration_minutes=meeting.duration_minutes,
                kind=meeting.kind,
                state=meeting.state,
                venue=meeting.venue,
                video_link=meeting.video_link,
                team_names=tuple(texts_of(team, "name") for team in teams),
                items=tuple(agenda_in(session, meeting.id)),
                revision=meeting.version - 1,
                changed_at=meeting.updated_at,
            )
        )
    return entries


def _due_dates(session: Session, team_id: uuid.UUID | None) -> list[DueEntry]:
    query = (
        select(Plan)
        .where(col(Plan.due_date).is_not(None), col(Plan.status).in_(OPEN_STATUSES))
        .order_by(col(Plan.due_date), col(Plan.id))
    )
    if team_id is not None:
        query = query.where(Plan.team_id == team_id)
    entries = []
    for plan in session.scalars(query):
        assert plan.due_date is not None
        entries.append(
            DueEntry(
                record_id=plan.id,
                ref=plan_ref(session, plan),
                titles=texts_of(plan, "title"),
                status=plan.status,
                day=plan.due_date,
                revision=plan.version - 1,
                changed_at=plan.updated_at,
            )
        )
    return entries
