"""Exchange activities: dated visits and programmes, by category and direction."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlmodel import Session, col

from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.messages import expected
from secretariat.models import Activity, Plan, Team
from secretariat.services import records
from secretariat.services.committee import working_languages_in
from secretariat.services.validation import require_some_language


def _check_activity(session: Session, activity: Activity) -> None:
    def plan_team(plan_id: Any) -> tuple[bool, Any]:
        plan = session.get(Plan, plan_id)
        return (plan is not None, plan.team_id if plan is not None else None)

    check_activity_rules(
        activity,
        lambda team_id: session.get(Team, team_id) is not None,
        plan_team,
        working_languages_in(session),
    )


def check_activity_rules(
    activity: Any,
    team_exists: Callable[[Any], bool],
    plan_team: Callable[[Any], tuple[bool, Any]],
    languages: tuple[str, ...],
) -> None:
    """The activity rules, with the lookups given: the services pass the session's, an import
    of thousands of rows passes tables it read once. `plan_team(id)` is (found, its team)."""
    if activity.participants < 0:
        raise ValidationError(
            "participants", activity.participants, expected("number_at_least", minimum=0)
        )
    if activity.team_id is not None and not team_exists(activity.team_id):
        raise ValidationError("team_id", activity.team_id, expected("existing_team"))
    if activity.plan_id is not None:
        found, team_id = plan_team(activity.plan_id)
        if not found:
            raise ValidationError("plan_id", activity.plan_id, expected("existing_plan"))
        if activity.team_id is not None and team_id != activity.team_id:
            raise ValidationError("plan_id", activity.plan_id, expected("plan_of_team"))
    require_some_language(activity, "description", languages)


ACTIVITY = records.RecordSpec(Activity, "activity", check=_check_activity)


def create_activity(db: Database, fields: Mapping[str, Any]) -> Activity:
    return records.create(db, ACTIVITY, fields)


def update_activity(
    db: Database, activity_id: Any, changes: Mapping[str, Any]
) -> tuple[Activity, dict[str, Any]]:
    return records.update(db, ACTIVITY, activity_id, changes)


def delete_activity(db: Database, activity_id: Any) -> dict[str, Any]:
    return records.delete(db, ACTIVITY, activity_id)


def restore_activity(db: Database, values: Mapping[str, Any]) -> Activity:
    """Put a deleted activity back from its snapshot (undo)."""
    return records.restore(db, ACTIVITY, values)


def list_activities(db: Database) -> list[Activity]:
    return records.list_records(db, Activity, col(Activity.held_on).desc())
