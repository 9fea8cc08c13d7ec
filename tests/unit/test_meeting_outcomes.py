"""Holding a planned meeting: outcomes logged against its agenda in one transaction, and undo."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.models import MeetingState, PlanStatus
from secretariat.services import agenda, meetings, plans
from secretariat.services.agenda import ItemDraft
from secretariat.services.meeting_outcomes import ItemOutcome, hold_meeting, unhold_meeting
from secretariat.services.plans import StatusUpdate
from tests.builders import Committee, small_committee


def planned_with_plans(db: Database) -> tuple[Committee, object, list]:
    built = small_committee(db)
    first, second, other = built.plan(2, "ECO"), built.plan(2, "ECO"), built.plan(2, "ECO")
    meeting = agenda.plan_meeting(
        db,
        {"held_on": "2019-06-12", "kind": "team"},
        team_ids=[built.teams["ECO"].id],
        items=[ItemDraft(first.id), ItemDraft(second.id), ItemDraft(topics={"en": "Budget"})],
    )
    return built, meeting, [first, second, other]


def test_holding_writes_each_items_outcome_and_the_status_changes_decided(db: Database) -> None:
    _built, meeting, (first, _second, other) = planned_with_plans(db)
    items = agenda.agenda_of(db, meeting.id)
    held, decided = hold_meeting(
        db,
        meeting.id,
        {"attendees": "Kim; Wang", "outcomes_ko": "요약", "version": meeting.version},
        item_outcomes=[
            ItemOutcome(
                items[0].item_id,
                {"ko": "착수하기로 함", "zh": "决定启动"},
                date(2019, 9, 1),
                PlanStatus.in_progress,
                "Started",
            ),
            ItemOutcome(items[1].item_id, {"en": "No change"}),
            ItemOutcome(items[2].item_id, {"en": "Approved"}),
        ],
        status_updates=[StatusUpdate(other.id, PlanStatus.on_hold)],
    )
    assert [(c.plan_id, c.to_status, c.changed_on) for c in decided] == [
        (first.id, PlanStatus.in_progress, date(2019, 6, 12)),
        (other.id, PlanStatus.on_hold, date(2019, 6, 12)),
    ]
    saved = meetings.get_meeting(db, meeting.id)
    assert saved.state is MeetingState.held and saved.attendees == "Kim; Wang"
    after = agenda.agenda_of(db, meeting.id)
    assert after[0].outcomes["zh"] == "决定启动" and after[0].follow_up_due == date(2019, 9, 1)
    assert after[0].plan_status is PlanStatus.in_progress
    assert after[2].outcomes["en"] == "Approved"
    assert {c.plan_id for c in meetings.decided_at(db, meeting.id)} == {first.id, other.id}

    unhold_meeting(db, held)
    again = meetings.get_meeting(db, meeting.id)
    assert again.state is MeetingState.planned and again.attendees == ""
    assert all(
        not e.outcomes["en"] and e.follow_up_due is None for e in agenda.agenda_of(db, meeting.id)
    )
    assert plans.get_plan(db, first.id).status is PlanStatus.agreed
    assert meetings.decided_at(db, meeting.id) == []


def test_a_refused_status_change_writes_no_outcome_at_all(db: Database) -> None:
    _built, meeting, (first, _second, _other) = planned_with_plans(db)
    items = agenda.agenda_of(db, meeting.id)
    with pytest.raises(ValidationError, match="each plan once per meeting"):
        hold_meeting(
            db,
            meeting.id,
            {},
            item_outcomes=[
                ItemOutcome(items[0].item_id, {"en": "Go"}, None, PlanStatus.in_progress)
            ],
            status_updates=[StatusUpdate(first.id, PlanStatus.dropped)],
        )
    assert meetings.get_meeting(db, meeting.id).state is MeetingState.planned
    assert agenda.agenda_of(db, meeting.id)[0].outcomes["en"] == ""
    assert plans.get_plan(db, first.id).status is PlanStatus.agreed


def test_a_topic_has_no_status_and_a_meeting_is_held_once(db: Database) -> None:
    _built, meeting, _plans = planned_with_plans(db)
    topic = agenda.agenda_of(db, meeting.id)[2]
    with pytest.raises(ValidationError, match="only for a plan item"):
        hold_meeting(
            db,
            meeting.id,
            {},
            item_outcomes=[ItemOutcome(topic.item_id, {}, None, PlanStatus.dropped)],
        )
    hold_meeting(db, meeting.id, {})
    with pytest.raises(ValidationError, match="not held yet"):
        hold_meeting(db, meeting.id, {})
