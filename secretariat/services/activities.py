"""Exchange activities: dated visits and programmes, by category and direction."""

from __future__ import annotations

from collections.abc import Mapping
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
    if activity.participants < 0:
        raise ValidationError(
            "participants", activity.participants, expected("number_at_least", minimum=0)
        )
    if activity.team_id is not None and session.get(Team, activity.team_id) is None:
        raise ValidationError("team_id", activity.team_id, expected("existing_team"))
    if activity.plan_id is not None:
        plan = session.get(Plan, activity.plan_id)
        if plan is None:
            raise ValidationError("plan_id", activity.plan_id, expected("existing_plan"))
        if activity.team_id is not None and plan.team_id != activity.team_id:
            raise ValidationError("plan_id", activity.plan_id, expected("plan_of_team"))
    require_some_language(activity, "description", working_languages_in(session))


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
