"""The workbook export read back: sheets, bilingual headers, values and their types, the Plans
sheet's drop-downs, frozen header and colours, formula-like titles as text; cancel and errors
leave no file behind."""

from __future__ import annotations

import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.xlsx.workbook import write_workbook
from secretariat.db import Database
from secretariat.errors import NotFoundError, ValidationError
from secretariat.progress import run_to_end
from secretariat.services.plans import plan_ref
from tests.exports.xlsx_helpers import (
    FORMULA_TITLES,
    awkward_committee,
    by_header,
    export,
    plans_sheet,
    sheet_rows,
)


@pytest.fixture
def committee(db: Database):  # type: ignore[no-untyped-def]
    return awkward_committee(db)


def test_sheets_and_bilingual_headers(db: Database, committee, tmp_path: Path) -> None:
    path = export(db, tmp_path / "c.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == [
        "요약 · 摘要",
        "사업 · 项目",
        "위원회 · 委员会",
        "전체회의 · 全体会议",
        "연기 이력 · 推迟记录",
        "분과 · 工作组",
        "양해각서 · 谅解备忘录",
        "회의 · 会议",
        "교류 활동 · 交流活动",
        "추진 상태 이력 · 状态变更记录",
    ]
    headers = list(by_header(workbook.worksheets[1]))
    assert headers[:8] == [
        "ID",
        "번호 / 编号",
        "전체회의 / 全体会议",
        "분과 / 工作组",
        "제목 / 标题 (ko)",
        "제목 / 标题 (zh)",
        "추진 상태 / 状态",
        "진척도 / 进度",
    ]
    assert {"제목 / 标题 (en)", "제목 / 标题 (ja)", "내용 / 内容 (ja)", "비고 / 备注"} <= set(
        headers
    )
    english = load_workbook(export(db, tmp_path / "e.xlsx", languages=("en", "ko")))
    assert english.sheetnames[1] == "Plans · 사업"
    assert "Title / 제목 (en)" in by_header(english.worksheets[1])


def test_plan_rows_hold_values_of_the_right_types(db: Database, committee, tmp_path) -> None:
    _built, made = committee
    path = export(db, tmp_path / "c.xlsx")
    sheet = plans_sheet(path)
    column = by_header(sheet)
    rows = {sheet.cell(row, 1).value: row for row in range(2, sheet.max_row + 1)}
    assert len(rows) == 7
    texts = rows[str(made["texts"].id)]
    with db.read() as session:
        assert sheet.cell(texts, column["번호 / 编号"]).value == plan_ref(session, made["texts"])
    assert sheet.cell(texts, column["전체회의 / 全体会议"]).value == 2
    assert sheet.cell(texts, column["분과 / 工作组"]).value == "ECO"
    assert sheet.cell(texts, column["제목 / 标题 (ko)"]).value == "두  칸   띄어 쓴 제목"
    assert sheet.cell(texts, column["내용 / 内容 (ko)"]).value == "첫 줄\n둘째 줄\n\n넷째 줄"
    assert sheet.cell(texts, column["추진 상태 / 状态"]).value == "추진 중 / 推进中"
    progress = sheet.cell(texts, column["진척도 / 进度"])
    assert progress.value == 0 and progress.data_type == "n"
    due = sheet.cell(texts, column["완료 예정일 / 预计完成日期"])
    assert due.is_date and due.value == datetime(2017, 12, 31)
    assert due.number_format == "yyyy-mm-dd"
    last = sheet.cell(texts, column["최근 변경 / 最近变更"])
    assert last.is_date and last.value == datetime(2016, 3, 1)
    assert sheet.cell(texts, column["제목 / 标题 (ja)"]).value is None  # a gap stays empty
    carried = rows[str(made["carried"].id)]
    with db.read() as session:
        assert sheet.cell(carried, column["이전 사업 / 延续自"]).value == plan_ref(
            session, made["zero"]
        )
    # An independent reader agrees: numbers are numbers, dates are dates.
    calamine = {row[0]: row for row in sheet_rows(path, 1)[1:]}
    values = calamine[str(made["at"].id)]
    assert values[column["진척도 / 进度"] - 1] == 55
    assert calamine[str(made["plus"].id)][column["완료 예정일 / 预计完成日期"] - 1] == date(
        2016, 2, 29
    )


def test_formula_like_titles_are_text(db: Database, committee, tmp_path: Path) -> None:
    _built, made = committee
    path = export(db, tmp_path / "c.xlsx")
    sheet = plans_sheet(path)
    column = by_header(sheet)["제목 / 标题 (ko)"]
    cells = {sheet.cell(row, 1).value: sheet.cell(row, column) for row in range(2, 9)}
    for key, title in zip(("formula", "plus", "at"), FORMULA_TITLES, strict=True):
        cell = cells[str(made[key].id)]
        assert cell.value == title
        assert cell.data_type == "s"
        assert cell.quotePrefix
    titles = {row[column - 1] for row in sheet_rows(path, 1)[1:]}
    assert set(FORMULA_TITLES) <= titles
    with zipfile.ZipFile(path) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet2.xml").decode()


def test_forbidden_characters_are_removed(db: Database, committee, tmp_path: Path) -> None:
    _built, made = committee
    sheet = plans_sheet(export(db, tmp_path / "c.xlsx"))
    column = by_header(sheet)
    row = next(r for r in range(2, 9) if sheet.cell(r, 1).value == str(made["control"].id))
    assert sheet.cell(row, column["제목 / 标题 (ko)"]).value == "제어문자제목"
    assert sheet.cell(row, column["제목 / 标题 (zh)"]).value == "控制字符"


def test_plans_sheet_has_validations_frozen_header_filter_and_colours(
    db: Database, committee, tmp_path: Path
) -> None:
    sheet = plans_sheet(export(db, tmp_path / "c.xlsx"))
    column = {
        header: cell.column_letter for header, cell in zip(by_header(sheet), sheet[1], strict=True)
    }
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == f"A1:{sheet[1][-1].column_letter}8"
    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    status = validations[f"{column['추진 상태 / 状态']}2:{column['추진 상태 / 状态']}1008"]
    assert status.type == "list"
    assert (
        status.formula1
        == '"합의 / 已商定,추진 중 / 推进中,이행 완료 / 已落实,보류 / 暂缓,중단 / 已终止"'
    )
    origin = validations[f"{column['제안 / 提出方']}2:{column['제안 / 提出方']}1008"]
    assert origin.formula1 == '"A측 / A方,B측 / B方,공동 / 共同"'
    horizon = validations[f"{column['기간 / 期限']}2:{column['기간 / 期限']}1008"]
    assert horizon.formula1 == '"단기 / 近期,중장기 / 中长期"'
    team = validations[f"{column['분과 / 工作组']}2:{column['분과 / 工作组']}1008"]
    assert team.formula1 == '"ECO,ENV"'
    progress = validations[f"{column['진척도 / 进度']}2:{column['진척도 / 进度']}1008"]
    assert (progress.type, progress.formula1, progress.formula2) == ("whole", "0", "100")
    rules = [rule for ranges in sheet.conditional_formatting for rule in ranges.rules]
    assert len(rules) == 5
    assert sheet.column_dimensions["E"].width == 42
    assert sheet["A1"].font.bold


def test_other_sheets(db: Database, committee, tmp_path: Path) -> None:
    path = export(db, tmp_path / "c.xlsx")
    summary = sheet_rows(path, 0)
    assert summary[0][0] == "Test Committee"
    header = next(i for i, row in enumerate(summary) if row[0] == "전체회의 / 全体会议")
    committee_rows = summary[header + 1 : header + 4]
    assert [row[0] for row in committee_rows] == [1, 2, 3]
    assert committee_rows[0][5] == 3  # plans of the 1st conference
    with zipfile.ZipFile(path) as archive:
        assert "xl/charts/chart1.xml" in archive.namelist()
    mous = sheet_rows(path, 6)
    assert mous[1][:4] == ["협약", "协议", "체결 / 已签署", date(2015, 10, 21)]
    meetings = sheet_rows(path, 7)
    assert meetings[1][:4] == [date(2016, 5, 2), "분과 실무회의 / 工作组会议", 2, "ECO"]
    activities = sheet_rows(path, 8)
    assert activities[1][:5] == [date(2016, 7, 1), "ECO", "청소년 교류 / 青少年交流", "A → B", 12]
    history = sheet_rows(path, 9)
    kick_off = next(row for row in history if row[6] == "kick-off")
    assert kick_off[3:6] == [date(2016, 3, 1), "합의 / 已商定", "추진 중 / 推进中"]
    assert len(history) == 1 + 7 + 1  # every plan's first status, and the change


def test_one_conference(db: Database, committee, tmp_path: Path) -> None:
    path = tmp_path / "c2.xlsx"
    assert run_to_end(write_workbook(db, path, conference=2)) == 4
    assert {row[2] for row in sheet_rows(path, 1)[1:]} == {2}
    assert len(sheet_rows(path, 6)) == 2  # the MOU signed at the 2nd conference


def test_progress_reports_and_returns_the_plan_count(db: Database, committee, tmp_path) -> None:
    steps = []
    count = run_to_end(write_workbook(db, tmp_path / "c.xlsx"), steps.append)
    assert count == 7
    assert steps[0].done == 0 and steps[-1].done == steps[-1].total
    assert [step.done for step in steps] == sorted(step.done for step in steps)


def test_cancel_leaves_nothing_and_keeps_the_old_file(db: Database, committee, tmp_path) -> None:
    target = tmp_path / "c.xlsx"
    target.write_bytes(b"the earlier export")
    work = write_workbook(db, target)
    next(work)
    next(work)
    work.close()  # what the app's Cancel does
    assert target.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "c.xlsx",
        "committee.db",
        *([n for n in ("committee.db-shm", "committee.db-wal") if (tmp_path / n).exists()]),
    ]


def test_bad_requests_write_nothing(db: Database, committee, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        run_to_end(write_workbook(db, tmp_path / "x.xlsx", conference=9))
    with pytest.raises(ValidationError, match="two different languages"):
        run_to_end(write_workbook(db, tmp_path / "x.xlsx", languages=("ko", "ko")))
    assert not (tmp_path / "x.xlsx").exists()


def test_empty_database(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    assert run_to_end(write_workbook(db, path)) == 0
    assert len(sheet_rows(path, 1)) == 1


def test_libreoffice_reads_it(db: Database, committee, tmp_path: Path, soffice: str) -> None:
    path = export(db, tmp_path / "c.xlsx")
    out = tmp_path / "out"
    result = subprocess.run(
        [
            soffice,
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        timeout=120,
        check=False,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    assert result.returncode == 0, result.stderr
    plans_csv = next(out.glob("c-사업*.csv")).read_text(encoding="utf-8")
    assert "두  칸   띄어 쓴 제목" in plans_csv
    assert '"=HYPERLINK(""http://x"",""y"")"' in plans_csv
    assert "2017-12-31" in plans_csv


def test_a_table_longer_than_a_sheet_goes_on_to_the_next(
    db: Database, committee, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel opens at most 1,048,576 rows a sheet: the status history (1,000,000 changes at
    the scale of a national association) continues on a sheet of its own."""
    from exports.xlsx import sheets

    monkeypatch.setattr(sheets, "SHEET_ROWS", 8)  # the Plans sheet's 1 + 7 rows just fit
    path = export(db, tmp_path / "c.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames[-2:] == [
        "추진 상태 이력 · 状态变更记录",
        "추진 상태 이력 · 状态变更记录 (2)",
    ]
    first, rest = (sheet_rows(path, index) for index in (9, 10))
    assert len(first) == 8 and len(rest) == 1 + 1  # the header again, then the last change
    assert first[0] == rest[0]
    assert workbook.worksheets[10].auto_filter.ref == "A1:I2"


def test_a_plans_sheet_longer_than_excel_holds_is_refused(
    db: Database, committee, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Plans sheet is what the import reads back: it is never split, the export stops."""
    from exports.xlsx import sheets

    monkeypatch.setattr(sheets, "SHEET_ROWS", 5)
    target = tmp_path / "c.xlsx"
    with pytest.raises(sheets.TooManyRowsError, match="export one conference at a time"):
        export(db, target)
    assert not target.exists()
