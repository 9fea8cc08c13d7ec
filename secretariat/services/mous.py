"""MOUs signed between the sides or between teams' agencies."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlmodel import Session, col, delete, select

from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.messages import expected
from secretariat.models import Conference, Mou, MouStatus, MouTeam, Team
from secretariat.services import records
from secretariat.services.committee import working_languages_in
from secretariat.services.validation import as_uuid, require_some_language

SIGNED_STATUSES = (MouStatus.signed, MouStatus.expired, MouStatus.terminated)


def _check_mou(session: Session, mou: Mou) -> None:
    require_some_language(mou, "title", working_languages_in(session))
    if mou.status in SIGNED_STATUSES and mou.signed_on is None:
        raise ValidationError("signed_on", None, expected("signing_date", status=mou.status))
    if mou.signed_on and mou.expires_on and mou.expires_on < mou.signed_on:
        raise ValidationError(
            "expires_on", mou.expires_on, expected("date_after", date=mou.signed_on)
        )
    if mou.conference_id is not None and session.get(Conference, mou.conference_id) is None:
        raise ValidationError("conference_id", mou.conference_id, expected("existing_conference"))


MOU = records.RecordSpec(Mou, "MOU", check=_check_mou)


def set_mou_teams(session: Session, mou_id: uuid.UUID, team_ids: Iterable[Any]) -> None:
    session.exec(delete(MouTeam).where(col(MouTeam.mou_id) == mou_id))
    for team_id in dict.fromkeys(as_uuid("team_ids", key) for key in team_ids):
        if team_id is None or session.get(Team, team_id) is None:
            raise ValidationError("team_ids", team_id, expected("existing_team"))
        session.add(MouTeam(mou_id=mou_id, team_id=team_id))


def mou_team_ids(session: Session, mou_id: uuid.UUID) -> list[uuid.UUID]:
    return list(session.scalars(select(MouTeam.team_id).where(MouTeam.mou_id == mou_id)))


def create_mou(db: Database, fields: Mapping[str, Any], *, team_ids: Sequence[Any] = ()) -> Mou:
    with db.write() as session:
        mou = records.add_record(session, MOU, fields)
        set_mou_teams(session, mou.id, team_ids)
        return mou


def update_mou(
    db: Database, mou_id: Any, changes: Mapping[str, Any], *, team_ids: Sequence[Any] | None = None
) -> tuple[Mou, dict[str, Any]]:
    with db.write() as session:
        mou, previous = records.change_record(session, MOU, mou_id, changes)
        if team_ids is not None:
            previous["team_ids"] = mou_team_ids(session, mou.id)
            set_mou_teams(session, mou.id, team_ids)
        return mou, previous


def delete_mou(db: Database, mou_id: Any) -> dict[str, Any]:
    with db.write() as session:
        mou = records.get(session, MOU, mou_id)
        values = records.snapshot(mou)
        values["team_ids"] = mou_team_ids(session, mou.id)
        session.delete(mou)
        session.flush()
        return values


def restore_mou(db: Database, values: Mapping[str, Any]) -> Mou:
    """Put a deleted MOU back from `delete_mou`'s snapshot, with its teams (undo)."""
    fields = dict(values)
    team_ids = fields.pop("team_ids", [])
    with db.write() as session:
        mou = Mou(**fields)
        session.add(mou)
        session.flush()
        set_mou_teams(session, mou.id, team_ids)
        return mou


def list_mous(db: Database) -> list[Mou]:
    return records.list_records(db, Mou, Mou.signed_on)


def teams_of_mou(db: Database, mou_id: Any) -> list[uuid.UUID]:
    with db.read() as session:
        key = as_uuid("mou_id", mou_id)
        return mou_team_ids(session, key)
