"""Which existing record a meeting or activity row names: they have no number or code, so a
row is matched by what a person would: the day, the kind or category, the teams, the text.

Activities are many (two per plan), so their candidates are read once per staging into an
index by (day, team, category, direction) and kept up to date as rows are added, rather than
queried row by row.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

from sqlmodel import Session, col, select

from exports.xlsx_in.sheet import RecordRow
from secretariat.models import LANGUAGES, Activity, Meeting, MeetingTeam, Team

_ACTIVITY_INDEX = "secretariat.import.activities"  # session.info key, for one staging


def texts_of(fields: dict[str, Any], stem: str) -> list[str]:
    return [value for name, value in fields.items() if name.startswith(f"{stem}_") and value]


def same_meeting(session: Session, row: RecordRow, fields: dict[str, Any]) -> Any:
    """A meeting of that day and kind with the same teams (and outcomes, when two are)."""
    candidates = session.exec(
        select(Meeting).where(
            Meeting.held_on == fields.get("held_on"), Meeting.kind == fields.get("kind")
        )
    ).all()
    codes = {str(code).upper() for code in row.values.get("teams") or ()}
    outcomes = set(texts_of(fields, "outcomes"))
    matching = [meeting for meeting in candidates if _team_codes(session, meeting.id) == codes]
    if len(matching) > 1 and outcomes:
        matching = [m for m in matching if outcomes & set(texts_of(m.model_dump(), "outcomes"))]
    return matching[0] if matching else None


def _team_codes(session: Session, meeting_id: uuid.UUID) -> set[str]:
    query = select(Team.code).join(MeetingTeam, col(MeetingTeam.team_id) == col(Team.id))
    return set(session.exec(query.where(MeetingTeam.meeting_id == meeting_id)).all())


ActivityKey = tuple[Any, Any, Any, Any]  # (held_on, team_id, category, direction)


def _reader(values: Any) -> Callable[[str], Any]:
    """A field's value by name, from a row of values or from a record."""
    return values.get if isinstance(values, Mapping) else lambda name: getattr(values, name)


def _activity_key(values: Any) -> ActivityKey:
    get = _reader(values)
    return (get("held_on"), get("team_id"), get("category"), get("direction"))


def _descriptions(values: Any) -> set[str]:
    get = _reader(values)
    return {text for language in LANGUAGES if (text := get(f"description_{language}"))}


def _activity_index(session: Session) -> dict[ActivityKey, list[tuple[uuid.UUID, set[str]]]]:
    index: dict[ActivityKey, list[tuple[uuid.UUID, set[str]]]] | None = session.info.get(
        _ACTIVITY_INDEX
    )
    if index is None:
        index = defaultdict(list)
        names = ["id", "held_on", "team_id", "category", "direction"]
        names += [f"description_{language}" for language in LANGUAGES]
        query = select(*(col(getattr(Activity, name)) for name in names))
        for found in session.execute(query).mappings():  # plain rows: no object per record
            index[_activity_key(found)].append((found["id"], _descriptions(found)))
        session.info[_ACTIVITY_INDEX] = index
    return index


def same_activity(session: Session, fields: dict[str, Any]) -> Activity | None:
    """An activity of that day, team, category and direction sharing a description (any,
    when the row has none)."""
    descriptions = _descriptions(fields)
    for activity_id, known in _activity_index(session).get(_activity_key(fields), []):
        if not descriptions or descriptions & known:
            return session.get(Activity, activity_id)
    return None


def activity_added(session: Session, activity: Any) -> None:
    """Keep the index (when one is being used) in step with an activity just written."""
    index = session.info.get(_ACTIVITY_INDEX)
    if index is not None:
        index[_activity_key(activity)].append((activity.id, _descriptions(activity)))


def forget_activities(session: Session) -> None:
    """Drop the index at the end of a staging (a rolled-back preview's rows are not there)."""
    session.info.pop(_ACTIVITY_INDEX, None)
