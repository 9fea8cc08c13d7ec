"""A meeting's agenda and minutes, read back with pypdf and poppler as the briefing pack is: both
languages, embedded fonts, gap marks (never the other language's text) and the command line."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from exports.pdf.agenda import write_agenda
from exports.pdf.minutes import write_minutes
from secretariat.cli import main
from secretariat.db import Database, open_database
from secretariat.errors import ValidationError
from secretariat.models import PlanStatus
from secretariat.progress import run_to_end
from secretariat.services import agenda
from secretariat.services.agenda import ItemDraft
from secretariat.services.meeting_outcomes import ItemOutcome, hold_meeting
from tests.builders import small_committee
from tests.exports.test_pdf_briefing import squeeze

ZH_GAP, KO_GAP = "—(无译文)", "—(번역없음)"


def text_of(path: Path) -> str:
    """The whole document's text, spaces and line breaks removed (cells wrap)."""
    return squeeze("".join(page.extract_text() for page in PdfReader(path).pages))


def assert_fonts_embedded(path: Path) -> None:
    report = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = report.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert re.search(r"\s+yes\s+yes\s+\S+\s+\d+\s+\d+$", row), row
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            holder = descendants[0].get_object() if descendants else font
            assert "/FontFile2" in holder["/FontDescriptor"].get_object()


@pytest.fixture(scope="module")
def demo_copy(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("meetings") / "demo.db"
    path.write_bytes(demo_template.read_bytes())
    open_database(path).close()
    return path


def test_the_demo_agenda_shows_both_languages_and_marks_the_missing_chinese(
    demo_copy: Path, tmp_path: Path
) -> None:
    db = open_database(demo_copy, read_only=True)
    try:
        (meeting,) = [m for m in agenda.next_meetings(db, as_of=date(2026, 12, 3)) if m.video_link]
        items = agenda.agenda_of(db, meeting.id)
        path = tmp_path / "agenda.pdf"
        pages = run_to_end(write_agenda(db, path, meeting=meeting.held_on))
    finally:
        db.close()
    assert pages == 1
    assert_fonts_embedded(path)
    text = text_of(path)
    assert squeeze("회의 안건 / 会议议程") in text and squeeze(meeting.video_link) in text
    for item in items:
        if item.plan_id:
            assert squeeze(item.plan_titles["ko"]) in text
            assert squeeze(item.plan_titles["zh"]) in text
            assert item.plan_status is not None
    (topic,) = [item for item in items if item.plan_id is None]
    assert not topic.topics["zh"]
    # The Korean topic once (its own column); the Chinese column shows the gap mark instead.
    assert text.count(squeeze(topic.topics["ko"])) == 1 and ZH_GAP in text


def test_the_demo_minutes_show_each_items_outcome_the_changes_and_follow_ups(
    demo_copy: Path, tmp_path: Path
) -> None:
    path = tmp_path / "minutes.pdf"
    code = main(
        [
            "--db",
            str(demo_copy),
            "export",
            "minutes",
            "--meeting",
            "2026-03-10",
            "--team",
            "ECO",
            "-o",
            str(path),
        ]
    )
    assert code == 0
    assert_fonts_embedded(path)
    text = text_of(path)
    assert squeeze("회의록 / 会议纪要") in text
    assert squeeze("‘추진 중’(으)로 변경함") in text and squeeze("调整为“推进中”") in text
    assert squeeze("결정된 추진 상태 변경 / 决定的状态变更 (3)") in text
    assert squeeze("후속 조치 / 后续措施 (3)") in text and "2026-06-08" in text
    # The demo's minutes are complete in both languages; only the notes a person typed in
    # English carry the gap marks of the document's two languages (printed as typed).
    typed_in_english = re.compile(r"[A-Za-z][A-Za-z ,.'-]*\." + re.escape(KO_GAP + "/" + ZH_GAP))
    assert typed_in_english.search(text)
    rest = typed_in_english.sub("", text)
    assert ZH_GAP not in rest and KO_GAP not in rest


def test_a_missing_outcome_is_the_gap_mark_of_its_language_never_the_others_text(
    db: Database, tmp_path: Path
) -> None:
    built = small_committee(db)
    plan = built.plan(2, "ECO", due_date=date(2019, 1, 1))
    meeting = agenda.plan_meeting(
        db,
        {"held_on": "2019-06-12", "kind": "team", "attendees": "Kim; Wang"},
        team_ids=[built.teams["ECO"].id],
        items=[ItemDraft(plan.id), ItemDraft(topics={"ko": "예산 검토", "zh": "预算审议"})],
    )
    plan_item, topic = agenda.agenda_of(db, meeting.id)
    hold_meeting(
        db,
        meeting.id,
        {},
        item_outcomes=[
            ItemOutcome(
                plan_item.item_id,
                {"ko": "착수하기로 합의함"},
                date(2019, 9, 30),
                PlanStatus.in_progress,
            ),
            ItemOutcome(topic.item_id, {"zh": "预算获批"}),
        ],
    )
    path = tmp_path / "minutes.pdf"
    run_to_end(write_minutes(db, path, meeting=date(2019, 6, 12), languages=("ko", "zh")))
    text = text_of(path)
    assert text.count(squeeze("착수하기로 합의함")) == 1 and text.count(squeeze("预算获批")) == 1
    assert text.count(ZH_GAP) == 1 and text.count(KO_GAP) == 1
    assert squeeze("합의 / 已商定") in text or squeeze("합의已商定") in text
    assert "2019-09-30" in text
    agenda_path = tmp_path / "agenda.pdf"
    run_to_end(write_agenda(db, agenda_path, meeting=date(2019, 6, 12), languages=("en", "ko")))
    english = text_of(agenda_path)
    assert "Item·English" in english and "—(notranslation)" in english  # no English texts


def test_no_meeting_that_day_or_two_of_them_is_refused_with_the_option_named(
    db: Database, tmp_path: Path
) -> None:
    built = small_committee(db)
    for code in ("ECO", "ENV"):
        agenda.plan_meeting(
            db, {"held_on": "2019-06-12", "kind": "team"}, team_ids=[built.teams[code].id]
        )
    with pytest.raises(ValidationError, match="a date with a meeting"):
        run_to_end(write_agenda(db, tmp_path / "a.pdf", meeting=date(2019, 6, 13)))
    with pytest.raises(ValidationError, match="give --team"):
        run_to_end(write_agenda(db, tmp_path / "a.pdf", meeting=date(2019, 6, 12)))
    run_to_end(write_agenda(db, tmp_path / "a.pdf", meeting=date(2019, 6, 12), team="env"))
    assert "Environment" in text_of(tmp_path / "a.pdf") or "환경" in text_of(tmp_path / "a.pdf")
    assert not list(tmp_path.glob("*.part"))


def test_the_command_line_refuses_a_bad_date(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--db", str(demo_copy), "export", "agenda", "--meeting", "next week", "-o", "x.pdf"])
    assert "expected a date as YYYY-MM-DD" in capsys.readouterr().err


def test_a_team_sheet_lists_the_teams_next_planned_meetings(
    demo_copy: Path, tmp_path: Path
) -> None:
    from exports.pdf.team_sheet import TeamSheetRenderer

    db = open_database(demo_copy, read_only=True)
    try:
        renderer = TeamSheetRenderer(db, 5, "ECO", ("ko", "zh"))
        renderer.generated_on = date(2026, 12, 3)
        run_to_end(renderer.render(tmp_path / "eco.pdf"))
        later = TeamSheetRenderer(db, 5, "ECO", ("ko", "zh"))
        later.generated_on = date(2027, 6, 1)
        run_to_end(later.render(tmp_path / "later.pdf"))
    finally:
        db.close()
    text = text_of(tmp_path / "eco.pdf")
    assert squeeze("다음 회의 / 近期会议") in text and "2027-01-1910:00" in text
    assert "2027-02-16" not in text  # the Culture team's meeting
    later_text = text_of(tmp_path / "later.pdf")
    assert "2027-01-1910:00" not in later_text
    assert squeeze("다음 회의 / 近期会议 예정 없음 / 暂无安排") in later_text


def test_export_agenda_on_the_command_line(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "agenda.pdf"
    argv = ["--db", str(demo_copy), "export", "agenda", "--meeting", "2027-01-19"]
    assert main([*argv, "--languages", "en,ko", "-o", str(path)]) == 0
    assert capsys.readouterr().out == f"wrote {path} (1 page)\n"
    text = text_of(path)
    assert squeeze("Agenda / 회의 안건") in text and "1-ECO-07" in text
    assert main([*argv, "-o", str(tmp_path / "agenda.txt")]) != 0
    assert "a file name ending in .pdf" in capsys.readouterr().err
