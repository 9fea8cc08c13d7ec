"""Conferences, teams, MOUs, activities and the committee profile: validation and deletion."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.db import Database
from secretariat.errors import InUseError, ValidationError
from secretariat.models import ConferenceStatus
from secretariat.services import activities, committee, conferences, mous, records, teams
from tests.builders import small_committee


def test_profile_is_one_record_with_two_different_languages(db: Database) -> None:
    small_committee(db)
    profile = committee.save_profile(db, {"language_a": "ko", "language_b": "ja"})
    assert committee.working_languages(db) == ("ko", "ja")
    assert committee.get_profile(db).id == profile.id
    with pytest.raises(ValidationError, match="language_b"):
        committee.save_profile(db, {"language_b": "ko"})
    with pytest.raises(ValidationError, match="language_a: one of en, ko, zh, ja"):
        committee.save_profile(db, {"language_a": "fr"})


def test_conference_numbers_are_unique_and_held_needs_a_date(db: Database) -> None:
    small_committee(db)
    with pytest.raises(ValidationError, match="number: a number no other conference has"):
        conferences.create_conference(
            db, {"number": 2, "planned_date": "2016-01-01", "host_side": "A", "status": "planned"}
        )
    with pytest.raises(ValidationError, match="held_date"):
        conferences.create_conference(
            db, {"number": 4, "planned_date": "2021-05-18", "host_side": "B", "status": "held"}
        )
    with pytest.raises(ValidationError, match="host_side: one of A, B"):
        conferences.create_conference(
            db, {"number": 4, "planned_date": "2021-05-18", "host_side": "C", "status": "planned"}
        )


def test_postponement_keeps_history_and_reason(db: Database) -> None:
    built = small_committee(db)
    third = built.conferences[3]
    conferences.postpone(
        db,
        third.id,
        new_date="2019-05-01",
        reasons={"ko": "양측 일정 조정", "zh": "双方日程调整"},
        decided_on="2018-09-01",
    )
    moved = conferences.get_by_number(db, 3)
    assert (moved.status, moved.planned_date) == (ConferenceStatus.postponed, date(2019, 5, 1))
    assert moved.postponement_reason_zh == "双方日程调整"
    (entry,) = conferences.postponements(db, third.id)
    assert (entry.previous_date, entry.new_date) == (date(2018, 11, 8), date(2019, 5, 1))
    with pytest.raises(ValidationError, match="reason"):
        conferences.postpone(db, third.id, new_date=None, reasons={"ja": "理由"})
    with pytest.raises(ValidationError, match="status: a planned or postponed conference"):
        conferences.postpone(db, built.conferences[1].id, new_date=None, reasons={"ko": "x"})


def test_team_codes_are_checked(db: Database) -> None:
    small_committee(db)
    with pytest.raises(ValidationError, match="code: a code no other team has"):
        teams.create_team(db, {"code": "eco", "name_ko": "경제2"})
    with pytest.raises(ValidationError, match="code: 1–16 capital letters"):
        teams.create_team(db, {"code": "Health & Medical", "name_ko": "보건"})
    team = teams.create_team(db, {"code": "hea", "name_zh": "卫生"})
    assert team.code == "HEA"


def test_a_conference_in_use_cannot_be_deleted(db: Database) -> None:
    built = small_committee(db)
    built.plan(1, "ECO")
    with pytest.raises(InUseError, match="1 plan"):
        records.delete(db, conferences.CONFERENCE, built.conferences[1].id)
    values = records.delete(db, conferences.CONFERENCE, built.conferences[3].id)
    restored = records.restore(db, conferences.CONFERENCE, values)
    assert restored.id == built.conferences[3].id
    assert conferences.get_by_number(db, 3).created_at == values["created_at"]


def test_mou_rules_and_teams(db: Database) -> None:
    built = small_committee(db)
    with pytest.raises(ValidationError, match="signed_on"):
        mous.create_mou(db, {"title_ko": "환경 협력", "status": "signed"})
    with pytest.raises(ValidationError, match="expires_on"):
        mous.create_mou(
            db,
            {
                "title_ko": "환경",
                "status": "signed",
                "signed_on": "2015-10-21",
                "expires_on": "2015-01-01",
            },
        )
    mou = mous.create_mou(
        db,
        {"title_zh": "环境合作备忘录", "status": "signed", "signed_on": "2015-10-21"},
        team_ids=[built.teams["ENV"].id, built.teams["ENV"].id],
    )
    assert mous.teams_of_mou(db, mou.id) == [built.teams["ENV"].id]
    _updated, previous = mous.update_mou(db, mou.id, {}, team_ids=[built.teams["ECO"].id])
    assert previous["team_ids"] == [built.teams["ENV"].id]


def test_activity_rules(db: Database) -> None:
    built = small_committee(db)
    plan = built.plan(2, "ENV")
    base = {
        "held_on": "2016-01-05",
        "category": "youth",
        "direction": "a_to_b",
        "description_ko": "방문",
    }
    with pytest.raises(ValidationError, match="participants"):
        activities.create_activity(db, {**base, "participants": -3})
    with pytest.raises(ValidationError, match="direction: one of a_to_b, b_to_a, joint"):
        activities.create_activity(db, {**base, "direction": "sideways"})
    with pytest.raises(ValidationError, match="plan_id: a plan of the activity's team"):
        activities.create_activity(
            db, {**base, "team_id": built.teams["ECO"].id, "plan_id": plan.id}
        )
    with pytest.raises(ValidationError, match="description"):
        activities.create_activity(db, {**base, "description_ko": ""})
    created = activities.create_activity(
        db, {**base, "team_id": built.teams["ENV"].id, "plan_id": plan.id}
    )
    assert created.participants == 0
