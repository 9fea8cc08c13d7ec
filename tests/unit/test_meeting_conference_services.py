"""Conferences beside the meetings: plan counts by GROUP BY, undo of delete and postpone."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from secretariat.db import Database
from secretariat.errors import InUseError, ValidationError
from secretariat.models import ConferenceStatus, PlanStatus
from secretariat.services import conferences, plans
from tests.builders import small_committee


def test_plan_counts_match_the_plans(demo_db: Database) -> None:
    counts = conferences.plan_counts(demo_db)
    expected: dict = {}
    for conference in conferences.list_conferences(demo_db):
        statuses = Counter(
            plan.status for plan in _plans_of(demo_db) if plan.conference_id == conference.id
        )
        if statuses:
            expected[conference.id] = (sum(statuses.values()), dict(statuses))
    assert {
        key: (value.total, {s: n for s, n in value.by_status.items() if n})
        for key, value in counts.items()
    } == expected
    assert sum(value.total for value in counts.values()) == len(_plans_of(demo_db))


def _plans_of(db: Database) -> list:
    from sqlmodel import select

    from secretariat.models import Plan

    with db.read() as session:
        return list(session.scalars(select(Plan)))


def test_counts_follow_a_status_change(db: Database) -> None:
    built = small_committee(db)
    plan = built.plan(1, "ECO")
    built.plan(1, "ECO")
    plans.change_status(db, [plan.id], "implemented", changed_on="2014-01-01")
    first = conferences.plan_counts(db)[built.conferences[1].id]
    assert first.total == 2
    assert first.by_status[PlanStatus.implemented] == 1
    assert first.by_status[PlanStatus.agreed] == 1
    assert built.conferences[2].id not in conferences.plan_counts(db)


def test_delete_and_restore_a_conference_with_its_postponements(db: Database) -> None:
    built = small_committee(db)
    third = built.conferences[3]
    conferences.postpone(db, third.id, new_date="2019-05-01", reasons={"ko": "일정"})
    values = conferences.delete_conference(db, third.id)
    assert [c.number for c in conferences.list_conferences(db)] == [1, 2]
    restored = conferences.restore_conference(db, values)
    assert (restored.id, restored.status) == (third.id, ConferenceStatus.postponed)
    (entry,) = conferences.postponements(db, third.id)
    assert entry.reason_ko == "일정"
    built.plan(1, "ECO")
    with pytest.raises(InUseError, match="plan"):
        conferences.delete_conference(db, built.conferences[1].id)


def test_revert_and_restore_a_postponement(db: Database) -> None:
    built = small_committee(db)
    third = built.conferences[3]
    first = conferences.postpone(
        db, third.id, new_date="2019-05-01", reasons={"ko": "첫 연기"}, decided_on="2018-09-01"
    )
    second = conferences.postpone(
        db, third.id, new_date=None, reasons={"zh": "第二次"}, decided_on="2019-03-01"
    )
    with pytest.raises(ValidationError, match="the latest one"):
        conferences.revert_postponement(db, first.id)

    removed = conferences.revert_postponement(db, second.id)
    back = conferences.get_by_number(db, 3)
    assert (back.status, back.planned_date, back.postponement_reason_ko) == (
        ConferenceStatus.postponed,
        date(2019, 5, 1),
        "첫 연기",
    )
    assert back.postponement_reason_zh == ""
    again = conferences.restore_postponement(db, removed)
    assert again.id == second.id
    moved = conferences.get_by_number(db, 3)
    assert (moved.postponement_reason_zh, moved.planned_date) == ("第二次", date(2019, 5, 1))

    conferences.revert_postponement(db, second.id)
    conferences.revert_postponement(
        db, first.id, conference_values={"status": "planned", "planned_date": "2018-11-08"}
    )
    original = conferences.get_by_number(db, 3)
    assert (original.status, original.planned_date, original.postponement_reason_ko) == (
        ConferenceStatus.planned,
        date(2018, 11, 8),
        "",
    )
    assert conferences.postponements(db, third.id) == []
    with pytest.raises(ValidationError, match="the date before the postponement"):
        conferences.update_conference(db, third.id, {"planned_date": "2018-12-01"})
        conferences.restore_postponement(db, removed)
