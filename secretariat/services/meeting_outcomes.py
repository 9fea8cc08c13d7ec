"""Holding a planned meeting: its outcomes logged against its agenda, in one transaction.

Each agenda item gets its outcome (per language) and follow-up date; a plan item may get the
status change decided on it, written as the meeting's own history row of that plan (as
`log_meeting` writes them). The meeting becomes held. `unhold_meeting` is the undo: the status
changes taken back, the meeting planned again with its agenda as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.messages import expected
from secretariat.models import AgendaItem, Meeting, MeetingState, PlanStatus, PlanStatusChange
from secretariat.services import records
from secretariat.services.meetings import MEETING, apply_updates, take_back_decided
from secretariat.services.plans import StatusUpdate

ITEM_FIELDS = ("outcome_en", "outcome_ko", "outcome_zh", "outcome_ja", "follow_up_due")


@dataclass(frozen=True)
class ItemOutcome:
    """What was decided on one agenda item."""

    item_id: uuid.UUID
    outcomes: Mapping[str, str] = field(default_factory=dict)  # language -> text
    follow_up_due: date | None = None
    to_status: PlanStatus | None = None  # a plan item's decided status, if it changed
    note: str = ""


@dataclass(frozen=True)
class HeldMeeting:
    """What `hold_meeting` changed, so `unhold_meeting` can put it back."""

    meeting_id: uuid.UUID
    previous: dict[str, Any]  # the meeting's fields before
    items_before: dict[uuid.UUID, dict[str, Any]]  # each item's outcome fields before
    progress_before: dict[uuid.UUID, int] = field(default_factory=dict)


def _items(session: Session, meeting_id: uuid.UUID) -> dict[uuid.UUID, AgendaItem]:
    query = select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
    return {item.id: item for item in session.scalars(query.order_by(col(AgendaItem.position)))}


def _outcome_fields(outcome: ItemOutcome) -> dict[str, Any]:
    fields: dict[str, Any] = {
        f"outcome_{language}": text.strip() for language, text in outcome.outcomes.items()
    }
    fields["follow_up_due"] = outcome.follow_up_due
    return fields


def _updates(
    items: Mapping[uuid.UUID, AgendaItem], outcomes: Sequence[ItemOutcome]
) -> list[StatusUpdate]:
    updates = []
    for outcome in outcomes:
        item = items.get(outcome.item_id)
        if item is None:
            raise ValidationError("agenda", outcome.item_id, expected("item_of_agenda"))
        if outcome.to_status is None:
            continue
        if item.plan_id is None:
            raise ValidationError("to_status", item.position, expected("status_for_plan_item"))
        updates.append(StatusUpdate(item.plan_id, outcome.to_status, outcome.note))
    return updates


def hold_meeting(
    db: Database,
    meeting_id: Any,
    fields: Mapping[str, Any],
    *,
    item_outcomes: Sequence[ItemOutcome] = (),
    status_updates: Sequence[StatusUpdate] = (),
    progress_before: Mapping[uuid.UUID, int] | None = None,
) -> tuple[HeldMeeting, list[PlanStatusChange]]:
    """Log a planned meeting's outcomes against its agenda: the meeting's fields (with the
    version shown, when given), every item's outcome, the status changes decided on plan
    items and on other plans — all or nothing. The meeting is held afterwards."""
    with db.write() as session:
        meeting = records.get(session, MEETING, meeting_id)
        if meeting.state is not MeetingState.planned:
            raise ValidationError("meeting", meeting.held_on, expected("meeting_not_held"))
        changes = {**fields, "state": MeetingState.held.value}
        meeting, previous = records.change_record(session, MEETING, meeting.id, changes)
        items = _items(session, meeting.id)
        updates = _updates(items, item_outcomes)
        before = {
            item_id: {name: getattr(item, name) for name in ITEM_FIELDS}
            for item_id, item in items.items()
        }
        for outcome in item_outcomes:
            item = items[outcome.item_id]
            for name, value in _outcome_fields(outcome).items():
                setattr(item, name, value)
        decided = apply_updates(session, meeting, [*updates, *status_updates])
        session.flush()
        held = HeldMeeting(meeting.id, previous, before, dict(progress_before or {}))
        return held, decided


def unhold_meeting(db: Database, held: HeldMeeting) -> Meeting:
    """Undo of `hold_meeting`: its status changes taken back (refused when a plan's status
    changed again since), the agenda's outcomes and the meeting as they were, planned."""
    with db.write() as session:
        meeting = records.get(session, MEETING, held.meeting_id)
        take_back_decided(session, meeting.id, held.progress_before)
        for name, value in held.previous.items():
            setattr(meeting, name, value)
        items = _items(session, meeting.id)
        for item_id, values in held.items_before.items():
            if item_id in items:
                for name, value in values.items():
                    setattr(items[item_id], name, value)
        session.flush()
        return meeting
