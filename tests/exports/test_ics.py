"""The calendar file, parsed back with icalendar and with a second, independent parser (the
`ics` package): conferences with their postponements as updates of one event, meetings with
their agendas, due dates, reminders, and UIDs that stay the same from one file to the next."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import ics
import pytest
from icalendar import Calendar

from exports.ics import write_calendar
from secretariat.cli import main
from secretariat.db import Database, open_database
from secretariat.progress import run_to_end
from secretariat.services import agenda, conferences, plans
from secretariat.services.agenda import ItemDraft
from tests.builders import small_committee

TODAY = date(2019, 6, 1)


def events_of(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def other_parser(path: Path) -> dict[str, ics.Event]:
    return {event.uid: event for event in ics.Calendar(path.read_text(encoding="utf-8")).events}


def sequence(event: ics.Event) -> int:
    """The `ics` package keeps SEQUENCE among the properties it does not model."""
    (line,) = [str(item) for item in event.extra if str(item).startswith("SEQUENCE")]
    return int(line.split(":")[1])


@pytest.fixture
def committee(db: Database):
    built = small_committee(db)
    plan = built.plan(2, "ECO", "Trade fair", due_date=date(2019, 9, 1))
    built.plan(2, "ENV", "Clean air", due_date=date(2019, 10, 1))
    done = built.plan(2, "ECO", "Done", due_date=date(2019, 1, 1))
    plans.change_status(db, [done.id], "implemented", changed_on="2019-01-02")
    meeting = agenda.plan_meeting(
        db,
        {
            "held_on": "2019-06-12",
            "kind": "team",
            "start_time": "10:00",
            "duration_minutes": 90,
            "venue": "City Hall",
            "video_link": "https://meet.example/eco",
        },
        team_ids=[built.teams["ECO"].id],
        items=[ItemDraft(plan.id), ItemDraft(topics={"ko": "예산", "zh": ""})],
    )
    return built, plan, meeting


def test_conferences_meetings_and_due_dates_parse_back_with_both_parsers(
    db: Database, committee, tmp_path: Path
) -> None:
    built, plan, meeting = committee
    path = tmp_path / "committee.ics"
    count = run_to_end(write_calendar(db, path, today=TODAY))
    events = events_of(path)
    assert count == len(events) == 3 + 1 + 2  # conferences, the meeting, two open plans' due dates
    planned = events[f"meeting-{meeting.id.hex}@secretariat.invalid"]
    assert planned.decoded("DTSTART") == datetime(2019, 6, 12, 10, 0)
    assert planned.decoded("DTEND") == datetime(2019, 6, 12, 11, 30)
    assert str(planned["URL"]) == "https://meet.example/eco" and planned["STATUS"] == "TENTATIVE"
    description = str(planned["DESCRIPTION"])
    assert description.count("1. 2-ECO-01 Trade fair") == 2  # the builder writes both titles so
    assert "2. 예산" in description and "2. — (无译文)" in description  # never the Korean text
    (alarm,) = planned.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -timedelta(days=1) and alarm["ACTION"] == "DISPLAY"
    due = events[f"plan-due-{plan.id.hex}@secretariat.invalid"]
    assert due.decoded("DTSTART") == date(2019, 9, 1) and "2-ECO-01" in str(due["SUMMARY"])
    held = events[f"conference-{built.conferences[1].id.hex}@secretariat.invalid"]
    assert held["STATUS"] == "CONFIRMED" and not held.walk("VALARM")  # nothing to remind of

    second = other_parser(path)
    assert set(second) == set(events)
    same = second[f"meeting-{meeting.id.hex}@secretariat.invalid"]
    assert same.begin.naive == datetime(2019, 6, 12, 10, 0) and same.duration == timedelta(
        minutes=90
    )
    assert same.location == "City Hall" and len(same.alarms) == 1
    assert "2-ECO-01" in second[f"plan-due-{plan.id.hex}@secretariat.invalid"].name


def test_a_postponement_updates_the_same_event_with_a_higher_sequence(
    db: Database, committee, tmp_path: Path
) -> None:
    built, _plan, _meeting = committee
    third = built.conferences[3]
    key = f"conference-{third.id.hex}@secretariat.invalid"
    before, after = tmp_path / "before.ics", tmp_path / "after.ics"
    run_to_end(write_calendar(db, before, today=TODAY))
    conferences.postpone(
        db, third.id, new_date="2019-11-20", reasons={"ko": "일정 조정", "zh": "日程调整"}
    )
    run_to_end(write_calendar(db, after, today=TODAY))
    old, new = events_of(before), events_of(after)
    assert set(old) == set(new)  # stable UIDs: a calendar updates, never duplicates
    assert new[key].decoded("DTSTART") == date(2019, 11, 20)
    assert int(new[key]["SEQUENCE"]) == int(old[key]["SEQUENCE"]) + 1
    assert "일정 조정 / 日程调整" in str(new[key]["DESCRIPTION"])
    assert new[key].walk("VALARM")  # still ahead: a reminder a week before
    assert sequence(other_parser(after)[key]) == sequence(other_parser(before)[key]) + 1


def test_one_teams_calendar_and_the_command_line(
    db_path: Path, db: Database, committee, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.close()
    path = tmp_path / "env.ics"
    assert main(["--db", str(db_path), "export", "ics", "--team", "ENV", "-o", str(path)]) == 0
    assert "wrote" in capsys.readouterr().out
    kinds = sorted(key.split("-")[0] for key in events_of(path))
    assert kinds == ["conference"] * 3 + ["plan"]  # no ECO meeting, ENV's one due date
    assert main(["--db", str(db_path), "export", "ics", "-o", str(tmp_path / "x.txt")]) != 0


def test_the_demo_calendar_parses_with_both_parsers(demo_template: Path, tmp_path: Path) -> None:
    demo = tmp_path / "demo.db"
    demo.write_bytes(demo_template.read_bytes())
    db = open_database(demo)
    try:
        run_to_end(write_calendar(db, tmp_path / "demo.ics", today=date(2026, 12, 3)))
    finally:
        db.close()
    events, second = events_of(tmp_path / "demo.ics"), other_parser(tmp_path / "demo.ics")
    assert set(events) == set(second) and len(events) > 100
    ahead = [e for e in events.values() if e.walk("VALARM")]
    assert {str(e["UID"]).split("-")[0] for e in ahead} >= {"meeting", "conference"}
