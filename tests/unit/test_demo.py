"""The demo committee holds what the brief asks for, and is the same every time."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from secretariat import indicators
from secretariat.db import Database, open_database
from secretariat.demo import load_demo
from secretariat.models import (
    Activity,
    ActivityCategory,
    Conference,
    ConferenceStatus,
    Direction,
    Horizon,
    Meeting,
    MeetingState,
    Mou,
    Origin,
    Plan,
    PlanStatus,
    PlanStatusChange,
    Team,
)
from secretariat.services import conferences, plans


def all_of(db: Database, model: type) -> list:
    with db.read() as session:
        return list(session.scalars(select(model)))


def test_conferences_from_2013_with_a_postponement(demo_db: Database) -> None:
    held = [c for c in all_of(demo_db, Conference) if c.status == ConferenceStatus.held]
    assert len(held) >= 5
    assert min(c.held_date for c in held) == date(2013, 5, 14)
    postponed = [c for c in held if c.postponement_reason_en]
    assert postponed
    history = conferences.postponements(demo_db, postponed[0].id)
    assert history and history[0].reason_ko and history[0].reason_zh


def test_five_teams_health_from_the_latest_held_conference(demo_db: Database) -> None:
    teams = {t.code: t for t in all_of(demo_db, Team)}
    assert set(teams) == {"ECO", "CUL", "EDU", "ENV", "HEA"}
    by_id = {c.id: c for c in all_of(demo_db, Conference)}
    latest_held = max(c.number for c in by_id.values() if c.status == ConferenceStatus.held)
    assert by_id[teams["HEA"].start_conference_id].number == latest_held


def test_plans_are_trilingual_real_text_with_every_status_origin_horizon(demo_db: Database) -> None:
    every = all_of(demo_db, Plan)
    assert len(every) >= 150
    for plan in every:
        assert plan.title_en and plan.title_ko and plan.title_zh
        assert plan.description_en and plan.description_ko
        assert len(plan.title_en.split()) >= 3
    assert len({p.title_en for p in every if p.continues_plan_id is None}) >= 100
    assert {p.status for p in every} == set(PlanStatus)
    assert {p.origin for p in every} == set(Origin)
    assert {p.horizon for p in every} == set(Horizon)
    assert any(not p.description_zh for p in every), "a few gaps in translation to show"


def test_carry_over_chains_span_three_conferences(demo_db: Database) -> None:
    longest = max(
        (plans.lineage(demo_db, p.id) for p in all_of(demo_db, Plan) if p.continues_plan_id),
        key=len,
    )
    assert len(longest) >= 3


def test_mous_meetings_activities(demo_db: Database) -> None:
    signed_by_third = [
        m for m in all_of(demo_db, Mou) if m.signed_on and m.signed_on <= date(2018, 11, 8)
    ]
    assert len(signed_by_third) == 7
    meetings = [m for m in all_of(demo_db, Meeting) if m.state is MeetingState.held]
    assert len(meetings) >= 30 and all(m.outcomes_ko and m.outcomes_zh for m in meetings)
    linked = [c for c in all_of(demo_db, PlanStatusChange) if c.meeting_id]
    assert linked
    pairs = Counter((a.category, a.direction) for a in all_of(demo_db, Activity))
    assert {category for category, _ in pairs} == set(ActivityCategory)
    assert {direction for _, direction in pairs} == set(Direction)


def test_one_team_dormant(demo_db: Database) -> None:
    assert indicators.dormant_teams(demo_db, as_of=date(2026, 11, 23), months=12) == ["EDU"]


def content(db: Database) -> list[tuple]:
    with db.read() as session:
        rows = session.execute(
            select(
                Plan.title_en, Plan.status, Plan.progress, Plan.origin, Plan.status_changed_on
            ).order_by(Plan.title_en, Plan.status_changed_on)
        ).all()
        rows += session.execute(
            select(
                Activity.held_on, Activity.category, Activity.direction, Activity.participants
            ).order_by(Activity.held_on)
        ).all()
        rows.append((session.scalar(select(func.count()).select_from(PlanStatusChange)),))
    return [tuple(r) for r in rows]


def test_demo_is_deterministic(demo_db: Database, tmp_path: Path) -> None:
    again = open_database(tmp_path / "again.db")
    load_demo(again)
    try:
        assert content(again) == content(demo_db)
    finally:
        again.close()


def test_meetings_planned_after_today_with_agendas_and_one_held_against_its_agenda(
    demo_db: Database,
) -> None:
    from secretariat.services import agenda, meetings

    ahead = agenda.next_meetings(demo_db, as_of=date(2026, 12, 3))
    assert len(ahead) == 3 and all(m.start_time for m in ahead)
    agendas = [agenda.agenda_of(demo_db, m.id) for m in ahead]
    assert all(agendas) and any(e.plan_id for items in agendas for e in items)
    gaps = [e for items in agendas for e in items if e.topics["en"] and not e.topics["zh"]]
    assert len(gaps) == 1  # a translation still to come, for the agenda to show as a gap
    held = [
        m
        for m in meetings.list_meetings(demo_db)
        if m.state is MeetingState.held and agenda.agenda_of(demo_db, m.id)
    ]
    assert len(held) == 1
    items = agenda.agenda_of(demo_db, held[0].id)
    decided = {change.plan_id for change in meetings.decided_at(demo_db, held[0].id)}
    assert {e.plan_id for e in items if e.plan_id} == decided
    assert all(e.outcomes["ko"] and e.outcomes["zh"] for e in items)
