"""Text is refused at entry when an export could not carry it whole: too long for its field
(a title over 500 characters, a note over 5,000, anything over a workbook cell's 32,767) or
holding control characters. The form, the command line and the workbook import share the
rule (secretariat/text_rules.py) and its message: the field, an excerpt, the limit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.xlsx_in.importer import preview_import
from secretariat.cli import main
from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.progress import run_to_end
from secretariat.services import plans
from secretariat.text_rules import check_text, excerpt, limit_of
from tests.exports.test_workbook_import import hand_filled


def some_plan(db: Database) -> object:
    with db.read() as session:
        from sqlmodel import select

        from secretariat.models import Plan

        return session.scalars(select(Plan).limit(1)).one()


def test_limits_by_field() -> None:
    assert limit_of("title_ko") == (500, False)
    assert limit_of("description_zh") == (10_000, True)
    assert limit_of("note") == (5_000, True)
    assert limit_of("anything_else") == (32_767, True)


def test_a_million_character_title_is_refused_with_field_excerpt_and_limit(
    demo_db: Database,
) -> None:
    plan = some_plan(demo_db)
    with pytest.raises(ValidationError) as raised:
        plans.update_plan(demo_db, plan.id, {"title_en": "A" * 1_000_000})  # type: ignore[attr-defined]
    error = raised.value
    assert error.field == "title_en"
    assert error.expected == "at most 500 characters (this text has 1,000,000)"
    assert error.value == "A" * 40 + "…"
    assert len(str(error)) < 200  # the message is a line, not the text


@pytest.mark.parametrize("control", ["\a", "\x1b", "\x00", "\x7f", "\x85"])
def test_control_characters_are_refused_and_named(demo_db: Database, control: str) -> None:
    plan = some_plan(demo_db)
    with pytest.raises(ValidationError, match=rf"no control characters.*U\+{ord(control):04X}"):
        plans.update_plan(demo_db, plan.id, {"description_en": f"ring{control}bell"})  # type: ignore[attr-defined]


def test_line_breaks_and_tabs_only_where_the_field_has_lines() -> None:
    assert check_text("description_en", "one\r\ntwo\tthree") == "one\ntwo\tthree"
    with pytest.raises(ValidationError, match="nor line breaks or tabs in a one-line field"):
        check_text("title_en", "one\ntwo")


def test_an_excerpt_shows_where_the_problem_is() -> None:
    text = "x" * 100 + "\a" + "y" * 100
    assert excerpt(text, around=100) == "…" + "x" * 20 + "\a" + "y" * 19 + "…"


def test_the_command_line_refuses_with_the_same_line(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    command = ["--db", demo_db.describe(), "edit", "plan", "5-ECO-03", "--set"]
    assert main([*command, "title_en=" + "T" * 501]) == 1
    err = capsys.readouterr().err
    assert "title_en: at most 500 characters (this text has 501)" in err
    assert len(err) < 300
    assert main([*command, "title_en=Port \x1b[31mforum"]) == 1
    assert "no control characters" in capsys.readouterr().err


def test_the_workbook_import_refuses_the_cell_and_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = hand_filled(tmp_path / "long.xlsx")
    workbook = load_workbook(path)
    workbook["Plans"]["B2"] = "투자" * 300  # 600 characters in a title
    workbook.save(path)
    preview = run_to_end(preview_import(db, path))
    shown = [str(rejection) for rejection in preview.every_rejection]
    assert any("expected at most 500 characters (this text has 600)" in text for text in shown)
    connection = sqlite3.connect(db.describe())
    assert connection.execute("SELECT count(*) FROM plan").fetchone() == (0,)
    connection.close()
