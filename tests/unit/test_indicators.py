"""Every indicator against figures worked out by hand for a small committee.

The committee (see tests/builders.py): conferences 1 (held 2013-05-14), 2 (held 2015-10-21)
and 3 (planned 2018-11-08, no plans yet); ECO from the 1st, ENV from the 2nd.

Conference 1, ECO: p1 implemented/mutual, p2 in_progress/mutual, p3 dropped/A, p4 agreed/B.
Conference 2, ECO: p5 continues p2 (implemented, mutual), p6 continues p4 (agreed, B),
p7 new (in_progress, mutual); ENV: p8 in_progress/mutual, p9 on_hold/A.
"""

from __future__ import annotations

from datetime import date

import pytest

from secretariat import indicators as ind
from secretariat.db import Database
from secretariat.services import activities, mous, plans
from tests.builders import Committee, small_committee


@pytest.fixture
def worked(db: Database) -> Committee:
    c = small_committee(db)
    p1 = c.plan(1, "ECO", status="implemented")
    p2 = c.plan(1, "ECO", status="in_progress")
    c.plan(1, "ECO", origin="A", status="dropped")
    p4 = c.plan(1, "ECO", origin="B")
    del p1
    c.plan(2, "ECO", continues_plan_id=p2.id, status="implemented")
    c.plan(2, "ECO", continues_plan_id=p4.id, origin="B")
    c.plan(2, "ECO", status="in_progress")
    p8 = c.plan(2, "ENV")
    p9 = c.plan(2, "ENV", origin="A")
    plans.change_status(db, [p9.id], "in_progress", changed_on="2016-02-01")
    plans.change_status(db, [p9.id], "on_hold", changed_on="2016-04-01")
    plans.change_status(db, [p8.id], "in_progress", changed_on="2016-05-01")
    eco, env = c.teams["ECO"].id, c.teams["ENV"].id
    first, second, third = (c.conferences[n].id for n in (1, 2, 3))
    mous.create_mou(
        db,
        {"title_ko": "M1", "status": "signed", "signed_on": "2013-05-14", "conference_id": first},
    )
    mous.create_mou(
        db,
        {"title_ko": "M2", "status": "signed", "signed_on": "2015-10-21", "conference_id": second},
        team_ids=[env],
    )
    mous.create_mou(
        db, {"title_ko": "M3", "status": "signed", "signed_on": "2016-03-01"}, team_ids=[eco]
    )
    mous.create_mou(db, {"title_ko": "M4", "status": "negotiating", "conference_id": third})
    mous.create_mou(
        db,
        {"title_ko": "M5", "status": "expired", "signed_on": "2015-10-21", "conference_id": second},
        team_ids=[eco],
    )
    for direction in ("a_to_b", "a_to_b", "b_to_a"):
        activities.create_activity(
            db,
            {
                "held_on": "2016-07-01",
                "category": "youth",
                "direction": direction,
                "description_ko": "청소년 교류",
            },
        )
    activities.create_activity(
        db,
        {
            "held_on": "2026-01-10",
            "category": "youth",
            "direction": "a_to_b",
            "team_id": eco,
            "description_ko": "청소년 교류",
        },
    )
    for _ in range(2):
        activities.create_activity(
            db,
            {
                "held_on": "2017-09-01",
                "category": "culture",
                "direction": "joint",
                "description_zh": "文化交流",
            },
        )
    return c


def row(db: Database, conference: int, team: str | None = None) -> ind.IndicatorRow:
    (found,) = ind.select_rows(ind.conference_indicators(db), conference=conference, team=team)
    return found


def test_first_conference(worked: Committee) -> None:
    first = row(worked.db, 1)
    assert (first.plans, first.promoted, first.implemented, first.mutual) == (4, 2, 1, 2)
    assert first.promotion_rate == 50.0  # in_progress + implemented: 2 of 4
    assert first.implementation_rate == 25.0  # implemented: 1 of 4
    assert first.mutual_rate == 50.0  # mutual: 2 of 4
    assert first.retention_rate is None  # no previous conference
    assert first.months_since_previous is None
    assert (first.mous_at_conference, first.mous_cumulative) == (1, 1)
    assert set(first.change_pp.values()) == {None}


def test_second_conference_and_its_change(worked: Committee) -> None:
    second = row(worked.db, 2)
    assert (second.plans, second.promoted, second.implemented, second.mutual) == (5, 3, 1, 3)
    assert second.promotion_rate == 60.0  # p5, p7, p8 of 5
    assert second.implementation_rate == 20.0  # p5 of 5
    assert second.mutual_rate == 60.0  # p5, p7, p8 of 5
    assert (second.retained, second.previous_plans) == (2, 4)
    assert second.retention_rate == 50.0  # p2 and p4 continued, of conference 1's 4 plans
    assert second.months_since_previous == 29  # 2013-05-14 -> 2015-10-21
    # M2 and M5 (expired still counts: it was signed there); cumulative adds M1.
    assert (second.mous_at_conference, second.mous_cumulative) == (2, 3)
    assert second.change_pp == pytest.approx(
        {
            "promotion_rate": 10.0,
            "implementation_rate": -5.0,
            "mutual_rate": 10.0,
            "retention_rate": None,
        }
    )


def test_planned_conference_has_no_rates_yet(worked: Committee) -> None:
    third = row(worked.db, 3)
    assert third.plans == 0
    assert None is third.promotion_rate is third.retention_rate
    assert third.months_since_previous == 36  # 2015-10-21 -> 2018-11-08: day 8 < 21
    assert (third.mous_at_conference, third.mous_cumulative) == (
        0,
        4,
    )  # M3 signed in between; M4 not signed


def test_per_team(worked: Committee) -> None:
    eco = row(worked.db, 2, "ECO")
    assert eco.promotion_rate == pytest.approx(200 / 3)  # p5, p7 of 3
    assert eco.implementation_rate == pytest.approx(100 / 3)
    assert eco.mutual_rate == pytest.approx(200 / 3)
    assert eco.retention_rate == 50.0
    assert eco.change_pp["promotion_rate"] == pytest.approx(200 / 3 - 50)
    assert (eco.mous_at_conference, eco.mous_cumulative) == (1, 1)  # M5
    env = row(worked.db, 2, "ENV")
    assert (env.promotion_rate, env.implementation_rate, env.mutual_rate) == (50.0, 0.0, 50.0)
    assert env.retention_rate is None  # ENV had no plans at the 1st conference
    assert set(env.change_pp.values()) == {None}
    assert (env.mous_at_conference, env.mous_cumulative) == (1, 1)
    assert ind.select_rows(ind.conference_indicators(worked.db), conference=1, team="ENV") == []


def test_reciprocity(worked: Committee) -> None:
    result = ind.reciprocity(worked.db)
    assert {k: v.count for k, v in result.total.items()} == {"a_to_b": 3, "b_to_a": 1, "joint": 2}
    assert result.total["a_to_b"].percent == 50.0
    youth = result.by_category["youth"]
    assert (youth["a_to_b"].percent, youth["b_to_a"].percent, youth["joint"].percent) == (
        75.0,
        25.0,
        0.0,
    )
    assert result.by_category["culture"]["joint"].percent == 100.0
    recent = ind.reciprocity(worked.db, since=date(2017, 1, 1))
    assert sum(s.count for s in recent.total.values()) == 3
    assert ind.reciprocity(worked.db, team="eco").total["a_to_b"].count == 1


def test_dormancy(worked: Committee) -> None:
    as_of = date(2026, 11, 23)
    by_team = {t.team: t for t in ind.team_activity(worked.db, as_of=as_of, months=12)}
    assert by_team["ECO"].last_activity == date(2026, 1, 10)
    assert by_team["ECO"].dormant is False
    env = by_team["ENV"]
    assert (env.last_activity, env.last_status_change) == (None, date(2016, 5, 1))
    assert env.months_idle == 126
    assert env.dormant is True
    assert ind.dormant_teams(worked.db, as_of=as_of, months=12) == ["ENV"]
    # Measured in 2016, nothing was dormant yet; the 2026 activity had not happened.
    assert ind.dormant_teams(worked.db, as_of=date(2016, 6, 1), months=12) == []


def test_stale_plans(worked: Committee) -> None:
    stale = ind.stale_plans(worked.db, as_of=date(2016, 6, 1), months=12)
    # Open plans unchanged since before 2015-06-01: p2 and p4 (1st conference, agreed/in progress).
    assert len(stale) == 2
    assert ind.count_stale_plans(worked.db, as_of=date(2016, 6, 1), months=12) == 2
    assert len(ind.stale_plans(worked.db, as_of=date(2016, 6, 1), months=12, limit=1)) == 1
    assert ind.count_stale_plans(worked.db, as_of=date(2013, 6, 1), months=12) == 0


@pytest.mark.parametrize(
    ("earlier", "later", "months"),
    [
        (date(2013, 5, 14), date(2015, 10, 21), 29),
        (date(2015, 10, 21), date(2018, 11, 8), 36),
        (date(2020, 1, 31), date(2020, 2, 29), 0),
        (date(2020, 1, 31), date(2020, 3, 31), 2),
    ],
)
def test_months_between(earlier: date, later: date, months: int) -> None:
    assert ind.months_between(earlier, later) == months


def test_subtract_months_clamps_to_month_end() -> None:
    assert ind.subtract_months(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert ind.subtract_months(date(2026, 11, 23), 12) == date(2025, 11, 23)


def test_running_counts_sum_every_date_on_or_before_the_day() -> None:
    counts = ind.RunningCounts(
        [(date(2015, 10, 21), 2), (None, 5), (date(2013, 5, 14), 1), (date(2015, 10, 21), 1)]
    )
    assert counts.until(date(2013, 5, 13)) == 0
    assert counts.until(date(2013, 5, 14)) == 1  # the day itself counts
    assert counts.until(date(2015, 10, 20)) == 1
    assert counts.until(date(2015, 10, 21)) == 4  # both signings that day; undated never
    assert ind.RunningCounts([]).until(date(2030, 1, 1)) == 0
