"""The streaming sheet reader (exports/xlsx_in/stream.py) gives what python-calamine gives, for
the sheets openpyxl writes with shared strings and those our export writes with inline
strings; anything else it does not read makes it step aside for the careful reader."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from exports.xlsx.row_text import write_rows_as_text
from exports.xlsx_in.stream import NotStreamableError, SheetTooLargeError, stream_rows

# Values repeated down the rows, as a history sheet repeats its statuses, refs and dates:
# the reader remembers what it read, and must give each cell its own value still.
ROWS: list[list[Any]] = [
    ["ref", "title", "day", "count", "note"],
    *(
        [f"1-ECO-{number % 3:02d}", "same title", date(2024, 1, 1 + number % 2), number, "x"]
        for number in range(12)
    ),
    ["a & b < c", "line\nbreak", datetime(2026, 11, 23, 9, 30), 0.25, None],
    [None, None, None, None, "far"],
    ["한국어 中文", "", date(1900, 1, 15), -3, "  spaced  "],
]


def _written(path: Path, *, inline: bool) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Rows")
    if inline:
        write_rows_as_text(sheet)  # our export's way: inline strings
    for row in ROWS:
        sheet.append(row)
    workbook.save(path)
    return path


def _sheet_part(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return next(name for name in archive.namelist() if name.startswith("xl/worksheets/"))


def _trimmed(rows: list[list[Any]]) -> list[list[Any]]:
    trimmed = [list(row) for row in rows]
    for row in trimmed:
        while row and row[-1] == "":
            row.pop()
    return trimmed


@pytest.mark.parametrize("inline", [True, False], ids=["inline strings", "shared strings"])
def test_the_rows_are_what_calamine_reads(tmp_path: Path, inline: bool) -> None:
    path = _written(tmp_path / "rows.xlsx", inline=inline)
    streamed = list(stream_rows(path, _sheet_part(path), 1_000, 100))
    expected = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Rows").to_python()
    assert _trimmed(streamed) == _trimmed(expected)
    assert streamed[1][2] == date(2024, 1, 1) and streamed[2][2] == date(2024, 1, 2)
    assert [row[0] for row in streamed[1:4]] == ["1-ECO-00", "1-ECO-01", "1-ECO-02"]


def _with_cell(tmp_path: Path, cell: bytes) -> Path:
    """A workbook of our export whose second row's first cell is `cell`, as XML."""
    path = _written(tmp_path / "rows.xlsx", inline=True)
    part = _sheet_part(path)
    with zipfile.ZipFile(path) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    sheet = contents[part]
    start = sheet.index(b'<c r="A2"')
    end = sheet.index(b"</c>", start) + len(b"</c>")
    contents[part] = sheet[:start] + cell + sheet[end:]
    changed = tmp_path / "changed.xlsx"
    with zipfile.ZipFile(changed, "w") as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    return changed


@pytest.mark.parametrize(
    "cell",
    [
        b'<c r="A2" t="s"><v>-1</v></c>',  # not the last shared string: no such string
        b'<c r="A2" t="s"><v>999</v></c>',
        b'<c r="A2" t="e"><v>#N/A</v></c>',
        b'<c r="A2" t="str"><f>1+1</f><v>2</v></c>',
        b'<c r="A2" t="inlineStr" cm="a/b"><is><t>odd attribute</t></is></c>',
    ],
    ids=["negative shared index", "missing shared string", "error", "formula", "odd attribute"],
)
def test_a_cell_it_does_not_read_sends_the_sheet_to_the_careful_reader(
    tmp_path: Path, cell: bytes
) -> None:
    path = _with_cell(tmp_path, cell)
    with pytest.raises(NotStreamableError):
        list(stream_rows(path, _sheet_part(path), 1_000, 100))


def test_escaped_text_is_read_as_excel_shows_it(tmp_path: Path) -> None:
    cell = b'<c r="A2" t="inlineStr"><is><t>a &amp; b_x000D_&#10;c</t></is></c>'
    path = _with_cell(tmp_path, cell)
    rows = list(stream_rows(path, _sheet_part(path), 1_000, 100))
    assert rows[1][0] == "a & b\r\nc".replace("\r\n", "\n")


def test_a_cell_past_the_bound_is_refused_when_met(tmp_path: Path) -> None:
    path = _with_cell(tmp_path, b'<c r="XFD2" t="inlineStr"><is><t>far</t></is></c>')
    with pytest.raises(SheetTooLargeError) as raised:
        list(stream_rows(path, _sheet_part(path), 1_000, 100))
    assert raised.value.column == 16_384
