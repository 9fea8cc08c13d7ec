"""The committee's indicators, per conference and per team × conference (docs/indicators.md).

Counts come from a handful of SQL aggregates (GROUP BY conference and team), never from
loading every plan; the rates, differences and cumulative sums are then arithmetic on those
few rows. Rates are percentages (0–100) or None where the denominator is zero.
"""

from __future__ import annotations

import uuid
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from itertools import accumulate
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlmodel import Session, col

from secretariat.db import Database
from secretariat.models import (
    Activity,
    ActivityCategory,
    Conference,
    ConferencePostponement,
    ConferenceStatus,
    Direction,
    Mou,
    MouTeam,
    Origin,
    Plan,
    PlanStatus,
    Team,
)
from secretariat.services.mous import SIGNED_STATUSES

RATE_NAMES = ("promotion_rate", "implementation_rate", "mutual_rate", "retention_rate")
OPEN_STATUSES = (PlanStatus.agreed, PlanStatus.in_progress, PlanStatus.on_hold)
PROMOTED_STATUSES = (PlanStatus.in_progress, PlanStatus.implemented)
DEFAULT_DORMANCY_MONTHS = 12


@dataclass(frozen=True)
class Counts:
    """Plan counts of one conference (and team): the numerators and denominators."""

    plans: int = 0
    promoted: int = 0  # in_progress or implemented
    implemented: int = 0
    mutual: int = 0
    carried: int = 0  # continuing a plan of the previous conference

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.plans + other.plans,
            self.promoted + other.promoted,
            self.implemented + other.implemented,
            self.mutual + other.mutual,
            self.carried + other.carried,
        )


@dataclass(frozen=True)
class IndicatorRow:
    """Indicators of one conference, for the whole committee (team None) or one team."""

    conference: int
    conference_date: date
    conference_status: str
    held: bool  # only a held conference has results; a planned one's plans are its agenda
    team: str | None
    plans: int
    promoted: int
    implemented: int
    mutual: int
    previous_plans: int | None  # plans of the previous conference (retention's denominator)
    retained: int | None  # of those, how many a plan of this conference continues
    promotion_rate: float | None
    implementation_rate: float | None
    mutual_rate: float | None
    retention_rate: float | None
    mous_at_conference: int
    mous_cumulative: int
    months_since_previous: int | None
    postponements: int
    change_pp: dict[str, float | None] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        values = asdict(self)
        values["conference_date"] = self.conference_date.isoformat()
        return values


@dataclass(frozen=True)
class Share:
    count: int
    percent: float | None


@dataclass(frozen=True)
class Reciprocity:
    """Exchange activities by direction: overall and per category."""

    total: dict[str, Share]
    by_category: dict[str, dict[str, Share]]

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TeamActivity:
    """When a team last did something: an exchange activity or a plan status change."""

    team: str
    last_activity: date | None
    last_status_change: date | None
    last_any: date | None
    months_idle: int | None
    dormant: bool

    def as_json(self) -> dict[str, Any]:
        values = asdict(self)
        for name in ("last_activity", "last_status_change", "last_any"):
            values[name] = values[name].isoformat() if values[name] else None
        return values


def percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else 100.0 * part / whole


def months_between(earlier: date, later: date) -> int:
    """Whole months from `earlier` to `later` (a month counts once its day is reached)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return months


def subtract_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


Key = tuple[uuid.UUID, uuid.UUID]  # (conference id, team id)


def _plan_counts(session: Session) -> dict[Key, Counts]:
    """Plan counts per conference × team, from one scan of the covering index
    ix_plan_indicators (grouping in index order: no sort, no wide rows read)."""
    rows = session.execute(
        select(
            col(Plan.conference_id),
            col(Plan.team_id),
            col(Plan.status),
            col(Plan.origin),
            func.count(),
            func.count(col(Plan.continues_plan_id)),
        ).group_by(col(Plan.conference_id), col(Plan.team_id), col(Plan.status), col(Plan.origin))
    )
    # Summed in lists (plans, promoted, implemented, mutual, carried): ~1,500 groups
    sums: dict[Key, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for conference_id, team_id, status, origin, plans, carried in rows:
        counts = sums[(conference_id, team_id)]
        counts[0] += plans
        if status in PROMOTED_STATUSES:
            counts[1] += plans
        if status == PlanStatus.implemented:
            counts[2] += plans
        if origin == Origin.mutual:
            counts[3] += plans
        counts[4] += carried
    return {key: Counts(*counts) for key, counts in sums.items()}


MouCounts = tuple[
    dict[uuid.UUID | None, int],  # MOUs signed at each conference (None: at none)
    dict[tuple[uuid.UUID | None, uuid.UUID], int],  # ... at each conference × team
    list[tuple[date | None, int]],  # MOUs signed on each date
    list[tuple[uuid.UUID, date | None, int]],  # ... by each team on each date
]


def _mou_counts(session: Session) -> MouCounts:
    """MOUs signed per conference (and per conference × team), and every signing date
    (and team × signing date) for the cumulative counts."""
    signed = col(Mou.status).in_(SIGNED_STATUSES)
    at_conference: dict[uuid.UUID | None, int] = dict(
        session.execute(
            select(col(Mou.conference_id), func.count())
            .where(signed)
            .group_by(col(Mou.conference_id))
        ).all()
    )
    at_conference_team: dict[tuple[uuid.UUID | None, uuid.UUID], int] = {
        (conference_id, team_id): count
        for conference_id, team_id, count in session.execute(
            select(col(Mou.conference_id), col(MouTeam.team_id), func.count())
            .join(MouTeam, col(MouTeam.mou_id) == col(Mou.id))
            .where(signed)
            .group_by(col(Mou.conference_id), col(MouTeam.team_id))
        )
    }
    signing_dates: list[tuple[date | None, int]] = [
        (signed_on, count)
        for signed_on, count in session.execute(
            select(col(Mou.signed_on), func.count()).where(signed).group_by(col(Mou.signed_on))
        )
    ]
    team_signing_dates: list[tuple[uuid.UUID, date | None, int]] = [
        (team_id, signed_on, count)
        for team_id, signed_on, count in session.execute(
            select(col(MouTeam.team_id), col(Mou.signed_on), func.count())
            .join(MouTeam, col(MouTeam.mou_id) == col(Mou.id))
            .where(signed)
            .group_by(col(MouTeam.team_id), col(Mou.signed_on))
        )
    ]
    return at_conference, at_conference_team, signing_dates, team_signing_dates


def _postponement_counts(session: Session) -> dict[uuid.UUID, int]:
    query = select(col(ConferencePostponement.conference_id), func.count()).group_by(
        col(ConferencePostponement.conference_id)
    )
    return dict(session.execute(query).all())


def conference_date(conference: Conference) -> date:
    return conference.held_date or conference.planned_date


@dataclass
class _Facts:
    """Everything the aggregates returned, ready for arithmetic."""

    conferences: list[Conference]
    teams: list[Team]
    plan_counts: dict[Key, Counts]
    mous_at: dict[uuid.UUID | None, int]
    mous_at_team: dict[tuple[uuid.UUID | None, uuid.UUID], int]
    signing_dates: list[tuple[date | None, int]]
    team_signing_dates: list[tuple[uuid.UUID, date | None, int]]
    postponements: dict[uuid.UUID, int]

    def __post_init__(self) -> None:
        # Sums over teams, once, so each row is a dictionary lookup.
        self._totals: dict[uuid.UUID, Counts] = defaultdict(Counts)
        for (conference_id, _team_id), counts in self.plan_counts.items():
            self._totals[conference_id] = self._totals[conference_id] + counts
        # Signings to date as running sums over sorted dates, so each row is a bisection
        # (summing every signing for each of the 100 rows was a tenth of the whole).
        self._signed = RunningCounts(self.signing_dates)
        by_team: dict[uuid.UUID, list[tuple[date | None, int]]] = defaultdict(list)
        for team_id, signed_on, n in self.team_signing_dates:
            by_team[team_id].append((signed_on, n))
        self._signed_by_team = {team: RunningCounts(dates) for team, dates in by_team.items()}

    def counts(self, conference: Conference, team: Team | None) -> Counts:
        if team is not None:
            return self.plan_counts.get((conference.id, team.id), Counts())
        return self._totals.get(conference.id, Counts())

    def mous_cumulative(self, until: date, team: Team | None) -> int:
        if team is None:
            return self._signed.until(until)
        signed = self._signed_by_team.get(team.id)
        return signed.until(until) if signed is not None else 0


class RunningCounts:
    """Counts per date (undated ones left out), summed up to any date by bisection."""

    def __init__(self, counts: Iterable[tuple[date | None, int]]) -> None:
        dated = sorted((day, n) for day, n in counts if day is not None)
        self._dates = [day for day, _n in dated]
        self._sums = list(accumulate(n for _day, n in dated))

    def until(self, day: date) -> int:
        """The counts of every date on or before `day`."""
        position = bisect_right(self._dates, day)
        return self._sums[position - 1] if position else 0


def _load_facts(session: Session) -> _Facts:
    conferences = list(
        session.scalars(
            select(Conference)
            .where(col(Conference.status) != ConferenceStatus.cancelled)
            .order_by(col(Conference.number))
        )
    )
    teams = list(session.scalars(select(Team).order_by(col(Team.sort_order), col(Team.code))))
    mous_at, mous_at_team, signing_dates, team_signing_dates = _mou_counts(session)
    return _Facts(
        conferences=conferences,
        teams=teams,
        plan_counts=_plan_counts(session),
        mous_at=mous_at,
        mous_at_team=mous_at_team,
        signing_dates=signing_dates,
        team_signing_dates=team_signing_dates,
        postponements=_postponement_counts(session),
    )


def _row(
    facts: _Facts, conference: Conference, previous: Conference | None, team: Team | None
) -> IndicatorRow:
    counts = facts.counts(conference, team)
    previous_plans = retained = None
    if previous is not None:
        previous_plans = facts.counts(previous, team).plans
        # The services only let a plan continue one of the previous conference's plans.
        retained = counts.carried
    when = conference_date(conference)
    mous_at = (
        facts.mous_at.get(conference.id, 0)
        if team is None
        else facts.mous_at_team.get((conference.id, team.id), 0)
    )
    held = conference.status == ConferenceStatus.held
    # Rates are results: none before the conference is held (its plans are an agenda, and a
    # plan carried over to it while preparing it would read as a fall to 0 %).
    rated = held and counts.plans > 0
    return IndicatorRow(
        conference=conference.number,
        conference_date=when,
        conference_status=conference.status.value,
        held=held,
        team=team.code if team else None,
        plans=counts.plans,
        promoted=counts.promoted,
        implemented=counts.implemented,
        mutual=counts.mutual,
        previous_plans=previous_plans,
        retained=retained,
        promotion_rate=percent(counts.promoted, counts.plans) if rated else None,
        implementation_rate=percent(counts.implemented, counts.plans) if rated else None,
        mutual_rate=percent(counts.mutual, counts.plans) if rated else None,
        retention_rate=percent(retained or 0, previous_plans or 0) if rated else None,
        mous_at_conference=mous_at,
        mous_cumulative=facts.mous_cumulative(when, team),
        months_since_previous=(
            months_between(conference_date(previous), when) if previous else None
        ),
        postponements=facts.postponements.get(conference.id, 0),
    )


def _with_changes(row: IndicatorRow, earlier: IndicatorRow | None) -> IndicatorRow:
    """The change of each rate from the previous conference, in percentage points."""
    changes: dict[str, float | None] = {}
    for name in RATE_NAMES:
        now = getattr(row, name)
        before = getattr(earlier, name) if earlier else None
        changes[name] = None if now is None or before is None else now - before
    return IndicatorRow(**{**row.__dict__, "change_pp": changes})


def _team_exists_at(team: Team, conference: Conference, numbers: dict[uuid.UUID, int]) -> bool:
    start = numbers.get(team.start_conference_id) if team.start_conference_id else None
    return start is None or start <= conference.number


def conference_indicators(db: Database) -> list[IndicatorRow]:
    """One row per conference (team None) and per team existing at it, in conference order."""
    with db.read() as session:
        facts = _load_facts(session)
    numbers = {conference.id: conference.number for conference in facts.conferences}
    rows: list[IndicatorRow] = []
    previous_rows: dict[str | None, IndicatorRow] = {}
    previous: Conference | None = None
    for conference in facts.conferences:
        teams: list[Team | None] = [None]
        teams += [t for t in facts.teams if _team_exists_at(t, conference, numbers)]
        for team in teams:
            row = _row(facts, conference, previous, team)
            key = team.code if team else None
            row = _with_changes(row, previous_rows.get(key))
            previous_rows[key] = row
            rows.append(row)
        previous = conference
    return rows


def select_rows(
    rows: Iterable[IndicatorRow], *, conference: int | None = None, team: str | None = None
) -> list[IndicatorRow]:
    """Rows of one conference and/or one team (team None: the committee-wide rows)."""
    return [
        row
        for row in rows
        if (conference is None or row.conference == conference)
        and (row.team == (team.upper() if team else None))
    ]


def reciprocity(
    db: Database, *, since: date | None = None, until: date | None = None, team: str | None = None
) -> Reciprocity:
    """Share of exchange activities initiated by each side (and joint), per category."""
    conditions: list[ColumnElement[bool]] = []
    if since is not None:
        conditions.append(col(Activity.held_on) >= since)
    if until is not None:
        conditions.append(col(Activity.held_on) <= until)
    query = select(col(Activity.category), col(Activity.direction), func.count()).group_by(
        col(Activity.category), col(Activity.direction)
    )
    if team is not None:
        query = query.join(Team, col(Team.id) == col(Activity.team_id)).where(
            col(Team.code) == team.upper()
        )
    if conditions:
        query = query.where(and_(*conditions))
    with db.read() as session:
        rows = session.execute(query).all()
    return _reciprocity_of([(category, direction, count) for category, direction, count in rows])


def reciprocity_by_team(
    db: Database, *, since: date | None = None, until: date | None = None
) -> dict[str | None, Reciprocity]:
    """`reciprocity` of the whole committee (key None) and of every team (its code), read in
    one pass over the activities instead of one per team."""
    # Grouped by the team's id in the order of ix_activity_category_direction_team, so SQLite
    # counts from the index alone without sorting (a join to the team's code would not).
    query = select(
        col(Activity.category), col(Activity.direction), col(Activity.team_id), func.count()
    ).group_by(col(Activity.category), col(Activity.direction), col(Activity.team_id))
    if since is not None:
        query = query.where(col(Activity.held_on) >= since)
    if until is not None:
        query = query.where(col(Activity.held_on) <= until)
    with db.read() as session:
        rows = session.execute(query).all()
        teams = session.execute(select(col(Team.id), col(Team.code))).all()
    codes: dict[uuid.UUID, str] = dict(teams)
    by_team: dict[str | None, list[tuple[Any, Any, int]]] = {None: []}
    by_team.update({code: [] for code in codes.values()})
    for category, direction, team_id, count in rows:
        by_team[None].append((category, direction, count))
        if team_id in codes:
            by_team[codes[team_id]].append((category, direction, count))
    return {code: _reciprocity_of(team_rows) for code, team_rows in by_team.items()}


def _reciprocity_of(rows: Iterable[tuple[Any, Any, int]]) -> Reciprocity:
    """Shares from (category, direction, count) rows."""
    per_category: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for category, direction, count in rows:
        per_category[ActivityCategory(category).value][Direction(direction).value] += int(count)
    totals: dict[str, int] = defaultdict(int)
    for by_direction in per_category.values():
        for direction, count in by_direction.items():
            totals[direction] += count
    return Reciprocity(
        total=_shares(totals),
        by_category={
            category.value: _shares(per_category[category.value])
            for category in ActivityCategory
            if category.value in per_category
        },
    )


def _shares(counts: dict[str, int]) -> dict[str, Share]:
    whole = sum(counts.values())
    return {
        direction.value: Share(
            counts.get(direction.value, 0), percent(counts.get(direction.value, 0), whole)
        )
        for direction in Direction
    }


def team_activity(
    db: Database, *, as_of: date | None = None, months: int = DEFAULT_DORMANCY_MONTHS
) -> list[TeamActivity]:
    """Each active team's last activity and status change; dormant when neither happened in
    the `months` before `as_of` (today by default)."""
    as_of = as_of or date.today()
    cutoff = subtract_months(as_of, months)
    # One index seek per team and measure (ix_activity_team_date, ix_plan_team_changed),
    # not a scan of every activity and plan.
    last_activity = (
        select(func.max(col(Activity.held_on)))
        .where(col(Activity.team_id) == col(Team.id), col(Activity.held_on) <= as_of)
        .scalar_subquery()
    )
    last_change = (
        select(func.max(col(Plan.status_changed_on)))
        .where(col(Plan.team_id) == col(Team.id), col(Plan.status_changed_on) <= as_of)
        .scalar_subquery()
    )
    with db.read() as session:
        rows = session.execute(
            select(col(Team.code), last_activity, last_change)
            .where(col(Team.active))
            .order_by(col(Team.sort_order), col(Team.code))
        ).all()
    result = []
    for code, activity_on, change_on in rows:
        latest = max((d for d in (activity_on, change_on) if d), default=None)
        result.append(
            TeamActivity(
                team=code,
                last_activity=activity_on,
                last_status_change=change_on,
                last_any=latest,
                months_idle=months_between(latest, as_of) if latest else None,
                dormant=latest is None or latest < cutoff,
            )
        )
    return result


def dormant_teams(
    db: Database, *, as_of: date | None = None, months: int = DEFAULT_DORMANCY_MONTHS
) -> list[str]:
    return [t.team for t in team_activity(db, as_of=as_of, months=months) if t.dormant]


def stale_plans(
    db: Database,
    *,
    as_of: date | None = None,
    months: int = DEFAULT_DORMANCY_MONTHS,
    limit: int | None = None,
) -> list[uuid.UUID]:
    """Open plans (agreed, in progress, on hold) whose status has not changed in `months`,
    longest unchanged first."""
    query = select(col(Plan.id)).where(*_stale(as_of, months)).order_by(col(Plan.status_changed_on))
    if limit is not None:
        query = query.limit(limit)
    with db.read() as session:
        return list(session.scalars(query))


def count_stale_plans(
    db: Database, *, as_of: date | None = None, months: int = DEFAULT_DORMANCY_MONTHS
) -> int:
    """How many plans stale_plans() would list (counted in SQL: at scale they are many)."""
    with db.read() as session:
        return session.scalar(select(func.count()).where(*_stale(as_of, months))) or 0


def _stale(as_of: date | None, months: int) -> tuple[ColumnElement[bool], ...]:
    cutoff = subtract_months(as_of or date.today(), months)
    return (col(Plan.status).in_(OPEN_STATUSES), col(Plan.status_changed_on) < cutoff)
