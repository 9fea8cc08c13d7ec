"""Rows written as text (exports/xlsx/row_text.py) are the bytes openpyxl writes for them."""

from __future__ import annotations

import gc
import zipfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet._writer import WorksheetWriter

from exports.xlsx.row_text import write_rows_as_text

PLAIN_ROWS: list[list[Any]] = [
    ["plain", "a & b < c > d", "  leading", "trailing  ", "   ", "한국어 中文 🎌", "quote \" '"],
    [1, -7, 0, 2**60, 0.1, -3.5, 1e20, 1 / 3],
    [date(2024, 2, 29), date(1900, 1, 15), date(1900, 3, 1), datetime(2026, 11, 23, 9, 30, 15)],
    [None, "after a gap", None, None, 5],
    ["line\nbreak", "tab\there", "#hashtag", "-minus", "+plus", "@at"],
    ["x" * 32_767],
    [],
]
# Rows openpyxl must write itself: what the text path does not know, or must not change.
OTHER_ROWS: list[list[Any]] = [
    ["=SUM(1, 2)", "formula"],
    ["#N/A", "an error value"],
    ["", "empty text"],
    [True, False],
    [Decimal("1.25")],
    [float("nan"), float("inf")],
    [timedelta(days=2)],
    ["x" * 32_768],
]


def write(path: Path, rows: list[list[Any]], *, as_text: bool) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Rows")
    sheet.column_dimensions["A"].width = 30
    sheet.freeze_panes = "B2"
    sheet.row_dimensions[2].height = 40
    if as_text:
        write_rows_as_text(sheet)
    header = WriteOnlyCell(sheet, value="Header")
    header.font = Font(bold=True)
    sheet.append([header, "styled row"])
    for row in rows:
        sheet.append(row)
    sheet.append(text for text in ["a", "generator"])
    sheet.append(("a", "tuple", 3))
    workbook.save(path)
    return path


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        # docProps/core.xml holds the time of writing
        return {name: archive.read(name) for name in archive.namelist() if "docProps" not in name}


def test_the_sheet_is_the_bytes_openpyxl_writes(tmp_path: Path) -> None:
    rows = PLAIN_ROWS + OTHER_ROWS + PLAIN_ROWS
    ours = parts(write(tmp_path / "ours.xlsx", rows, as_text=True))
    openpyxl = parts(write(tmp_path / "openpyxl.xlsx", rows, as_text=False))
    assert ours.keys() == openpyxl.keys()
    for name in openpyxl:
        assert ours[name] == openpyxl[name], name


def test_plain_rows_skip_openpyxl_and_others_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written_by_openpyxl: list[int] = []
    write_row = WorksheetWriter.write_row

    def counting(self: WorksheetWriter, xml: Any, row: Any, row_index: int) -> None:
        written_by_openpyxl.append(row_index)
        write_row(self, xml, row, row_index)

    monkeypatch.setattr(WorksheetWriter, "write_row", counting)
    write(tmp_path / "ours.xlsx", PLAIN_ROWS + OTHER_ROWS, as_text=True)
    first_other = 2 + len(PLAIN_ROWS)
    generator_row = first_other + len(OTHER_ROWS)
    # the styled header, the row with a height, the other rows, the generator
    expected = [1, 2, *range(first_other, generator_row), generator_row]
    assert written_by_openpyxl == expected


def test_an_aware_datetime_is_refused_as_openpyxl_refuses_it(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="timezones"):
        write(tmp_path / "ours.xlsx", [[datetime(2026, 1, 1, tzinfo=UTC)]], as_text=True)


@pytest.mark.parametrize("as_text", [True, False])
# the sheet, never saved, is collected with its stream open (so it is with openpyxl alone)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_character_openpyxl_refuses_is_refused_the_same_way(
    tmp_path: Path, as_text: bool
) -> None:
    with pytest.raises(IllegalCharacterError):
        write(tmp_path / "ours.xlsx", [["bell \x07"]], as_text=as_text)
    gc.collect()  # here, where the warning is expected


def test_after_the_first_row_nothing_changes(tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Rows")
    sheet.append(["first"])
    stream = sheet._rows
    write_rows_as_text(sheet)
    assert sheet._rows is stream
    workbook.save(tmp_path / "rows.xlsx")
