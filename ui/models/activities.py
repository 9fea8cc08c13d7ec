"""The activities table, built for 200,000 rows: the filter (dates, team, category, direction,
a search over descriptions) is SQL, the model holds ids only, and the reciprocity summary for
the same filter is one GROUP BY direction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, String, func, select, type_coerce
from sqlalchemy.orm import aliased

from secretariat.db import Database
from secretariat.labels import field_label
from secretariat.models import (
    LANGUAGES,
    Activity,
    ActivityCategory,
    Conference,
    Direction,
    Plan,
    Team,
)
from secretariat.text import column
from ui.context import AppContext
from ui.models.record_columns import (
    RIGHT,
    date_column,
    enum_column,
    language_text_column,
    text_search,
)
from ui.models.sql_table import Column, Row, TableSpec

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
    conditions: list[ColumnElement[bool]] = []
    if activity_filter.since is not None:
        conditions.append(Activity.held_on >= activity_filter.since)  # type: ignore[arg-type]
    if activity_filter.until is not None:
        conditions.append(Activity.held_on <= activity_filter.until)  # type: ignore[arg-type]
    if activity_filter.team == NO_TEAM:
        conditions.append(Activity.team_id.is_(None))  # type: ignore[union-attr]
    elif activity_filter.team is not None:
        conditions.append(Activity.team_id == activity_filter.team)  # type: ignore[arg-type]
    if activity_filter.category is not None:
        conditions.append(Activity.category == activity_filter.category)  # type: ignore[arg-type]
    if activity_filter.direction is not None:
        conditions.append(Activity.direction == activity_filter.direction)  # type: ignore[arg-type]
    if activity_filter.search.strip():
        descriptions = [getattr(Activity, column("description", lang)) for lang in LANGUAGES]
        conditions.append(text_search(activity_filter.search, descriptions))
    return conditions


def stored_key(dialect: str) -> Any:
    """The id column as the list holds it: as stored (hex text) on SQLite, else the UUID."""
    return type_coerce(Activity.id, String) if dialect == "sqlite" else Activity.id


def key_to_id(key: Any) -> uuid.UUID:
    return key if isinstance(key, uuid.UUID) else uuid.UUID(hex=str(key))


def key_of(dialect: str, record_id: uuid.UUID) -> Any:
    return record_id.hex if dialect == "sqlite" else record_id


def activity_ids(activity_filter: ActivityFilter, key: Any = Activity.id) -> Select[Any]:
    return select(key).where(*activity_conditions(activity_filter))


def direction_counts(db: Database, activity_filter: ActivityFilter) -> dict[Direction, int]:
    """How many of the filtered activities went each way (the reciprocity of the filter)."""
    query = (
        select(Activity.direction, func.count())
        .where(*activity_conditions(activity_filter))
        .group_by(Activity.direction)
    )
    with db.read() as session:
        counts = {Direction(direction): int(count) for direction, count in session.execute(query)}
    return {direction: counts.get(direction, 0) for direction in Direction}


def _team_code() -> Any:
    return select(Team.code).where(Team.id == Activity.team_id).scalar_subquery()


def activity_rows(keys: Sequence[Any], key: Any = Activity.id) -> Select[Any]:
    """One block of activities with their team's code and their plan's reference parts;
    `id` is the key the list holds (`key`), so rows match the ids they were read for."""
    ids = [key_to_id(held) for held in keys]
    columns = [c for c in Activity.__table__.columns if c.name != "id"]  # type: ignore[attr-defined]
    return (
        select(
            key.label("id"),
            *columns,
            _team_code().label("team"),
            Plan.seq.label("plan_seq"),  # type: ignore[attr-defined]
            Conference.number.label("plan_conference"),  # type: ignore[attr-defined]
            PlanTeam.code.label("plan_team"),
        )
        .outerjoin(Plan, Plan.id == Activity.plan_id)
        .outerjoin(Conference, Conference.id == Plan.conference_id)
        .outerjoin(PlanTeam, PlanTeam.id == Plan.team_id)
        .where(Activity.id.in_(ids))  # type: ignore[attr-defined]
    )


def plan_reference(row: Row) -> str:
    """`3-ECO-07`, as plan_ref writes it; empty when the activity belongs to no plan."""
    if row["plan_seq"] is None:
        return ""
    return f"{row['plan_conference']}-{row['plan_team']}-{row['plan_seq']:02d}"


def activity_columns(context: AppContext) -> list[Column]:
    def label(name: str) -> str:
        return field_label(name, context.ui_language)

    return [
        date_column(context, "held_on", "date", Activity.held_on),
        Column("team", lambda: label("team"), lambda row: row["team"] or "", _team_code()),
        enum_column(context, "category", "category", Activity.category),
        enum_column(context, "direction", "direction", Activity.direction),
        Column(
            "participants",
            lambda: label("participants"),
            lambda row: row["participants"],
            sort_by=Activity.participants,
            alignment=RIGHT,
        ),
        Column("plan", lambda: label("plan"), plan_reference),
        language_text_column(context, Activity, "description", 0),
        language_text_column(context, Activity, "description", 1),
    ]


def activity_table_spec(context: AppContext, activity_filter: ActivityFilter) -> TableSpec:
    """Ids held as stored (see stored_key); the page's model converts them to UUIDs."""
    key = stored_key(context.db.dialect)
    return TableSpec(
        ids=lambda: activity_ids(activity_filter, key),
        rows=lambda keys: activity_rows(keys, key),
        columns=activity_columns(context),
        # Both descending: SQLite walks ix_activity_list backwards, no sort step.
        default_order=[Activity.held_on.desc(), Activity.id.desc()],  # type: ignore[attr-defined]
    )
