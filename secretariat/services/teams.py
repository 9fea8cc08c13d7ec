"""Teams: one per field of cooperation, existing from a given conference on."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, select

from secretariat.db import Database
from secretariat.errors import NotFoundError, ValidationError
from secretariat.messages import expected
from secretariat.models import Conference, Team
from secretariat.services import records
from secretariat.services.committee import working_languages_in
from secretariat.services.validation import require_some_language

TEAM_CODE = re.compile(r"[A-Z][A-Z0-9_]{0,15}")


def _check_team(session: Session, team: Team) -> None:
    team.code = team.code.upper()
    if not TEAM_CODE.fullmatch(team.code):
        raise ValidationError("code", team.code, expected("team_code"))
    clash = session.scalars(select(Team.id).where(Team.code == team.code, Team.id != team.id))
    if clash.first() is not None:
        raise ValidationError("code", team.code, expected("free_team_code"))
    require_some_language(team, "name", working_languages_in(session))
    if (
        team.start_conference_id is not None
        and session.get(Conference, team.start_conference_id) is None
    ):
        raise ValidationError(
            "start_conference_id", team.start_conference_id, expected("existing_conference")
        )


TEAM = records.RecordSpec(Team, "team", check=_check_team)


def list_teams(db: Database) -> list[Team]:
    return records.list_records(db, Team, Team.sort_order, Team.code)


def by_code(session: Session, code: str) -> Team:
    team = session.scalars(select(Team).where(Team.code == code.upper())).first()
    if team is None:
        raise NotFoundError("team", code)
    return team


def get_by_code(db: Database, code: str) -> Team:
    with db.read() as session:
        return by_code(session, code)


def exists_at(session: Session, team: Team, conference: Conference) -> bool:
    """A team exists from its start conference on (from the first, when none is set)."""
    if team.start_conference_id is None:
        return True
    start = session.get(Conference, team.start_conference_id)
    return start is None or start.number <= conference.number


def create_team(db: Database, fields: Mapping[str, Any]) -> Team:
    return records.create(db, TEAM, fields)


def update_team(
    db: Database, team_id: uuid.UUID, changes: Mapping[str, Any]
) -> tuple[Team, dict[str, Any]]:
    return records.update(db, TEAM, team_id, changes)


def delete_team(db: Database, team_id: Any) -> dict[str, Any]:
    """Delete a team no plan, activity, MOU or meeting refers to; returns its snapshot.
    Raises InUseError saying what still refers to it."""
    return records.delete(db, TEAM, team_id)


def restore_team(db: Database, values: Mapping[str, Any]) -> Team:
    """Put a deleted team back from its snapshot (undo)."""
    return records.restore(db, TEAM, values)
