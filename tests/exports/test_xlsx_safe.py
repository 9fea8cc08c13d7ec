"""Safe cells: user text that looks like a formula stays text, characters XML forbids go,
sheet titles are ones Excel accepts."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook

from exports.xlsx.safe import (
    MAX_CELL_TEXT,
    SafeSheet,
    cell_text,
    needs_text_cell,
    sheet_title,
)

DANGEROUS = [
    '=HYPERLINK("http://x","y")',
    "+1",
    "-1+2",
    "@SUM(A1)",
    "=1+1",
    "\t=cmd|' /C calc'!A0",
    "\r=1",
    "#N/A",
    "#DIV/0!",
]


def read_back(text: str) -> str:
    """XML readers turn a carriage return in text into a line feed."""
    return text.replace("\r", "\n")


def write(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook(write_only=True)
    sheet = SafeSheet(workbook.create_sheet("Data"))
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_formula_like_text_is_written_as_text(tmp_path: Path) -> None:
    path = write(tmp_path / "x.xlsx", [[text, "plain"] for text in DANGEROUS])
    sheet = load_workbook(path).active
    for row, text in enumerate(DANGEROUS, 1):
        cell = sheet.cell(row, 1)
        assert cell.value == read_back(text)
        assert cell.data_type == "s", text
        assert cell.quotePrefix, text  # stays text when someone edits it in Excel
        assert sheet.cell(row, 2).quotePrefix is False
    # An independent reader sees the same text, not a formula or an error value.
    values = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Data").to_python()
    assert [row[0] for row in values] == [read_back(text) for text in DANGEROUS]


def test_forbidden_characters_are_removed(tmp_path: Path) -> None:
    dirty = "a\x00b\x01c\x0bd\x1fe\ufffef\uffffg\ud800h"
    assert cell_text(dirty) == "abcdefgh"
    assert cell_text("tab\tnew\nline\rok 한국 中文 😀") == "tab\tnew\nline\rok 한국 中文 😀"
    path = write(tmp_path / "x.xlsx", [[dirty, 1], ["=\x01A1", 2]])
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "abcdefgh"
    assert sheet["A2"].value == "=A1"
    assert sheet["A2"].data_type == "s"


def test_values_keep_their_types(tmp_path: Path) -> None:
    from datetime import date

    path = write(tmp_path / "x.xlsx", [["text", 42, 2.5, date(2024, 3, 1), None, "", True]])
    sheet = load_workbook(path).active
    values = [cell.value for cell in sheet[1]]
    assert values[:3] == ["text", 42, 2.5]
    assert values[3].date() == date(2024, 3, 1)
    assert sheet["D1"].is_date
    assert values[4] is None and values[5] is None  # empty text is an empty cell
    assert values[6] is True


def test_long_text_is_cut_to_what_excel_holds() -> None:
    assert len(cell_text("x" * (MAX_CELL_TEXT + 10))) == MAX_CELL_TEXT


@pytest.mark.parametrize("text", ["+", "-", "=", "@", "\tx", "\nx", "#N/A"])
def test_needs_text_cell(text: str) -> None:
    assert needs_text_cell(text)


@pytest.mark.parametrize("text", ["Plan", "1-ECO-01", "a=b", "합의 / 已商定", "#1"])
def test_plain_text_needs_nothing(text: str) -> None:
    assert not needs_text_cell(text)


def test_sheet_titles_excel_accepts() -> None:
    assert sheet_title("Plans [2024]: a/b\\c*d?e") == "Plans 2024 a b c d e"
    assert sheet_title("'quoted'") == "quoted"
    assert sheet_title("") == "Sheet"
    long = "사업 · 项目 · Plans of the committee and more words"
    assert len(sheet_title(long)) == 31
    assert sheet_title("Plans", ["plans"]) == "Plans (2)"
    assert sheet_title("x" * 40, ["x" * 31]) == "x" * 27 + " (2)"


def test_titles_are_accepted_by_openpyxl(tmp_path: Path) -> None:
    workbook = Workbook()
    for title in ("a:b", "[x]", "?" * 40, "요약 · 摘要"):
        workbook.create_sheet(sheet_title(title, workbook.sheetnames))
    workbook.save(tmp_path / "t.xlsx")
    assert len(load_workbook(tmp_path / "t.xlsx").sheetnames) == 5
