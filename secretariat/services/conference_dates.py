"""A plan's first history entry is dated at its conference ("agreed at the 6th conference"):
when the conference's date moves (postponed, its postponement undone, its held date set or
corrected), the entries that carried the old date move with it, so a plan carried over to a
conference being prepared never keeps a date the conference no longer has."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from secretariat.models import Conference, Plan, PlanStatusChange


def conference_date(conference: Conference) -> date:
    """When the conference took place, or is planned to."""
    return conference.held_date or conference.planned_date


def follow_conference_date(session: Session, conference: Conference, before: date) -> int:
    """Inside an open transaction, after `conference`'s date changed from `before`: move the
    first history entries of its plans dated `before` to the new date; returns how many.
    Entries recorded with a date of their own (an import's, say) stay as they are."""
    after = conference_date(conference)
    if after == before:
        return 0
    first_entries = session.scalars(
        select(PlanStatusChange)
        .join(Plan, col(Plan.id) == col(PlanStatusChange.plan_id))
        .where(
            col(Plan.conference_id) == conference.id,
            col(PlanStatusChange.from_status).is_(None),
            col(PlanStatusChange.changed_on) == before,
        )
    ).all()
    for entry in first_entries:  # through the ORM: the trail records each move
        entry.changed_on = after
    session.flush()
    _refresh_last_change(session, {entry.plan_id for entry in first_entries})
    return len(first_entries)


def _refresh_last_change(session: Session, plan_ids: set[object]) -> None:
    """Each plan's date of its latest status change, from its history as it is now."""
    if not plan_ids:
        return
    latest = dict(
        session.execute(
            select(PlanStatusChange.plan_id, func.max(PlanStatusChange.changed_on))
            .where(col(PlanStatusChange.plan_id).in_(plan_ids))
            .group_by(col(PlanStatusChange.plan_id))
        ).all()
    )
    for plan in session.scalars(select(Plan).where(col(Plan.id).in_(plan_ids))):
        if plan.status_changed_on != latest.get(plan.id):
            plan.status_changed_on = latest.get(plan.id)
    session.flush()
