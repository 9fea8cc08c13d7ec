"""The MOUs table: title in the working languages, signing, conference, teams, parties,
expiry and status; filtered by status, team and a search over titles and parties."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, exists, func, select

from secretariat.labels import field_label
from secretariat.models import LANGUAGES, Conference, Mou, MouStatus, MouTeam, Team
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


@dataclass
class MouFilter:
    status: MouStatus | None = None
    team_id: uuid.UUID | None = None
    search: str = ""


def _teams_of_mou() -> Any:
    """The codes of an MOU's teams, one string (group_concat / string_agg)."""
    return (
        select(func.aggregate_strings(Team.code, ","))
        .join(MouTeam, MouTeam.team_id == Team.id)
        .where(MouTeam.mou_id == Mou.id)
        .scalar_subquery()
    )


def _conference_number() -> Any:
    return select(Conference.number).where(Conference.id == Mou.conference_id).scalar_subquery()


def mou_ids(mou_filter: MouFilter) -> Select[Any]:
    query = select(Mou.id)
    if mou_filter.status is not None:
        query = query.where(Mou.status == mou_filter.status)
    if mou_filter.team_id is not None:
        query = query.where(
            exists().where(MouTeam.mou_id == Mou.id, MouTeam.team_id == mou_filter.team_id)
        )
    if mou_filter.search.strip():
        searched = [getattr(Mou, column("title", language)) for language in LANGUAGES]
        query = query.where(text_search(mou_filter.search, [*searched, Mou.party_a, Mou.party_b]))
    return query


def mou_rows(ids: Sequence[uuid.UUID]) -> Select[Any]:
    return select(
        *Mou.__table__.columns,  # type: ignore[attr-defined]
        _conference_number().label("conference"),
        _teams_of_mou().label("teams"),
    ).where(Mou.id.in_(ids))  # type: ignore[attr-defined]


def _teams_display(row: Row) -> str:
    return ", ".join(sorted(filter(None, str(row["teams"] or "").split(","))))


def mou_columns(context: AppContext) -> list[Column]:
    def label(name: str) -> str:
        return field_label(name, context.ui_language)

    def text(name: str) -> Column:
        return Column(name, lambda: label(name), lambda row: row[name], sort_by=getattr(Mou, name))

    return [
        language_text_column(context, Mou, "title", 0),
        language_text_column(context, Mou, "title", 1),
        date_column(context, "signed_on", "signed_on", Mou.signed_on),
        Column(
            "conference",
            lambda: label("conference"),
            lambda row: row["conference"],
            sort_by=_conference_number(),
            alignment=RIGHT,
        ),
        Column("teams", lambda: label("team"), _teams_display, sort_by=_teams_of_mou()),
        text("party_a"),
        text("party_b"),
        date_column(context, "expires_on", "expires_on", Mou.expires_on),
        enum_column(context, "status", "record_status", Mou.status),
    ]


def mou_table_spec(context: AppContext, mou_filter: MouFilter) -> TableSpec:
    """The spec reads `mou_filter` each time the list reloads: the page changes it in place."""
    return TableSpec(
        ids=lambda: mou_ids(mou_filter),
        rows=mou_rows,
        columns=mou_columns(context),
        default_order=[Mou.signed_on.desc(), Mou.id],  # type: ignore[union-attr]
    )
