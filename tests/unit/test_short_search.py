"""Two-character search terms come from the trigram index and find exactly what LIKE finds,
wherever the term stands in the text (start, middle, very end), in every script."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from secretariat.db import Database
from secretariat.models import Plan
from secretariat.services.plan_query import PlanFilter, find_plan_ids, like_pattern
from secretariat.text import fold
from tests.builders import small_committee


def by_like(db: Database, term: str) -> set:
    with db.read() as session:
        query = select(Plan.id).where(Plan.search_text.like(like_pattern(fold(term)), escape="\\"))
        return set(session.scalars(query))


@pytest.fixture
def searchable(db: Database) -> Database:
    built = small_committee(db)
    for title_ko, title_zh in [
        ("대기 환경", "空气环境"),  # the term at the very end of a line
        ("환경 정책 협의", "环境政策协商"),  # at the start
        ("녹색 환경도시", "绿色环境城市"),  # in the middle
        ("교육 교류", "教育交流"),
        ("AB test", "ab"),  # a whole text of two characters
    ]:
        built.plan(1, "ECO", title_ko=title_ko, title_zh=title_zh)
    return db


@pytest.mark.parametrize("term", ["환경", "环境", "교류", "流", "ab", "AB", "정책", "xz", "%_"])
def test_two_character_terms_match_like(searchable: Database, term: str) -> None:
    found = set(find_plan_ids(searchable, PlanFilter(search=term)))
    assert found == by_like(searchable, term)


def test_the_index_answers_two_character_terms(searchable: Database) -> None:
    assert len(find_plan_ids(searchable, PlanFilter(search="환경"))) == 3
    assert len(find_plan_ids(searchable, PlanFilter(search="城市"))) == 1
    assert find_plan_ids(searchable, PlanFilter(search="없음")) == []


def test_every_search_text_ends_with_a_line_break(searchable: Database) -> None:
    with searchable.read() as session:
        endings = set(session.scalars(select(func.substr(Plan.search_text, -1))))
    assert endings == {"\n"}
