"""A team's status sheet: only that team's plans, with status, progress, last change and the
latest note, a line of its indicators, and visible gaps for a language with no text."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from exports.pdf.briefing import write_briefing_pack
from secretariat.db import Database
from secretariat.models import Conference, Plan, Team
from secretariat.progress import run_to_end
from secretariat.services.plans import history


def sheet_text(path: Path) -> str:
    """The sheet's text read with pypdf (independently of poppler), spaces removed so that
    wrapped cells still match."""
    return "".join(re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(path).pages)


def plans_of(db: Database, number: int) -> list[tuple[str, Plan]]:
    with db.read() as session:
        rows = session.execute(
            select(Team.code, Plan)
            .join(Plan, Plan.team_id == Team.id)
            .join(Conference, Conference.id == Plan.conference_id)
            .where(Conference.number == number)
            .order_by(Team.code, Plan.seq)
        ).all()
    return [(code, plan) for code, plan in rows]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_eco_sheet_holds_only_eco_plans(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "eco.pdf"
    pages = run_to_end(write_briefing_pack(demo_db, target, conference=5, team="eco"))
    # The plans on the first page; the next planned meetings may follow on a second.
    assert pages == len(PdfReader(target).pages) <= 2
    first_page = squeeze(PdfReader(target).pages[0].extract_text())
    text = sheet_text(target)
    assert "분과추진현황표/工作组推进情况表" in text
    assert "경제/经济(ECO)" in text
    plans = plans_of(demo_db, 5)
    eco = [plan for code, plan in plans if code == "ECO"]
    others = [(code, plan) for code, plan in plans if code != "ECO"]
    assert len(eco) == 8 and len(others) > 20
    for plan in eco:
        assert f"5-ECO-{plan.seq:02d}" in first_page
        assert squeeze(plan.title_ko) in text and squeeze(plan.title_zh) in text
        assert f"{plan.progress}%" in text
        latest = history(demo_db, plan.id)[0].note or ""
        if latest == "carried over from the previous conference":  # the app's own words
            assert "직전회의에서이어짐延续自上届会议" in text
        elif latest:  # a person's, in English: as typed, marked as in neither language
            assert squeeze(latest) + "—(번역없음)/—(无译文)" in text
    assert "carried over" not in text
    for code, plan in others:
        assert f"5-{code}-" not in text
        assert squeeze(plan.title_zh) not in text, plan.title_zh
    assert f"1/{pages}쪽" in text and f"第1页，共{pages}页" in text
    assert "다음회의/近期会议" in text  # the team's next planned meetings
    # The indicator line: labels in both languages, values with their change.
    assert "추진율推进率" in text and "계속사업비율延续率" in text
    # Each change in each language's unit: %p for Korean, 百分点 for Chinese, never "pp".
    assert re.search(r"\d+\.\d%[+-]\d+\.\d%p/[+-]\d+\.\d百分点", text)
    assert "pp" not in text


def test_a_language_without_text_shows_gaps(demo_db: Database, tmp_path: Path) -> None:
    """The demo has no Japanese titles: a ja sheet marks every one, never fills in another."""
    target = tmp_path / "eco-ja.pdf"
    run_to_end(
        write_briefing_pack(demo_db, target, conference=5, team="ECO", languages=("en", "ja"))
    )
    text = sheet_text(target)
    eco = [plan for code, plan in plans_of(demo_db, 5) if code == "ECO"]
    assert text.count("—(訳なし)") == len(eco)
    assert all(squeeze(plan.title_en) in text for plan in eco)
    assert not any(squeeze(plan.title_ko) in text for plan in eco)
    assert "Teamstatussheet/分科会進捗状況表" in text
    assert "Page1of" in text and "1/" in text and "ページ" in text


def test_command_line_team_sheet(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "env.pdf"
    location = demo_db.describe()
    result = subprocess.run(
        [sys.executable, "-m", "secretariat", "--db", location, "export", "pdf",
         "--conference", "4", "--team", "ENV", "-o", str(target)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "(1 page)" in result.stdout or "(2 pages)" in result.stdout
    text = sheet_text(target)
    assert "환경/环境(ENV)" in text and "제4차회의" in text and "第四届会议" in text
    assert "4-ENV-01" in text and "4-ECO-" not in text
