"""What needs the committee's attention, as plain frozen data: dormant teams, open plans past
their due date, plans whose status has not changed in a year, plans missing a translation in a
working language.

`gather_attention` reads it in a few queries (safe to call off the GUI thread); the dashboard
labels it in the interface language without asking the database again.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
from sqlmodel import col

from secretariat import indicators
from secretariat.db import Database
from secretariat.models import Conference, Plan, PlanStatus, Team
from secretariat.services.plan_query import overdue_conditions
from secretariat.services.plans import plan_ref
from secretariat.text import PLAN_TEXT_FIELDS, column, missing_languages, texts_of

DORMANT, OVERDUE, STALE, UNTRANSLATED = "dormant", "overdue", "stale", "untranslated"
SECTION_LIMIT = 200  # entries listed per section; the header still gives the full count


@dataclass(frozen=True)
class AttentionEntry:
    """One thing to look at: a team (dormant) or a plan (stale, untranslated)."""

    kind: str
    team_code: str
    team_names: dict[str, str]
    plan_id: uuid.UUID | None = None
    ref: str = ""
    titles: dict[str, str] = field(default_factory=dict)
    status: PlanStatus | None = None
    since: date | None = None  # last activity (team) or last status change (plan)
    due: date | None = None  # an overdue plan's due date
    months_idle: int | None = None
    missing: tuple[tuple[str, str], ...] = ()  # (field, language) pairs left empty


@dataclass(frozen=True)
class AttentionSection:
    kind: str
    total: int  # may exceed len(entries): only SECTION_LIMIT are listed
    entries: tuple[AttentionEntry, ...]


@dataclass(frozen=True)
class Attention:
    as_of: date
    months: int
    sections: tuple[AttentionSection, ...]

    def section(self, kind: str) -> AttentionSection:
        return next(section for section in self.sections if section.kind == kind)


def gather_attention(
    db: Database,
    *,
    as_of: date,
    working_languages: Sequence[str],
    months: int = indicators.DEFAULT_DORMANCY_MONTHS,
    limit: int = SECTION_LIMIT,
) -> Attention:
    """Everything the list shows, read in a few queries (safe to call off the GUI thread)."""
    return Attention(
        as_of=as_of,
        months=months,
        sections=(
            _dormant_section(db, as_of, months),
            _overdue_section(db, as_of, limit),
            _stale_section(db, as_of, months, limit),
            _untranslated_section(db, tuple(working_languages), limit),
        ),
    )


def _dormant_section(db: Database, as_of: date, months: int) -> AttentionSection:
    dormant = [t for t in indicators.team_activity(db, as_of=as_of, months=months) if t.dormant]
    with db.read() as session:
        names = {
            team.code: texts_of(team, "name")
            for team in session.scalars(
                select(Team).where(col(Team.code).in_([t.team for t in dormant]))
            )
        }
    entries = tuple(
        AttentionEntry(
            kind=DORMANT,
            team_code=activity.team,
            team_names=names.get(activity.team, {}),
            since=activity.last_any,
            months_idle=activity.months_idle,
        )
        for activity in dormant
    )
    return AttentionSection(DORMANT, len(entries), entries)


def _overdue_section(db: Database, as_of: date, limit: int) -> AttentionSection:
    """Open plans whose due date passed before `as_of`, the longest overdue first."""
    query = select(col(Plan.id)).where(*overdue_conditions(as_of))
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        shown = list(session.scalars(query.order_by(col(Plan.due_date), col(Plan.id)).limit(limit)))
    entries = _plan_entries(db, OVERDUE, shown, ())
    order = {plan_id: position for position, plan_id in enumerate(shown)}
    entries.sort(key=lambda entry: order[entry.plan_id])  # type: ignore[index]
    return AttentionSection(OVERDUE, int(total), tuple(entries))


def _stale_section(db: Database, as_of: date, months: int, limit: int) -> AttentionSection:
    shown = indicators.stale_plans(db, as_of=as_of, months=months, limit=limit)
    total = indicators.count_stale_plans(db, as_of=as_of, months=months)
    entries = _plan_entries(db, STALE, shown, ())
    order = {plan_id: position for position, plan_id in enumerate(shown)}
    entries.sort(key=lambda entry: order[entry.plan_id])  # type: ignore[index]
    return AttentionSection(STALE, total, tuple(entries))


def _untranslated_section(db: Database, languages: tuple[str, ...], limit: int) -> AttentionSection:
    empty = [
        func.coalesce(func.trim(getattr(Plan, column(name, language))), "") == ""
        for name in PLAN_TEXT_FIELDS
        for language in languages
    ]
    newest_first = (
        col(Conference.number).desc(),
        col(Team.sort_order),
        col(Team.code),
        col(Plan.seq),
    )
    query = (
        select(col(Plan.id))
        .join(Conference, col(Conference.id) == col(Plan.conference_id))
        .join(Team, col(Team.id) == col(Plan.team_id))
        .where(or_(*empty))
    )
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        shown = list(session.scalars(query.order_by(*newest_first).limit(limit)))
    entries = _plan_entries(db, UNTRANSLATED, shown, languages)
    order = {plan_id: position for position, plan_id in enumerate(shown)}
    entries.sort(key=lambda entry: order[entry.plan_id])  # type: ignore[index]
    return AttentionSection(UNTRANSLATED, int(total), tuple(entries))


def _plan_entries(
    db: Database, kind: str, plan_ids: Sequence[uuid.UUID], languages: tuple[str, ...]
) -> list[AttentionEntry]:
    """Entries for plans; `languages` are checked for gaps (none for stale plans)."""
    if not plan_ids:
        return []
    query = (
        select(Plan, Conference, Team)
        .join(Conference, col(Conference.id) == col(Plan.conference_id))
        .join(Team, col(Team.id) == col(Plan.team_id))
        .where(col(Plan.id).in_(list(plan_ids)))
    )
    entries = []
    with db.read() as session:
        for plan, _conference, team in session.execute(query).all():
            missing = tuple(
                (name, language)
                for name in PLAN_TEXT_FIELDS
                for language in missing_languages(plan, name, languages)
            )
            entries.append(
                AttentionEntry(
                    kind=kind,
                    team_code=team.code,
                    team_names=texts_of(team, "name"),
                    plan_id=plan.id,
                    ref=plan_ref(session, plan),  # conference and team already loaded
                    titles=texts_of(plan, "title"),
                    status=plan.status,
                    since=plan.status_changed_on,
                    due=plan.due_date,
                    missing=missing,
                )
            )
    return entries
