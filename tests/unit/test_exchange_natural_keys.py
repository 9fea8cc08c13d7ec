"""A conference or team made at both sites under one number or code becomes one record, under
the smaller id, with the plans of both sides under it and the differences shown as conflicts."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest

from secretariat.db import open_database
from tests.unit.exchange_sites import make_sites, records_at, run, send, started_sites


@pytest.fixture
def two_sites(demo_template: Path, tmp_path: Path) -> tuple[Path, Path]:
    return started_sites(demo_template, tmp_path)


def _add_conference_team_and_plan(path: Path, venue: str, title: str) -> uuid.UUID:
    from secretariat.services.conferences import create_conference
    from secretariat.services.plans import create_plan
    from secretariat.services.teams import create_team

    db = open_database(path)
    try:
        conference = create_conference(
            db,
            {
                "number": 9,
                "planned_date": dt.date(2031, 5, 1),
                "host_side": "A",
                "status": "planned",
                "venue_en": venue,
            },
        )
        team = create_team(db, {"code": "TOU", "name_en": "Tourism", "name_ko": "관광"})
        create_plan(
            db,
            {
                "conference_id": conference.id,
                "team_id": team.id,
                "title_ko": title,
                "origin": "A",
                "horizon": "near",
            },
        )
        return conference.id
    finally:
        db.close()


def _conferences_numbered(records: dict[str, dict[str, Any]], number: int) -> list[str]:
    return [key for key, values in records["conference"].items() if values["number"] == number]


def test_a_conference_and_team_made_on_both_sides_become_one_under_the_smaller_id(
    two_sites: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, partner = two_sites
    ours = _add_conference_team_and_plan(office, "City Hall", "Plan of A")
    theirs = _add_conference_team_and_plan(partner, "Harbour Hall", "Plan of B")
    capsys.readouterr()
    # The venues differ: a conflict, listed, and nothing written.
    assert send(partner, office, tmp_path / "b1.secx") == 1
    listed = capsys.readouterr().err
    assert "venue_en" in listed and "City Hall" in listed and "Harbour Hall" in listed
    assert send(partner, office, tmp_path / "b1.secx", "--conflicts", "ours") == 0
    assert send(office, partner, tmp_path / "a1.secx") == 0
    assert send(partner, office, tmp_path / "b2.secx") == 0
    held = records_at(office)
    assert held == records_at(partner)
    kept = min(ours, theirs).hex
    assert _conferences_numbered(held, 9) == [kept]
    assert held["conference"][kept]["venue_en"] == "City Hall"
    tourism = [key for key, values in held["team"].items() if values["code"] == "TOU"]
    assert len(tourism) == 1
    plans = [values for values in held["plan"].values() if values["conference_id"] == kept]
    assert sorted(plan["title_ko"] for plan in plans) == ["Plan of A", "Plan of B"]
    assert {plan["team_id"] for plan in plans} == set(tourism)
    assert sorted(plan["seq"] for plan in plans) == [1, 2]  # one number each


def test_a_plan_made_under_the_old_id_after_the_merge_is_read_under_the_kept_one(
    two_sites: tuple[Path, Path], tmp_path: Path
) -> None:
    """The side whose id is kept learns of the other's id first; the other goes on making
    plans under its own id until the first side's file reaches it."""
    from secretariat.services.plans import create_plan
    from secretariat.services.teams import list_teams

    office, partner = two_sites
    ours = _add_conference_team_and_plan(office, "Hall", "Plan of A")
    theirs = _add_conference_team_and_plan(partner, "Hall", "Plan of B")
    keeper, other = (office, partner) if ours < theirs else (partner, office)
    assert send(other, keeper, tmp_path / "1.secx") == 0  # the keeper aliases the other id
    db = open_database(other)  # still under its own id there
    try:
        team = next(team for team in list_teams(db) if team.code == "ECO")
        create_plan(
            db,
            {
                "conference_id": max(ours, theirs),
                "team_id": team.id,
                "title_ko": "Later plan",
                "origin": "B",
                "horizon": "near",
            },
        )
    finally:
        db.close()
    assert send(other, keeper, tmp_path / "2.secx") == 0
    assert send(keeper, other, tmp_path / "3.secx") == 0
    assert send(other, keeper, tmp_path / "4.secx") == 0
    held = records_at(keeper)
    assert held == records_at(other)
    later = [values for values in held["plan"].values() if values["title_ko"] == "Later plan"]
    assert [plan["conference_id"] for plan in later] == [min(ours, theirs).hex]


@pytest.mark.postgres
def test_on_postgresql_the_record_moves_under_the_kept_id_with_its_plans(
    demo_template: Path, tmp_path: Path, pg_url: str
) -> None:
    """The server enforces its foreign keys at every statement: the move is made in an
    order they accept (a copy under the kept id, the references, then the old one)."""
    laptop = tmp_path / "laptop.db"
    shutil.copyfile(demo_template, laptop)
    assert run("--db", pg_url, "init") == 0
    office: Path = pg_url  # type: ignore[assignment]
    make_sites(tmp_path, laptop, office)
    assert send(laptop, office, tmp_path / "1.secx") == 0
    on_laptop = _add_conference_team_and_plan(laptop, "Hall", "Plan of the laptop")
    at_office = _add_conference_team_and_plan(office, "Hall", "Plan of the office")
    assert send(laptop, office, tmp_path / "2.secx") == 0
    assert send(office, laptop, tmp_path / "3.secx") == 0
    assert send(laptop, office, tmp_path / "4.secx") == 0
    held = records_at(laptop)
    assert held == records_at(office)
    kept = min(on_laptop, at_office).hex
    assert _conferences_numbered(held, 9) == [kept]
    titles = {
        values["title_ko"] for values in held["plan"].values() if values["conference_id"] == kept
    }
    assert titles == {"Plan of the laptop", "Plan of the office"}
