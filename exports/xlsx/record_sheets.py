"""The MOUs, Meetings, Activities and Status history sheets: one row per record, texts in the
two languages side by side, streamed from SQL."""

from __future__ import annotations

import enum
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Mapped, aliased
from sqlmodel import Session, col

from exports.xlsx.columns import SHEET_SEPARATOR, SheetColumn
from exports.xlsx.sheets import (
    Rows,
    day,
    raw,
    ref_text,
    start_table,
    stream,
    stream_by_team,
    stream_records,
    text_or_null,
    write_rows,
)
from secretariat.labels import ENUM_LABELS, FIELD_LABELS, SHEET_LABELS, Label, bilingual
from secretariat.models import (
    Activity,
    ActivityCategory,
    Conference,
    Direction,
    Meeting,
    MeetingKind,
    MeetingState,
    MeetingTeam,
    Mou,
    MouStatus,
    MouTeam,
    Plan,
    PlanStatus,
    PlanStatusChange,
    Team,
)
from secretariat.text import column

MOUS_LABEL = SHEET_LABELS["mous"]
MEETINGS_LABEL = SHEET_LABELS["meetings"]
ACTIVITIES_LABEL = SHEET_LABELS["activities"]
HISTORY_LABEL = SHEET_LABELS["history"]
TEAMS_LABEL = SHEET_LABELS["teams"]


@dataclass(frozen=True)
class Scope:
    """What the workbook covers: every record, or one conference's."""

    conference_id: uuid.UUID | None = None
    since: date | None = None  # activities from this date (the conference's)...
    until: date | None = None  # ...until the next conference (excluded)


def _texts(field: str, label_key: str, languages: tuple[str, str], width: float) -> list[Any]:
    return [
        SheetColumn(column(field, language), FIELD_LABELS[label_key], language, width)
        for language in languages
    ]


def _label_texts(enum_type: type[enum.Enum], languages: tuple[str, str]) -> dict[Any, str]:
    return {member: bilingual(ENUM_LABELS[member], languages) for member in enum_type}


def _team_codes(
    session: Session, link: type[MouTeam] | type[MeetingTeam], key: Mapped[uuid.UUID]
) -> dict[uuid.UUID, str]:
    """Record id -> its teams' codes, comma separated, in the teams' order."""
    codes: dict[uuid.UUID, list[str]] = defaultdict(list)
    query = select(key, col(Team.code)).join(Team, col(Team.id) == col(link.team_id))
    for record_id, code in session.execute(query.order_by(col(Team.sort_order), col(Team.code))):
        codes[record_id].append(code)
    return {record_id: ", ".join(found) for record_id, found in codes.items()}


def _title(label: Label, languages: tuple[str, str]) -> str:
    return bilingual(label, languages, SHEET_SEPARATOR)


def write_mous(workbook: Any, session: Session, languages: tuple[str, str], scope: Scope) -> Rows:
    columns = [
        *_texts("title", "title", languages, 40),
        SheetColumn("status", FIELD_LABELS["record_status"], width=16),
        SheetColumn("signed_on", FIELD_LABELS["signed_on"], width=12),
        SheetColumn("expires_on", FIELD_LABELS["expires_on"], width=12),
        SheetColumn("conference", FIELD_LABELS["conference"], width=9),
        SheetColumn("party_a", FIELD_LABELS["party_a"], width=28),
        SheetColumn("party_b", FIELD_LABELS["party_b"], width=28),
        SheetColumn("teams", TEAMS_LABEL, width=14),
    ]
    table = start_table(workbook, _title(MOUS_LABEL, languages), columns, languages)
    teams = _team_codes(session, MouTeam, col(MouTeam.mou_id))
    statuses = _label_texts(MouStatus, languages)
    query: Select[*tuple[Any, ...]] = (
        select(Mou, col(Conference.number))
        .outerjoin(Conference, col(Conference.id) == col(Mou.conference_id))
        .order_by(col(Mou.signed_on).is_(None), col(Mou.signed_on), col(Mou.title_en))
    )
    if scope.conference_id is not None:
        query = query.where(col(Mou.conference_id) == scope.conference_id)

    def to_cells(row: Any) -> list[Any]:
        mou, number = row
        texts = [getattr(mou, spec.key) for spec in columns[:2]]
        return [
            *texts,
            statuses[mou.status],
            mou.signed_on,
            mou.expires_on,
            number,
            mou.party_a,
            mou.party_b,
            teams.get(mou.id),
        ]

    return (yield from write_rows(table, stream_records(session, query), to_cells))


def write_meetings(
    workbook: Any, session: Session, languages: tuple[str, str], scope: Scope
) -> Rows:
    columns = [
        SheetColumn("held_on", FIELD_LABELS["date"], width=12),
        SheetColumn("kind", FIELD_LABELS["kind"], width=22),
        SheetColumn("conference", FIELD_LABELS["conference"], width=9),
        SheetColumn("teams", TEAMS_LABEL, width=12),
        SheetColumn("attendees", FIELD_LABELS["attendees"], width=30),
        SheetColumn("venue", FIELD_LABELS["venue"], width=24),
        *_texts("outcomes", "outcomes", languages, 60),
    ]
    table = start_table(workbook, _title(MEETINGS_LABEL, languages), columns, languages)
    teams = _team_codes(session, MeetingTeam, col(MeetingTeam.meeting_id))
    kinds = _label_texts(MeetingKind, languages)
    query: Select[*tuple[Any, ...]] = (
        select(Meeting, col(Conference.number))
        .outerjoin(Conference, col(Conference.id) == col(Meeting.conference_id))
        # Held meetings only: the sheet has no state column, and its import takes every row
        # for a held meeting (a planned one travels by the archive and the exchange).
        .where(col(Meeting.state) == MeetingState.held)
        .order_by(col(Meeting.held_on), col(Meeting.created_at))
    )
    if scope.conference_id is not None:
        query = query.where(col(Meeting.conference_id) == scope.conference_id)

    def to_cells(row: Any) -> list[Any]:
        meeting, number = row
        return [
            meeting.held_on,
            kinds[meeting.kind],
            number,
            teams.get(meeting.id),
            meeting.attendees,
            meeting.venue,
            *(getattr(meeting, spec.key) for spec in columns[6:]),
        ]

    return (yield from write_rows(table, stream_records(session, query), to_cells))


def write_activities(
    workbook: Any, session: Session, languages: tuple[str, str], scope: Scope
) -> Rows:
    columns = [
        SheetColumn("held_on", FIELD_LABELS["date"], width=12),
        SheetColumn("team", FIELD_LABELS["team"], width=8),
        SheetColumn("category", FIELD_LABELS["category"], width=18),
        SheetColumn("direction", FIELD_LABELS["direction"], width=10),
        SheetColumn("participants", FIELD_LABELS["participants"], width=10),
        SheetColumn("plan", FIELD_LABELS["plan"], width=11),
        *_texts("description", "description", languages, 60),
    ]
    table = start_table(workbook, _title(ACTIVITIES_LABEL, languages), columns, languages)
    categories = _label_texts(ActivityCategory, languages)
    directions = _label_texts(Direction, languages)
    plan_conference, plan_team = aliased(Conference), aliased(Team)
    texts = [getattr(Activity, spec.key) for spec in columns[6:]]
    # Columns, not Activity records, read through Core: 200,000 ORM objects took ~3 s more.
    query: Select[*tuple[Any, ...]] = (
        select(
            col(Activity.held_on),
            col(Team.code),
            col(Activity.category),
            col(Activity.direction),
            col(Activity.participants),
            col(plan_conference.number),
            col(plan_team.code),
            col(Plan.seq),
            *texts,
        )
        .outerjoin(Team, col(Team.id) == col(Activity.team_id))
        .outerjoin(Plan, col(Plan.id) == col(Activity.plan_id))
        .outerjoin(plan_conference, col(plan_conference.id) == col(Plan.conference_id))
        .outerjoin(plan_team, col(plan_team.id) == col(Plan.team_id))
        .order_by(col(Activity.held_on), col(Activity.created_at))
    )
    if scope.since is not None:
        query = query.where(col(Activity.held_on) >= scope.since)
    if scope.until is not None:
        query = query.where(col(Activity.held_on) < scope.until)

    def to_cells(row: Any) -> list[Any]:
        held_on, code, category, direction, participants, number, plan_code, seq = row[:8]
        return [
            held_on,
            code,
            categories[category],
            directions[direction],
            participants,
            ref_text(number, plan_code, seq) if seq is not None else None,
            *row[8:],
        ]

    return (yield from write_rows(table, stream(session, query), to_cells))


def history_columns(languages: tuple[str, str]) -> list[SheetColumn]:
    return [
        SheetColumn("plan", FIELD_LABELS["plan"], width=11),
        *_texts("title", "title", languages, 40),
        SheetColumn("changed_on", FIELD_LABELS["date"], width=12),
        SheetColumn("from_status", FIELD_LABELS["from_status"], width=18),
        SheetColumn("to_status", FIELD_LABELS["to_status"], width=18),
        SheetColumn("note", FIELD_LABELS["note"], width=40),
        SheetColumn("meeting", FIELD_LABELS["meeting"], width=12),
        SheetColumn("author", FIELD_LABELS["author"], width=16),
    ]


def write_history(
    workbook: Any, session: Session, languages: tuple[str, str], scope: Scope
) -> Rows:
    columns = history_columns(languages)
    table = start_table(workbook, _title(HISTORY_LABEL, languages), columns, languages)
    statuses = {member.value: text for member, text in _label_texts(PlanStatus, languages).items()}
    titles = [text_or_null(getattr(Plan, spec.key)) for spec in columns[1:3]]
    query: Select[*tuple[Any, ...]] = (
        select(
            col(Conference.number),
            col(Team.code),
            col(Plan.seq),
            *titles,
            raw(col(PlanStatusChange.changed_on)),
            raw(col(PlanStatusChange.from_status)),
            raw(col(PlanStatusChange.to_status)),
            text_or_null(col(PlanStatusChange.note)),
            raw(col(Meeting.held_on)),
            text_or_null(col(PlanStatusChange.author)),
        )
        .join(Plan, col(Plan.id) == col(PlanStatusChange.plan_id))
        .join(Conference, col(Conference.id) == col(Plan.conference_id))
        .join(Team, col(Team.id) == col(Plan.team_id))
        .outerjoin(Meeting, col(Meeting.id) == col(PlanStatusChange.meeting_id))
        .where(
            col(Plan.conference_id) == bindparam("conference_id"),
            col(Plan.team_id) == bindparam("team_id"),
        )
        .order_by(col(Plan.seq), col(PlanStatusChange.changed_on), col(PlanStatusChange.created_at))
    )

    def to_cells(row: Any) -> list[Any]:
        number, code, seq, title_a, title_b, changed_on, old, new, note, meeting_on, author = row
        return [
            f"{number}-{code}-{seq:02d}",
            title_a,
            title_b,
            day(changed_on),
            statuses[old] if old is not None else None,
            statuses[new],
            note,
            day(meeting_on),
            author,
        ]

    rows = stream_by_team(session, query, scope.conference_id)
    return (yield from write_rows(table, rows, to_cells))
