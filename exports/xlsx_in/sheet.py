"""Reading one sheet of a described kind (Committee, Conferences, Postponements, Teams, MOUs)
into rows of checked values, its extent bounded before a cell is read.

Each header is matched to a field of the kind (exports/xlsx/kind_sheets.header_keys); each cell
is parsed by its field's description (`FieldSpec.parse`): a wrong cell becomes a Rejection
naming the sheet, row, column, value and what was expected. A formula is read as the text
typed, never evaluated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from openpyxl.utils import get_column_letter
from sqlmodel import Session

from exports.xlsx.columns import normalise
from exports.xlsx.kind_sheets import header_keys
from exports.xlsx_in.file import WorkbookImportError, check_extent, streamed_values
from exports.xlsx_in.rows import Expectation, Rejection, as_cell_text, expectation, rejection
from exports.xlsx_in.stream import NotStreamableError
from secretariat.errors import ValidationError
from secretariat.kinds import FieldType, RecordKind, kind_named
from secretariat.messages import expected
from secretariat.models import LANGUAGES

Staged = TypeVar("Staged")
MAX_RECORD_ROWS = 100_000  # rows of a records sheet (the Plans sheet has its own bound)
# Sheets our own export fills past that at a large committee's size (two activities and ten
# status changes a plan): as many rows as a sheet holds in Excel, less its header.
MAX_ROWS_OF_KIND = {"history": 1_048_575, "activities": 1_048_575}


@dataclass(slots=True)  # a sheet may hold a million of them
class RecordRow:
    """One row of a records sheet: its number, values by key, and its rejected cells."""

    number: int
    values: dict[str, Any] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)


@dataclass
class RecordSheet:
    title: str
    kind: RecordKind
    headers: dict[str, str] = field(default_factory=dict)  # key -> header text
    letters: dict[str, str] = field(default_factory=dict)  # key -> column letter
    rows: list[RecordRow] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # headers not read

    def reject(self, row: RecordRow, key: str, value: Any, expected: Expectation) -> None:
        letter, header = self.letters.get(key, ""), self.headers.get(key, key)
        row.rejections.append(rejection(self.title, row.number, letter, header, value, expected))


def read_record_sheet(path: Path, workbook: Any, title: str, kind_plural: str) -> RecordSheet:
    """The sheet's rows, checked cell by cell (not yet against the database)."""
    try:
        sheet, rows = record_rows(path, workbook, title, kind_plural)
        sheet.rows = list(rows)
    except NotStreamableError:  # a formula, a rich-text run...: from the start, the careful way
        sheet, rows = record_rows(path, workbook, title, kind_plural, careful=True)
        sheet.rows = list(rows)
    return sheet


def staged_as_read(
    session: Session,
    path: Path,
    workbook: Any,
    title: str,
    kind_plural: str,
    stage: Callable[[RecordSheet, Iterator[RecordRow]], Staged],
) -> Staged:
    """`stage(sheet, rows)` as the rows are streamed (a sheet of a million rows is never held
    whole); where a cell needs the careful reader (a formula, rich text), what was staged is
    rolled back and the sheet is read again, the careful way."""
    savepoint = session.begin_nested()
    try:
        sheet, rows = record_rows(path, workbook, title, kind_plural)
        staged = stage(sheet, rows)
    except NotStreamableError:
        savepoint.rollback()
        sheet, rows = record_rows(path, workbook, title, kind_plural, careful=True)
        return stage(sheet, rows)
    savepoint.commit()
    return staged


def record_rows(
    path: Path, workbook: Any, title: str, kind_plural: str, careful: bool = False
) -> tuple[RecordSheet, Iterator[RecordRow]]:
    """The sheet with its header read, and its rows as they are read (a sheet of a million
    status changes is never held whole). Unless `careful`, the rows are streamed and may
    raise NotStreamableError before the last (then read again with `careful`)."""
    sheet = RecordSheet(title, kind_named(kind_plural))
    limit = MAX_ROWS_OF_KIND.get(kind_plural, MAX_RECORD_ROWS)
    values = _bounded_values(path, workbook, title, limit, careful)
    keys = _header_keys(sheet, next(values, []))
    return sheet, _rows(sheet, keys, values, limit, path.name)


def _rows(
    sheet: RecordSheet, keys: list[str | None], values: Iterator[list[Any]], limit: int, name: str
) -> Iterator[RecordRow]:
    # The columns read, in order: (index, key, parser).
    read = [
        (index, key, _column_parser(sheet.kind, key))
        for index, key in enumerate(keys)
        if key is not None
    ]
    required = [
        spec.name
        for spec in sheet.kind.fields
        # A column the sheet does not have is left to the services (a new record needs it).
        if spec.required and spec.datatype is not FieldType.TEXTS and spec.name in sheet.headers
    ]
    count = 0
    for number, cells in enumerate(values, start=2):
        # any() first: a row holding a truthy value is not empty, and it is tested in C.
        if not any(cells) and all(value in (None, "") for value in cells):
            continue
        count += 1
        if count > limit:
            raise WorkbookImportError(
                f"{name}: the sheet {sheet.title} has more than {limit:,} rows"
            )
        yield _parse_row(sheet, read, required, number, cells)


def _bounded_values(
    path: Path, workbook: Any, title: str, limit: int, careful: bool
) -> Iterator[list[Any]]:
    streamed = None if careful else streamed_values(path, title, limit)
    if streamed is not None:
        return streamed
    scan = check_extent(path, title, limit)  # before calamine lays the sheet out
    if scan is None or scan.formulas:
        return _openpyxl_values(path, title)
    sheet = workbook.get_sheet_by_name(title)
    # Row by row when the sheet starts at A1, as ours do (iter_rows() leaves out empty
    # leading columns, so a sheet that starts elsewhere is read whole, its cells where they
    # are).
    if tuple(sheet.start or (0, 0)) == (0, 0):
        return iter(sheet.iter_rows())
    return iter(sheet.to_python(skip_empty_area=False))


def _openpyxl_values(path: Path, title: str) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    with path.open("rb") as handle:
        workbook = load_workbook(handle, read_only=True, data_only=False, keep_links=False)
        try:
            worksheet = workbook[title]
            worksheet.reset_dimensions()
            # A formula is kept as the text typed ("=1+1"), never its computed value.
            rows = [[cell.value for cell in cells] for cells in worksheet.iter_rows()]
        finally:
            workbook.close()
    return iter(rows)


def _header_keys(sheet: RecordSheet, header: list[Any]) -> list[str | None]:
    known = header_keys(sheet.kind.plural)
    keys: list[str | None] = []
    for index, text in enumerate(header):
        key = known.get(normalise(str(text))) if text not in (None, "") else None
        if key is not None and key in sheet.headers:
            raise WorkbookImportError(
                f"the sheet {sheet.title} has two columns for {sheet.headers[key]!r} "
                f"({sheet.letters[key]} and {get_column_letter(index + 1)})"
            )
        if key is None and text not in (None, ""):
            sheet.ignored.append(str(text))
        if key is not None:
            sheet.headers[key] = str(text)
            sheet.letters[key] = get_column_letter(index + 1)
        keys.append(key)
    return keys


def _parse_row(
    sheet: RecordSheet,
    read: list[tuple[int, str, ColumnParser]],
    required: list[str],
    number: int,
    cells: list[Any],
) -> RecordRow:
    row = RecordRow(number)
    values = row.values
    refused: list[str] = []
    length = len(cells)
    for index, key, parse in read:
        if index >= length:  # a row ends at its last cell: the rest is not there
            break
        value = cells[index]
        if value.__class__ is float and value.is_integer():
            value = int(value)  # calamine reads every number as a float
        parsed = parse(value)
        if isinstance(parsed, ValidationError):
            sheet.reject(row, key, value, expectation(parsed))
            refused.append(key)
        else:
            values[key] = parsed
    for name in required:
        if name not in values and name not in refused:
            sheet.reject(row, name, None, expected("required"))
    return row


ColumnParser = Callable[[Any], Any]  # a cell's value, or the ValidationError it raises
MEMO_LIMIT = 20_000  # distinct values remembered per column (statuses, dates, team codes...)


def _column_parser(kind: RecordKind, key: str) -> ColumnParser:
    """The column's parser, decided once for the sheet, remembering what it gave for the
    values a column repeats (a status, a date, a team code: a sheet of 1,000,000 status
    changes holds a few thousand distinct ones)."""
    memo: dict[tuple[type, Any], Any] = {}

    def parse(value: Any) -> Any:
        key_of_value = (type(value), value)  # True == 1 == 1.0, but they parse apart
        try:
            return memo[key_of_value]
        except KeyError:
            pass
        except TypeError:  # not hashable: not remembered
            return _parsed_or_error(kind, key, value)
        result = _parsed_or_error(kind, key, value)
        if len(memo) < MEMO_LIMIT:
            memo[key_of_value] = result
        return result

    return parse


def _parsed_or_error(kind: RecordKind, key: str, value: Any) -> Any:
    try:
        return _parse_cell(kind, key, value)
    except ValidationError as error:
        return error


def _parse_cell(kind: RecordKind, key: str, value: Any) -> Any:
    stem, _, language = key.rpartition("_")
    if language in LANGUAGES and any(
        spec.datatype is FieldType.TEXTS and spec.attribute == stem for spec in kind.fields
    ):
        return "" if value in (None, "") else as_cell_text(key, value)
    spec = kind.field(key)
    if spec.datatype in (FieldType.TEXT,) and value not in (None, ""):
        value = as_cell_text(key, value)
    return spec.parse(value)
