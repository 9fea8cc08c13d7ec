"""Rows of a write-only sheet written as XML text, the very text openpyxl would write.

openpyxl's write-only sheet turns every value into a `Cell`, the cell into an ElementTree
element, and serialises the element: three quarters of the time of a workbook of plans and
their status history (13,000 plans: 13 s, 3.3 s with rows as text). A row of plain values
(text, numbers, dates) is written here as one string, the same bytes openpyxl writes for it
(a test compares the two sheets byte for byte); any other row (a styled cell, a formula, a
row with its own height) goes through openpyxl as before. The text goes into openpyxl's own
XML stream (et_xmlfile); with lxml installed, openpyxl streams through lxml, which takes no
raw text, and writes every row itself.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from datetime import date, datetime
from math import isfinite
from typing import Any

from et_xmlfile.xmlfile import _IncrementalFileWriter
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.compat.strings import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

MAX_CELL_TEXT = 32_767  # Excel refuses longer cell text; openpyxl cuts it
ERROR_TEXTS = frozenset(ERROR_CODES)  # "#N/A" and the like: error values, not text

RowStream = Generator[None, Sequence[Any], None]


def write_rows_as_text(worksheet: Any) -> None:
    """From now on, `worksheet.append` writes plain rows as text. Call it before the first row
    (later it changes nothing: openpyxl's own stream has started)."""
    if getattr(worksheet, "_rows", None) is not None:
        return
    worksheet._get_writer()
    stream = _row_stream(worksheet)
    next(stream)
    worksheet._rows = stream


def _row_stream(worksheet: Any) -> RowStream:
    """openpyxl's `WriteOnlyWorksheet._write_rows`, with plain rows written as text."""
    writer = worksheet._writer
    xml = writer.xf.send(True)
    # et_xmlfile 2's writer: `_file` writes text as it is (et_xmlfile 1 held a file there).
    raw = isinstance(xml, _IncrementalFileWriter) and callable(getattr(xml, "_file", None))
    to_text = RowText(worksheet) if raw else None
    dimensions = worksheet.row_dimensions
    with xml.element("sheetData"):
        row_index = 1
        try:
            while True:
                values = yield
                text = None
                if to_text is not None and row_index not in dimensions:
                    text = to_text(values, row_index)
                if text is None:
                    cells = worksheet._values_to_row(values, row_index)
                    writer.write_row(xml, cells, row_index)
                else:
                    xml._file(text)  # the stream's own write: text as it is
                row_index += 1
        except GeneratorExit:
            pass
    writer.xf.send(None)


class RowText:
    """A row of plain values as sheet XML, or None when openpyxl must write it."""

    def __init__(self, worksheet: Any) -> None:
        self.worksheet = worksheet
        self.letters: list[str] = []
        self.styles: dict[type, str] = {}  # style id of date and datetime cells
        self.serials: dict[date, str] = {}  # dates as Excel day numbers, as text
        workbook = worksheet.parent
        self.dates = not workbook.iso_dates
        self.epoch = workbook.epoch

    def __call__(self, values: Sequence[Any], row_index: int) -> str | None:
        if values.__class__ is not list and values.__class__ is not tuple:
            return None  # a generator, a range: openpyxl's way
        if len(values) > len(self.letters):
            self.letters = [get_column_letter(i) for i in range(1, len(values) + 1)]
        if not self._plain_texts(values):
            return None
        row = str(row_index)
        parts = [f'<row r="{row}">']
        for letter, value in zip(self.letters, values, strict=False):
            kind = value.__class__
            if kind is str:
                parts.append(_text_cell(letter + row, value))
            elif kind is int or (kind is float and isfinite(value)):
                parts.append(f'<c r="{letter}{row}" t="n"><v>{safe_string(value)}</v></c>')
            elif self.dates and (kind is date or (kind is datetime and value.tzinfo is None)):
                parts.append(self._date_cell(letter + row, value))
            elif value is not None:
                return None
        parts.append("</row>")
        return "".join(parts)

    @staticmethod
    def _plain_texts(values: Sequence[Any]) -> bool:
        """Is every text one openpyxl would write as it is: not a formula, an error value or
        empty, no character it refuses (`IllegalCharacterError`), not cut?"""
        texts = [value for value in values if value.__class__ is str]
        for text in texts:
            if not text or text[0] == "=" or text in ERROR_TEXTS or len(text) > MAX_CELL_TEXT:
                return False
        return ILLEGAL_CHARACTERS_RE.search("".join(texts)) is None

    def _date_cell(self, reference: str, value: date) -> str:
        style = self.styles.get(value.__class__)
        if style is None:
            # The style openpyxl gives a cell holding such a value (its number format).
            style = self.styles[value.__class__] = str(
                WriteOnlyCell(self.worksheet, value=value).style_id
            )
        serial = self.serials.get(value)
        if serial is None:
            serial = safe_string(to_excel(value, self.epoch))
            if value.__class__ is date:
                self.serials[value] = serial
        return f'<c r="{reference}" s="{style}" t="n"><v>{serial}</v></c>'


def _text_cell(reference: str, text: str) -> str:
    stripped = text.strip()
    space = ' xml:space="preserve"' if stripped and stripped != text else ""
    return f'<c r="{reference}" t="inlineStr"><is><t{space}>{_escaped(text)}</t></is></c>'


def _escaped(text: str) -> str:
    """Text as XML character data, escaped as ElementTree escapes it (most text needs nothing,
    which is worth checking first)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text
