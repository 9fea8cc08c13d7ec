"""What the briefing pack and a team's status sheet show, gathered in a few SQL queries.

Qt-free. Each query selects only the columns and rows a document prints (the conference's plans,
the previous conference's window of meetings and activities, the requested languages' text
columns) and returns frozen dataclasses; nothing holds a session open.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Mapped, aliased
from sqlmodel import Session, SQLModel, col

from secretariat import indicators
from secretariat.db import Database
from secretariat.errors import NotFoundError
from secretariat.indicators import IndicatorRow
from secretariat.models import (
    Activity,
    ActivityCategory,
    Conference,
    ConferencePostponement,
    ConferenceStatus,
    Direction,
    Horizon,
    Meeting,
    MeetingKind,
    MeetingState,
    MeetingTeam,
    Mou,
    MouStatus,
    MouTeam,
    Origin,
    Plan,
    PlanStatus,
    PlanStatusChange,
    Side,
    Team,
)
from secretariat.services.committee import profile_in
from secretariat.services.conferences import by_number, previous_conference
from secretariat.text import column

Texts = dict[str, str]
"""One field's text per language (only the languages a document shows)."""

IN_CHUNK = 500  # ids per IN (...) list: well under every database's parameter limit


def texts(row: Any, field_name: str, languages: Sequence[str]) -> Texts:
    return {language: row[column(field_name, language)] or "" for language in languages}


def text_columns(
    model: type[SQLModel], field_name: str, languages: Sequence[str]
) -> list[Mapped[str]]:
    return [getattr(model, column(field_name, language)) for language in languages]


@dataclass(frozen=True)
class PostponementInfo:
    decided_on: date
    previous_date: date
    new_date: date | None
    reason: Texts


@dataclass(frozen=True)
class ConferenceInfo:
    id: uuid.UUID
    number: int
    planned_date: date
    held_date: date | None
    status: ConferenceStatus
    host_side: Side
    venue: Texts
    postponements: tuple[PostponementInfo, ...] = ()

    @property
    def date(self) -> date:
        return self.held_date or self.planned_date


@dataclass(frozen=True)
class CommitteeInfo:
    name: Texts
    side_names: dict[Side, Texts]


@dataclass(frozen=True)
class TeamInfo:
    id: uuid.UUID
    code: str
    name: Texts


@dataclass(frozen=True)
class PlanRow:
    id: uuid.UUID
    ref: str
    title: Texts
    origin: Origin
    horizon: Horizon
    status: PlanStatus
    progress: int
    last_change: date | None
    lineage: tuple[str, ...] = ()  # refs of the plans it continues, newest first
    latest_note: str = ""


@dataclass(frozen=True)
class MouRow:
    title: Texts
    signed_on: date | None
    status: MouStatus
    party_a: str
    party_b: str


@dataclass(frozen=True)
class MeetingRow:
    held_on: date
    kind: MeetingKind
    outcomes: Texts


@dataclass(frozen=True)
class ActivityRow:
    held_on: date
    category: ActivityCategory
    direction: Direction
    participants: int
    description: Texts


@dataclass
class TeamSection:
    """Everything a team's section shows."""

    team: TeamInfo
    plans: list[PlanRow] = field(default_factory=list)
    mous: list[MouRow] = field(default_factory=list)
    meetings: list[MeetingRow] = field(default_factory=list)
    activities: list[ActivityRow] = field(default_factory=list)
    indicators: IndicatorRow | None = None

    @property
    def carried_over(self) -> list[PlanRow]:
        return [plan for plan in self.plans if plan.lineage]


@dataclass
class Briefing:
    """A conference's briefing pack (or, with one team, its status sheet)."""

    languages: tuple[str, str]
    committee: CommitteeInfo
    conference: ConferenceInfo
    previous: ConferenceInfo | None
    indicators: IndicatorRow | None
    previous_indicators: IndicatorRow | None
    sections: list[TeamSection]
    mous: list[MouRow] = field(default_factory=list)  # every MOU of the conference
    committee_meetings: list[MeetingRow] = field(default_factory=list)  # meetings of no team
    committee_activities: list[ActivityRow] = field(default_factory=list)  # of no team

    @property
    def plan_count(self) -> int:
        return sum(len(section.plans) for section in self.sections)

    @property
    def window(self) -> tuple[date | None, date]:
        """Meetings and activities shown: after the previous conference, up to this one."""
        return (self.previous.date if self.previous else None, self.conference.date)


def load_briefing(
    db: Database,
    number: int,
    languages: tuple[str, str],
    *,
    team: str | None = None,
    with_notes: bool = False,
) -> Briefing:
    """The conference's records for its briefing pack; with `team`, that team's only.
    Unknown conference, or a team that does not exist at it: NotFoundError."""
    with db.read() as session:
        conference = by_number(session, number)
        previous = previous_conference(session, conference)
        teams = _teams_at(session, conference, languages, team)
        briefing = Briefing(
            languages=languages,
            committee=_committee(session, languages),
            conference=_conference_info(session, conference, languages),
            previous=_conference_info(session, previous, languages) if previous else None,
            indicators=None,
            previous_indicators=None,
            sections=[TeamSection(team=info) for info in teams],
        )
        _fill_plans(session, briefing, with_notes=with_notes)
        if team is None:
            _fill_mous(session, briefing)
            _fill_meetings(session, briefing)
            _fill_activities(session, briefing)
    _fill_indicators(db, briefing)
    return briefing


def _committee(session: Session, languages: Sequence[str]) -> CommitteeInfo:
    profile = profile_in(session)
    if profile is None:
        empty = dict.fromkeys(languages, "")
        return CommitteeInfo(name=empty, side_names={Side.A: empty, Side.B: empty})
    values = profile.model_dump()
    return CommitteeInfo(
        name=texts(values, "name", languages),
        side_names={
            Side.A: texts(values, "side_a_name", languages),
            Side.B: texts(values, "side_b_name", languages),
        },
    )


def _conference_info(
    session: Session, conference: Conference, languages: Sequence[str]
) -> ConferenceInfo:
    rows = session.execute(
        select(
            col(ConferencePostponement.decided_on),
            col(ConferencePostponement.previous_date),
            col(ConferencePostponement.new_date),
            *text_columns(ConferencePostponement, "reason", languages),
        )
        .where(col(ConferencePostponement.conference_id) == conference.id)
        .order_by(col(ConferencePostponement.decided_on), col(ConferencePostponement.previous_date))
    ).mappings()
    postponements = tuple(
        PostponementInfo(
            row["decided_on"],
            row["previous_date"],
            row["new_date"],
            texts(row, "reason", languages),
        )
        for row in rows
    )
    return ConferenceInfo(
        id=conference.id,
        number=conference.number,
        planned_date=conference.planned_date,
        held_date=conference.held_date,
        status=conference.status,
        host_side=conference.host_side,
        venue=texts(conference.model_dump(), "venue", languages),
        postponements=postponements,
    )


def _teams_at(
    session: Session, conference: Conference, languages: Sequence[str], code: str | None
) -> list[TeamInfo]:
    """Teams existing at the conference (from their start conference on), and any team that
    has plans at it, in the committee's order."""
    start = aliased(Conference)
    has_plans = select(col(Plan.team_id)).where(col(Plan.conference_id) == conference.id)
    query = (
        select(col(Team.id), col(Team.code), *text_columns(Team, "name", languages))
        .outerjoin(start, col(start.id) == col(Team.start_conference_id))
        .where(
            or_(
                col(Team.start_conference_id).is_(None),
                col(start.number) <= conference.number,
                col(Team.id).in_(has_plans),
            )
        )
        .order_by(col(Team.sort_order), col(Team.code))
    )
    if code is not None:
        query = query.where(col(Team.code) == code.upper())
    teams = [
        TeamInfo(row["id"], row["code"], texts(row, "name", languages))
        for row in session.execute(query).mappings()
    ]
    if code is not None and not teams:
        exists = session.scalar(select(col(Team.id)).where(col(Team.code) == code.upper()))
        key = code if exists is None else f"{code.upper()} at conference {conference.number}"
        raise NotFoundError("team", key)
    return teams


def _fill_plans(session: Session, briefing: Briefing, *, with_notes: bool) -> None:
    sections = {section.team.id: section for section in briefing.sections}
    number = briefing.conference.number
    rows = (
        session.execute(
            select(
                col(Plan.id),
                col(Plan.team_id),
                col(Plan.seq),
                col(Plan.origin),
                col(Plan.horizon),
                col(Plan.status),
                col(Plan.progress),
                col(Plan.status_changed_on),
                col(Plan.continues_plan_id),
                *text_columns(Plan, "title", briefing.languages),
            )
            .where(
                col(Plan.conference_id) == briefing.conference.id,
                col(Plan.team_id).in_(list(sections)),
            )
            .order_by(col(Plan.team_id), col(Plan.seq))
        )
        .mappings()
        .all()
    )
    lineages = _Lineages([row["continues_plan_id"] for row in rows if row["continues_plan_id"]])
    notes = _latest_notes(session, [row["id"] for row in rows]) if with_notes else {}
    for row in rows:
        section = sections[row["team_id"]]
        section.plans.append(
            PlanRow(
                id=row["id"],
                ref=f"{number}-{section.team.code}-{row['seq']:02d}",
                title=texts(row, "title", briefing.languages),
                origin=Origin(row["origin"]),
                horizon=Horizon(row["horizon"]),
                status=PlanStatus(row["status"]),
                progress=row["progress"],
                last_change=row["status_changed_on"],
                lineage=lineages(session, row["continues_plan_id"]),
                latest_note=notes.get(row["id"], ""),
            )
        )


def chunks(values: Sequence[Any], size: int = IN_CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class _Lineages:
    """Refs of earlier plans, fetched level by level (one query per conference back, not
    one per plan)."""

    def __init__(self, first_ids: Sequence[uuid.UUID]) -> None:
        self.known: dict[uuid.UUID, tuple[str, uuid.UUID | None]] = {}
        self.pending = set(first_ids)

    def __call__(self, session: Session, plan_id: uuid.UUID | None) -> tuple[str, ...]:
        if self.pending:
            self._fetch_all(session)
        chain: list[str] = []
        seen: set[uuid.UUID] = set()
        while plan_id is not None and plan_id in self.known and plan_id not in seen:
            seen.add(plan_id)
            ref, plan_id = self.known[plan_id]
            chain.append(ref)
        return tuple(chain)

    def _fetch_all(self, session: Session) -> None:
        while self.pending:
            wanted = sorted(self.pending - set(self.known))
            self.pending = set()
            for ids in chunks(wanted):
                rows = session.execute(
                    select(
                        col(Plan.id),
                        col(Plan.seq),
                        col(Plan.continues_plan_id),
                        col(Conference.number),
                        col(Team.code),
                    )
                    .join(Conference, col(Conference.id) == col(Plan.conference_id))
                    .join(Team, col(Team.id) == col(Plan.team_id))
                    .where(col(Plan.id).in_(ids))
                )
                for plan_id, seq, continues, number, code in rows:
                    self.known[plan_id] = (f"{number}-{code}-{seq:02d}", continues)
                    if continues is not None and continues not in self.known:
                        self.pending.add(continues)


def _latest_notes(session: Session, plan_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Each plan's latest status change note (newest date, then newest record)."""
    notes: dict[uuid.UUID, str] = {}
    for ids in chunks(plan_ids):
        ranked = (
            select(
                col(PlanStatusChange.plan_id),
                col(PlanStatusChange.note),
                func.row_number()
                .over(
                    partition_by=col(PlanStatusChange.plan_id),
                    order_by=(
                        col(PlanStatusChange.changed_on).desc(),
                        col(PlanStatusChange.created_at).desc(),
                    ),
                )
                .label("rank"),
            )
            .where(col(PlanStatusChange.plan_id).in_(ids))
            .subquery()
        )
        rows = session.execute(select(ranked.c.plan_id, ranked.c.note).where(ranked.c.rank == 1))
        notes.update({plan_id: note or "" for plan_id, note in rows})
    return notes


def _fill_mous(session: Session, briefing: Briefing) -> None:
    sections = {section.team.id: section for section in briefing.sections}
    rows = session.execute(
        select(
            col(Mou.id),
            col(Mou.signed_on),
            col(Mou.status),
            col(Mou.party_a),
            col(Mou.party_b),
            col(MouTeam.team_id),
            *text_columns(Mou, "title", briefing.languages),
        )
        .outerjoin(MouTeam, col(MouTeam.mou_id) == col(Mou.id))
        .where(col(Mou.conference_id) == briefing.conference.id)
        .order_by(col(Mou.signed_on), col(Mou.id))
    ).mappings()
    seen: set[uuid.UUID] = set()
    for row in rows:
        mou = MouRow(
            title=texts(row, "title", briefing.languages),
            signed_on=row["signed_on"],
            status=MouStatus(row["status"]),
            party_a=row["party_a"],
            party_b=row["party_b"],
        )
        if row["id"] not in seen:
            seen.add(row["id"])
            briefing.mous.append(mou)
        if row["team_id"] in sections:
            sections[row["team_id"]].mous.append(mou)


def _in_window(held_on: Mapped[date], briefing: Briefing) -> list[ColumnElement[bool]]:
    since, until = briefing.window
    conditions = [held_on <= until]
    if since is not None:
        conditions.append(held_on > since)
    return conditions


def _fill_meetings(session: Session, briefing: Briefing) -> None:
    sections = {section.team.id: section for section in briefing.sections}
    rows = session.execute(
        select(
            col(Meeting.id),
            col(Meeting.held_on),
            col(Meeting.kind),
            col(MeetingTeam.team_id),
            *text_columns(Meeting, "outcomes", briefing.languages),
        )
        .outerjoin(MeetingTeam, col(MeetingTeam.meeting_id) == col(Meeting.id))
        .where(*_in_window(col(Meeting.held_on), briefing), col(Meeting.state) == MeetingState.held)
        .order_by(col(Meeting.held_on), col(Meeting.id))
    ).mappings()
    for row in rows:
        meeting = MeetingRow(
            row["held_on"], MeetingKind(row["kind"]), texts(row, "outcomes", briefing.languages)
        )
        if row["team_id"] is None:
            briefing.committee_meetings.append(meeting)
        elif row["team_id"] in sections:
            sections[row["team_id"]].meetings.append(meeting)


def _fill_activities(session: Session, briefing: Briefing) -> None:
    sections = {section.team.id: section for section in briefing.sections}
    rows = session.execute(
        select(
            col(Activity.held_on),
            col(Activity.team_id),
            col(Activity.category),
            col(Activity.direction),
            col(Activity.participants),
            *text_columns(Activity, "description", briefing.languages),
        )
        .where(*_in_window(col(Activity.held_on), briefing))
        .order_by(col(Activity.held_on), col(Activity.id))
    ).mappings()
    for row in rows:
        activity = ActivityRow(
            row["held_on"],
            ActivityCategory(row["category"]),
            Direction(row["direction"]),
            row["participants"],
            texts(row, "description", briefing.languages),
        )
        if row["team_id"] is None:
            briefing.committee_activities.append(activity)
        elif row["team_id"] in sections:
            sections[row["team_id"]].activities.append(activity)


def _fill_indicators(db: Database, briefing: Briefing) -> None:
    """Indicator rows of this conference and the previous one (committee-wide and per team)."""
    wanted = {briefing.conference.number}
    if briefing.previous is not None:
        wanted.add(briefing.previous.number)
    rows: dict[tuple[int, str | None], IndicatorRow] = {}
    for row in indicators.conference_indicators(db):
        if row.conference in wanted:
            rows[(row.conference, row.team)] = row
    number = briefing.conference.number
    briefing.indicators = rows.get((number, None))
    if briefing.previous is not None:
        briefing.previous_indicators = rows.get((briefing.previous.number, None))
    for section in briefing.sections:
        section.indicators = rows.get((number, section.team.code))
