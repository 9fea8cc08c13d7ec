"""How a conflict names its record for people: `1-ECO-02` and its title, team `ECO`,
conference 5; and who last changed it here, and when."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from secretariat.exchange.merge import Conflict
from secretariat.exchange.values import exchanged, read_values
from secretariat.models import CommitteeProfile, Conference, Meeting, Plan, RecordEdit, Team
from secretariat.services.records import table_of

TITLE_FIELDS = ("title", "name", "description", "outcomes", "venue", "topic")


def describe_conflicts(connection: Connection, conflicts: list[Conflict]) -> None:
    """Fill each conflict's reference, title (in the working languages) and our side's who
    and when, in place."""
    languages = _working_languages(connection)
    for index, conflict in enumerate(conflicts):
        values = conflict.ours if isinstance(conflict.ours, dict) else None
        if values is None and isinstance(conflict.theirs, dict):
            values = conflict.theirs
        if values is None and isinstance(conflict.base, dict):
            values = conflict.base
        record = _record_values(connection, conflict) or values or {}
        by, at = _last_edit(connection, conflict.record_id, conflict.field)
        conflicts[index] = dataclasses.replace(
            conflict,
            reference=reference(connection, conflict.table, record),
            title=_title(record, languages),
            ours_by=by,
            ours_at=at,
        )


def _record_values(connection: Connection, conflict: Conflict) -> dict[str, Any] | None:
    found = read_values(connection, exchanged(conflict.table), [conflict.record_id])
    return found.get(conflict.record_id)


def reference(connection: Connection, table: str, values: dict[str, Any]) -> str:
    """A record as people know it (the natural key of docs/record-kinds.md)."""
    if table == "plan":
        return _plan_ref(connection, values)
    if table == "team":
        return f"team {values.get('code', '?')}"
    if table == "conference":
        return f"conference {values.get('number', '?')}"
    if table == "plan_status_change":
        plan = _lookup(connection, Plan, values.get("plan_id"))
        return f"{_plan_ref(connection, plan or {})} {values.get('changed_on', '')}".strip()
    if table == "meeting":
        return f"meeting {values.get('held_on', '')}"
    if table == "agenda_item":
        meeting = _lookup(connection, Meeting, values.get("meeting_id"))
        day = meeting.get("held_on", "?") if meeting else "?"
        return f"agenda item {values.get('position', '?')} of the meeting {day}"
    if table == "activity":
        return f"activity {values.get('held_on', '')}"
    if table == "mou":
        return f"MOU {values.get('signed_on') or ''}".strip()
    return table.replace("_", " ")


def _plan_ref(connection: Connection, values: dict[str, Any]) -> str:
    conference = _lookup(connection, Conference, values.get("conference_id"))
    team = _lookup(connection, Team, values.get("team_id"))
    number = conference.get("number", "?") if conference else "?"
    code = team.get("code", "?") if team else "?"
    seq = values.get("seq")
    return f"{number}-{code}-{int(seq):02d}" if isinstance(seq, int) else f"{number}-{code}-?"


def _lookup(connection: Connection, model: type, record_id: Any) -> dict[str, Any] | None:
    if not record_id:
        return None
    table = table_of(model)
    key = record_id if isinstance(record_id, uuid.UUID) else uuid.UUID(hex=str(record_id))
    row = connection.execute(select(table).where(table.c.id == key)).mappings().first()
    return dict(row) if row else None


def _working_languages(connection: Connection) -> tuple[str, ...]:
    profile = table_of(CommitteeProfile)
    row = connection.execute(select(profile.c.language_a, profile.c.language_b).limit(1)).first()
    return tuple(row) if row else ("ko", "zh")


def _title(values: dict[str, Any], languages: tuple[str, ...]) -> str:
    for stem in TITLE_FIELDS:
        texts = [str(values.get(f"{stem}_{lang}") or "") for lang in languages]
        shown = " / ".join(text for text in texts if text)
        if shown:
            return shown[:200]
    return ""


def _last_edit(connection: Connection, record_id: uuid.UUID, field: str) -> tuple[str, str]:
    edit = table_of(RecordEdit)
    query = select(edit.c.author, edit.c.created_at).where(edit.c.record_id == record_id)
    if field:
        query = query.where(edit.c.field == field)
    row = connection.execute(query.order_by(edit.c.created_at.desc()).limit(1)).first()
    if row is None:
        return "", ""
    return str(row[0]), row[1].isoformat() if row[1] else ""
