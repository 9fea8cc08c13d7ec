"""Reading a sheet's rows by streaming its XML, a few megabytes at a time.

python-calamine lays a whole sheet out in memory before the first row is read: a Status
history sheet of 1,000,000 changes took 560 MB and 12 s (with the extent scan that has to
come before it). The sheets our export writes, and those Excel or LibreOffice save, hold plain
cells (`<c r="B7" s="3" t="s"><v>12</v></c>`), which a regular expression reads at the speed
of the decompression, holding one chunk of XML and one row of values at a time; the extent is
checked cell by cell as the rows come, so a stray cell at XFD1048576 is refused when it is
met, and costs nothing before.

A sheet holding anything else (a formula, a rich-text run, a cell without its reference, a
prefixed namespace) raises NotStreamableError, at its first such cell: the caller then reads the
sheet the careful way (exports/xlsx_in/file.py), from the start. Values are given as
python-calamine gives them: text as str, numbers as float, a number formatted as a date as a
date (or a datetime when it has a time), booleans as bool, an empty cell as "".
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from html import unescape
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from openpyxl.utils import column_index_from_string

CHUNK = 1 << 22  # bytes of XML read at a time
MAX_ROW_BYTES = 64 << 20  # one row's XML: past that it is no table of records
PLAIN_CELL = re.compile(
    # The attributes after the reference are read whole (an attribute holding "/" or ">"
    # leaves the cell unmatched: the sheet is then read the careful way).
    rb'<c r="([A-Z]{1,3})([0-9]{1,7})"([^>/]*)'
    rb"(?:/>|>(?:<v>([^<]*)</v>|<is><t(?:\s[^>]*)?>([^<]*)</t></is>|<is><t\s*/></is>)?</c>)"
)
ANY_CELL = re.compile(rb"<c[\s>/]")
STYLE = re.compile(rb'\ss="([0-9]+)"')
TYPE = re.compile(rb'\st="([a-zA-Z]+)"')
OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
SHARED_ITEM = re.compile(rb"<si>(.*?)</si>|<si\s*/>", re.S)
TEXT_RUN = re.compile(rb"<t(?:\s[^>]*)?>([^<]*)</t>")
PHONETIC = re.compile(rb"<rPh\b.*?</rPh>", re.S)
BUILTIN_DATE_FORMATS = set(range(14, 23)) | set(range(27, 37)) | set(range(45, 48))
BUILTIN_DATE_FORMATS |= set(range(50, 59))
DATE_CODE = re.compile(r"[dmyhs]", re.I)
QUOTED_OR_BRACKETED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_SHARED, _NUMBER, _INLINE, _DATE, _OTHER = range(5)  # how a cell of given attributes is read
MEMO_LIMIT = 50_000  # distinct texts and dates remembered per sheet
MEMO_TEXT_BYTES = 400  # a longer text is seldom repeated: not remembered


class NotStreamableError(Exception):
    """The sheet holds a cell this reader does not read: read it the careful way instead."""


class SheetTooLargeError(Exception):
    """A cell lies past the bound the caller set: `column` (1-based) or `row` says where."""

    def __init__(self, *, column: int | None = None, row: int | None = None) -> None:
        super().__init__(f"column {column}" if column is not None else f"row {row}")
        self.column, self.row = column, row


def stream_rows(
    archive_path: Path, part: str, max_row: int, max_column: int
) -> Iterator[list[Any]]:
    """The sheet's rows from row 1 on, each a list of values by column (a missing row, an
    empty list). Raises SheetTooLargeError at the first cell past `max_row` or `max_column`, and
    NotStreamableError at the first cell it does not read."""
    with zipfile.ZipFile(archive_path) as archive:
        reader = _CellReader(archive, max_row, max_column)
        with archive.open(part) as stream:
            yield from reader.rows(_row_chunks(stream))


def _row_chunks(stream: Any) -> Iterator[bytes]:
    """The XML in pieces that end after a whole row (a cell is never cut in two)."""
    tail = b""
    started = False
    while chunk := stream.read(CHUNK):
        window = tail + chunk
        if not started:
            if b"<sheetData" not in window:
                if len(window) > MAX_ROW_BYTES:
                    raise NotStreamableError("no plain sheetData element")
                tail = window
                continue
            started = True
        end = window.rfind(b"</row>")
        if end < 0:
            if len(window) > MAX_ROW_BYTES:
                raise NotStreamableError("a row larger than the reader holds")
            tail = window
            continue
        end += len(b"</row>")
        yield window[:end]
        tail = window[end:]
    if not started:
        raise NotStreamableError("no plain sheetData element")
    yield tail


class _CellReader:
    """Turns cells into values, with what the workbook says about strings, styles and dates."""

    def __init__(self, archive: zipfile.ZipFile, max_row: int, max_column: int) -> None:
        self.max_row, self.max_column = max_row, max_column
        parts = _workbook_parts(archive)
        self.shared = _shared_strings(archive, parts.get("sharedStrings"))
        self.date_styles = _date_styles(archive, parts.get("styles"))
        self.epoch = _epoch(archive)
        self.columns: dict[bytes, int] = {}
        self.attributes: dict[bytes, tuple[bool, bytes]] = {}
        self.kinds: dict[bytes, int] = {}  # a cell's attributes -> how it is read (_SHARED...)
        # Values the sheet repeats (a status, a ref, a title, a date), by their XML: read once.
        self.texts: dict[bytes, str] = {}
        self.dates: dict[bytes, date | datetime] = {}

    def rows(self, chunks: Iterator[bytes]) -> Iterator[list[Any]]:
        # The loop a sheet of a million rows runs for each of its seven million cells: what
        # it needs is bound to local names, and the common cells (an inline or shared
        # string, a number, a date) are read without a method call.
        columns, kinds, shared = self.columns, self.kinds, self.shared
        texts, dates = self.texts, self.dates
        current, row, current_digits = 1, list[Any](), b"1"
        for chunk in chunks:
            cells = PLAIN_CELL.findall(chunk)
            if len(cells) != len(ANY_CELL.findall(chunk)):
                raise NotStreamableError("a cell this reader does not read")
            for letters, digits, attributes, number, text in cells:
                column = columns.get(letters)
                if column is None:  # before the row: a far cell is named by its column
                    column = self._column(letters)
                if digits != current_digits:
                    row_number = int(digits)
                    if row_number < current:
                        raise NotStreamableError("rows out of order")
                    self._check_row(row_number)
                    yield row
                    yield from ([] for _ in range(row_number - current - 1))
                    current, row, current_digits = row_number, [], digits
                kind = kinds.get(attributes)
                if kind is None:
                    kind = self._kind(attributes)
                value: Any
                if kind == _INLINE:
                    value = texts.get(text)
                    if value is None:
                        value = self._remembered(texts, text, _text(text))
                elif kind == _SHARED and number.isdigit() and int(number) < len(shared):
                    value = shared[int(number)]
                elif kind == _NUMBER and number:
                    value = float(number)
                elif kind == _DATE and number:
                    value = dates.get(number)
                    if value is None:
                        value = self._remembered(dates, number, self._date(float(number)))
                else:
                    value = self._value(attributes, number, text)
                if column == len(row):
                    row.append(value)
                else:
                    if column > len(row):
                        row.extend([""] * (column - len(row) + 1))
                    row[column] = value
        yield row

    def _check_row(self, row_number: int) -> None:
        if row_number > self.max_row:
            raise SheetTooLargeError(row=row_number)

    def _column(self, letters: bytes) -> int:
        try:
            return self.columns[letters]
        except KeyError:
            index: int = column_index_from_string(letters.decode())
            if index > self.max_column:
                raise SheetTooLargeError(column=index) from None
            self.columns[letters] = index - 1
            return index - 1

    def _value(self, attributes: bytes, number: bytes, text: bytes) -> Any:
        is_date, kind = self._attributes(attributes)
        if kind == b"inlineStr":
            return _text(text)
        if kind in (b"n", b""):
            if not number:
                return ""
            value = float(number)
            return self._date(value) if is_date else value
        if kind == b"s":
            return self._shared(number)
        if kind == b"str":
            return _text(number)
        if kind == b"b":
            return number == b"1"
        if kind == b"d":
            return datetime.fromisoformat(number.decode()) if number else ""
        raise NotStreamableError(f"a cell of type {kind.decode()!r}")  # an error value, ...

    def _kind(self, attributes: bytes) -> int:
        is_date, kind = self._attributes(attributes)
        found = _OTHER
        if kind in (b"n", b""):
            found = _DATE if is_date else _NUMBER
        elif kind in (b"s", b"inlineStr"):
            found = _SHARED if kind == b"s" else _INLINE
        self.kinds[attributes] = found
        return found

    @staticmethod
    def _remembered(memo: dict[bytes, Any], raw: bytes, value: Any) -> Any:
        if len(memo) < MEMO_LIMIT and len(raw) <= MEMO_TEXT_BYTES:
            memo[raw] = value
        return value

    def _attributes(self, attributes: bytes) -> tuple[bool, bytes]:
        try:
            return self.attributes[attributes]
        except KeyError:
            style, kind = STYLE.search(attributes), TYPE.search(attributes)
            is_date = style is not None and int(style.group(1)) in self.date_styles
            found = (is_date, kind.group(1) if kind else b"")
            self.attributes[attributes] = found
            return found

    def _shared(self, number: bytes) -> str:
        if not number.isdigit() or int(number) >= len(self.shared):  # "-1" is not the last
            raise NotStreamableError("a shared string that is not there")
        return self.shared[int(number)]

    def _date(self, serial: float) -> date | datetime:
        if serial < 60 and self.epoch.year == 1899:
            serial += 1  # Excel counts a 29 February 1900 that never was
        # To the millisecond, as Excel keeps times and calamine reads them: a float of days
        # is a microsecond off at 09:30 (2026-11-23 09:30:00.000001).
        moment = self.epoch + timedelta(milliseconds=round(serial * 86_400_000))
        return moment.date() if serial.is_integer() else moment


def _text(raw: bytes) -> str:
    text = raw.decode("utf-8")
    if "&" in text:
        text = unescape(text)
    if "_x" in text:
        text = OOXML_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
    return text.replace("\r\n", "\n")


def _workbook_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """The shared strings' and styles' parts, by the workbook's relationships."""
    parts: dict[str, str] = {}
    try:
        relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return parts
    for element in relations:
        kind = element.get("Type", "").rsplit("/", 1)[-1]
        target = element.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        if kind in ("sharedStrings", "styles") and part in archive.namelist():
            parts[kind] = part
    return parts


def _shared_strings(archive: zipfile.ZipFile, part: str | None) -> list[str]:
    """Every shared string, rich-text runs joined and phonetic guides left out, as Excel
    shows the cell."""
    if part is None:
        return []
    strings: list[str] = []
    with archive.open(part) as stream:
        tail = b""
        while chunk := stream.read(CHUNK):
            window = tail + chunk
            end = window.rfind(b"</si>")
            end = end + len(b"</si>") if end >= 0 else 0
            strings += [_shared_item(item) for item in SHARED_ITEM.findall(window, 0, end)]
            tail = window[end:]
            if len(tail) > MAX_ROW_BYTES:
                raise NotStreamableError("a shared string larger than the reader holds")
        strings += [_shared_item(item) for item in SHARED_ITEM.findall(tail)]
    return strings


def _shared_item(item: bytes) -> str:
    if b"<rPh" in item:
        item = PHONETIC.sub(b"", item)
    return "".join(_text(run) for run in TEXT_RUN.findall(item))


def _date_styles(archive: zipfile.ZipFile, part: str | None) -> set[int]:
    """The cell styles (indexes into cellXfs) whose number format shows a date."""
    if part is None:
        return set()
    root = ElementTree.fromstring(archive.read(part))
    custom = {
        int(element.get("numFmtId", "0")): element.get("formatCode", "")
        for element in root.iter(f"{MAIN_NS}numFmt")
    }
    cell_formats = root.find(f"{MAIN_NS}cellXfs")
    styles: set[int] = set()
    for index, xf in enumerate(cell_formats if cell_formats is not None else []):
        format_id = int(xf.get("numFmtId", "0"))
        if format_id in BUILTIN_DATE_FORMATS or _is_date_code(custom.get(format_id, "")):
            styles.add(index)
    return styles


def _is_date_code(code: str) -> bool:
    """A custom number format that shows a date or time ("yyyy-mm-dd"), not "0.0%"."""
    shown = QUOTED_OR_BRACKETED.sub("", code.split(";", 1)[0])
    return code.lower() != "general" and DATE_CODE.search(shown) is not None


def _epoch(archive: zipfile.ZipFile) -> datetime:
    workbook = archive.read("xl/workbook.xml")
    if re.search(rb'date1904="(?:1|true)"', workbook):
        return datetime(1904, 1, 1)
    return datetime(1899, 12, 30)
