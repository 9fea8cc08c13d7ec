"""The whole workbook in: a committee built from an export or typed by hand, in one import."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlmodel import col, select

from exports.xlsx_in.file import WorkbookImportError
from exports.xlsx_in.importer import apply_import, format_preview, preview_import
from secretariat import indicators
from secretariat.cli import main
from secretariat.db import Database
from secretariat.models import (
    Activity,
    Conference,
    Meeting,
    MeetingState,
    MeetingTeam,
    Mou,
    MouTeam,
    Plan,
    PlanStatus,
    PlanStatusChange,
    Team,
)
from secretariat.progress import run_to_end
from secretariat.services import plans
from secretariat.services.plan_query import reference
from tests.exports.xlsx_helpers import export


def plans_by_id(db: Database) -> dict[Any, tuple[Any, ...]]:
    with db.read() as session:
        numbers = {c.id: c.number for c in session.exec(select(Conference))}
        codes = {t.id: t.code for t in session.exec(select(Team))}
        return {
            plan.id: (
                reference(numbers[plan.conference_id], codes[plan.team_id], plan.seq),
                plan.title_ko,
                plan.title_zh,
                plan.description_en,
                plan.status,
                plan.origin,
                plan.horizon,
                plan.progress,
                plan.continues_plan_id,
                plan.lead_agency_a,
                plan.due_date,
            )
            for plan in session.exec(select(Plan))
        }


def records_of(db: Database) -> tuple[Any, ...]:
    with db.read() as session:
        conferences = [
            (c.number, c.planned_date, c.held_date, c.status, c.venue_ko, c.host_side)
            for c in session.exec(select(Conference).order_by(Conference.number))
        ]
        teams = [(t.code, t.name_ko, t.name_zh, t.active) for t in session.exec(select(Team))]
        mous = sorted((m.title_ko, m.signed_on, m.status) for m in session.exec(select(Mou)))
        links = len(session.exec(select(MouTeam)).all())
        # The workbook holds the held meetings: planned ones and agendas travel by the archive
        # and the exchange (tests/unit/test_agenda.py).
        held = select(Meeting).where(Meeting.state == MeetingState.held)
        meetings = sorted(
            (m.held_on, m.kind, m.attendees, m.outcomes_ko, m.outcomes_zh)
            for m in session.exec(held)
        )
        meeting_teams = len(
            session.exec(
                select(MeetingTeam).where(
                    col(MeetingTeam.meeting_id).in_(select(held.subquery().c.id))
                )
            ).all()
        )
        activities = sorted(
            (a.held_on, a.category, a.direction, a.participants, str(a.plan_id), a.description_ko)
            for a in session.exec(select(Activity))
        )
    return conferences, sorted(teams), mous, links, meetings, meeting_teams, activities


def test_an_export_builds_the_same_committee_in_an_empty_database(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    demo_db.set_author("Wang Fang")  # one change with an author: the sheet carries it
    plan_id = next(iter(plans_by_id(demo_db)))
    plans.change_status(demo_db, [plan_id], "on_hold", changed_on=date(2026, 11, 20))
    workbook = export(demo_db, tmp_path / "demo.xlsx")
    preview = run_to_end(preview_import(db, workbook))
    assert preview.rejected_rows == []
    assert [(sheet.kind, len(sheet.new)) for sheet in preview.records] == [
        ("committee", 1),
        ("conferences", 6),
        ("postponements", 2),
        ("teams", 5),
        ("mous", 10),
        ("meetings", 41),
        ("activities", 109),
        ("history", 411),
    ]
    assert len(preview.new) == 179
    run_to_end(apply_import(db, preview))
    assert plans_by_id(db) == plans_by_id(demo_db)
    assert records_of(db) == records_of(demo_db)
    assert history_of(db) == history_of(demo_db)
    assert indicators.conference_indicators(db) == indicators.conference_indicators(demo_db)
    again = run_to_end(preview_import(db, export(db, tmp_path / "again.xlsx")))
    assert not again.writes_anything and again.rejected_rows == []


def history_of(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        meetings = {m.id: m.held_on for m in session.exec(select(Meeting))}
        return sorted(
            (
                str(change.plan_id),
                change.changed_on,
                str(change.from_status),
                change.to_status,
                change.note,
                meetings.get(change.meeting_id),
                change.author,
            )
            for change in session.exec(select(PlanStatusChange))
        )


def hand_filled(path: Path, plans_rows: list[list[Any]] | None = None) -> Path:
    """A committee as a secretariat types it: refs instead of ids, sheets in any order."""
    workbook = Workbook()
    plans = workbook.active
    plans.title = "Plans"
    plans.append(["Ref", "Title (ko)", "Title (zh)", "Status", "Proposed by", "Horizon",
                  "Continues"])  # fmt: skip
    rows = plans_rows or [
        ["2-ECO-01", "투자 포럼 2", "投资论坛 2", "implemented", "mutual", "near", "1-ECO-01"],
        ["1-ECO-01", "투자 포럼", "投资论坛", "In progress", "mutual", "near", ""],
        ["1-ECO-02", "공동 연구", "联合研究", "agreed", "A", "long", ""],
        ["1-CUL-01", "문화 축제", "文化节", "implemented", "Mutual", "Near-term", ""],
        ["1-CUL-02", "공연 교류", "演出交流", "dropped", "B", "near", ""],
        ["2-CUL-01", "문화 축제 2", "文化节 2", "합의", "공동", "단기", "1-CUL-01"],
        ["2-ECO-02", "새 사업", "新项目", "agreed", "A", "near", ""],
    ]
    for row in rows:
        plans.append(row)
    teams = workbook.create_sheet("분과")
    teams.append(["코드", "이름 (ko)", "名称 (zh)", "Name (en)"])
    teams.append(["ECO", "경제", "经济", "Economy"])
    teams.append(["CUL", "문화", "文化", "Culture"])
    conferences = workbook.create_sheet("Conferences")
    conferences.append(["Conference", "Planned date", "Held on", "Host", "Status"])
    conferences.append([2, date(2015, 10, 21), date(2015, 10, 21), "B", "Held"])
    conferences.append([1, date(2013, 5, 14), date(2013, 5, 14), "A", "held"])
    mous = workbook.create_sheet("MOUs")
    mous.append(["Title (ko)", "Signed on", "Conference", "Status", "Teams"])
    mous.append(["경제 협력 양해각서", date(2013, 5, 14), 1, "signed", "ECO"])
    mous.append(["문화 교류 양해각서", date(2015, 10, 21), 2, "체결", "ECO, CUL"])
    workbook.save(path)
    return path


def overall(db: Database, number: int) -> Any:
    return next(
        row
        for row in indicators.conference_indicators(db)
        if row.conference == number and row.team is None
    )


def test_a_committee_typed_by_hand_imports_into_an_empty_database_in_one_call(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hand_filled(tmp_path / "committee.xlsx")
    assert main(["--db", db.describe(), "import", "xlsx", str(path)]) == 0
    out = capsys.readouterr().out
    assert "sheet Conferences: 2 new" in out and "sheet 분과: 2 new" in out
    first, second = overall(db, 1), overall(db, 2)
    # By the definitions: 4 plans at the 1st, 2 promoted, 1 implemented, 2 mutual.
    assert (first.plans, first.promotion_rate, first.implementation_rate) == (4, 50.0, 25.0)
    assert first.mutual_rate == 50.0
    # The 2nd continues two of the 1st's four plans: retention 50 %.
    assert (second.plans, second.retained, second.retention_rate) == (3, 2, 50.0)
    assert (second.mous_at_conference, second.mous_cumulative) == (1, 2)
    plans = {row[0]: row for row in plans_by_id(db).values()}
    assert plans["1-CUL-01"][4] is PlanStatus.implemented
    ids = {row[0]: plan_id for plan_id, row in plans_by_id(db).items()}
    assert plans["2-ECO-01"][8] == ids["1-ECO-01"]  # lineage from the same file
    assert records_of(db)[3] == 3  # MOU team links
    # Importing the same file again changes nothing: rows are matched by their refs.
    again = run_to_end(preview_import(db, path))
    assert not again.writes_anything and again.rejected_rows == []


def test_two_new_rows_carrying_the_same_plan_are_caught_in_the_preview(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hand_filled(
        tmp_path / "twice.xlsx",
        [
            ["1-ECO-01", "투자 포럼", "", "agreed", "mutual", "near", ""],
            ["2-ECO-01", "포럼 A", "", "agreed", "mutual", "near", "1-ECO-01"],
            ["2-ECO-02", "포럼 B", "", "agreed", "mutual", "near", "1-ECO-01"],
        ],
    )
    assert main(["--db", db.describe(), "import", "xlsx", str(path)]) == 1
    captured = capsys.readouterr()
    assert "Plans row 4, column G (Continues): expected a plan not yet carried into this " \
        "conference (row 3 carries it)" in captured.out  # fmt: skip
    assert "nothing was written: 1 rows rejected" in captured.err
    with db.read() as session:
        assert session.exec(select(Plan)).all() == []


def test_a_row_with_two_bad_cells_is_one_rejected_row(db: Database, tmp_path: Path) -> None:
    path = hand_filled(
        tmp_path / "bad.xlsx",
        [["1-ECO-01", "투자 포럼", "", "finished", "nobody", "near", ""]],
    )
    preview = run_to_end(preview_import(db, path))
    assert len(preview.every_rejection) == 2
    assert preview.rejected_rows == [("Plans", 2)]
    assert "1 rejected row" in format_preview(preview)


def test_a_bad_record_cell_names_sheet_row_column_value_and_what_was_expected(
    db: Database, tmp_path: Path
) -> None:
    path = hand_filled(tmp_path / "c.xlsx")
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    workbook["Conferences"]["E3"] = "finished"
    workbook["분과"]["A3"] = "culture team!"
    workbook.save(path)
    preview = run_to_end(preview_import(db, path))
    shown = [str(rejection) for rejection in preview.every_rejection]
    assert any(
        text.startswith("Conferences row 3, column E (Status): expected one of planned, held")
        and "got 'finished'" in text
        for text in shown
    )
    assert "분과 row 3, column A (코드): expected 1–16 capital letters, digits or _, got " \
        "'CULTURE TEAM!'" in shown  # fmt: skip


def test_sheets_not_read_are_named_and_two_sheets_of_one_kind_refused(
    db: Database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    path = hand_filled(tmp_path / "c.xlsx")
    workbook = load_workbook(path)
    workbook.create_sheet("Notes").append(["call Beijing on Monday"])
    workbook.save(path)
    preview = run_to_end(preview_import(db, path))
    assert "sheet Notes: not read (not a sheet this app knows)" in format_preview(preview)
    workbook.create_sheet("사업").append(["Ref", "Title (ko)"])
    workbook.save(path)
    with pytest.raises(WorkbookImportError, match="two plans sheets"):
        run_to_end(preview_import(db, path))


def test_a_stray_cell_far_right_is_refused_before_the_sheet_is_read(
    db: Database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    path = hand_filled(tmp_path / "c.xlsx")
    workbook = load_workbook(path)
    workbook["분과"]["XFD1048576"] = "x"
    workbook.save(path)
    started = time.perf_counter()
    with pytest.raises(WorkbookImportError, match="the sheet 분과 reaches column XFD"):
        run_to_end(preview_import(db, path))
    assert time.perf_counter() - started < 5  # bounded by the sheet's extent, not its cells


def test_a_stray_cell_at_the_last_cell_of_the_plans_sheet_is_one_clear_line(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    path = export(demo_db, tmp_path / "demo.xlsx")
    workbook = load_workbook(path)
    workbook.worksheets[1]["XFD1048576"] = "stray"
    workbook.save(path)
    assert main(["--db", demo_db.describe(), "import", "xlsx", str(path), "--dry-run"]) == 1
    assert "reaches column XFD" in capsys.readouterr().err


def test_the_template_filled_in_by_hand_builds_the_committee(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    template = tmp_path / "template.xlsx"
    assert main(["--db", db.describe(), "export", "xlsx", "--template", "-o", str(template)]) == 0
    workbook = load_workbook(template)
    assert workbook.sheetnames[0] == "작성 안내 · 填写说明"
    instructions = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert ("전체회의 · 全体会议", "전체회의 / 全体会议", "정수 / 整数",
            "필수 / 必填") in instructions  # fmt: skip
    # Empty, there is nothing to import, and it says so.
    with pytest.raises(WorkbookImportError, match="has no plans below its header"):
        run_to_end(preview_import(db, template))

    def fill(title: str, rows: list[dict[str, Any]]) -> None:
        sheet = workbook[title]
        columns = {cell.value: cell.column for cell in sheet[1]}
        for number, values in enumerate(rows, start=2):
            for header, value in values.items():
                sheet.cell(number, columns[header], value)

    fill("전체회의 · 全体会议", [{"전체회의 / 全体会议": 1, "예정일 / 计划日期": date(2013, 5, 14),
         "개최 측 / 主办方": "A측 / A方", "상태 / 状态": "예정 / 计划中"}])  # fmt: skip
    fill("분과 · 工作组", [{"코드 / 代码": "ECO", "이름 / 名称 (ko)": "경제"}])
    fill("사업 · 项目", [{"번호 / 编号": "1-ECO-01", "제목 / 标题 (ko)": "포럼",
         "추진 상태 / 状态": "합의 / 已商定", "제안 / 提出方": "공동 / 共同",
         "기간 / 期限": "단기 / 近期"}])  # fmt: skip
    workbook.save(template)
    assert main(["--db", db.describe(), "import", "xlsx", str(template)]) == 0
    assert {row[0] for row in plans_by_id(db).values()} == {"1-ECO-01"}


def test_two_rows_naming_the_same_record_are_caught(db: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = hand_filled(tmp_path / "c.xlsx")
    workbook = load_workbook(path)
    workbook["MOUs"].append(["경제 협력 양해각서", date(2013, 5, 14), 1, "signed", "CUL"])
    workbook.save(path)
    preview = run_to_end(preview_import(db, path))
    mous = next(sheet for sheet in preview.records if sheet.kind == "mous")
    assert [str(rejection) for rejection in mous.rejected] == [
        "MOUs row 4, column B (Signed on): expected a record no other row names (row 2 names "
        "the same MOU), got '2013-05-14 경제 협력 양해각서'"
    ]


def test_a_cell_longer_than_excel_holds_is_refused_and_shown_short() -> None:
    from exports.xlsx_in.rows import as_cell_text, shown
    from secretariat.errors import ValidationError

    with pytest.raises(ValidationError, match="at most 32,767 characters"):
        as_cell_text("name_ko", "x" * 1_000_000)
    assert shown("x" * 1_000_000) == "'" + "x" * 59 + "'… (1,000,000 characters)"
    with pytest.raises(ValidationError, match="at most 500 characters"):  # text_rules.py
        as_cell_text("name_ko", "x" * 501)
    assert as_cell_text("description_ko", "x" * 10_000) == "x" * 10_000


def test_activities_differing_only_in_direction_are_two_records(
    db: Database, tmp_path: Path
) -> None:
    """The repeated-row check uses the kind's natural key (day, team, category, direction,
    description), as the database match does: a visit each way on one day is two activities."""
    from openpyxl import load_workbook

    path = hand_filled(tmp_path / "a.xlsx")
    workbook = load_workbook(path)
    sheet = workbook.create_sheet("Activities")
    sheet.append(["Date", "Team", "Category", "Direction", "Participants", "Description (ko)"])
    sheet.append([date(2014, 3, 2), "ECO", "economy", "a_to_b", 4, "기업 방문"])
    sheet.append([date(2014, 3, 2), "ECO", "economy", "joint", 9, "기업 방문"])
    sheet.append([date(2014, 3, 2), "ECO", "economy", "a_to_b", 5, "기업 방문"])
    workbook.save(path)
    preview = run_to_end(preview_import(db, path))
    activities = next(sheet for sheet in preview.records if sheet.kind == "activities")
    assert len(activities.new) == 2
    assert [rejection.row for rejection in activities.rejected] == [4]
    assert "row 2 names the same Activity" in str(activities.rejected[0])
