"""The plan list's filter and search: every language, literal user text, the index on SQLite."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from secretariat.db import Database
from secretariat.models import Horizon, Origin, Plan, PlanStatus
from secretariat.services import plan_query, plans
from secretariat.services.plan_query import PlanFilter
from secretariat.text import fold
from tests.builders import Committee, small_committee


@pytest.fixture
def built(db: Database) -> Committee:
    committee = small_committee(db)
    committee.plan(
        1, "ECO", "무역 박람회", title_en="Trade fair", description_zh="每年举办的贸易博览会"
    )
    committee.plan(1, "ECO", "투자 포럼", title_en="Investment forum", origin="A")
    committee.plan(
        2, "ENV", "대기 질 공동 연구", title_en="Joint air quality study", horizon="long"
    )
    committee.plan(2, "ECO", "100% 재생 에너지", title_en="100% renewable_energy pilot")
    return committee


def titles(db: Database, plan_filter: PlanFilter) -> list[str]:
    ids = plan_query.find_plan_ids(db, plan_filter)
    with db.read() as session:
        by_id = {plan.id: plan.title_en for plan in session.scalars(select(Plan))}
    return [by_id[key] for key in ids]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("forum", ["Investment forum"]),
        ("FORUM", ["Investment forum"]),  # folded
        ("포럼", ["Investment forum"]),  # two characters: plain LIKE
        ("박람회", ["Trade fair"]),  # three or more: the trigram index
        ("贸易博览", ["Trade fair"]),  # a description, in Chinese
        ("대", ["Joint air quality study"]),
        ("joint study", ["Joint air quality study"]),  # every term, in any order
        ("100%", ["100% renewable_energy pilot"]),  # % taken literally
        ("0%", ["100% renewable_energy pilot"]),
        ("e_e", ["100% renewable_energy pilot"]),  # _ taken literally
        ("y_e", []),
        ('"fair', []),  # a quote cannot break the FTS phrase
        ("nothing like this", []),
        (
            "   ",
            [
                "Trade fair",
                "Investment forum",
                "100% renewable_energy pilot",
                "Joint air quality study",
            ],
        ),
    ],
)
def test_search_finds_text_in_every_language(
    built: Committee, search: str, expected: list[str]
) -> None:
    assert titles(built.db, PlanFilter(search=search)) == expected


def test_search_uses_the_trigram_index_from_two_characters(built: Committee) -> None:
    long_term = str(plan_query.term_condition("박람회", "sqlite"))
    two_characters = str(plan_query.term_condition("포럼", "sqlite"))
    one_character = str(plan_query.term_condition("럼", "sqlite"))
    elsewhere = str(plan_query.term_condition("박람회", "postgresql"))
    assert "plan_search" in long_term and "MATCH" in long_term
    assert "plan_search_vocab" in two_characters and "MATCH" in two_characters
    assert "plan_search" not in one_character and "LIKE" in one_character
    assert "plan_search" not in elsewhere


def test_filters_combine_and_count(built: Committee) -> None:
    db = built.db
    eco = built.teams["ECO"].id
    first = built.conferences[1].id
    assert titles(db, PlanFilter(team_id=eco)) == [
        "Trade fair",
        "Investment forum",
        "100% renewable_energy pilot",
    ]
    assert titles(db, PlanFilter(conference_id=first, origin=Origin.A)) == ["Investment forum"]
    assert titles(db, PlanFilter(horizon=Horizon.long)) == ["Joint air quality study"]
    assert titles(db, PlanFilter(status=PlanStatus.dropped)) == []
    assert plan_query.count_plans(db) == 4
    assert plan_query.count_plans(db, PlanFilter(team_id=eco, search="fair")) == 1
    assert PlanFilter(search="  ").is_empty()
    assert not PlanFilter(team_id=eco).is_empty()


def test_search_follows_edits(built: Committee) -> None:
    db = built.db
    (plan_id,) = plan_query.find_plan_ids(db, PlanFilter(search="forum"))
    plans.update_plan(db, plan_id, {"title_zh": "投资论坛"})
    assert plan_query.find_plan_ids(db, PlanFilter(search="投资论坛")) == [plan_id]
    plans.delete_plan(db, plan_id)
    assert plan_query.find_plan_ids(db, PlanFilter(search="forum")) == []


def test_rows_query_reads_what_the_list_shows(built: Committee) -> None:
    db = built.db
    ids = plan_query.find_plan_ids(db, PlanFilter())
    with db.read() as session:
        rows = session.execute(plan_query.plan_rows_query(ids, ("ko", "zh"))).mappings().all()
    first = next(row for row in rows if row["id"] == ids[0])
    assert (
        plan_query.reference(first["conference_number"], first["team_code"], first["seq"])
        == "1-ECO-01"
    )
    assert first["title_ko"] == "무역 박람회"
    assert first["team_id"] == built.teams["ECO"].id
    assert str(first["conference_date"]) == "2013-05-14"
    assert "title_en" not in first


def test_teams_at_a_conference(built: Committee) -> None:
    first = [team.code for team in plan_query.teams_at(built.db, built.conferences[1].id)]
    second = [team.code for team in plan_query.teams_at(built.db, built.conferences[2].id)]
    assert (first, second) == (["ECO"], ["ECO", "ENV"])


def test_history_entries_name_the_meeting(built: Committee) -> None:
    from secretariat.services import meetings
    from secretariat.services.plans import StatusUpdate

    db = built.db
    (plan_id,) = plan_query.find_plan_ids(db, PlanFilter(search="trade fair"))
    meeting, _changes = meetings.log_meeting(
        db,
        {"held_on": "2014-02-03", "kind": "video_call"},
        status_updates=[StatusUpdate(plan_id, PlanStatus.in_progress, "시작")],
    )
    newest, first = plan_query.history_entries(db, plan_id)
    assert (newest.from_status, newest.to_status, newest.note) == ("agreed", "in_progress", "시작")
    assert (newest.meeting_id, str(newest.meeting_held_on), newest.meeting_kind) == (
        meeting.id,
        "2014-02-03",
        "video_call",
    )
    assert (first.from_status, first.to_status, first.meeting_id) == (None, "agreed", None)


def test_lineage_runs_both_ways(built: Committee) -> None:
    db = built.db
    (old,) = plan_query.find_plan_ids(db, PlanFilter(search="trade fair"))
    assert plan_query.lineage_entries(db, old, ("ko", "zh")) == []
    (middle,) = plans.carry_over(db, [old])
    (newest,) = plans.carry_over(db, [middle.id])
    chain = plan_query.lineage_entries(db, middle.id, ("ko", "zh"))
    assert [(entry.ref, entry.is_current) for entry in chain] == [
        ("1-ECO-01", False),
        ("2-ECO-02", True),
        ("3-ECO-01", False),
    ]
    assert chain[-1].plan_id == newest.id
    assert chain[0].title == "무역 박람회"


def test_search_text_is_folded_like_the_query(db: Database) -> None:
    small = small_committee(db)
    small.plan(1, "ECO", "ＡＢＣ 전각 글자")  # full-width letters fold to "abc"
    assert plan_query.count_plans(db, PlanFilter(search="ABC")) == 1
    assert plan_query.count_plans(db, PlanFilter(search=fold("ａｂｃ"))) == 1


def test_the_list_reads_ids_from_the_covering_index(demo_db: Database) -> None:
    from sqlalchemy import String, type_coerce
    from sqlmodel import col

    from secretariat.models import PlanStatus

    query = plan_query.plan_ids_query(
        PlanFilter(status=PlanStatus.in_progress), "sqlite", type_coerce(col(Plan.id), String)
    ).order_by(*plan_query.REFERENCE_ORDER)
    compiled = query.compile(demo_db.engine)
    parameters = tuple(compiled.params[name] for name in compiled.positiontup or ())
    with demo_db.engine.connect() as connection:
        steps = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", parameters).all()
    assert any("COVERING INDEX ix_plan_list" in step[-1] for step in steps), steps


@pytest.mark.parametrize("search", ["forum", "fair", "대기", "pilot 100%", "joint study", "zzz"])
def test_search_index_in_reference_order_matches_the_plan_query(
    built: Committee, search: str
) -> None:
    """The Plans list's quick path (index answers ordered in memory) shows what SQL shows."""
    db = built.db
    searched = plan_query.search_only_rowids(PlanFilter(search=search), db.dialect)
    assert searched is not None
    with db.read() as session:
        reference = plan_query.read_reference_order(session)
        rowids = session.connection().execute(searched).scalars().all()
    assert list(reference.keys) == plan_query.find_plan_ids(db, PlanFilter())
    assert reference.ordered(rowids) == plan_query.find_plan_ids(db, PlanFilter(search=search))


def test_search_index_alone_only_for_a_search_it_can_answer(built: Committee) -> None:
    eco = built.teams["ECO"].id
    assert plan_query.search_only_rowids(PlanFilter(), "sqlite") is None
    assert plan_query.search_only_rowids(PlanFilter(search="a fair"), "sqlite") is None  # "a"
    assert plan_query.search_only_rowids(PlanFilter(team_id=eco, search="fair"), "sqlite") is None
    assert plan_query.search_only_rowids(PlanFilter(search="fair"), "postgresql") is None


def test_reference_order_does_not_guess_a_plan_added_since(built: Committee) -> None:
    db = built.db
    with db.read() as session:
        reference = plan_query.read_reference_order(session)
    built.plan(2, "ENV", "새 계획", title_en="New forum")
    searched = plan_query.search_only_rowids(PlanFilter(search="forum"), db.dialect)
    assert searched is not None
    with db.read() as session:
        rowids = session.connection().execute(searched).scalars().all()
    assert len(rowids) == 2
    assert reference.ordered(rowids) is None  # the caller reads the order again
