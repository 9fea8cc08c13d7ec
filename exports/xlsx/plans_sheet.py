"""The Plans sheet: one row per plan, every language's title and description, drop-downs for
status / origin / horizon / team, whole-number checks, status colours.

It is the sheet that comes back in (exports/xlsx_in/importer.py), and the one that grows to 100,000
rows, so rows are read along the (conference, team, number) index and turned into cells by a
function that patches a few positions of each row instead of looking every column up.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import Select, bindparam, null, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from exports.xlsx.columns import (
    ENUM_FIELDS,
    enum_text,
    plan_columns,
    plans_sheet_title,
    unplaced_fields,
)
from exports.xlsx.printing import print_columns
from exports.xlsx.sheets import (
    SHEET_ROWS,
    Rows,
    Table,
    day,
    raw,
    start_table,
    stream_by_team,
    text_or_null,
    uuid_text,
    write_rows,
)
from secretariat.kinds import FieldType
from secretariat.models import Conference, Plan, PlanStatus, Team
from secretariat.text import column

EXTRA_ROWS = 1000  # drop-downs and colours reach this far below the plans, for new rows
STATUS_FILLS = {
    PlanStatus.agreed: "E8EEF7",
    PlanStatus.in_progress: "FFF2CC",
    PlanStatus.implemented: "D9EAD3",
    PlanStatus.on_hold: "FCE5CD",
    PlanStatus.dropped: "EFEFEF",
}
DATE_KEYS = ("due_date", "last_change")


def date_keys() -> tuple[str, ...]:
    """The columns holding a date: the sheet's own, and a date field added to Plan."""
    added = (spec.attribute for spec in unplaced_fields() if spec.datatype is FieldType.DATE)
    return (*DATE_KEYS, *added)


def plans_query(keys: Sequence[str]) -> Select[*tuple[Any, ...]]:
    """One SQL column per sheet column, in sheet order, then the continued plan's conference
    number and team code; for the plans of one conference and team (bound parameters).
    `ref` and `continues` select the plans' numbers: the row function makes references."""
    earlier = aliased(Plan)
    earlier_conference = aliased(Conference)
    earlier_team = aliased(Team)
    special: dict[str, Any] = {
        "id": raw(col(Plan.id)),
        "ref": col(Plan.seq),
        "conference": col(Conference.number),
        "team": col(Team.code),
        "continues": col(earlier.seq),
        "note": null(),
        "last_change": raw(col(Plan.status_changed_on)),
        "due_date": raw(col(Plan.due_date)),
        **{field: raw(getattr(Plan, field)) for field in ENUM_FIELDS},
        **{  # a number or a date as it is stored (`plan_cells` makes the dates days)
            spec.attribute: raw(getattr(Plan, spec.attribute))
            for spec in unplaced_fields()
            if spec.datatype is not FieldType.TEXT
        },
    }
    fields: list[Any] = [
        special[key] if key in special else text_or_null(getattr(Plan, key)) for key in keys
    ]
    return (
        select(
            *(field.label(f"c{index}") for index, field in enumerate(fields)),
            col(earlier_conference.number).label("earlier_number"),
            col(earlier_team.code).label("earlier_code"),
        )
        .join(Conference, col(Conference.id) == col(Plan.conference_id))
        .join(Team, col(Team.id) == col(Plan.team_id))
        .outerjoin(earlier, col(earlier.id) == col(Plan.continues_plan_id))
        .outerjoin(earlier_conference, col(earlier_conference.id) == col(earlier.conference_id))
        .outerjoin(earlier_team, col(earlier_team.id) == col(earlier.team_id))
        .where(
            col(Plan.conference_id) == bindparam("conference_id"),
            col(Plan.team_id) == bindparam("team_id"),
        )
        .order_by(col(Plan.seq))
    )


def write_plans(
    workbook: Any,
    session: Session,
    languages: tuple[str, str],
    *,
    conference_id: uuid.UUID | None,
    team_codes: Sequence[str],
) -> Rows:
    columns = plan_columns(languages)
    table = start_table(
        workbook,
        plans_sheet_title(languages),
        columns,
        languages,
        freeze="C2",
        repeat=repeated_columns(languages),
    )
    keys = [spec.key for spec in columns]
    rows = stream_by_team(session, plans_query(keys), conference_id)
    count = yield from write_rows(table, rows, plan_cells(keys, languages), one_sheet=True)
    _add_validations(table, count, languages, team_codes)
    _print_reading_columns(table, keys, count)
    return count


def _print_reading_columns(table: Table, keys: Sequence[str], count: int) -> None:
    """All the columns on one page wide would be too small to read: the print holds the
    reference to the last change (not the id, the descriptions and the other languages'
    texts, which are there for the import)."""
    print_columns(table.worksheet, keys.index("ref") + 1, keys.index("last_change") + 1, count + 1)


def repeated_columns(languages: tuple[str, str]) -> tuple[str, ...]:
    """What names a plan on every printed page: its reference and titles (and the conference
    and team between them)."""
    return ("ref", *(column("title", language) for language in languages))


def plan_cells(keys: Sequence[str], languages: tuple[str, str]) -> Callable[[Any], list[Any]]:
    """A function from a query row to the sheet's cells, built once: it runs per plan."""
    width = len(keys)
    id_, ref, number, code, continues = (
        keys.index(key) for key in ("id", "ref", "conference", "team", "continues")
    )
    dates = [keys.index(key) for key in date_keys()]
    enum_positions = [
        (keys.index(field), {member.value: enum_text(member, languages) for member in enum_type})
        for field, enum_type in ENUM_FIELDS.items()
    ]

    def to_cells(row: Any) -> list[Any]:
        cells = list(row[:width])
        cells[id_] = uuid_text(cells[id_])
        cells[ref] = f"{cells[number]}-{cells[code]}-{cells[ref]:02d}"
        if cells[continues] is not None:
            cells[continues] = f"{row[width]}-{row[width + 1]}-{cells[continues]:02d}"
        for position, texts in enum_positions:
            cells[position] = texts[cells[position]]
        for position in dates:
            if cells[position] is not None:
                cells[position] = day(cells[position])
        return cells

    return to_cells


def write_empty_plans(workbook: Any, languages: tuple[str, str], team_codes: Sequence[str]) -> Rows:
    """The Plans sheet with its header and drop-downs and no plan (the template)."""
    columns = plan_columns(languages)
    table = start_table(
        workbook,
        plans_sheet_title(languages),
        columns,
        languages,
        freeze="C2",
        repeat=repeated_columns(languages),
    )
    count = yield from write_rows(table, (), list, one_sheet=True)
    _add_validations(table, count, languages, team_codes)
    return count


def list_validation(choices: Sequence[str]) -> DataValidation | None:
    """A drop-down of `choices`, or None when Excel could not hold the list inline."""
    formula = '"' + ",".join(choices) + '"'
    if len(formula) > 257 or any("," in choice or '"' in choice for choice in choices):
        return None
    return DataValidation(type="list", formula1=formula)


def _add_validations(
    table: Table, count: int, languages: tuple[str, str], team_codes: Sequence[str]
) -> None:
    worksheet = table.worksheet
    last_row = min(count + 1 + EXTRA_ROWS, SHEET_ROWS)
    validations: list[tuple[str, DataValidation | None]] = [
        (field, list_validation([enum_text(member, languages) for member in enum_type]))
        for field, enum_type in ENUM_FIELDS.items()
    ]
    validations += [
        ("team", list_validation(list(team_codes))),
        (
            "progress",
            DataValidation(type="whole", operator="between", formula1="0", formula2="100"),
        ),
        ("conference", DataValidation(type="whole", operator="greaterThan", formula1="0")),
    ]
    for key, validation in validations:
        if validation is None:
            continue
        validation.showErrorMessage = True
        validation.allow_blank = True
        letter = table.letter(key)
        validation.add(f"{letter}2:{letter}{last_row}")
        worksheet.data_validations.append(validation)
    _add_colours(table, last_row, languages)


def _add_colours(table: Table, last_row: int, languages: tuple[str, str]) -> None:
    """Status cells coloured by their value, so the colour follows an edit in the sheet."""
    status = table.letter("status")
    for member, colour in STATUS_FILLS.items():
        rule = CellIsRule(
            operator="equal",
            formula=['"' + enum_text(member, languages) + '"'],
            fill=PatternFill("solid", fgColor=colour, bgColor=colour),
        )
        table.worksheet.conditional_formatting.add(f"{status}2:{status}{last_row}", rule)
