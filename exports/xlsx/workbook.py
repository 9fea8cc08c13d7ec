"""The committee's Excel workbook: Summary, Plans, MOUs, Meetings, Activities, Status history.

Written in write-only mode: rows stream from SQL a chunk at a time straight into the sheets'
files, so 100,000 plans take little memory. The workbook is written to a temporary file beside
the target and renamed at the end; a cancel (the generator closed) or a failure removes it and
leaves any earlier file at the target untouched.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from exports.xlsx.kind_sheets import DESCRIBED_SHEETS, described_rows, write_kind_sheet
from exports.xlsx.plans_sheet import write_plans
from exports.xlsx.record_sheets import (
    Scope,
    write_activities,
    write_history,
    write_meetings,
    write_mous,
)
from exports.xlsx.saving import written_whole
from exports.xlsx.sheets import Rows
from exports.xlsx.summary import write_summary
from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.indicators import IndicatorRow, conference_indicators
from secretariat.labels import FIELD_LABELS, bilingual
from secretariat.models import (
    LANGUAGES,
    Activity,
    Meeting,
    Mou,
    Plan,
    PlanStatusChange,
    Team,
)
from secretariat.progress import Progress
from secretariat.services.committee import profile_in, working_languages_in
from secretariat.services.conferences import by_number, conference_date, next_conference
from secretariat.text import text_in


@dataclass(frozen=True)
class _Plan:
    """What the export needs to know before it writes a row."""

    languages: tuple[str, str]
    scope: Scope
    conference_number: int | None
    heading: str
    team_codes: list[str]
    team_names: dict[str, str]
    totals: dict[str, int]


def check_languages(languages: Any) -> tuple[str, str]:
    if (
        not isinstance(languages, tuple | list)
        or len(languages) != 2
        or languages[0] == languages[1]
        or not set(languages) <= set(LANGUAGES)
    ):
        raise ValidationError(
            "languages", languages, f"two different languages of {', '.join(LANGUAGES)}"
        )
    return (str(languages[0]), str(languages[1]))


def write_workbook(
    db: Database,
    path: str | Path,
    *,
    conference: int | None = None,
    languages: tuple[str, str] | None = None,
) -> Generator[Progress, None, int]:
    """Write the workbook to `path`; yields progress, returns the number of plan rows."""
    target = Path(path)
    with db.read() as session:
        plan = _plan(session, conference, languages)
    indicators = _indicator_rows(db, plan.conference_number)
    total = sum(plan.totals.values())
    yield Progress(0, total, "Writing the workbook")
    with written_whole(target) as workbook:
        write_summary(
            workbook,
            indicators,
            plan.languages,
            heading=plan.heading,
            team_names=plan.team_names,
        )
        plans = yield from _write_sheets(db, workbook, plan, total)
        yield Progress(total, total, "Saving the workbook")
    return plans


def _write_sheets(
    db: Database, workbook: Any, plan: _Plan, total: int
) -> Generator[Progress, None, int]:
    done = 0
    with db.read() as session:
        described: list[tuple[str, Rows]] = [
            (
                kind,
                write_kind_sheet(workbook, session, kind, plan.languages, plan.scope.conference_id),
            )
            for kind in DESCRIBED_SHEETS
        ]
        sheets: list[tuple[str, Rows]] = [
            (
                "plans",
                write_plans(
                    workbook,
                    session,
                    plan.languages,
                    conference_id=plan.scope.conference_id,
                    team_codes=plan.team_codes,
                ),
            ),
            *described,
            ("mous", write_mous(workbook, session, plan.languages, plan.scope)),
            ("meetings", write_meetings(workbook, session, plan.languages, plan.scope)),
            ("activities", write_activities(workbook, session, plan.languages, plan.scope)),
            ("history", write_history(workbook, session, plan.languages, plan.scope)),
        ]
        written: dict[str, int] = {}
        for name, rows in sheets:
            while True:
                try:
                    done += next(rows)
                except StopIteration as finished:
                    written[name] = finished.value
                    break
                yield Progress(done, total, f"Writing {name}")
    return written["plans"]


def _plan(session: Session, number: int | None, languages: Any) -> _Plan:
    chosen = check_languages(languages) if languages is not None else working_languages_in(session)
    scope = Scope()
    if number is not None:
        conference = by_number(session, number)
        following = next_conference(session, conference)
        scope = Scope(
            conference_id=conference.id,
            since=conference_date(conference),
            until=conference_date(following) if following else None,
        )
    teams = list(session.scalars(select(Team).order_by(col(Team.sort_order), col(Team.code))))
    return _Plan(
        languages=chosen,
        scope=scope,
        conference_number=number,
        heading=_heading(session, chosen, number),
        team_codes=[team.code for team in teams],
        team_names={team.code: _names(team, "name", chosen) for team in teams},
        totals=_totals(session, scope),
    )


def _names(record: Any, field: str, languages: tuple[str, str]) -> str:
    texts = [text_in(record, field, language) for language in languages]
    present = [text for text in dict.fromkeys(texts) if text]
    return " / ".join(present) or text_in(record, field, "en")


def _heading(session: Session, languages: tuple[str, str], number: int | None) -> str:
    profile = profile_in(session)
    committee = (
        _names(profile, "name", languages)
        if profile
        else bilingual(FIELD_LABELS["committee"], languages)
    )
    if number is None:
        return committee
    return f"{committee} — {bilingual(FIELD_LABELS['conference'], languages)} {number}"


def _totals(session: Session, scope: Scope) -> dict[str, int]:
    def count(query: Any) -> int:
        return int(session.scalar(query) or 0)

    plans = select(func.count()).select_from(Plan)
    history = select(func.count()).select_from(PlanStatusChange)
    mous = select(func.count()).select_from(Mou)
    meetings = select(func.count()).select_from(Meeting)
    activities = select(func.count()).select_from(Activity)
    if scope.conference_id is not None:
        plans = plans.where(col(Plan.conference_id) == scope.conference_id)
        history = history.join(Plan, col(Plan.id) == col(PlanStatusChange.plan_id)).where(
            col(Plan.conference_id) == scope.conference_id
        )
        mous = mous.where(col(Mou.conference_id) == scope.conference_id)
        meetings = meetings.where(col(Meeting.conference_id) == scope.conference_id)
    if scope.since is not None:
        activities = activities.where(col(Activity.held_on) >= scope.since)
    if scope.until is not None:
        activities = activities.where(col(Activity.held_on) < scope.until)
    return {
        "plans": count(plans),
        "history": count(history),
        "mous": count(mous),
        "meetings": count(meetings),
        "activities": count(activities),
        "described": sum(
            described_rows(session, kind, scope.conference_id) for kind in DESCRIBED_SHEETS
        ),
    }


def _indicator_rows(db: Database, number: int | None) -> list[IndicatorRow]:
    """Every conference's rows; for one conference, its rows and the previous one's
    committee-wide row (the comparison the chart shows)."""
    rows = conference_indicators(db)
    if number is None:
        return rows
    numbers = sorted({row.conference for row in rows if row.conference <= number})
    shown = set(numbers[-2:])
    return [
        row
        for row in rows
        if row.conference == number or (row.team is None and row.conference in shown)
    ]
