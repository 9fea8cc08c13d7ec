"""`secretariat list KIND`: every kind with every described field, filters that combine, the
plan search by reference (shared with the Plans page), and one clear line for a bad filter."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from sqlalchemy import select

from secretariat import cli
from secretariat.db import Database
from secretariat.kinds import FieldType, kind_named
from secretariat.listing import KIND_NAMES, format_table, list_records
from secretariat.models import LANGUAGES, Plan
from secretariat.services import plan_query
from secretariat.services.plan_query import PlanFilter
from secretariat.services.plans import plan_ref
from tests.builders import small_committee


def listed(
    db: Database, capsys: pytest.CaptureFixture[str], *args: str, as_json: bool = True
) -> Any:
    code = cli.main(["--db", db.describe(), "list", *args, *(["--json"] if as_json else [])])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_OK, err
    assert err == ""
    return json.loads(out) if as_json else out


def keys(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    return [row["key"] for row in listed(db, capsys, *args)]


def refused(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = cli.main(["--db", db.describe(), "list", *args])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_ERROR
    assert out == ""
    assert err.count("\n") == 1, err
    return err


def test_the_command_line_takes_every_kind() -> None:
    assert cli.LIST_KINDS == KIND_NAMES


@pytest.mark.parametrize("kind_name", KIND_NAMES)
def test_every_kind_lists_every_field_of_its_description(
    demo_db: Database, capsys: pytest.CaptureFixture[str], kind_name: str
) -> None:
    kind = kind_named(kind_name)
    if kind_name == "edits":  # the demo is not anyone's edit: make two
        from secretariat.services import teams

        team = teams.list_teams(demo_db)[0]
        teams.update_team(demo_db, team.id, {"name_en": "Economy and Trade", "sort_order": 9})
    rows = listed(demo_db, capsys, kind_name)
    assert rows
    described = {"key", "id", "version", *(spec.name for spec in kind.fields)}
    for row in rows:
        assert set(row) == described
        assert isinstance(row["key"], str) and row["key"]
        for spec in kind.fields:
            value = row[spec.name]
            if spec.datatype is FieldType.TEXTS:
                assert set(value) == set(LANGUAGES)
            elif spec.datatype is FieldType.REFERENCES:
                assert isinstance(value, list)
    assert len({row["key"] for row in rows}) == len(rows)  # natural keys tell them apart
    table = listed(demo_db, capsys, kind_name, as_json=False)
    assert table.splitlines()[0].startswith(kind.label.en)
    assert len(table.splitlines()) == len(rows) + 2


def test_values_are_plain_and_references_are_natural_keys(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_db.read() as session:
        expected_refs = {
            str(plan.id): plan_ref(session, plan) for plan in session.scalars(select(Plan))
        }
    plans = listed(demo_db, capsys, "plans")
    assert all(expected_refs[row["id"]] == row["key"] for row in plans)
    plan = next(row for row in plans if row["key"] == "5-ECO-01")
    assert (plan["conference"], plan["team"], plan["seq"]) == ("5", "ECO", 1)
    assert plan["status"] == "in_progress" and plan["continues"] == "4-ECO-01"
    assert plan["title"]["ko"] and plan["due_date"] == "2030-12-31"

    history = listed(demo_db, capsys, "history", "--conference", "5", "--team", "ECO")
    change = next(row for row in history if row["meeting"])
    assert change["key"] == f"{change['plan']} {change['changed_on']} {change['to_status']}"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \w+( [A-Z,]+)?", change["meeting"])

    meeting = next(row for row in listed(demo_db, capsys, "meetings") if row["teams"])
    assert meeting["key"] == f"{meeting['held_on']} {meeting['kind']} {','.join(meeting['teams'])}"
    assert [row["key"] for row in listed(demo_db, capsys, "conferences")] == list("123456")
    teams = listed(demo_db, capsys, "teams")
    assert [row["key"] for row in teams] == ["ECO", "CUL", "EDU", "ENV", "HEA"]
    assert teams[0]["start_conference"] == "1" and teams[0]["active"] is True


def test_filters_apply_and_combine(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    fifth_eco = keys(demo_db, capsys, "plans", "--conference", "5", "--team", "eco")
    assert fifth_eco and all(key.startswith("5-ECO-") for key in fifth_eco)
    in_progress = listed(demo_db, capsys, "plans", "--conference", "5", "--status", "In progress")
    assert in_progress and {row["status"] for row in in_progress} == {"in_progress"}
    assert {row["conference"] for row in in_progress} == {"5"}
    both = keys(demo_db, capsys, "plans", "--team", "ECO", "--status", "in_progress")
    assert set(both) < set(keys(demo_db, capsys, "plans", "--team", "ECO"))

    history = listed(demo_db, capsys, "history", "--conference", "5", "--team", "ECO")
    assert {row["plan"] for row in history} == set(fifth_eco)
    eco_meetings = listed(demo_db, capsys, "meetings", "--team", "ECO")
    assert eco_meetings and all("ECO" in row["teams"] for row in eco_meetings)
    third = listed(demo_db, capsys, "meetings", "--conference", "3", "--team", "ECO")
    assert {row["conference"] for row in third} == {"3"} and len(third) < len(eco_meetings)
    mous = listed(demo_db, capsys, "mous", "--conference", "1", "--status", "signed")
    assert mous and all(row["conference"] == "1" and row["status"] == "signed" for row in mous)
    assert keys(demo_db, capsys, "conferences", "--conference", "3") == ["3"]
    held = listed(demo_db, capsys, "conferences", "--status", "Held")
    assert held and {row["status"] for row in held} == {"held"}
    assert keys(demo_db, capsys, "teams", "--team", "cul") == ["CUL"]
    activities = listed(demo_db, capsys, "activities", "--team", "ENV")
    assert activities and {row["team"] for row in activities} == {"ENV"}


def test_search_finds_plans_by_reference_and_by_text(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    every = keys(demo_db, capsys, "plans")
    assert keys(demo_db, capsys, "plans", "--search", "5-ECO-01") == ["5-ECO-01"]
    assert keys(demo_db, capsys, "plans", "--search", "5-eco-1") == ["5-ECO-01"]
    same_number = [key for key in every if key.endswith("-ECO-01")]
    assert len(same_number) > 1
    assert keys(demo_db, capsys, "plans", "--search", "ECO-01") == same_number
    assert keys(demo_db, capsys, "plans", "--search", "ECO-01", "--conference", "3") == ["3-ECO-01"]
    forum = plan_query.find_plan_ids(demo_db, PlanFilter(search="forum"))
    assert [row["id"] for row in listed(demo_db, capsys, "plans", "--search", "Forum")] == [
        str(plan_id) for plan_id in forum
    ]
    assert keys(demo_db, capsys, "plans", "--search", "9-ECO-01") == []
    found = listed(demo_db, capsys, "meetings", "--search", "투자")
    assert found and all("투자" in row["outcomes"]["ko"] for row in found)


@pytest.mark.parametrize(
    "search", ["5-ECO-01", "eco-01", "ECO-01 5-eco-01", "eco-01 forum", "forum", "hea-2"]
)
def test_the_index_answers_a_reference_as_the_query_does(demo_db: Database, search: str) -> None:
    """The Plans page's quick path (the search index and the reference, no plan rows read)
    finds the plans the full query finds."""
    searched = plan_query.search_only_rowids(PlanFilter(search=search), demo_db.dialect)
    assert searched is not None
    with demo_db.read() as session:
        rowids = session.connection().execute(searched).scalars().all()
        reference = plan_query.read_reference_order(session)
    expected = plan_query.find_plan_ids(demo_db, PlanFilter(search=search))
    assert reference.ordered(rowids) == expected
    assert plan_query.count_plans(demo_db, PlanFilter(search=search)) == len(expected)


def test_a_reference_shaped_word_still_finds_its_text(db: Database) -> None:
    built = small_committee(db)
    pilot = built.plan(1, "ECO", "무역", title_en="Phase-2 pilot of the port")
    second = built.plan(1, "ECO", "투자")  # 1-ECO-02
    found = plan_query.find_plan_ids(db, PlanFilter(search="phase-2"))
    assert found == [pilot.id]
    assert plan_query.find_plan_ids(db, PlanFilter(search="eco-2")) == [second.id]
    assert plan_query.find_plan_ids(db, PlanFilter(search="env-1")) == []


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("teams", "--status", "agreed"), "--status"),
        (("activities", "--conference", "3"), "--conference"),
        (("conferences", "--team", "ECO"), "--team"),
        (("plans", "--status", "finished"), "--status"),
        (("plans", "--conference", "99"), "conference 99"),
        (("mous", "--team", "XYZ"), "team XYZ"),
    ],
)
def test_a_bad_filter_fails_with_one_line_naming_it(
    demo_db: Database, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], named: str
) -> None:
    assert named in refused(demo_db, capsys, *args)


def test_list_records_refuses_an_unknown_kind(demo_db: Database) -> None:
    from secretariat.errors import ValidationError

    with pytest.raises(ValidationError, match="one of committee, conferences"):
        list_records(demo_db, "minutes")


def test_the_table_shows_labels_and_both_working_languages(demo_db: Database) -> None:
    plans = kind_named("plans")
    rows = list_records(demo_db, "plans", conference=5, team="ECO")
    table = format_table(plans, rows, "en", ("ko", "zh")).splitlines()
    assert table[0].split("  ")[0] == "Plan"
    assert "Title (ko)" in table[0] and "Title (zh)" in table[0] and "Status" in table[0]
    first = next(line for line in table if line.startswith("5-ECO-01"))
    assert "In progress" in first and rows[0]["title"]["zh"][:5] in first
    korean = format_table(plans, rows, "ko", ("ko", "zh")).splitlines()[0]
    assert korean.startswith("사업") and "추진 상태" in korean
    assert format_table(plans, [], "en") == "no plans found"
