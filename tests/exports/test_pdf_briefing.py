"""The conference briefing pack, read back with poppler (pdftotext, pdffonts) and pypdf: both
languages of every team and plan, embedded fonts, page numbers, progress, cancel, errors and
the command line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from exports.pdf.briefing import write_briefing_pack
from secretariat.db import Database, open_database
from secretariat.errors import NotFoundError, ValidationError
from secretariat.models import Conference, Plan, Team
from secretariat.progress import Progress, run_to_end


def page_texts(path: Path, mode: str = "-raw") -> list[str]:
    """Each page's text: in content order (-raw: a wrapped cell's lines follow one another;
    headers, footers and contents page numbers come last, drawn once the pages are known),
    or as laid out on the page (-layout)."""
    result = subprocess.run(
        ["pdftotext", mode, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split("\f")[:-1]


def squeeze(text: str) -> str:
    """Compatibility forms unified and every space and line break removed, so a title broken
    over lines in a table cell still matches."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.fixture(scope="module")
def demo_copy(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the demo for this module's read-only tests."""
    path = tmp_path_factory.mktemp("briefing") / "demo.db"
    path.write_bytes(demo_template.read_bytes())
    open_database(path).close()  # upgrade once, so read-only opens work
    return path


@pytest.fixture(scope="module")
def packs(demo_copy: Path) -> dict[int, Path]:
    """The demo's packs of the 3rd and 5th conferences, in the committee's languages."""
    db = open_database(demo_copy)
    try:
        written = {}
        for number in (3, 5):
            path = demo_copy.parent / f"pack-{number}.pdf"
            run_to_end(write_briefing_pack(db, path, conference=number))
            written[number] = path
        return written
    finally:
        db.close()


def plans_and_teams(path: Path, number: int) -> tuple[list[Plan], list[Team]]:
    db = open_database(path, read_only=True)
    try:
        with db.read() as session:
            plans = list(
                session.scalars(select(Plan).join(Conference).where(Conference.number == number))
            )
            team_ids = {plan.team_id for plan in plans}
            teams = [team for team in session.scalars(select(Team)) if team.id in team_ids]
        return plans, teams
    finally:
        db.close()


@pytest.mark.parametrize("number", [3, 5])
def test_pack_holds_both_languages_of_every_team_and_plan(
    packs: dict[int, Path], demo_copy: Path, number: int
) -> None:
    text = squeeze("".join(page_texts(packs[number])))
    plans, teams = plans_and_teams(demo_copy, number)
    assert len(plans) > 30 and len(teams) >= 4
    for team in teams:
        assert squeeze(team.name_ko) in text and squeeze(team.name_zh) in text, team.code
    missing = [
        (plan.title_ko, plan.title_zh)
        for plan in plans
        if squeeze(plan.title_ko) not in text or squeeze(plan.title_zh) not in text
    ]
    assert missing == []
    assert squeeze(plans[0].title_en) not in text  # English is not a working language


def test_cover_contents_and_sections(packs: dict[int, Path]) -> None:
    pages = page_texts(packs[3])
    cover = pages[0]
    assert "제3차 회의" in cover and "第三届会议" in cover
    assert "동주–운해 교류협력 공동위원회" in cover and "东州—云海交流合作联合委员会" in cover
    assert "2017-09-12 → 2018-11-08" in cover  # the postponement, with its reasons
    assert "양국 관계 경색에 따라 양측 합의로 연기함." in cover
    assert "鉴于两国关系紧张，经双方协商决定推迟举行。" in cover
    contents = page_texts(packs[3], "-layout")[1]
    assert "목차 / 目录" in contents
    # Each contents line ends with the page its section starts on.
    entries = re.findall(r"^\s*(\S.+?) \((ECO|CUL|EDU|ENV)\)\s+(\d+)$", contents, re.MULTILINE)
    assert [code for _name, code, _page in entries] == ["ECO", "CUL", "EDU", "ENV"]
    for name, code, page in entries:
        heading = pages[int(page) - 1].splitlines()[0]
        assert heading == f"{name} ({code})", (code, page, heading)
    summary_page = re.search(r"지표 요약 / 指标概要\s+(\d+)$", contents, re.MULTILINE)
    assert summary_page and pages[int(summary_page[1]) - 1].startswith("지표 요약 / 指标概要")


def test_summary_compares_with_the_previous_conference(packs: dict[int, Path]) -> None:
    summary = next(page for page in page_texts(packs[3]) if page.startswith("지표 요약"))
    assert "제2차 회의" in summary and "第二届会议" in summary
    assert "추진율" in summary and "推进率" in summary
    assert "계속 사업 비율" in summary and "延续率" in summary
    assert re.search(r"[+-]\d+\.\d", summary)  # changes in percentage points


def test_every_font_is_embedded_and_subset(packs: dict[int, Path]) -> None:
    for path in packs.values():
        report = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout
        rows = report.splitlines()[2:]
        assert rows, report
        for row in rows:
            # name type encoding emb sub uni object ID: emb and sub must both be yes
            assert re.search(r"\s+yes\s+yes\s+\S+\s+\d+\s+\d+$", row), row
        for page in PdfReader(path).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                descendants = font.get("/DescendantFonts")
                descriptor = (descendants[0].get_object() if descendants else font)[
                    "/FontDescriptor"
                ].get_object()
                assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_page_count_is_what_the_last_page_says(packs: dict[int, Path]) -> None:
    for path in packs.values():
        count = len(PdfReader(path).pages)
        last = page_texts(path)[-1]
        assert f"{count} / {count} 쪽" in last
        assert f"第 {count} 页，共 {count} 页" in last
        assert count > 5


def test_carried_over_plans_show_their_lineage(packs: dict[int, Path]) -> None:
    text = squeeze("".join(page_texts(packs[5])))  # long lineages wrap in their column
    assert re.search(r"5-ECO-\d\d←4-ECO-\d\d←3-ECO-\d\d←2-ECO-\d\d←1-ECO-\d\d", text)


def test_progress_is_reported_about_every_percent(demo_db: Database, tmp_path: Path) -> None:
    steps: list[Progress] = []
    pages = run_to_end(
        write_briefing_pack(demo_db, tmp_path / "pack.pdf", conference=5), steps.append
    )
    fractions = [step.fraction for step in steps]
    assert all(fraction is not None for fraction in fractions)
    assert fractions == sorted(fractions)  # type: ignore[type-var]
    assert len(steps) >= 30 and fractions[-1] == 1.0
    assert pages == len(PdfReader(tmp_path / "pack.pdf").pages)
    # Readable like any file the user writes (not a private temporary file).
    ordinary = tmp_path / "ordinary.txt"
    ordinary.touch()
    assert (tmp_path / "pack.pdf").stat().st_mode == ordinary.stat().st_mode


def test_cancel_leaves_no_file_and_keeps_the_old_one(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    work = write_briefing_pack(demo_db, target, conference=5)
    for _ in range(5):
        next(work)
    assert len(files_in(tmp_path)) == 1  # the temporary file
    work.close()  # the user pressed Cancel
    assert files_in(tmp_path) == []

    target.write_bytes(b"the previous export")
    work = write_briefing_pack(demo_db, target, conference=5)
    next(work)
    work.close()
    assert target.read_bytes() == b"the previous export"
    assert files_in(tmp_path) == ["pack.pdf"]


def test_unknown_conference_or_team_raises_and_writes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "pack.pdf"
    with pytest.raises(NotFoundError, match="no conference 9"):
        run_to_end(write_briefing_pack(demo_db, target, conference=9))
    with pytest.raises(NotFoundError, match="no team XYZ"):
        run_to_end(write_briefing_pack(demo_db, target, conference=3, team="XYZ"))
    with pytest.raises(NotFoundError, match="no team HEA at conference 3"):
        run_to_end(write_briefing_pack(demo_db, target, conference=3, team="HEA"))
    with pytest.raises(ValidationError, match="languages"):
        run_to_end(write_briefing_pack(demo_db, target, conference=3, languages=("ko", "ko")))
    assert files_in(tmp_path) == []


def files_in(folder: Path) -> list[str]:
    """What is in the folder besides the database (and SQLite's WAL files)."""
    return sorted(path.name for path in folder.iterdir() if not path.name.startswith("demo.db"))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "secretariat", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
        check=False,
    )


def test_command_line_export_and_languages(demo_copy: Path, tmp_path: Path) -> None:
    default = tmp_path / "out.pdf"
    result = run_cli(
        "--db", str(demo_copy), "export", "pdf", "--conference", "3", "-o", str(default)
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"wrote .*out\.pdf \(\d+ pages\)\n", result.stdout)

    english = tmp_path / "en-ko.pdf"
    result = run_cli(
        "--db", str(demo_copy), "export", "pdf", "--conference", "3",
        "--languages", "en,ko", "-o", str(english),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    plans, _teams = plans_and_teams(demo_copy, 3)
    text = squeeze("".join(page_texts(english)))
    assert all(squeeze(plan.title_en) in text for plan in plans)
    assert all(squeeze(plan.title_ko) in text for plan in plans)
    assert squeeze(plans[0].title_zh) not in text
    last = page_texts(english)[-1]
    count = len(PdfReader(english).pages)
    assert f"Page {count} of {count}" in last and f"{count} / {count} 쪽" in last

    missing = run_cli(
        "--db", str(demo_copy), "export", "pdf", "--conference", "9", "-o", str(default)
    )
    assert missing.returncode == 1
    assert missing.stderr == "secretariat: error: no conference 9\n"
