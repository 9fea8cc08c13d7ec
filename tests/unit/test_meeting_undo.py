"""Undo and redo of a logged meeting: its status changes taken back and put back exactly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.models import PlanStatus
from secretariat.services import meetings, plans
from secretariat.services.plans import StatusUpdate
from tests.builders import Committee, small_committee


@pytest.fixture
def built(db: Database) -> Committee:
    return small_committee(db)


def file_bytes(db: Database) -> bytes:
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return Path(db.url.database).read_bytes()


def log_two(built: Committee) -> tuple:
    first = built.plan(1, "ECO", progress=30)
    second = built.plan(1, "ECO")
    progress_before = meetings.plan_progress(built.db, [first.id, second.id])
    meeting, _changes = meetings.log_meeting(
        built.db,
        {"held_on": "2014-04-02", "kind": "team", "outcomes_ko": "두 사업 합의"},
        team_ids=[built.teams["ECO"].id],
        status_updates=[
            StatusUpdate(first.id, PlanStatus.implemented, "완료"),
            StatusUpdate(second.id, PlanStatus.in_progress, "착수"),
        ],
    )
    return first, second, meeting, progress_before


def test_unlog_takes_back_every_change_and_relog_puts_them_back(built: Committee) -> None:
    db = built.db
    first, second, meeting, progress_before = log_two(built)
    assert progress_before == {first.id: 30, second.id: 0}
    logged_changes = [(c.change_id, c.plan_ref) for c in meetings.decided_at(db, meeting.id)]
    assert [ref for _id, ref in logged_changes] == ["1-ECO-01", "1-ECO-02"]

    logged = meetings.unlog_meeting(db, meeting.id, progress_before=progress_before)
    back = plans.get_plan(db, first.id)
    assert (back.status, back.progress, back.status_changed_on) == (
        PlanStatus.agreed,
        30,
        date(2013, 5, 14),
    )
    assert plans.get_plan(db, second.id).status == PlanStatus.agreed
    assert [c.to_status for c in plans.history(db, first.id)] == [PlanStatus.agreed]
    assert meeting.id not in {m.id for m in meetings.list_meetings(db)}

    again = meetings.relog_meeting(db, logged)
    assert again.id == meeting.id
    assert [(c.change_id, c.plan_ref) for c in meetings.decided_at(db, meeting.id)] == (
        logged_changes
    )
    redone = plans.get_plan(db, first.id)
    assert (redone.status, redone.progress, redone.status_changed_on) == (
        PlanStatus.implemented,
        100,
        date(2014, 4, 2),
    )
    assert plans.history(db, first.id)[0].meeting_id == meeting.id
    assert meetings.teams_of_meeting(db, meeting.id) == [built.teams["ECO"].id]


def test_unlog_is_refused_when_a_plan_changed_again(built: Committee) -> None:
    db = built.db
    first, second, meeting, _before = log_two(built)
    plans.change_status(db, [second.id], "on_hold", changed_on="2014-05-01")
    before = file_bytes(db)
    with pytest.raises(ValidationError, match="has not changed again"):
        meetings.unlog_meeting(db, meeting.id)
    assert file_bytes(db) == before
    assert plans.get_plan(db, first.id).status == PlanStatus.implemented


def test_unlog_of_a_meeting_dated_before_the_plans_last_change(built: Committee) -> None:
    """Logging an older meeting late: its change is the latest written, not the latest dated."""
    db = built.db
    plan = built.plan(1, "ECO")
    plans.change_status(db, [plan.id], "in_progress", changed_on="2014-06-01")
    meeting, _ = meetings.log_meeting(
        db,
        {"held_on": "2014-03-01", "kind": "secretariat"},
        status_updates=[StatusUpdate(plan.id, PlanStatus.on_hold)],
    )
    logged = meetings.unlog_meeting(db, meeting.id)
    reverted = plans.get_plan(db, plan.id)
    assert (reverted.status, reverted.status_changed_on) == (
        PlanStatus.in_progress,
        date(2014, 6, 1),
    )
    meetings.relog_meeting(db, logged)
    assert plans.get_plan(db, plan.id).status == PlanStatus.on_hold


def test_relog_is_refused_when_a_plan_moved_on(built: Committee) -> None:
    db = built.db
    first, _second, meeting, _before = log_two(built)
    logged = meetings.unlog_meeting(db, meeting.id)
    plans.change_status(db, [first.id], "dropped", changed_on="2014-05-01")
    with pytest.raises(ValidationError, match="a plan still agreed"):
        meetings.relog_meeting(db, logged)
    assert meeting.id not in {m.id for m in meetings.list_meetings(db)}


def test_restore_meeting_relinks_its_status_changes(built: Committee) -> None:
    db = built.db
    first, _second, meeting, _before = log_two(built)
    change_ids = [c.change_id for c in meetings.decided_at(db, meeting.id)]
    values = meetings.delete_meeting(db, meeting.id)
    assert plans.history(db, first.id)[0].meeting_id is None
    restored = meetings.restore_meeting(db, values, change_ids=change_ids)
    assert restored.id == meeting.id
    assert [c.change_id for c in meetings.decided_at(db, meeting.id)] == change_ids
    assert meetings.teams_of_meeting(db, meeting.id) == [built.teams["ECO"].id]
