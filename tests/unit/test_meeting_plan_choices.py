"""The meeting form's type-ahead: plans by reference, title in any language, team."""

from __future__ import annotations

import pytest

from secretariat.db import Database
from secretariat.services import meetings
from tests.builders import Committee, small_committee


@pytest.fixture
def built(db: Database) -> Committee:
    committee = small_committee(db)
    committee.plan(1, "ECO", "청년 창업 포럼", title_en="Youth start-up forum")
    committee.plan(1, "ECO", "관광 박람회", title_zh="旅游博览会")
    committee.plan(2, "ENV", "대기 질 공동 연구", title_en="Joint air quality study")
    committee.plan(2, "ECO", "무역 포럼 100%")
    return committee


def refs(db: Database, text: str, **options) -> list[str]:
    return [choice.ref for choice in meetings.plan_choices(db, text, **options)]


def test_titles_in_every_language_and_case(built: Committee) -> None:
    assert refs(built.db, "FORUM") == ["1-ECO-01"]
    assert refs(built.db, "博览") == ["1-ECO-02"]
    assert refs(built.db, "포럼") == ["2-ECO-01", "1-ECO-01"]
    assert refs(built.db, "포럼 청년") == ["1-ECO-01"]
    assert refs(built.db, "100%") == ["2-ECO-01"]
    assert refs(built.db, "   ") == []


def test_references_and_team_codes(built: Committee) -> None:
    assert refs(built.db, "1-ECO-02") == ["1-ECO-02"]
    assert refs(built.db, "2-e") == ["2-ECO-01", "2-ENV-01"]
    assert refs(built.db, "env") == ["2-ENV-01"]
    assert refs(built.db, "1-eco-0") == ["1-ECO-01", "1-ECO-02"]  # typing "1-ECO-02"
    assert refs(built.db, "1-eco-2") == ["1-ECO-02"]


def test_limited_to_teams_and_without_excluded_plans(built: Committee) -> None:
    eco, env = built.teams["ECO"].id, built.teams["ENV"].id
    assert refs(built.db, "2", team_ids=[env]) == ["2-ENV-01"]
    first = meetings.plan_choices(built.db, "포럼", team_ids=[eco])[0]
    assert refs(built.db, "포럼", exclude=[first.plan_id]) == ["1-ECO-01"]
    assert first.titles["ko"] == "무역 포럼 100%"
    assert refs(built.db, "포럼", limit=1) == ["2-ECO-01"]
