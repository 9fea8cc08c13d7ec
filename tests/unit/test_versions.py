"""No lost edits: a save against a version someone else has changed since is refused, naming
who changed what; two writers of one version cannot both win."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from secretariat.db import Database, open_database
from secretariat.errors import ConflictError
from secretariat.models import Plan
from secretariat.services import plans, teams


def test_each_saved_edit_adds_one_to_the_version(demo_db: Database) -> None:
    team = teams.list_teams(demo_db)[0]
    assert team.version == 1
    edited, _ = teams.update_team(demo_db, team.id, {"name_en": "Economy and Trade"})
    assert edited.version == 2


def test_a_stale_save_is_refused_naming_who_changed_what(demo_db: Database) -> None:
    team = teams.list_teams(demo_db)[0]  # both opened it at version 1
    demo_db.set_author("Kim Minji")
    teams.update_team(demo_db, team.id, {"name_en": "Economy and Trade", "version": 1})
    demo_db.set_author("Park Jiho")
    with pytest.raises(ConflictError, match=r"changed by Kim Minji at .* since you opened it") as e:
        teams.update_team(demo_db, team.id, {"name_ko": "경제통상", "version": 1})
    assert (e.value.seen, e.value.version) == (1, 2)
    assert e.value.theirs == {"name_en": "Economy and Trade"}
    assert teams.list_teams(demo_db)[0].name_ko == team.name_ko  # nothing saved
    # Having seen theirs, saving against the version now is the user's deliberate choice.
    saved, _ = teams.update_team(demo_db, team.id, {"name_ko": "경제통상", "version": 2})
    assert (saved.name_en, saved.name_ko, saved.version) == ("Economy and Trade", "경제통상", 3)


def test_a_plan_edit_checks_the_version_too(demo_db: Database) -> None:
    with demo_db.read() as session:
        plan = session.scalars(select(Plan)).first()
    assert plan is not None
    plans.update_plan(demo_db, plan.id, {"title_en": "Theirs", "version": plan.version})
    with pytest.raises(ConflictError, match="title_en"):
        plans.update_plan(demo_db, plan.id, {"title_en": "Mine", "version": plan.version})
    assert plans.get_plan(demo_db, plan.id).title_en == "Theirs"


def test_two_processes_saving_one_version_cannot_both_win(demo_db: Database) -> None:
    """Two connections (two windows, or two processes on one file) load the same version;
    the one that writes second matches no row and is refused."""
    other = open_database(demo_db.describe())
    try:
        team = teams.list_teams(demo_db)[0]
        with demo_db.write() as mine, other.write() as theirs:
            mine_team = mine.get(type(team), team.id)
            their_team = theirs.get(type(team), team.id)
            assert mine_team is not None and their_team is not None
            mine_team.name_en = "Mine"
            mine.flush()
            mine.commit()
            their_team.name_en = "Theirs"
            with pytest.raises(Exception, match="expected to update 1 row"):
                theirs.flush()
            theirs.rollback()
    finally:
        other.close()
    assert teams.list_teams(demo_db)[0].name_en == "Mine"


def test_a_race_lost_inside_one_save_is_a_conflict(demo_db: Database) -> None:
    other = open_database(demo_db.describe())
    try:
        team = teams.list_teams(demo_db)[0]
        with pytest.raises(ConflictError, match="while you saved it"), demo_db.write() as session:
            mine = session.get(type(team), team.id)
            assert mine is not None
            teams.update_team(other, team.id, {"name_en": "Theirs"})  # in between
            mine.name_en = "Mine"
    finally:
        other.close()
    assert teams.list_teams(demo_db)[0].name_en == "Theirs"
