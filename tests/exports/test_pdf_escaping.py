"""User text in the PDF prints as typed: markup characters escaped, normalised, characters the
font lacks replaced visibly, gaps marked, long text wrapped (CJK rules) and split over pages."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from exports.fonts import register_fonts
from exports.pdf.briefing import write_briefing_pack
from exports.pdf.linebreak import break_lines
from exports.pdf.text import REPLACEMENT, cell_text, markup, normalise
from secretariat.db import Database
from secretariat.models import Conference, Team
from secretariat.progress import run_to_end
from secretariat.services import meetings, plans, teams

MARKUP_TITLE = '<b>bold</b> & "quotes"'


def pdf_lines(path: Path) -> list[str]:
    """Every line of the PDF's text, in content order."""
    result = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.replace("\f", "\n").splitlines()


def test_markup_is_escaped_and_quotes_kept() -> None:
    assert markup(MARKUP_TITLE) == '&lt;b&gt;bold&lt;/b&gt; &amp; "quotes"'
    assert markup("R&D\nline two") == "R&amp;D<br/>line two"
    assert markup("  &nbsp;  ") == "&amp;nbsp;"
    assert markup(None) == ""


def test_text_is_normalised_but_cjk_punctuation_kept() -> None:
    assert normalise("ﬁle ① ｱｲ ＡＢ１") == "file 1 アイ AB1"
    assert (
        normalise("鉴于两国关系紧张，经双方协商（暂定）") == "鉴于两国关系紧张，经双方协商（暂定）"
    )
    assert normalise("a\r\nb\tc") == "a\nb c"


def test_characters_the_font_lacks_are_replaced_visibly() -> None:
    font = register_fonts()
    assert not font.covers("😀") and font.covers(REPLACEMENT)
    assert cell_text("smile 😀 here") == f"smile {REPLACEMENT} here"
    assert cell_text("bell\x07") == f"bell{REPLACEMENT}"
    assert cell_text("zero\u200bwidth") == "zerowidth"  # invisible format marks drop
    assert markup("<😀>") == f"&lt;{REPLACEMENT}&gt;"


def test_latin_breaks_at_spaces_and_cjk_between_characters() -> None:
    font = register_fonts()
    latin = "Joint programme for the exchange of civil servants between the two cities"
    lines = break_lines(latin, 80, 7.5)
    assert len(lines) > 2
    assert " ".join(lines) == latin  # no word was cut
    assert all(font.width(line, 7.5) <= 80 for line in lines)

    chinese = "鉴于两国关系紧张，经双方协商决定推迟举行。" * 3
    lines = break_lines(chinese, 60, 7.5)
    assert "".join(lines) == chinese
    assert not any(line.startswith(("，", "。")) for line in lines)  # punctuation hangs
    assert all(font.width(line.rstrip("，。"), 7.5) <= 60 for line in lines)

    long_word = "x" * 200
    assert "".join(break_lines(long_word, 50, 7.5)) == long_word
    assert break_lines("a\n\nb", 50, 7.5) == ["a", "", "b"]


@pytest.fixture
def odd_texts(demo_db: Database) -> Database:
    """The demo with a markup title, a missing translation, an emoji, a team name with
    markup, a very long title and a meeting outcome longer than a page."""
    with demo_db.read() as session:
        conference = session.scalars(select(Conference).where(Conference.number == 5)).one()
        eco = session.scalars(select(Team).where(Team.code == "ECO")).one()
    base = {"conference_id": conference.id, "team_id": eco.id, "origin": "mutual"}
    plans.create_plan(
        demo_db,
        {**base, "horizon": "near", "title_ko": MARKUP_TITLE, "title_zh": "R&D <i>合作</i>"},
    )
    plans.create_plan(demo_db, {**base, "horizon": "near", "title_ko": "번역 대기 사업"})
    plans.create_plan(
        demo_db, {**base, "horizon": "long", "title_ko": "이모지 😀 사업", "title_zh": "表情"}
    )
    long_title = " ".join(f"word{index}" for index in range(70))  # 479 of the 500 a title takes
    plans.create_plan(
        demo_db, {**base, "horizon": "long", "title_ko": long_title, "title_zh": "长"}
    )
    teams.update_team(demo_db, eco.id, {"name_ko": "경제 R&D <팀>"})
    outcome = "\n".join(
        f"{index}. 회의 결과 문단 {index}: 양측은 협력을 계속한다." for index in range(260)
    )
    meetings.log_meeting(
        demo_db,
        {"held_on": date(2024, 5, 2), "kind": "team", "outcomes_ko": outcome, "outcomes_zh": "略"},
        team_ids=[eco.id],
    )
    return demo_db


def test_user_text_prints_exactly_as_typed(odd_texts: Database, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    run_to_end(write_briefing_pack(odd_texts, target, conference=5))
    lines = pdf_lines(target)
    text = "\n".join(lines)
    assert any(MARKUP_TITLE in line for line in lines)
    assert any("R&D <i>合作</i>" in line for line in lines)
    # The team name goes through paragraphs (contents, heading, summary table) too.
    assert "경제 R&D <팀> / 经济 (ECO)" in lines
    assert "— (无译文)" in text  # the missing Chinese title is a visible gap
    assert f"이모지 {REPLACEMENT} 사업" in text
    squeezed = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    assert "".join(f"word{index}" for index in range(70)) in squeezed
    # The meeting outcome runs over more than one page and loses nothing.
    for index in range(260):
        assert f"{index}.회의결과문단{index}:양측은협력을계속한다." in squeezed, index
