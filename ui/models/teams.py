"""The teams table: code, names in the working languages, the conference a team starts from,
whether it is active, its order, and how many plans it has (one GROUP BY per block)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Select, func, select

from secretariat.labels import field_label
from secretariat.models import LANGUAGES, Conference, Plan, Team
from secretariat.text import column
from ui.context import AppContext
from ui.models.record_columns import RIGHT, language_text_column, text_search
from ui.models.sql_table import Column, TableSpec


@dataclass
class TeamFilter:
    active_only: bool = False
    search: str = ""


def team_ids(team_filter: TeamFilter) -> Select[Any]:
    query = select(Team.id)
    if team_filter.active_only:
        query = query.where(Team.active.is_(True))  # type: ignore[attr-defined]
    if team_filter.search.strip():
        names = [getattr(Team, column("name", language)) for language in LANGUAGES]
        query = query.where(text_search(team_filter.search, [Team.code, *names]))
    return query


def _start_number() -> Any:
    return (
        select(Conference.number).where(Conference.id == Team.start_conference_id).scalar_subquery()
    )


def _plans_of_team() -> Any:
    return select(func.count(Plan.id)).where(Plan.team_id == Team.id).scalar_subquery()


def team_rows(ids: Sequence[uuid.UUID]) -> Select[Any]:
    """The teams of one block with their plan counts, counted in one GROUP BY."""
    return (
        select(
            *Team.__table__.columns,  # type: ignore[attr-defined]
            _start_number().label("start_conference"),
            func.count(Plan.id).label("plans"),
        )
        .outerjoin(Plan, Plan.team_id == Team.id)
        .where(Team.id.in_(ids))  # type: ignore[attr-defined]
        .group_by(*Team.__table__.columns)  # type: ignore[attr-defined]
    )


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("TeamsTable", "Yes")
        if value
        else QCoreApplication.translate("TeamsTable", "No")
    )


def team_columns(context: AppContext) -> list[Column]:
    def label(name: str) -> str:
        return field_label(name, context.ui_language)

    return [
        Column("code", lambda: label("code"), lambda row: row["code"], sort_by=Team.code),
        language_text_column(context, Team, "name", 0),
        language_text_column(context, Team, "name", 1),
        Column(
            "start_conference",
            lambda: label("start_conference"),
            lambda row: row["start_conference"] or "",
            sort_by=_start_number(),
            alignment=RIGHT,
        ),
        Column("active", lambda: label("active"), lambda row: yes_no(row["active"]), Team.active),
        Column(
            "sort_order",
            lambda: QCoreApplication.translate("TeamsTable", "Order"),
            lambda row: row["sort_order"],
            sort_by=Team.sort_order,
            alignment=RIGHT,
        ),
        Column(
            "plans",
            lambda: QCoreApplication.translate("TeamsTable", "Plans"),
            lambda row: row["plans"],
            sort_by=_plans_of_team(),
            alignment=RIGHT,
        ),
    ]


def team_table_spec(context: AppContext, team_filter: TeamFilter) -> TableSpec:
    return TableSpec(
        ids=lambda: team_ids(team_filter),
        rows=team_rows,
        columns=team_columns(context),
        default_order=[Team.sort_order, Team.code],
    )
