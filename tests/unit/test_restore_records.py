"""Undo of deletes for MOUs (with their teams), teams and activities: the record comes back
exactly, and a team still referred to is refused with a message saying by what."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.db import Database
from secretariat.errors import InUseError
from secretariat.services import activities, mous, teams
from tests.builders import small_committee


def test_deleted_mou_comes_back_with_its_teams(db: Database) -> None:
    built = small_committee(db)
    team_ids = [built.teams["ECO"].id, built.teams["ENV"].id]
    mou = mous.create_mou(
        db,
        {"title_ko": "환경 협력", "status": "signed", "signed_on": "2015-10-21"},
        team_ids=team_ids,
    )
    snapshot = mous.delete_mou(db, mou.id)
    assert mous.list_mous(db) == []
    restored = mous.restore_mou(db, snapshot)
    assert restored.id == mou.id
    assert (restored.title_ko, restored.signed_on) == ("환경 협력", date(2015, 10, 21))
    assert restored.created_at == mou.created_at
    assert sorted(mous.teams_of_mou(db, mou.id)) == sorted(team_ids)


def test_team_delete_is_refused_while_plans_refer_and_undone_otherwise(db: Database) -> None:
    built = small_committee(db)
    built.plan(1, "ECO")
    with pytest.raises(InUseError, match="1 plan still refer to it"):
        teams.delete_team(db, built.teams["ECO"].id)
    environment = built.teams["ENV"]
    snapshot = teams.delete_team(db, environment.id)
    assert [team.code for team in teams.list_teams(db)] == ["ECO"]
    restored = teams.restore_team(db, snapshot)
    assert (restored.id, restored.name_zh) == (environment.id, "环境")
    assert restored.start_conference_id == built.conferences[2].id


def test_deleted_activity_comes_back(db: Database) -> None:
    built = small_committee(db)
    activity = activities.create_activity(
        db,
        {
            "held_on": "2016-04-02",
            "team_id": built.teams["ECO"].id,
            "category": "economy",
            "direction": "a_to_b",
            "participants": 12,
            "description_zh": "经济考察团",
        },
    )
    snapshot = activities.delete_activity(db, activity.id)
    assert activities.list_activities(db) == []
    activities.restore_activity(db, snapshot)
    (back,) = activities.list_activities(db)
    assert (back.id, back.participants, back.description_zh) == (activity.id, 12, "经济考察团")
