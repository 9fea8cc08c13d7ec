"""`secretariat edit plan`: fields and status from a script, `--if-version` refusing a plan
changed since, every change with its author."""

from __future__ import annotations

import json

import pytest

from secretariat.cli import main
from secretariat.db import Database


def plan_row(db: Database, capsys: pytest.CaptureFixture[str], ref: str) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main(["--db", db.describe(), "list", "plans", "--search", ref, "--json"]) == 0
    (row,) = [row for row in json.loads(capsys.readouterr().out) if row["key"] == ref]
    return row  # type: ignore[no-any-return]


def test_fields_are_set_and_the_version_moves_on(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    before = plan_row(demo_db, capsys, "5-ECO-03")
    command = ["--db", demo_db.describe(), "edit", "plan", "5-eco-03"]
    sets = [
        "--set",
        "title_en=Port logistics forum",
        "--set",
        "horizon=long",
        "--set",
        "progress=40",
    ]
    assert main([*command, *sets, "--if-version", str(before["version"])]) == 0
    assert capsys.readouterr().out.startswith("5-ECO-03: title_en, horizon, progress saved")
    after = plan_row(demo_db, capsys, "5-ECO-03")
    assert after["version"] == before["version"] + 1
    assert (after["title"]["en"], after["horizon"], after["progress"]) == (
        "Port logistics forum",
        "long",
        40,
    )


def test_a_stale_version_fails_with_one_line_naming_who(
    demo_db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = plan_row(demo_db, capsys, "5-ECO-03")["version"]
    command = ["--db", demo_db.describe(), "edit", "plan", "5-ECO-03"]
    monkeypatch.setenv("SECRETARIAT_AUTHOR", "Kim Minji")
    assert main([*command, "--set", "progress=10", "--if-version", str(seen)]) == 0
    monkeypatch.setenv("SECRETARIAT_AUTHOR", "Park Jiho")
    capsys.readouterr()
    assert main([*command, "--set", "progress=90", "--if-version", str(seen)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "changed by Kim Minji" in err and "(progress)" in err and "nothing was saved" in err
    assert main([*command, "--status", "on_hold", "--if-version", str(seen)]) == 1
    assert plan_row(demo_db, capsys, "5-ECO-03")["progress"] == 10


def test_a_status_is_recorded_with_its_note_and_author(
    demo_db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECRETARIAT_AUTHOR", "Wang Fang")
    command = ["--db", demo_db.describe(), "edit", "plan", "5-ECO-03", "--status", "dropped"]
    assert main([*command, "--note", "merged into 5-ECO-01", "--date", "2026-11-20"]) == 0
    capsys.readouterr()
    assert main(["--db", demo_db.describe(), "list", "history", "--json"]) == 0
    mine = [row for row in json.loads(capsys.readouterr().out) if row["author"] == "Wang Fang"]
    assert [(row["plan"], row["to_status"], row["note"]) for row in mine] == [
        ("5-ECO-03", "dropped", "merged into 5-ECO-01")
    ]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["9-XXX-01", "--set", "progress=1"], "the reference of a plan"),
        (["5-ECO-03", "--set", "conference=3"], "one of title_LANG"),
        (["5-ECO-03", "--set", "status=dropped"], "given with --status"),
        (["5-ECO-03", "--set", "progress=lots"], "a whole number"),
        (["5-ECO-03"], "at least one --set"),
    ],
)
def test_bad_edits_are_one_clear_line(
    demo_db: Database, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    assert main(["--db", demo_db.describe(), "edit", "plan", *arguments]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
