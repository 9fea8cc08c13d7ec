"""The rules between a record's fields (secretariat/rules.py): every problem at once, errors
refused by the services whoever calls them, warnings left to a person; and their phrasing."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from secretariat.cli import main
from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.messages import PHRASES, interface_language, placeholders
from secretariat.rules import ProblemsError, Severity
from secretariat.services import meetings, plans
from tests.builders import Committee, small_committee


@pytest.fixture
def built(db: Database) -> Committee:
    return small_committee(db)


def meeting_fields(built: Committee, **changes: object) -> dict[str, object]:
    return {
        "held_on": "2016-03-01",
        "kind": "team",
        "conference_id": built.conferences[2].id,
        "attendees": "Kim, Wang",
        "outcomes_ko": "합의",
        **changes,
    }


def by_field(problems: list) -> dict[str, tuple[str, Severity]]:
    return {problem.field: (problem.what.key, problem.severity) for problem in problems}


def test_a_meeting_in_1850_with_nothing_recorded_shows_every_problem_at_once(
    built: Committee,
) -> None:
    typed = meeting_fields(built, held_on="1850-01-01", attendees="", outcomes_ko="")
    found = meetings.review_meeting(built.db, typed, team_ids=[])
    assert by_field(found) == {
        "held_on": ("meeting_date_range", Severity.error),
        "outcomes": ("outcome_missing", Severity.warning),
        "attendees": ("attendees_missing", Severity.warning),
        "team_ids": ("team_missing", Severity.warning),
    }
    with pytest.raises(ProblemsError) as refused:
        meetings.log_meeting(built.db, typed)
    assert [problem.field for problem in refused.value.problems] == ["held_on"]
    # the attributes the workbook import reads keep working
    assert refused.value.field == "held_on" and "1950-01-01" in refused.value.expected


def test_a_meeting_more_than_a_year_ahead_is_refused_and_warnings_do_not_block(
    built: Committee,
) -> None:
    ahead = (date.today() + timedelta(days=400)).isoformat()
    with pytest.raises(ValidationError):
        meetings.log_meeting(built.db, meeting_fields(built, held_on=ahead, state="planned"))
    meeting, _ = meetings.log_meeting(built.db, meeting_fields(built, attendees=""))
    assert meeting.attendees == ""  # a warning: the service keeps the record


def test_a_plan_due_before_its_conference_is_refused_and_progress_is_a_warning(
    built: Committee,
) -> None:
    typed = {
        "conference_id": built.conferences[2].id,
        "team_id": built.teams["ECO"].id,
        "title_ko": "제목" * 6000,  # 12,000 characters: over the 500 of a title
        "origin": "mutual",
        "horizon": "near",
        "progress": 50,
        "due_date": "2014-01-01",
    }
    found = plans.review_plan(built.db, typed)
    assert by_field(found) == {
        "title_ko": ("at_most_characters", Severity.error),
        "due_date": ("not_before_conference", Severity.error),
        "progress": ("progress_for_status", Severity.warning),
    }
    with pytest.raises(ValidationError) as refused:
        built.plan(2, "ECO", "Early", due_date=date(2014, 1, 1))
    assert refused.value.field == "due_date"
    assert built.plan(2, "ECO", "Half done", progress=50).progress == 50  # warning only


def test_a_status_change_before_the_plans_conference_is_refused(built: Committee) -> None:
    plan = built.plan(2, "ECO")
    with pytest.raises(ValidationError) as refused:
        plans.change_status(built.db, [plan.id], "in_progress", changed_on="2012-01-01")
    assert refused.value.field == "changed_on" and refused.value.key == "not_before_conference"
    assert plans.get_plan(built.db, plan.id).status.value == "agreed"
    plans.change_status(built.db, [plan.id], "in_progress", changed_on="2015-10-21")


def test_every_phrase_has_three_languages_with_the_same_placeholders() -> None:
    for key, phrase in PHRASES.items():
        assert phrase.ko and phrase.zh, key
        assert placeholders(phrase.en) == placeholders(phrase.ko) == placeholders(phrase.zh), key


def test_errors_are_phrased_with_the_fields_label_in_korean_and_chinese(built: Committee) -> None:
    with pytest.raises(ValidationError) as refused:
        plans.create_plan(built.db, {"conference_id": built.conferences[2].id, "title_ko": ""})
    error = refused.value
    assert error.expected_in("ko") and "team" not in error.message_in("ko")
    missing_title = {
        "conference_id": built.conferences[2].id,
        "team_id": built.teams["ECO"].id,
        "origin": "mutual",
        "horizon": "near",
    }
    with pytest.raises(ValidationError) as refused:
        plans.create_plan(built.db, missing_title)
    korean = refused.value.message_in("ko")
    assert korean.startswith("제목:") and "제목 (한국어)" in korean and "title_ko" not in korean
    assert "working language" not in korean
    chinese = refused.value.message_in("zh")
    assert "标题（韩文）" in chinese and "title_zh" not in chinese


def test_no_korean_or_chinese_phrase_falls_back_to_english_words() -> None:
    """Only what is typed as it is stays Latin: date patterns, ids, keys, options, codes."""
    kept = {"YYYY", "MM", "DD", "HH", "ID", "UUID", "Enter", "ECO", "set", "status", "team"}
    for key, phrase in PHRASES.items():
        for text in (phrase.ko, phrase.zh):
            words = set(re.findall(r"[A-Za-z]{2,}", re.sub(r"\{[^}]*\}", "", text)))
            assert words <= kept, (key, text)


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"}, "zh"),
        ({"LC_ALL": "C", "LANG": "ko_KR.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_command_line_follows_language_and_lang(environ: dict[str, str], language: str) -> None:
    assert interface_language(environ) == language


def test_the_command_line_says_a_refused_date_in_korean(
    built: Committee, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    built.plan(2, "ECO")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    path = str(built.db.engine.url.database)
    argv = ["--db", path, "edit", "plan", "2-ECO-01", "--status", "in_progress"]
    assert main([*argv, "--date", "2001-01-01"]) != 0
    err = capsys.readouterr().err
    assert "날짜: 필요한 값 — 사업이 합의된 전체회의(2015-10-21)" in err, err
    assert "changed_on" not in err and "expected" not in err
