"""reciprocity_by_team: one pass over the activities gives what reciprocity gives per team."""

from __future__ import annotations

from datetime import date

from secretariat import indicators
from secretariat.db import Database
from secretariat.services import teams


def test_equals_reciprocity_of_the_committee_and_of_each_team(demo_db: Database) -> None:
    by_team = indicators.reciprocity_by_team(demo_db)
    codes = [team.code for team in teams.list_teams(demo_db)]
    assert set(by_team) == {None, *codes}
    assert by_team[None] == indicators.reciprocity(demo_db)
    for code in codes:
        assert by_team[code] == indicators.reciprocity(demo_db, team=code), code
    assert by_team[None].total["a_to_b"].count > 0


def test_a_period_and_a_team_without_activities(demo_db: Database) -> None:
    since, until = date(2018, 1, 1), date(2019, 12, 31)
    by_team = indicators.reciprocity_by_team(demo_db, since=since, until=until)
    assert by_team[None] == indicators.reciprocity(demo_db, since=since, until=until)
    assert by_team["ECO"] == indicators.reciprocity(demo_db, since=since, until=until, team="ECO")
    # HEA starts at the 5th conference (2025): nothing in 2018-19, every share empty.
    assert by_team["HEA"].by_category == {}
    assert {share.count for share in by_team["HEA"].total.values()} == {0}
