"""The record lists of the app's pages, as queries: teams, MOUs, conferences (with their plan
counts), a conference's postponements and meetings. Each is a `RecordList`: the ids a filter
lets through in a sort's order, and the rows of a block of ids (see `record_lists`).

The activities are in `activity_list`, the plans in `plan_list`. Sort keys are the columns'
names (`code`, `title_ko`, `signed_on`...) or, for a computed column, its name (`plans`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, false, func, or_, select
from sqlmodel import col

from secretariat.models import (
    LANGUAGES,
    Conference,
    ConferencePostponement,
    Meeting,
    MeetingTeam,
    Mou,
    MouStatus,
    MouTeam,
    Plan,
    PlanStatus,
    PlanStatusChange,
    Team,
)
from secretariat.services.conferences import plan_counts_query
from secretariat.services.record_lists import RecordList
from secretariat.text import column


def text_search(term: str, columns: Sequence[Any]) -> ColumnElement[bool]:
    """Rows where any of `columns` contains `term` (case-insensitive for Latin letters;
    Korean and Chinese have no case). `%` and `_` in the term are matched literally."""
    term = term.strip()
    if not term:
        return ~false()
    return or_(*(attribute.icontains(term, autoescape=True) for attribute in columns))


def _texts(model: Any, field: str) -> dict[str, Any]:
    """Sort keys of a text in every language: `name_en` -> the column."""
    return {
        column(field, language): getattr(model, column(field, language)) for language in LANGUAGES
    }


def _table_columns(model: Any) -> list[Any]:
    return list(model.__table__.columns)


# -- teams --------------------------------------------------------------------------------


@dataclass
class TeamFilter:
    active_only: bool = False
    search: str = ""


def team_ids_query(team_filter: TeamFilter, _dialect: str = "") -> Select[Any]:
    query = select(col(Team.id))
    if team_filter.active_only:
        query = query.where(col(Team.active).is_(True))
    if team_filter.search.strip():
        names = [getattr(Team, column("name", language)) for language in LANGUAGES]
        query = query.where(text_search(team_filter.search, [Team.code, *names]))
    return query


def _start_number() -> Any:
    return (
        select(col(Conference.number))
        .where(col(Conference.id) == col(Team.start_conference_id))
        .scalar_subquery()
    )


def _plans_of_team() -> Any:
    return (
        select(func.count(col(Plan.id))).where(col(Plan.team_id) == col(Team.id)).scalar_subquery()
    )


def team_rows_query(ids: Sequence[Any], _dialect: str = "") -> Select[Any]:
    """The teams of one block with their plan counts, counted in one GROUP BY."""
    return (
        select(
            *_table_columns(Team),
            _start_number().label("start_conference"),
            func.count(col(Plan.id)).label("plans"),
        )
        .outerjoin(Plan, col(Plan.team_id) == col(Team.id))
        .where(col(Team.id).in_(ids))
        .group_by(*_table_columns(Team))
    )


TEAMS: RecordList[TeamFilter] = RecordList(
    team_ids_query,
    team_rows_query,
    sorts={
        "code": Team.code,
        **_texts(Team, "name"),
        "start_conference": _start_number(),
        "active": Team.active,
        "sort_order": Team.sort_order,
        "plans": _plans_of_team(),
    },
    default_order=(Team.sort_order, Team.code),
)


# -- MOUs ---------------------------------------------------------------------------------


@dataclass
class MouFilter:
    status: MouStatus | None = None
    team_id: uuid.UUID | None = None
    search: str = ""


def _teams_of_mou() -> Any:
    """The codes of an MOU's teams, one string (group_concat / string_agg)."""
    return (
        select(func.aggregate_strings(col(Team.code), ","))
        .join(MouTeam, col(MouTeam.team_id) == col(Team.id))
        .where(col(MouTeam.mou_id) == col(Mou.id))
        .scalar_subquery()
    )


def _mou_conference_number() -> Any:
    return (
        select(col(Conference.number))
        .where(col(Conference.id) == col(Mou.conference_id))
        .scalar_subquery()
    )


def mou_ids_query(mou_filter: MouFilter, _dialect: str = "") -> Select[Any]:
    query = select(col(Mou.id))
    if mou_filter.status is not None:
        query = query.where(col(Mou.status) == mou_filter.status)
    if mou_filter.team_id is not None:
        query = query.where(
            exists().where(
                col(MouTeam.mou_id) == col(Mou.id), col(MouTeam.team_id) == mou_filter.team_id
            )
        )
    if mou_filter.search.strip():
        searched = [getattr(Mou, column("title", language)) for language in LANGUAGES]
        query = query.where(text_search(mou_filter.search, [*searched, Mou.party_a, Mou.party_b]))
    return query


def mou_rows_query(ids: Sequence[Any], _dialect: str = "") -> Select[Any]:
    return select(
        *_table_columns(Mou),
        _mou_conference_number().label("conference"),
        _teams_of_mou().label("teams"),
    ).where(col(Mou.id).in_(ids))


MOUS: RecordList[MouFilter] = RecordList(
    mou_ids_query,
    mou_rows_query,
    sorts={
        **_texts(Mou, "title"),
        "signed_on": Mou.signed_on,
        "conference": _mou_conference_number(),
        "teams": _teams_of_mou(),
        "party_a": Mou.party_a,
        "party_b": Mou.party_b,
        "expires_on": Mou.expires_on,
        "status": Mou.status,
    },
    default_order=(col(Mou.signed_on).desc(), Mou.id),
)


# -- conferences and their postponements ------------------------------------------------


def _postponement_count() -> Any:
    return (
        select(func.count())
        .select_from(ConferencePostponement)
        .where(col(ConferencePostponement.conference_id) == col(Conference.id))
        .scalar_subquery()
    )


def conference_ids_query(search: str, _dialect: str = "") -> Select[Any]:
    """Conferences whose number is a typed word or whose venue contains one."""
    query = select(col(Conference.id))
    for word in search.split():
        venues = [
            func.lower(getattr(Conference, column("venue", language))).contains(
                word.casefold(), autoescape=True
            )
            for language in LANGUAGES
        ]
        if word.isdigit():
            venues.append(col(Conference.number) == int(word))
        query = query.where(or_(*venues))
    return query


def conference_rows_query(keys: Sequence[Any], _dialect: str = "") -> Select[Any]:
    """The conferences' own columns, their postponement count and their plan counts."""
    counts = plan_counts_query(keys).subquery()
    return (
        select(
            *_table_columns(Conference),
            _postponement_count().label("postponements"),
            func.coalesce(counts.c.plans, 0).label("plans"),
            *(
                func.coalesce(counts.c[status.value], 0).label(status.value)
                for status in PlanStatus
            ),
        )
        .outerjoin(counts, counts.c.conference_id == col(Conference.id))
        .where(col(Conference.id).in_(list(keys)))
    )


CONFERENCES: RecordList[str] = RecordList(
    conference_ids_query,
    conference_rows_query,
    sorts={
        "number": col(Conference.number),
        "planned_date": col(Conference.planned_date),
        "held_date": col(Conference.held_date),
        "host_side": col(Conference.host_side),
        "status": col(Conference.status),
    },
    default_order=(col(Conference.number),),
)


def postponement_ids_query(conference_id: uuid.UUID | None, _dialect: str = "") -> Select[Any]:
    """The postponements of one conference (none when no conference is chosen)."""
    query = select(col(ConferencePostponement.id))
    if conference_id is None:
        return query.where(false())
    return query.where(col(ConferencePostponement.conference_id) == conference_id)


def postponement_rows_query(keys: Sequence[Any], _dialect: str = "") -> Select[Any]:
    table = ConferencePostponement.__table__  # type: ignore[attr-defined]
    return select(*table.columns).where(col(ConferencePostponement.id).in_(list(keys)))


POSTPONEMENTS: RecordList[uuid.UUID | None] = RecordList(
    postponement_ids_query,
    postponement_rows_query,
    sorts={"decided_on": col(ConferencePostponement.decided_on)},
    default_order=(
        col(ConferencePostponement.decided_on),
        col(ConferencePostponement.created_at),
    ),
)


# -- meetings -----------------------------------------------------------------------------


@dataclass
class MeetingFilter:
    """What the page's search box and team filter ask for."""

    search: str = ""
    team_id: uuid.UUID | None = None


def _meeting_search(word: str) -> Any:
    folded = word.casefold()
    searched = [column("outcomes", language) for language in LANGUAGES] + ["attendees", "venue"]
    return or_(
        *(func.lower(getattr(Meeting, name)).contains(folded, autoescape=True) for name in searched)
    )


def meeting_ids_query(filters: MeetingFilter, _dialect: str = "") -> Select[Any]:
    query = select(col(Meeting.id))
    for word in filters.search.split():
        query = query.where(_meeting_search(word))
    if filters.team_id is not None:
        in_team = (
            select(col(MeetingTeam.meeting_id))
            .where(
                col(MeetingTeam.meeting_id) == col(Meeting.id),
                col(MeetingTeam.team_id) == filters.team_id,
            )
            .exists()
        )
        query = query.where(in_team)
    return query


def _meeting_team_codes() -> Any:
    return (
        select(func.aggregate_strings(col(Team.code), ","))
        .join(MeetingTeam, col(MeetingTeam.team_id) == col(Team.id))
        .where(col(MeetingTeam.meeting_id) == col(Meeting.id))
        .scalar_subquery()
    )


def _update_count() -> Any:
    return (
        select(func.count())
        .select_from(PlanStatusChange)
        .where(col(PlanStatusChange.meeting_id) == col(Meeting.id))
        .scalar_subquery()
    )


def _meeting_conference_number() -> Any:
    return (
        select(col(Conference.number))
        .where(col(Conference.id) == col(Meeting.conference_id))
        .scalar_subquery()
    )


def meeting_rows_query(keys: Sequence[Any], _dialect: str = "") -> Select[Any]:
    return select(
        col(Meeting.id),
        col(Meeting.held_on),
        col(Meeting.kind),
        col(Meeting.venue),
        col(Meeting.attendees),
        col(Meeting.state),
        col(Meeting.start_time),
        *(getattr(Meeting, column("outcomes", language)) for language in LANGUAGES),
        _meeting_conference_number().label("conference"),
        _meeting_team_codes().label("teams"),
        _update_count().label("updates"),
    ).where(col(Meeting.id).in_(list(keys)))


MEETINGS: RecordList[MeetingFilter] = RecordList(
    meeting_ids_query,
    meeting_rows_query,
    sorts={
        "date": col(Meeting.held_on),
        "kind": col(Meeting.kind),
        "conference": _meeting_conference_number(),
        "venue": col(Meeting.venue),
        "updates": _update_count(),
    },
    default_order=(col(Meeting.held_on).desc(), col(Meeting.created_at).desc()),
)
