"""The activities list, built for 200,000 rows: the filter (dates, team, category, direction, a
search over descriptions) is SQL, the list holds ids as stored, and the reciprocity of the
same filter is one GROUP BY direction. Also the plans an activity may belong to."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import aliased
from sqlmodel import col

from secretariat.db import Database
from secretariat.models import (
    LANGUAGES,
    Activity,
    ActivityCategory,
    Conference,
    Direction,
    Plan,
    Team,
)
from secretariat.services.list_queries import text_search
from secretariat.services.record_lists import RecordList, key_to_id, stored_key
from secretariat.text import column, display_text

NO_TEAM = "no-team"  # the team filter's choice for activities recorded without a team

PlanTeam = aliased(Team)


@dataclass
class ActivityFilter:
    since: date | None = None
    until: date | None = None
    team: uuid.UUID | str | None = None  # a team id, NO_TEAM, or None for every team
    category: ActivityCategory | None = None
    direction: Direction | None = None
    search: str = ""


def activity_conditions(activity_filter: ActivityFilter) -> list[ColumnElement[bool]]:
    """The filter as SQL conditions on the activity table (no joins needed)."""
    held_on, team_id = col(Activity.held_on), col(Activity.team_id)
    conditions: list[ColumnElement[bool]] = []
    if activity_filter.since is not None:
        conditions.append(held_on >= activity_filter.since)
    if activity_filter.until is not None:
        conditions.append(held_on <= activity_filter.until)
    if activity_filter.team == NO_TEAM:
        conditions.append(team_id.is_(None))
    elif activity_filter.team is not None:
        conditions.append(team_id == activity_filter.team)
    if activity_filter.category is not None:
        conditions.append(col(Activity.category) == activity_filter.category)
    if activity_filter.direction is not None:
        conditions.append(col(Activity.direction) == activity_filter.direction)
    if activity_filter.search.strip():
        descriptions = [getattr(Activity, column("description", lang)) for lang in LANGUAGES]
        conditions.append(text_search(activity_filter.search, descriptions))
    return conditions


def activity_ids_query(activity_filter: ActivityFilter, dialect: str) -> Select[Any]:
    """The ids as stored (see record_lists.stored_key)."""
    key = stored_key(Activity.id, dialect)
    return select(key).where(*activity_conditions(activity_filter))


def _team_code() -> Any:
    return select(col(Team.code)).where(col(Team.id) == col(Activity.team_id)).scalar_subquery()


def activity_rows_query(keys: Sequence[Any], dialect: str) -> Select[Any]:
    """One block of activities with their team's code and their plan's reference parts;
    `id` is the key the list holds, so rows match the ids they were read for."""
    key = stored_key(Activity.id, dialect)
    ids = [key_to_id(held) for held in keys]
    columns = [c for c in Activity.__table__.columns if c.name != "id"]  # type: ignore[attr-defined]
    return (
        select(
            key.label("id"),
            *columns,
            _team_code().label("team"),
            col(Plan.seq).label("plan_seq"),
            col(Conference.number).label("plan_conference"),
            col(PlanTeam.code).label("plan_team"),
        )
        .outerjoin(Plan, col(Plan.id) == col(Activity.plan_id))
        .outerjoin(Conference, col(Conference.id) == col(Plan.conference_id))
        .outerjoin(PlanTeam, col(PlanTeam.id) == col(Plan.team_id))
        .where(col(Activity.id).in_(ids))
    )


ACTIVITIES: RecordList[ActivityFilter] = RecordList(
    activity_ids_query,
    activity_rows_query,
    sorts={
        "held_on": Activity.held_on,
        "team": _team_code(),
        "category": Activity.category,
        "direction": Activity.direction,
        "participants": Activity.participants,
    },
    # Both descending: SQLite walks ix_activity_list backwards, no sort step.
    default_order=(col(Activity.held_on).desc(), col(Activity.id).desc()),
)


def direction_counts(db: Database, activity_filter: ActivityFilter) -> dict[Direction, int]:
    """How many of the filtered activities went each way (the reciprocity of the filter)."""
    query = (
        select(col(Activity.direction), func.count())
        .where(*activity_conditions(activity_filter))
        .group_by(col(Activity.direction))
    )
    with db.read() as session:
        counts = {Direction(direction): int(count) for direction, count in session.execute(query)}
    return {direction: counts.get(direction, 0) for direction in Direction}


def count_activities(db: Database) -> int:
    """Every activity in the database."""
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Activity)) or 0)


def team_plan_choices(
    db: Database, team_id: uuid.UUID, languages: Sequence[str]
) -> list[tuple[str, uuid.UUID]]:
    """The team's plans, newest conference first, labelled `3-ECO-07 title`."""
    query = (
        select(Plan, col(Conference.number), col(Team.code))
        .join(Conference, col(Conference.id) == col(Plan.conference_id))
        .join(Team, col(Team.id) == col(Plan.team_id))
        .where(col(Plan.team_id) == team_id)
        .order_by(col(Conference.number).desc(), col(Plan.seq))
    )
    with db.read() as session:
        found = session.execute(query).all()
    return [
        (f"{number}-{code}-{plan.seq:02d}  {display_text(plan, 'title', languages)}", plan.id)
        for plan, number, code in found
    ]
