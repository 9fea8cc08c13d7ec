"""A plan carried over to a conference being prepared is dated at that conference in its
history, and the date follows the conference: postponed, the postponement undone and redone,
its held date set."""

from __future__ import annotations

from datetime import date

from sqlmodel import col, select

from secretariat.db import Database
from secretariat.models import Conference, Plan, PlanStatus, PlanStatusChange
from secretariat.services import conferences, plans


def first_entry(db: Database, plan_id: object) -> tuple[date, date | None]:
    """The date of the plan's first history entry, and the plan's last-change date."""
    with db.read() as session:
        entry = session.scalars(
            select(PlanStatusChange).where(
                col(PlanStatusChange.plan_id) == plan_id,
                col(PlanStatusChange.from_status).is_(None),
            )
        ).one()
        plan = session.get(Plan, plan_id)
        assert plan is not None
        return entry.changed_on, plan.status_changed_on


def test_the_first_entry_follows_the_conference_date(demo_db: Database) -> None:
    with demo_db.read() as session:
        sixth = session.scalars(select(Conference).where(Conference.number == 6)).one()
        plan = session.scalars(
            select(Plan)
            .join(Conference, col(Conference.id) == col(Plan.conference_id))
            .where(Conference.number == 5, Plan.status == PlanStatus.in_progress)
        ).first()
        assert plan is not None
    (carried,) = plans.carry_over(demo_db, [plan.id])
    planned = sixth.planned_date
    assert first_entry(demo_db, carried.id) == (planned, planned)

    later = date(planned.year + 1, planned.month, 1)
    postponement = conferences.postpone(
        demo_db, sixth.id, new_date=later, reasons={"ko": "일정 조정", "zh": "日程调整"}
    )
    assert first_entry(demo_db, carried.id) == (later, later)

    removed = conferences.revert_postponement(demo_db, postponement.id)
    assert first_entry(demo_db, carried.id) == (planned, planned)
    conferences.restore_postponement(demo_db, removed)
    assert first_entry(demo_db, carried.id) == (later, later)

    held_on = date(later.year, later.month, 3)
    conferences.update_conference(demo_db, sixth.id, {"held_date": held_on, "status": "held"})
    assert first_entry(demo_db, carried.id) == (held_on, held_on)


def test_an_entry_with_a_date_of_its_own_stays(demo_db: Database) -> None:
    with demo_db.read() as session:
        fifth = session.scalars(select(Conference).where(Conference.number == 5)).one()
        moved_plans = session.scalars(
            select(PlanStatusChange)
            .join(Plan, col(Plan.id) == col(PlanStatusChange.plan_id))
            .where(col(Plan.conference_id) == fifth.id, col(PlanStatusChange.from_status).is_(None))
        ).all()
        later_changes = session.scalars(
            select(PlanStatusChange)
            .join(Plan, col(Plan.id) == col(PlanStatusChange.plan_id))
            .where(
                col(Plan.conference_id) == fifth.id, col(PlanStatusChange.from_status).is_not(None)
            )
        ).all()
    assert moved_plans and later_changes
    corrected = date(fifth.held_date.year, fifth.held_date.month, 12)  # type: ignore[union-attr]
    conferences.update_conference(demo_db, fifth.id, {"held_date": corrected})
    with demo_db.read() as session:
        firsts = session.scalars(
            select(PlanStatusChange).where(
                col(PlanStatusChange.id).in_([entry.id for entry in moved_plans])
            )
        ).all()
        others = session.scalars(
            select(PlanStatusChange).where(
                col(PlanStatusChange.id).in_([entry.id for entry in later_changes])
            )
        ).all()
    before = {entry.id: entry.changed_on for entry in moved_plans}
    assert all(
        entry.changed_on == corrected for entry in firsts if before[entry.id] == fifth.held_date
    )
    assert sorted(entry.changed_on for entry in others) == sorted(
        e.changed_on for e in later_changes
    )
