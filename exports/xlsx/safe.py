"""Safe cell writing for workbooks of user text: never a formula, never a character XML forbids,
sheet titles Excel accepts.

A title typed as `=HYPERLINK("http://x","y")` must reach the spreadsheet as that text: openpyxl
would store any string starting with `=` as a formula, and Excel re-reads text starting with
`+ - @` (or a tab or line break before them) as a formula when someone edits the cell. Such text
is written as a string cell with Excel's "quote prefix" style, so it stays text even after an
edit, while its value is exactly what was typed (an export read back compares equal).
(After pretix `helpers/safe_openpyxl.py` and tablib's `_xlsx.py`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Alignment, Font, PatternFill

from exports.xlsx.row_text import ERROR_TEXTS, MAX_CELL_TEXT, write_rows_as_text

# XML 1.0: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
ILLEGAL_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n")
# First characters of text that may need care: a formula, an error value, empty text.
SUSPECT_STARTS = FORMULA_TRIGGERS | {"#", ""}
MAX_SHEET_TITLE = 31
SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
HEADER_ALIGNMENT = Alignment(vertical="top", wrap_text=True)


def cell_text(text: str) -> str:
    """Text as a cell can hold it: characters XML forbids removed, at most 32,767 characters.
    The import compares stored text through this too, so an export read back is unchanged."""
    if ILLEGAL_XML.search(text) is not None:
        text = ILLEGAL_XML.sub("", text)
    return text[:MAX_CELL_TEXT]


def needs_text_cell(text: str) -> bool:
    """Would a spreadsheet read this text as something else (a formula, an error value)?"""
    return text[:1] in FORMULA_TRIGGERS or text in ERROR_TEXTS


def text_cell(sheet: Any, text: str) -> Any:
    """A cell that holds `text` as text whatever it starts with."""
    cell = WriteOnlyCell(sheet)
    cell.value = text  # may infer a formula or an error value...
    cell.data_type = TYPE_STRING  # ...so say what it is
    cell.quotePrefix = True  # and keep it text when someone edits it in Excel
    return cell


def safe_value(sheet: Any, value: Any) -> Any:
    """One value ready for `append`: text cleaned and protected, empty text as an empty cell."""
    if isinstance(value, str):
        if not value:
            return None  # an inline string cell without text is invalid in some readers
        value = cell_text(value)
        if needs_text_cell(value):
            return text_cell(sheet, value)
        return value
    if isinstance(value, datetime) and value.tzinfo is not None:
        raise TypeError("aware datetimes must be converted before they reach a cell")
    return value


class SafeSheet:
    """Appends rows to a write-only worksheet with every value passed through `safe_value`."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        self.rows_written = 0

    def append(self, values: list[Any]) -> None:
        strings = [value for value in values if value.__class__ is str]
        joined = "".join(strings)
        # Most rows hold only plain text, numbers and dates: check the row's texts at once,
        # and look at each cell only when something may need care.
        if (
            not SUSPECT_STARTS.isdisjoint([text[:1] for text in strings])
            or len(joined) > MAX_CELL_TEXT
            or ILLEGAL_XML.search(joined) is not None
        ):
            values = [safe_value(self.sheet, value) for value in values]
        self._write(values)

    def append_header(self, labels: Sequence[str]) -> None:
        self._write(list(header_cells(self.sheet, labels)))

    def _write(self, values: list[Any]) -> None:
        if self.rows_written == 0:
            write_rows_as_text(self.sheet)  # before the first row, once its set-up is done
        self.sheet.append(values)
        self.rows_written += 1

    def styled(self, value: Any, **style: Any) -> Any:
        """A cell with a style (number format, font...), its value made safe first."""
        clean = safe_value(self.sheet, value)
        cell = clean if hasattr(clean, "data_type") else WriteOnlyCell(self.sheet, value=clean)
        for name, setting in style.items():
            setattr(cell, name, setting)
        return cell


def header_cells(sheet: Any, labels: Sequence[str]) -> Iterator[Any]:
    for label in labels:
        cell = WriteOnlyCell(sheet, value=None)
        cleaned = cell_text(label)
        cell.value = cleaned
        cell.data_type = TYPE_STRING
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGNMENT
        yield cell


def sheet_title(text: str, taken: Iterable[str] = ()) -> str:
    """A sheet title Excel accepts: no `[]:*?/\\`, no leading or trailing apostrophe, at most
    31 characters, not empty, and different (ignoring case) from the titles already taken."""
    title = SHEET_TITLE_FORBIDDEN.sub(" ", cell_text(text))
    title = " ".join(title.split()).strip("'").strip()[:MAX_SHEET_TITLE].strip() or "Sheet"
    used = {name.casefold() for name in taken}
    candidate, number = title, 1
    while candidate.casefold() in used:
        number += 1
        suffix = f" ({number})"
        candidate = title[: MAX_SHEET_TITLE - len(suffix)].rstrip() + suffix
    return candidate


def excel_date(value: date | datetime | None) -> date | None:
    """A date for a date cell (datetimes lose their time: the workbook shows days)."""
    if isinstance(value, datetime):
        return value.date()
    return value
