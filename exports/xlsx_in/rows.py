"""The Plans sheet's rows checked cell by cell, then compared with the database: which plans
change and how, which rows are new plans, which rows are rejected and why.

Cells are checked with the services' own validators (secretariat.services.validation), and a
row's result is checked as a whole by the plan rules (`plans.PLAN.check`) on a detached copy,
so a row the preview accepts is a row the import can write.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from exports.xlsx.columns import ENUM_FIELDS, enum_text, enum_values, normalise, unplaced_fields
from exports.xlsx.safe import cell_text
from exports.xlsx_in.file import Cell, QuickRow, QuickRows, SheetRows
from exports.xlsx_in.unchanged import ExportedRows
from secretariat.errors import ValidationError
from secretariat.kinds import FieldType
from secretariat.messages import Expected, expected, phrase
from secretariat.models import LANGUAGES
from secretariat.services import validation
from secretariat.text import clean, column

UNPLACED = {spec.attribute: spec for spec in unplaced_fields()}  # a field added to Plan
TEXT_KEYS = frozenset(
    [column(field, language) for field in ("title", "description") for language in LANGUAGES]
    + ["lead_agency_a", "lead_agency_b"]
    + [key for key, spec in UNPLACED.items() if spec.datatype is FieldType.TEXT]
)
FIXED_KEYS = ("ref", "conference", "team", "continues")  # shown for reference, never changed
EDITABLE_KEYS = (
    *sorted(TEXT_KEYS),
    "origin",
    "horizon",
    "progress",
    "due_date",
    *(key for key, spec in UNPLACED.items() if spec.datatype is not FieldType.TEXT),
)
NOTE_TEXT_KEYS = frozenset({"ref", "team", "continues", "note"})
SERVICE_FIELDS = {
    "team_id": "team",
    "conference_id": "conference",
    "continues_plan_id": "continues",
}


@dataclass(frozen=True)
class Rejection:
    """A cell (or a row) that cannot be imported, and what was expected there."""

    sheet: str
    row: int
    column: str  # letter; empty when the sheet has no such column
    header: str
    value: Any
    expected: str  # in English: the command line's report and the log
    # What was expected as data (a messages.py key and its parameters), phrased in the
    # interface language where it is shown; None for an English text with no key.
    what: Expected | None = dataclass_field(default=None, compare=False)

    def expected_in(self, language: str) -> str:
        return phrase(self.what, language) if self.what is not None else self.expected

    def __str__(self) -> str:
        where = f"{self.sheet} row {self.row}"
        if self.column:
            where += f", column {self.column} ({self.header})"
        elif self.header:
            where += f" ({self.header})"
        return f"{where}: expected {self.expected}, got {shown(self.value)}"


@dataclass(frozen=True)
class FieldChange:
    key: str  # the plan's field (title_ko, status, progress...)
    header: str  # the column's header in the file
    old: Any
    new: Any


@dataclass(frozen=True)
class PlanChange:
    """An existing plan the import changes."""

    row: int
    plan_id: uuid.UUID
    ref: str
    title: str
    changes: tuple[FieldChange, ...]  # every change shown, the status and its effects too
    values: dict[str, Any]  # fields written with records.change_record
    old_values: dict[str, Any]  # what they held at the preview (checked again before writing)
    status: Any  # the new PlanStatus, or None when the status stays
    old_status: Any
    changed_on: Any  # date of the status change
    note: str  # the row's note for the status history


@dataclass(frozen=True)
class NewPlan:
    """A row without an id: a plan the import adds."""

    row: int
    conference: int
    team: str
    title: str
    fields: dict[str, Any]  # for plans.add_plan
    status: Any
    changed_on: Any
    note: str
    seq: int | None = None  # from the row's ref (a sheet filled by hand), else the next one
    plan_id: uuid.UUID | None = None  # a plan of another database keeps its id
    ref: str = ""
    continues: str = ""


MAX_CELL_CHARACTERS = 32_767  # what Excel itself holds in a cell
SHOWN_CHARACTERS = 60


def shown(value: Any) -> str:
    """A value in a message: empty cells say so, text is quoted, a long text cut short."""
    if value is None or value == "":
        return "an empty cell"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, str) and len(value) > SHOWN_CHARACTERS:
        return f"{value[: SHOWN_CHARACTERS - 1]!r}… ({len(value):,} characters)"
    return repr(value)


def as_cell_text(field: str, value: Any) -> str:
    """Text as it is stored: a number typed into a text column is its digits; line breaks
    are `\\n` (XML turns `\\r\\n` into `\\n`), surrounding spaces trimmed (the services' rule)."""
    if isinstance(value, bool) or hasattr(value, "isoformat"):
        raise ValidationError(field, value, "text")
    if isinstance(value, str) and len(value) > MAX_CELL_CHARACTERS:
        raise ValidationError(
            field, value, f"at most {MAX_CELL_CHARACTERS:,} characters (what Excel holds in a cell)"
        )
    if isinstance(value, float) and value.is_integer():
        value = str(int(value))
    elif isinstance(value, int | float):
        value = str(value)
    return clean(validation.as_text(field, value).replace("\r\n", "\n").replace("\r", "\n"))


def comparable_text(stored: str) -> str:
    """Stored text as it reads back from an export (see as_cell_text and safe.cell_text)."""
    return cell_text(stored.replace("\r\n", "\n").replace("\r", "\n")).strip()


def _enum_parser(field: str, languages: tuple[str, str]) -> Callable[[Any], Any]:
    choices = ", ".join(enum_text(member, languages) for member in ENUM_FIELDS[field])

    def parse(value: Any) -> Any:
        member = enum_values(field).get(normalise(str(value)))
        if member is None:
            raise ValidationError(field, value, f"one of {choices}")
        return member

    return parse


def parsers(languages: tuple[str, str]) -> dict[str, Callable[[Any], Any]]:
    """How each column's cell becomes a clean value (raising ValidationError)."""

    def plan_id(value: Any) -> Any:
        try:
            return validation.as_uuid("id", value, required=False)
        except ValidationError:
            raise ValidationError(
                "id", value, "a plan id as exported (leave it empty for a new plan)"
            ) from None

    table: dict[str, Callable[[Any], Any]] = {
        "id": plan_id,
        "conference": lambda value: validation.as_int("conference", value, minimum=1),
        "progress": lambda value: validation.as_int("progress", value, minimum=0, maximum=100),
        "due_date": lambda value: validation.as_date("due_date", value, required=False),
        "last_change": lambda value: validation.as_date("last_change", value, required=False),
    }
    for field in ENUM_FIELDS:
        table[field] = _enum_parser(field, languages)
    for key, spec in UNPLACED.items():
        table[key] = spec.parse
    for key in TEXT_KEYS | NOTE_TEXT_KEYS:
        table[key] = _text_parser(key)
    return table


def _text_parser(key: str) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        return as_cell_text(key, value)

    return parse


@dataclass
class ParsedRow:
    """One row's cells as clean values, and the cells that could not be read."""

    number: int
    values: dict[str, Any]
    rejections: list[Rejection]
    unchanged: bool = False  # reads as the export writes its plan today: only its id is kept


def row_parser(
    languages: tuple[str, str], exported: ExportedRows | None = None
) -> Callable[[SheetRows, dict[str, Cell]], ParsedRow]:
    """Checks every cell of a row as it is read (read_plans_sheet keeps what this returns,
    so the cells of 100,000 rows, millions of objects, are never all held at once). A row
    that `exported` knows as unchanged keeps only its id (for the duplicate check)."""
    table = parsers(languages)

    def parse(sheet: SheetRows, cells: dict[str, Cell]) -> ParsedRow:
        if exported is not None and exported.unchanged(cells):
            number = cells["id"].row
            return ParsedRow(number, {"id": table["id"](cells["id"].value)}, [], unchanged=True)
        return _parse_row(sheet, cells, table)

    return parse


def unchanged_rows(languages: tuple[str, str], exported: ExportedRows) -> QuickRows:
    """For read_plans_sheet: rows `exported` knows as unchanged from their values alone, as
    `row_parser` would keep them (only their id)."""
    id_of = parsers(languages)["id"]

    def for_columns(keys: list[str | None]) -> QuickRow | None:
        unchanged_id = exported.unchanged_values(keys)
        if unchanged_id is None:
            return None

        def quick(values: list[Any], number: int) -> ParsedRow | None:
            plan_id = unchanged_id(values)
            if plan_id is None:
                return None
            return ParsedRow(number, {"id": id_of(plan_id)}, [], unchanged=True)

        return quick

    return for_columns


def reject_duplicate_ids(sheet: SheetRows, parsed: list[ParsedRow]) -> None:
    """An id on more than one row is rejected on each of its rows."""
    rows_by_id: dict[Any, list[ParsedRow]] = {}
    for row in parsed:
        if row.values.get("id") is not None:
            rows_by_id.setdefault(row.values["id"], []).append(row)
    for rows in rows_by_id.values():
        if len(rows) < 2:
            continue
        for row in rows:
            others = ", ".join(str(other.number) for other in rows if other is not row)
            row.rejections.append(
                reject(
                    sheet,
                    row.number,
                    "id",
                    row.values["id"],
                    expected("id_on_one_row", others=others),
                )
            )


def _parse_row(
    sheet: SheetRows, cells: dict[str, Cell], table: dict[str, Callable[[Any], Any]]
) -> ParsedRow:
    number = next(iter(cells.values())).row
    row = ParsedRow(number, {}, [])
    for key, cell in cells.items():
        if cell.is_formula:
            row.rejections.append(reject(sheet, number, key, cell.value, expected("not_a_formula")))
            continue
        try:
            row.values[key] = table[key](cell.value)
        except ValidationError as error:
            row.rejections.append(reject(sheet, number, key, cell.value, expectation(error)))
    return row


Expectation = Expected | str  # what a rejected cell should have held


def expectation(error: ValidationError) -> Expectation:
    """A validation error's expectation, as data when it has a key."""
    return error.what if error.what is not None else error.expected


def reject(sheet: SheetRows, row: int, key: str, value: Any, expected: Expectation) -> Rejection:
    """A rejection at the column of `key` (or naming the key when the sheet lacks it)."""
    return rejection(sheet.title, row, sheet.letters.get(key, ""), sheet.headers.get(key, key),
                     value, expected)  # fmt: skip


def rejection(
    sheet: str, row: int, letter: str, header: str, value: Any, expected: Expectation
) -> Rejection:
    """A Rejection keeping the expectation's key and parameters (and its English text)."""
    if isinstance(expected, Expected):
        return Rejection(sheet, row, letter, header, value, expected.english, expected)
    return Rejection(sheet, row, letter, header, value, expected)


def service_error_key(sheet: SheetRows, field: str, languages: tuple[str, str]) -> str:
    """The column a plan rule's error belongs to (`title` -> the first title column)."""
    if field in SERVICE_FIELDS:
        return SERVICE_FIELDS[field]
    if field in ("title", "description"):
        for language in (*languages, *LANGUAGES):
            if column(field, language) in sheet.headers:
                return column(field, language)
    return field if field in sheet.headers else "id"
