"""The rules of plans: validation, status history, carry-over; failures write nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from secretariat.db import Database, open_database
from secretariat.errors import NotFoundError, ReadOnlyError, ValidationError
from secretariat.models import Plan, PlanStatus, PlanStatusChange
from secretariat.services import meetings, plans
from secretariat.services.plans import StatusUpdate
from tests.builders import Committee, small_committee


@pytest.fixture
def committee_db(db: Database) -> Committee:
    return small_committee(db)


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def file_bytes(db: Database) -> bytes:
    """The database's content as a whole (after a checkpoint), to prove nothing changed."""
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return Path(str(db.url.database)).read_bytes()


def test_new_plan_gets_a_number_and_a_first_history_row(committee_db: Committee) -> None:
    first = committee_db.plan(1, "ECO", "무역 박람회")
    second = committee_db.plan(1, "ECO", "투자 포럼")
    assert (first.seq, second.seq) == (1, 2)
    history = plans.history(committee_db.db, first.id)
    assert [(h.from_status, h.to_status, h.changed_on) for h in history] == [
        (None, PlanStatus.agreed, date(2013, 5, 14))
    ]
    assert "무역 박람회" in first.search_text


@pytest.mark.parametrize(
    ("fields", "field", "value"),
    [
        ({"progress": 101}, "progress", 101),
        ({"progress": -1}, "progress", -1),
        ({"progress": "half"}, "progress", "half"),
        ({"due_date": "2023-02-30"}, "due_date", "2023-02-30"),
        ({"due_date": "next year"}, "due_date", "next year"),
        ({"origin": "C"}, "origin", "C"),
        ({"horizon": "someday"}, "horizon", "someday"),
        ({"title_ko": "", "title_zh": " ", "title_ja": "日本語だけ"}, "title", ""),
        ({"colour": "red"}, "colour", "red"),
    ],
)
def test_invalid_plan_is_refused_naming_field_and_value(
    committee_db: Committee, fields: dict, field: str, value: object
) -> None:
    before = count(committee_db.db, Plan)
    with pytest.raises(ValidationError) as raised:
        committee_db.plan(1, "ECO", **fields)
    assert raised.value.field == field
    assert raised.value.value == value
    assert field in str(raised.value)
    assert count(committee_db.db, Plan) == before


def test_team_must_exist_at_the_plans_conference(committee_db: Committee) -> None:
    with pytest.raises(
        ValidationError, match="team_id: a team that exists at conference 1"
    ) as raised:
        committee_db.plan(1, "ENV")
    assert raised.value.value == "ENV"
    committee_db.plan(2, "ENV")  # from its first conference on it is fine


def test_update_returns_old_values_and_refreshes_search(committee_db: Committee) -> None:
    plan = committee_db.plan(1, "ECO", "원래 제목", progress=10)
    updated, previous = plans.update_plan(
        committee_db.db, plan.id, {"title_en": "Trade fair", "progress": "40"}
    )
    assert previous == {"title_en": "", "progress": 10}
    assert updated.progress == 40
    assert "trade fair" in updated.search_text
    with pytest.raises(ValidationError, match="status"):
        plans.update_plan(committee_db.db, plan.id, {"status": "implemented"})


def test_status_change_writes_history_in_the_same_transaction(committee_db: Committee) -> None:
    first, second = committee_db.plan(1, "ECO"), committee_db.plan(1, "ECO")
    changes = plans.change_status(
        committee_db.db, [first.id, second.id], "in_progress", changed_on="2014-03-11", note="시작"
    )
    assert len(changes) == 2
    for plan_id in (first.id, second.id):
        plan = plans.get_plan(committee_db.db, plan_id)
        assert plan.status == PlanStatus.in_progress
        assert plan.status_changed_on == date(2014, 3, 11)
        latest = plans.history(committee_db.db, plan_id)[0]
        assert (latest.from_status, latest.to_status, latest.note) == (
            PlanStatus.agreed,
            PlanStatus.in_progress,
            "시작",
        )


def test_status_change_of_many_is_all_or_nothing(committee_db: Committee) -> None:
    plan = committee_db.plan(1, "ECO")
    before = file_bytes(committee_db.db)
    with pytest.raises(NotFoundError):
        plans.change_status(
            committee_db.db,
            [plan.id, "6f1c1f62-0000-0000-0000-000000000000"],
            "implemented",
            changed_on="2014-01-01",
        )
    with pytest.raises(ValidationError, match="changed_on"):
        plans.change_status(committee_db.db, [plan.id], "implemented", changed_on="2014-13-01")
    assert file_bytes(committee_db.db) == before


def test_implemented_means_full_progress_and_same_status_is_no_change(
    committee_db: Committee,
) -> None:
    plan = committee_db.plan(1, "ECO", progress=30)
    plans.change_status(committee_db.db, [plan.id], "implemented", changed_on=date(2015, 1, 1))
    assert plans.get_plan(committee_db.db, plan.id).progress == 100
    assert (
        plans.change_status(committee_db.db, [plan.id], "implemented", changed_on=date(2015, 2, 1))
        == []
    )
    assert count(committee_db.db, PlanStatusChange) == 2


def test_revert_takes_back_only_the_latest_change(committee_db: Committee) -> None:
    plan = committee_db.plan(1, "ECO")
    (started,) = plans.change_status(
        committee_db.db, [plan.id], "in_progress", changed_on="2014-01-01"
    )
    (done,) = plans.change_status(
        committee_db.db, [plan.id], "implemented", changed_on="2014-06-01"
    )
    with pytest.raises(ValidationError, match="latest status change"):
        plans.revert_status_change(committee_db.db, started.id)
    reverted = plans.revert_status_change(committee_db.db, done.id)
    assert reverted.status == PlanStatus.in_progress
    assert reverted.status_changed_on == date(2014, 1, 1)


def test_meeting_logs_status_updates_pointing_back_to_it(committee_db: Committee) -> None:
    first, second = committee_db.plan(1, "ECO"), committee_db.plan(1, "ECO")
    meeting, changes = meetings.log_meeting(
        committee_db.db,
        {"held_on": "2014-04-02", "kind": "team", "outcomes_ko": "두 사업 추진 합의"},
        team_ids=[committee_db.teams["ECO"].id],
        status_updates=[
            StatusUpdate(first.id, PlanStatus.in_progress, "착수"),
            StatusUpdate(second.id, PlanStatus.on_hold, "예산 대기"),
        ],
    )
    assert {c.meeting_id for c in changes} == {meeting.id}
    assert {c.changed_on for c in changes} == {date(2014, 4, 2)}
    assert meetings.teams_of_meeting(committee_db.db, meeting.id) == [committee_db.teams["ECO"].id]


def test_meeting_with_a_bad_update_writes_nothing(committee_db: Committee) -> None:
    plan = committee_db.plan(1, "ECO")
    before = file_bytes(committee_db.db)
    with pytest.raises(ValidationError, match="each plan once"):
        meetings.log_meeting(
            committee_db.db,
            {"held_on": "2014-04-02", "kind": "team"},
            status_updates=[
                StatusUpdate(plan.id, PlanStatus.in_progress),
                StatusUpdate(plan.id, PlanStatus.dropped),
            ],
        )
    assert file_bytes(committee_db.db) == before


def test_carry_over_creates_linked_plans_at_the_next_conference(committee_db: Committee) -> None:
    old = committee_db.plan(1, "ECO", "계속 사업", origin="A", horizon="long")
    preview = plans.preview_carry_over(committee_db.db, [old.id])
    assert [(item.ref, item.to_conference, item.refused) for item in preview] == [
        ("1-ECO-01", 2, "")
    ]
    (new,) = plans.carry_over(committee_db.db, [old.id])
    assert new.continues_plan_id == old.id
    assert new.conference_id == committee_db.conferences[2].id
    assert (new.title_ko, new.origin, new.horizon, new.status) == (
        "계속 사업",
        "A",
        "long",
        "agreed",
    )
    (newest,) = plans.carry_over(committee_db.db, [new.id])
    assert [p.id for p in plans.lineage(committee_db.db, newest.id)] == [old.id, new.id, newest.id]


def test_a_plan_is_carried_into_a_conference_only_once(committee_db: Committee) -> None:
    old = committee_db.plan(1, "ECO")
    plans.carry_over(committee_db.db, [old.id])
    (item,) = plans.preview_carry_over(committee_db.db, [old.id])
    assert item.refused == "already carried over as 2-ECO-01"
    other = committee_db.plan(1, "ECO")
    before = count(committee_db.db, Plan)
    with pytest.raises(ValidationError, match="already carried over"):
        plans.carry_over(committee_db.db, [other.id, old.id])  # all or nothing
    assert count(committee_db.db, Plan) == before


def test_carry_over_needs_a_next_conference(committee_db: Committee) -> None:
    last = committee_db.plan(3, "ECO")
    with pytest.raises(ValidationError, match="no conference after conference 3") as raised:
        plans.carry_over(committee_db.db, [last.id])
    assert raised.value.value == "3-ECO-01"


def test_continues_must_point_to_the_previous_conference(committee_db: Committee) -> None:
    old = committee_db.plan(1, "ECO")
    with pytest.raises(ValidationError, match="continues_plan_id"):
        committee_db.plan(3, "ECO", continues_plan_id=old.id)


def test_a_plan_continued_by_another_cannot_be_deleted(committee_db: Committee) -> None:
    old = committee_db.plan(1, "ECO")
    (new,) = plans.carry_over(committee_db.db, [old.id])
    with pytest.raises(ValidationError, match="not continued by 2-ECO-01"):
        plans.delete_plan(committee_db.db, old.id)
    plans.delete_plan(committee_db.db, new.id)
    plans.delete_plan(committee_db.db, old.id)
    assert count(committee_db.db, PlanStatusChange) == 0


def test_read_only_database_refuses_writes(committee_db: Committee, db_path: Path) -> None:
    plan = committee_db.plan(1, "ECO")
    committee_db.db.close()
    reader = open_database(db_path, read_only=True)
    try:
        assert plans.get_plan(reader, plan.id).id == plan.id
        with pytest.raises(ReadOnlyError):
            plans.change_status(reader, [plan.id], "dropped", changed_on="2014-01-01")
        # Even bypassing the services, SQLite itself refuses.
        with (
            pytest.raises(Exception, match=r"readonly|read-only"),
            reader.engine.begin() as connection,
        ):
            connection.exec_driver_sql("DELETE FROM plan")
    finally:
        reader.close()
