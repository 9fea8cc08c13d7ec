"""How the workbook's sheets print: A4 landscape (without a paper size LibreOffice prints
Letter), fitted to one page wide, the header row on every page and the columns that name a
row (a plan's reference and titles) at the left of every page; and header rows as tall as
their wrapped bilingual labels."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from typing import Any

from openpyxl.utils import get_column_letter

A4 = 9  # the paper size code of SpreadsheetML
LINE_HEIGHT = 15.0  # points per line of 11-point bold text
# One unit of column width holds about one digit; a wide (CJK) character takes two, and the
# bold header a little more than its regular width.
BOLD_FACTOR = 1.1


def set_up_printing(worksheet: Any, repeat: Sequence[int] = (), *, grid: bool = True) -> None:
    """A4, landscape, one page wide and as many tall as the rows need, row 1 repeated on every
    page, the columns numbered `repeat` (1-based, contiguous) repeated at the left, and the
    grid printed (the cells have no borders of their own) unless not a `grid`."""
    setup = worksheet.page_setup
    setup.paperSize = A4
    setup.orientation = "landscape"
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages tall as it takes
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    worksheet.print_options.gridLines = grid
    worksheet.print_title_rows = "1:1"
    if repeat:
        first, last = get_column_letter(min(repeat)), get_column_letter(max(repeat))
        worksheet.print_title_cols = f"{first}:{last}"


def print_columns(worksheet: Any, first: int, last: int, rows: int) -> None:
    """Print only columns `first` to `last` (1-based): a sheet too wide to read on one page
    prints the columns a reader needs."""
    start, end = get_column_letter(first), get_column_letter(last)
    worksheet.print_area = f"{start}1:{end}{max(rows, 1)}"


def text_width(text: str) -> float:
    """The width of text in column-width units."""
    return sum(2.0 if unicodedata.east_asian_width(c) in "WF" else 1.0 for c in text)


def wrapped_lines(text: str, width: float) -> int:
    """How many lines a wrapped cell of this width shows the text on (words wrap at spaces,
    a word wider than the cell across lines)."""
    room = max(width - 1.0, 1.0)  # the cell's inner margins
    lines = 0
    for paragraph in text.split("\n"):
        used, count = 0.0, 1
        for word in paragraph.split(" "):
            size = text_width(word) * BOLD_FACTOR
            if used and used + 1 + size > room:
                count += 1
                used = 0.0
            if size > room:  # a long word (or CJK run) fills lines of its own
                count += math.ceil(size / room) - 1
                size = size % room or room
            used += size + (1 if used else 0)
        lines += count
    return lines


def header_height(labels: Sequence[str], widths: Sequence[float]) -> float:
    """Points for a header row whose every label shows whole."""
    lines = max(
        (wrapped_lines(label, width) for label, width in zip(labels, widths, strict=True)),
        default=1,
    )
    return lines * LINE_HEIGHT + 4
