"""The workbook as it prints, read back with openpyxl: A4 landscape, one page wide, the header
row and the columns naming a plan repeated, header rows as tall as their labels, the id column
wide enough for a whole UUID."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from exports.xlsx.printing import LINE_HEIGHT, wrapped_lines
from exports.xlsx.workbook import write_workbook
from secretariat.db import Database
from secretariat.progress import run_to_end


def test_every_sheet_prints_on_a4_landscape_one_page_wide(
    demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "demo.xlsx"
    run_to_end(write_workbook(demo_db, path))
    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        setup = sheet.page_setup
        assert int(setup.paperSize) == 9, sheet.title  # A4
        assert setup.orientation == "landscape", sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (1, 0), sheet.title
    plans = workbook.worksheets[1]
    assert plans.print_title_rows == "$1:$1"
    # The reference, conference, team and both titles at the left of every page.
    heads = [cell.value for cell in plans[1]]
    assert plans.print_title_cols == "$B:$F"
    assert heads[1] == "번호 / 编号" and heads[5] == "제목 / 标题 (zh)"
    # A whole UUID shows in the id column.
    assert plans.column_dimensions["A"].width >= len(str(plans["A2"].value)) + 1


def test_the_template_prints_on_a4_too(tmp_path: Path) -> None:
    from exports.xlsx.template import write_template

    path = tmp_path / "template.xlsx"
    run_to_end(write_template(path, ("ko", "zh"), ["ECO", "CUL"]))
    for sheet in load_workbook(path).worksheets:
        assert int(sheet.page_setup.paperSize) == 9, sheet.title
        assert sheet.page_setup.orientation == "landscape", sheet.title


def header_fits(sheet, row: int) -> None:  # type: ignore[no-untyped-def]
    height = sheet.row_dimensions[row].height
    for index, cell in enumerate(sheet[row], start=1):
        if cell.value:
            width = sheet.column_dimensions[get_column_letter(index)].width
            lines = wrapped_lines(str(cell.value), width)
            assert height >= lines * LINE_HEIGHT, (sheet.title, cell.value, width, height)


def test_header_rows_are_as_tall_as_their_labels(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "demo.xlsx"
    run_to_end(write_workbook(demo_db, path, languages=("en", "ko")))
    workbook = load_workbook(path)
    for sheet in workbook.worksheets[1:]:
        header_fits(sheet, 1)
    summary = workbook.worksheets[0]
    header_rows = [cell.row for cell in summary["A"] if cell.value in ("Conference / 전체회의",)]
    assert len(header_rows) == 2  # the committee's block and the teams'
    for row in header_rows:
        header_fits(summary, row)
        # Long labels such as "Implementation rate Change (pp) / 이행률 증감(%p)" need
        # more than the old fixed 45 points on the Summary sheet.
    assert max(summary.row_dimensions[row].height for row in header_rows) > 45


def test_wrapping_estimate() -> None:
    assert wrapped_lines("Title / 제목", 20) == 1
    assert wrapped_lines("Implementation rate Change (pp) / 이행률 증감(%p)", 12) >= 4
    assert wrapped_lines("공동제안비율증감", 6) >= 3  # a long CJK run across lines


def test_the_plans_sheet_prints_the_columns_a_reader_needs(
    demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "demo.xlsx"
    plans = run_to_end(write_workbook(demo_db, path))
    sheet = load_workbook(path).worksheets[1]
    heads = [cell.value for cell in sheet[1]]
    # From the reference to the last change, every plan: not the id or the descriptions.
    last = get_column_letter(heads.index("최근 변경 / 最近变更") + 1)
    assert sheet.print_area == f"'{sheet.title}'!$B$1:${last}${plans + 1}"
