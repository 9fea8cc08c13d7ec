"""Planned meetings and their agendas: planning, proposing, and the agenda as a record kind that
the exchange, the archive and `list` carry like every other."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from secretariat.db import Database, open_database
from secretariat.errors import ValidationError
from secretariat.models import MeetingState, PlanStatus
from secretariat.services import agenda, meetings, plans
from secretariat.services.agenda import CARRIED_OVER, OVERDUE, STALE, ItemDraft
from secretariat.transfer.archive import restore_archive, write_archive
from tests.builders import Committee, small_committee
from tests.unit.exchange_sites import make_sites, records_at, run

MEETING_DAY = date(2019, 6, 12)


def planned(db: Database, built: Committee, items: list[ItemDraft], **fields: object):
    values = {"held_on": MEETING_DAY, "kind": "team", "start_time": "10:00", **fields}
    return agenda.plan_meeting(db, values, team_ids=[built.teams["ECO"].id], items=items)


def test_a_planned_meeting_keeps_its_agenda_in_order_with_each_plans_state(db: Database) -> None:
    built = small_committee(db)
    plan = built.plan(2, "ECO", "Trade fair", due_date=date(2019, 1, 1))
    plans.change_status(db, [plan.id], "in_progress", changed_on="2018-03-01", note="Venue booked")
    meeting = planned(
        db,
        built,
        [ItemDraft(topics={"ko": "차기 회의 일정", "zh": "下次会议日程"}), ItemDraft(plan.id)],
        video_link="https://meet.example/eco",
    )
    assert meeting.state is MeetingState.planned
    first, second = agenda.agenda_of(db, meeting.id)
    assert (first.position, first.topics["ko"], first.plan_id) == (1, "차기 회의 일정", None)
    assert (second.position, second.plan_ref, second.plan_status) == (
        2,
        "2-ECO-01",
        PlanStatus.in_progress,
    )
    assert second.last_note == "Venue booked" and second.plan_due == date(2019, 1, 1)
    assert [m.id for m in agenda.next_meetings(db, as_of=date(2019, 6, 1))] == [meeting.id]
    assert agenda.next_meetings(db, as_of=date(2019, 6, 13)) == []


@pytest.mark.parametrize(
    ("items", "fields", "expected"),
    [
        ([ItemDraft(topics={"en": "  "})], {}, "a plan or a topic for every item"),
        ([ItemDraft()], {}, "a plan or a topic for every item"),
        ([], {"start_time": "25:00"}, "a time as HH:MM"),
    ],
)
def test_an_agenda_item_without_content_or_a_bad_time_writes_nothing(
    db: Database, items: list[ItemDraft], fields: dict, expected: str
) -> None:
    built = small_committee(db)
    with pytest.raises(ValidationError, match=expected):
        planned(db, built, items, **fields)
    assert meetings.list_meetings(db) == []


def test_a_plan_is_on_an_agenda_once(db: Database) -> None:
    built = small_committee(db)
    plan = built.plan(2, "ECO")
    with pytest.raises(ValidationError, match="each plan once"):
        planned(db, built, [ItemDraft(plan.id), ItemDraft(plan.id)])


def test_replanning_replaces_the_agenda_and_a_held_meeting_cannot_be_replanned(
    db: Database,
) -> None:
    built = small_committee(db)
    first, second = built.plan(2, "ECO"), built.plan(2, "ECO")
    meeting = planned(db, built, [ItemDraft(first.id), ItemDraft(second.id)])
    agenda.replan_meeting(
        db, meeting.id, {"start_time": "14:30"}, items=[ItemDraft(second.id), ItemDraft(first.id)]
    )
    assert [e.plan_id for e in agenda.agenda_of(db, meeting.id)] == [second.id, first.id]
    assert meetings.get_meeting(db, meeting.id).start_time == "14:30"
    held = meetings.log_meeting(db, {"held_on": "2019-01-01", "kind": "team"})[0]
    with pytest.raises(ValidationError, match="not held yet"):
        agenda.replan_meeting(db, held.id, {"venue": "x"})


def test_deleting_a_meeting_takes_its_agenda_and_undo_brings_it_back(db: Database) -> None:
    built = small_committee(db)
    meeting = planned(db, built, [ItemDraft(topics={"en": "Budget"})])
    values = meetings.delete_meeting(db, meeting.id)
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM agenda_item")).scalar() == 0
    meetings.restore_meeting(db, values)
    assert [e.topics["en"] for e in agenda.agenda_of(db, meeting.id)] == ["Budget"]


def test_the_proposed_agenda_is_the_open_plans_needing_attention_most_urgent_first(
    db: Database,
) -> None:
    built = small_committee(db)
    on = date(2019, 6, 1)
    overdue_long = built.plan(2, "ECO", "Long overdue", due_date=date(2018, 1, 1))
    overdue = built.plan(2, "ECO", "Overdue", due_date=date(2019, 5, 1))
    stale = built.plan(2, "ECO", "Stale")
    fresh = built.plan(2, "ECO", "Fresh", due_date=date(2020, 1, 1))
    done = built.plan(2, "ECO", "Done", due_date=date(2018, 1, 1))
    old = built.plan(1, "ECO", "Old")
    carried = built.plan(2, "ECO", "Carried", continues_plan_id=old.id)
    built.plan(2, "ENV", "Other team", due_date=date(2018, 1, 1))
    built.plan(3, "ECO", "Planned conference", due_date=date(2019, 1, 1))
    plans.change_status(db, [stale.id], "in_progress", changed_on="2018-06-01")
    plans.change_status(db, [fresh.id, carried.id, overdue.id], "in_progress", changed_on=on)
    plans.change_status(db, [done.id], "implemented", changed_on="2019-01-01")
    plans.change_status(db, [old.id], "in_progress", changed_on="2016-01-01")
    proposed = agenda.propose_agenda(db, on=on, team_ids=[built.teams["ECO"].id])
    # The 1st conference's plan was continued by a later one: its successor is proposed.
    assert [p.plan_id for p in proposed] == [overdue_long.id, overdue.id, stale.id, carried.id]
    assert proposed[0].reasons == (OVERDUE, STALE)
    assert proposed[2].reasons == (STALE,) and proposed[3].reasons == (CARRIED_OVER,)
    assert len(agenda.propose_agenda(db, on=on, limit=2)) == 2


def test_agenda_items_are_listed_archived_and_restored(db: Database, tmp_path: Path) -> None:
    from secretariat.listing import list_records
    from tests.unit.test_archive import run_to_end

    built = small_committee(db)
    plan = built.plan(2, "ECO")
    planned(db, built, [ItemDraft(plan.id), ItemDraft(topics={"zh": "预算"})])
    rows = list_records(db, "agenda", team="ECO")
    assert [(row["position"], row["plan"]) for row in rows] == [(1, "2-ECO-01"), (2, None)]
    assert rows[1]["topic"]["zh"] == "预算" and rows[0]["key"].endswith(" 1")
    path = tmp_path / "backup.zip"
    run_to_end(write_archive(db, path))
    again = open_database(tmp_path / "again.db")
    try:
        summary = run_to_end(restore_archive(again, path))
        assert summary.counts["agenda_item"] == 2
        assert len(list_records(again, "agenda")) == 2
    finally:
        again.close()


def test_an_agenda_travels_to_the_partner_site_and_so_does_its_change(tmp_path: Path) -> None:
    office, partner = tmp_path / "a.db", tmp_path / "b.db"
    db = open_database(office)
    try:
        built = small_committee(db)
        meeting = planned(db, built, [ItemDraft(topics={"ko": "예산", "zh": "预算"})])
    finally:
        db.close()
    assert run("--db", partner, "init") == 0
    make_sites(tmp_path, office, partner)
    assert run("--db", office, "exchange", "export", "-o", tmp_path / "1.secx") == 0
    assert run("--db", partner, "exchange", "import", tmp_path / "1.secx") == 0
    held = records_at(partner)
    assert held == records_at(office) and len(held["agenda_item"]) == 1
    db = open_database(office)
    try:
        agenda.replan_meeting(db, meeting.id, {}, items=[ItemDraft(topics={"en": "Budget"})])
    finally:
        db.close()
    assert run("--db", office, "exchange", "export", "-o", tmp_path / "2.secx") == 0
    assert run("--db", partner, "exchange", "import", tmp_path / "2.secx") == 0
    (item,) = records_at(partner)["agenda_item"].values()
    assert item["topic_en"] == "Budget" and records_at(partner) == records_at(office)


def logged_agenda_writes(db: Database) -> int:
    with db.engine.connect() as connection:
        query = text("SELECT count(*) FROM exchange_log WHERE table_name = 'agenda_item'")
        return int(connection.execute(query).scalar() or 0)


@pytest.mark.parametrize("server", ["sqlite", "postgresql"])
def test_every_write_to_an_agenda_is_logged_for_the_exchange(
    server: str, db: Database, request: pytest.FixtureRequest
) -> None:
    if server == "postgresql":
        db = open_database(request.getfixturevalue("pg_url"))
        request.addfinalizer(db.close)
    built = small_committee(db)
    meeting = planned(db, built, [ItemDraft(topics={"en": "One"}), ItemDraft(topics={"en": "Two"})])
    assert logged_agenda_writes(db) == 2
    agenda.replan_meeting(db, meeting.id, {}, items=[ItemDraft(topics={"en": "Three"})])
    assert logged_agenda_writes(db) == 5  # two deleted, one added
    with db.engine.connect() as connection:
        deleted = connection.execute(
            text("SELECT count(*) FROM exchange_deleted WHERE table_name = 'agenda_item'")
        ).scalar()
    assert deleted == 2


def test_a_reordered_agenda_keeps_its_items_and_their_outcomes(db: Database) -> None:
    from secretariat.services.meeting_outcomes import ItemOutcome, hold_meeting

    built = small_committee(db)
    plan = built.plan(2, "ECO")
    meeting = planned(db, built, [ItemDraft(plan.id), ItemDraft(topics={"en": "Budget"})])
    before = {e.item_id for e in agenda.agenda_of(db, meeting.id)}
    agenda.replan_meeting(
        db,
        meeting.id,
        {},
        items=[
            ItemDraft(topics={"en": "Budget"}),
            ItemDraft(plan.id),
            ItemDraft(topics={"ko": "기타"}),
        ],
    )
    after = agenda.agenda_of(db, meeting.id)
    assert [e.position for e in after] == [1, 2, 3] and after[1].plan_id == plan.id
    assert {e.item_id for e in after[:2]} == before  # the same records, moved
    hold_meeting(db, meeting.id, {}, item_outcomes=[ItemOutcome(after[1].item_id, {"en": "Done"})])
    assert agenda.agenda_of(db, meeting.id)[1].outcomes["en"] == "Done"


def test_outcomes_written_on_both_sites_merge_and_the_same_field_is_a_conflict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from secretariat.services.meeting_outcomes import ItemOutcome, hold_meeting

    office, partner = tmp_path / "a.db", tmp_path / "b.db"
    db = open_database(office)
    try:
        built = small_committee(db)
        meeting = planned(db, built, [ItemDraft(topics={"ko": "예산", "zh": "预算"})])
        (item,) = agenda.agenda_of(db, meeting.id)
    finally:
        db.close()
    assert run("--db", partner, "init") == 0
    make_sites(tmp_path, office, partner)
    assert run("--db", office, "exchange", "export", "-o", tmp_path / "1.secx") == 0
    assert run("--db", partner, "exchange", "import", tmp_path / "1.secx") == 0
    # Side A writes the Korean outcome; side B the Chinese one and a different English one.
    for path, outcomes in (
        (office, {"ko": "승인", "en": "Approved"}),
        (partner, {"zh": "批准", "en": "Agreed"}),
    ):
        site = open_database(path)
        try:
            hold_meeting(site, meeting.id, {}, item_outcomes=[ItemOutcome(item.item_id, outcomes)])
        finally:
            site.close()
    capsys.readouterr()
    assert run("--db", partner, "exchange", "export", "-o", tmp_path / "2.secx") == 0
    assert run("--db", office, "exchange", "import", tmp_path / "2.secx") == 1
    listed = capsys.readouterr().err
    assert "agenda item 1 of the meeting 2019-06-12" in listed and "outcome_en" in listed
    assert "outcome_ko" not in listed and "outcome_zh" not in listed
    assert (
        run("--db", office, "exchange", "import", tmp_path / "2.secx", "--conflicts", "ours") == 0
    )
    (merged,) = records_at(office)["agenda_item"].values()
    assert (merged["outcome_ko"], merged["outcome_zh"], merged["outcome_en"]) == (
        "승인",
        "批准",
        "Approved",
    )
