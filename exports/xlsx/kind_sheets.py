"""Workbook sheets made from the record kinds' descriptions (secretariat/kinds): the
Committee, Conferences, Postponements and Teams sheets the export writes, the columns the
import recognises on every sheet it reads, and which kind a sheet's title names.

A field is one column (a text per language: one column per language, the working languages
first); its header is its label in the export's two languages, and the import recognises the
label in any language or pair, or the bare field name (`code`, `name_ko`), so a sheet typed by
hand works as well as an exported one.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlmodel import Session, select

from exports.xlsx.columns import SHEET_SEPARATOR, SheetColumn, normalise, spellings
from exports.xlsx.sheets import Rows, Table, start_table, write_rows
from secretariat.kinds import KINDS, FieldSpec, FieldType, RecordKind, kind_named
from secretariat.kinds.fields import NO_LABEL, YES_LABEL
from secretariat.labels import ENUM_LABELS, SHEET_LABELS, bilingual
from secretariat.models import LANGUAGES, Conference, Team

WIDTHS = {FieldType.TEXTS: 30, FieldType.TEXT: 18, FieldType.DATE: 12, FieldType.ENUM: 16}
# Kinds whose whole sheet the export writes from the description (the others have sheets of
# their own: Plans, MOUs, Meetings, Activities, Status history).
DESCRIBED_SHEETS = ("committee", "conferences", "postponements", "teams")


def ordered_languages(languages: tuple[str, str]) -> tuple[str, ...]:
    return (*languages, *(language for language in LANGUAGES if language not in languages))


def kind_columns(kind: RecordKind, languages: tuple[str, str]) -> list[SheetColumn]:
    """The sheet's columns: key = the field name, or for a text per language its column."""
    columns: list[SheetColumn] = []
    for spec in kind.fields:
        width = WIDTHS.get(spec.datatype, 11)
        if spec.datatype is FieldType.TEXTS:
            columns += [
                SheetColumn(f"{spec.attribute}_{language}", spec.label, language, width)
                for language in ordered_languages(languages)
            ]
        else:
            columns.append(SheetColumn(spec.name, spec.label, width=width))
    return columns


def sheet_title_of(kind: RecordKind, languages: tuple[str, str]) -> str:
    return bilingual(SHEET_LABELS[kind.plural], languages, SHEET_SEPARATOR)


# --- export -----------------------------------------------------------------------------------


class References:
    """Natural keys of the records a sheet refers to: conference numbers, team codes."""

    def __init__(self, session: Session) -> None:
        self.keys: dict[str, dict[uuid.UUID, Any]] = {
            "conference": {c.id: c.number for c in session.exec(select(Conference))},
            "team": {t.id: t.code for t in session.exec(select(Team))},
        }

    def key_of(self, kind: str, record_id: uuid.UUID | None) -> Any:
        return None if record_id is None else self.keys[kind].get(record_id)


def cell_value(spec: FieldSpec, value: Any, languages: tuple[str, str], refs: References) -> Any:
    """A field's value as the export writes it in a cell (the import reads it back)."""
    if spec.datatype is FieldType.ENUM and isinstance(value, enum.Enum):
        return bilingual(ENUM_LABELS[value], languages)
    if spec.datatype is FieldType.BOOLEAN and value is not None:
        return bilingual(YES_LABEL if value else NO_LABEL, languages)
    if spec.datatype is FieldType.REFERENCE:
        assert spec.references is not None
        return refs.key_of(spec.references, value)
    return value


def kind_rows(
    kind: RecordKind, records: Iterable[Any], languages: tuple[str, str], refs: References
) -> Iterable[list[Any]]:
    for record in records:
        cells: list[Any] = []
        for spec in kind.fields:
            if spec.datatype is FieldType.TEXTS:
                cells += [
                    getattr(record, f"{spec.attribute}_{language}")
                    for language in ordered_languages(languages)
                ]
            else:
                cells.append(cell_value(spec, getattr(record, spec.attribute), languages, refs))
        yield cells


def _records(session: Session, kind: RecordKind, conference_id: uuid.UUID | None) -> list[Any]:
    model: Any = kind.model
    query = select(model)
    if kind.name == "conference":
        query = query.order_by(model.number)
        if conference_id is not None:
            query = query.where(model.id == conference_id)
    elif kind.name == "postponement":
        query = query.order_by(model.decided_on)
        if conference_id is not None:
            query = query.where(model.conference_id == conference_id)
    elif kind.name == "team":
        query = query.order_by(model.sort_order, model.code)
    return list(session.exec(query))


def described_rows(session: Session, kind_name: str, conference_id: uuid.UUID | None) -> int:
    """How many rows the kind's sheet will have (for the export's progress)."""
    return len(_records(session, kind_named(kind_name), conference_id))


def write_kind_sheet(
    workbook: Any,
    session: Session | None,
    kind_name: str,
    languages: tuple[str, str],
    conference_id: uuid.UUID | None = None,
) -> Rows:
    """Write one described kind's sheet; no session: the sheet empty (the template)."""
    kind = kind_named(kind_name)
    columns = kind_columns(kind, languages)
    table = start_table(workbook, sheet_title_of(kind, languages), columns, languages)
    if session is None:
        count = yield from write_rows(table, (), list)
    else:
        refs = References(session)
        rows = kind_rows(kind, _records(session, kind, conference_id), languages, refs)
        count = yield from write_rows(table, rows, list)
    add_choices(table, kind, languages, count)
    return count


def add_choices(table: Table, kind: RecordKind, languages: tuple[str, str], count: int) -> None:
    """Drop-downs of the labels for each enum and yes/no column, below the rows too."""
    from exports.xlsx.plans_sheet import EXTRA_ROWS, list_validation

    last_row = count + 1 + EXTRA_ROWS
    for spec in kind.fields:
        if spec.datatype is FieldType.ENUM and spec.enum is not None:
            choices = [bilingual(ENUM_LABELS[member], languages) for member in spec.enum]
        elif spec.datatype is FieldType.BOOLEAN:
            choices = [bilingual(label, languages) for label in (YES_LABEL, NO_LABEL)]
        else:
            continue
        validation = list_validation(choices)
        if validation is None:
            continue
        validation.allow_blank = True
        letter = table.letter(spec.name)
        validation.add(f"{letter}2:{letter}{last_row}")
        table.worksheet.data_validations.append(validation)


# --- recognising sheets and headers -----------------------------------------------------------


@cache
def sheet_kinds() -> dict[str, str]:
    """Normalised sheet title -> the plural name of the kind it holds (or `instructions`,
    `summary`: sheets the import knows and skips)."""
    titles: dict[str, str] = {}
    for name, label in SHEET_LABELS.items():
        for spelling in spellings(label, SHEET_SEPARATOR) | {normalise(name)}:
            titles.setdefault(spelling, name)
    return titles


def kind_of_sheet(title: str) -> str | None:
    """The kind a sheet holds, from its title ("Teams", "분과", "Teams · 분과", "Teams (2)")."""
    text = normalise(title)
    if text.endswith(")") and " (" in text:  # a continued sheet: "History (2)"
        text = text.rsplit(" (", 1)[0]
    return sheet_kinds().get(text)


@cache
def header_keys(kind_plural: str) -> dict[str, str]:
    """Normalised header -> column key for a described kind's sheet."""
    kind = kind_named(kind_plural)
    keys: dict[str, str] = {}
    for column in kind_columns(kind, ("en", "ko")):
        names = {normalise(column.key)}
        for word in spellings(column.label):
            names.add(f"{word} ({column.language})" if column.language else word)
        for name in names:
            keys.setdefault(name, column.key)
    return keys


def described_kinds() -> tuple[str, ...]:
    return tuple(kind.plural for kind in KINDS)
