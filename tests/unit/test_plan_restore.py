"""Undo support for plans: delete with history and put back exactly; revert many status
changes at once; all or nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.models import Activity, Plan, PlanStatus, PlanStatusChange
from secretariat.services import activities, meetings, plans
from secretariat.services.plans import StatusUpdate
from tests.builders import Committee, small_committee


@pytest.fixture
def built(db: Database) -> Committee:
    return small_committee(db)


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def history_rows(db: Database, plan_id) -> list[tuple]:
    return [
        (c.id, c.from_status, c.to_status, c.changed_on, c.note, c.meeting_id, c.created_at)
        for c in plans.history(db, plan_id)
    ]


def test_removed_plan_comes_back_with_id_history_and_activities(built: Committee) -> None:
    db = built.db
    plan = built.plan(1, "ECO", "무역 박람회", progress=20)
    meeting, _ = meetings.log_meeting(
        db,
        {"held_on": "2014-02-03", "kind": "team"},
        status_updates=[StatusUpdate(plan.id, PlanStatus.in_progress, "착수")],
    )
    activity = activities.create_activity(
        db,
        {
            "held_on": "2014-03-01",
            "category": "economy",
            "direction": "a_to_b",
            "plan_id": plan.id,
            "team_id": built.teams["ECO"].id,
            "description_ko": "박람회 참가",
        },
    )
    before_plan = plans.get_plan(db, plan.id)
    before_history = history_rows(db, plan.id)

    (removed,) = plans.remove_plans(db, [plan.id])
    assert count(db, Plan) == 0 and count(db, PlanStatusChange) == 0
    with db.read() as session:
        assert session.get(Activity, activity.id).plan_id is None

    (restored,) = plans.restore_plans(db, [removed])
    assert restored.id == plan.id
    after = plans.get_plan(db, plan.id)
    assert after.model_dump() == before_plan.model_dump()
    assert history_rows(db, plan.id) == before_history
    assert before_history[0][5] == meeting.id
    with db.read() as session:
        assert session.get(Activity, activity.id).plan_id == plan.id


def test_restore_drops_the_link_to_a_meeting_deleted_meanwhile(built: Committee) -> None:
    db = built.db
    plan = built.plan(1, "ECO")
    meeting, _ = meetings.log_meeting(
        db,
        {"held_on": "2014-02-03", "kind": "team"},
        status_updates=[StatusUpdate(plan.id, PlanStatus.on_hold)],
    )
    removed = plans.remove_plans(db, [plan.id])
    meetings.delete_meeting(db, meeting.id)
    plans.restore_plans(db, removed)
    assert [row[5] for row in history_rows(db, plan.id)] == [None, None]


def test_a_plan_and_its_successor_go_and_come_back_together(built: Committee) -> None:
    db = built.db
    old = built.plan(1, "ECO")
    (new,) = plans.carry_over(db, [old.id])
    with pytest.raises(ValidationError, match="not continued by 2-ECO-01"):
        plans.remove_plans(db, [old.id])
    assert count(db, Plan) == 2
    removed = plans.remove_plans(db, [old.id, new.id])  # any order
    assert [item.values["id"] for item in removed] == [new.id, old.id]
    plans.restore_plans(db, removed)
    assert plans.get_plan(db, new.id).continues_plan_id == old.id


def test_restore_is_refused_when_the_number_was_taken(built: Committee) -> None:
    db = built.db
    plan = built.plan(1, "ECO")
    removed = plans.remove_plans(db, [plan.id])
    built.plan(1, "ECO")  # takes number 1 again
    with pytest.raises(ValidationError, match="a number no other plan") as raised:
        plans.restore_plans(db, removed)
    assert raised.value.value == "1-ECO-01"
    assert count(db, Plan) == 1


def test_restore_is_refused_when_the_plan_is_there(built: Committee) -> None:
    db = built.db
    plan = built.plan(1, "ECO")
    removed = plans.remove_plans(db, [plan.id])
    plans.restore_plans(db, removed)
    with pytest.raises(ValidationError, match="not there already"):
        plans.restore_plans(db, removed)
    assert count(db, Plan) == 1 and count(db, PlanStatusChange) == 1


def test_many_status_changes_revert_together_with_progress(built: Committee) -> None:
    db = built.db
    first = built.plan(1, "ECO", progress=30)
    second = built.plan(1, "ECO", progress=0)
    changes = plans.change_status(db, [first.id, second.id], "implemented", changed_on="2014-05-01")
    assert plans.get_plan(db, first.id).progress == 100
    reverted = plans.revert_status_changes(
        db, [change.id for change in changes], progress={first.id: 30, second.id: 0}
    )
    assert {plan.status for plan in reverted} == {PlanStatus.agreed}
    for plan_id, progress in ((first.id, 30), (second.id, 0)):
        plan = plans.get_plan(db, plan_id)
        assert (plan.status, plan.progress, plan.status_changed_on) == (
            PlanStatus.agreed,
            progress,
            date(2013, 5, 14),
        )


def test_reverting_many_is_all_or_nothing(built: Committee) -> None:
    db = built.db
    first, second = built.plan(1, "ECO"), built.plan(1, "ECO")
    batch = plans.change_status(db, [first.id, second.id], "in_progress", changed_on="2014-05-01")
    plans.change_status(db, [second.id], "dropped", changed_on="2014-06-01")  # moved on
    with pytest.raises(ValidationError, match="not changed again since") as raised:
        plans.revert_status_changes(db, [change.id for change in batch])
    assert raised.value.value == "1-ECO-02"
    assert plans.get_plan(db, first.id).status == PlanStatus.in_progress
    assert plans.get_plan(db, second.id).status == PlanStatus.dropped


def test_a_change_entered_late_can_be_taken_back(built: Committee) -> None:
    db = built.db
    plan = built.plan(1, "ECO")
    plans.change_status(db, [plan.id], "in_progress", changed_on="2015-01-01")
    (late,) = plans.change_status(db, [plan.id], "on_hold", changed_on="2014-06-01")
    assert plans.get_plan(db, plan.id).status_changed_on == date(2015, 1, 1)
    (reverted,) = plans.revert_status_changes(db, [late.id])
    assert (reverted.status, reverted.status_changed_on) == (
        PlanStatus.in_progress,
        date(2015, 1, 1),
    )


def test_a_plan_moved_to_another_team_is_renumbered_and_moves_back(built: Committee) -> None:
    db = built.db
    built.plan(2, "ENV")
    plan = built.plan(2, "ECO")
    second = built.plan(2, "ECO")
    moved, previous = plans.update_plan(db, plan.id, {"team_id": built.teams["ENV"].id})
    assert moved.seq == 2  # after 2-ENV-01
    assert previous == {"team_id": built.teams["ECO"].id, "seq": 1}
    seq = previous.pop("seq")
    back, _ = plans.update_plan(db, plan.id, previous, seq=seq)
    assert (back.team_id, back.seq) == (built.teams["ECO"].id, 1)
    with pytest.raises(ValidationError, match="a number no other plan") as raised:
        plans.update_plan(db, second.id, {"team_id": built.teams["ENV"].id}, seq=1)
    assert raised.value.field == "seq"


def test_a_continued_plan_keeps_its_conference(built: Committee) -> None:
    db = built.db
    old = built.plan(1, "ECO")
    plans.carry_over(db, [old.id])
    with pytest.raises(ValidationError, match="2-ECO-01 continues it"):
        plans.update_plan(db, old.id, {"conference_id": built.conferences[2].id})
    assert plans.get_plan(db, old.id).conference_id == built.conferences[1].id
