"""Table sheets of the workbook: a bold frozen header, widths, autofilter, rows streamed from
SQL.

Every sheet is write-only (rows go straight to disk), so widths, the frozen pane and the header
are set before the first row; the autofilter, written after the rows, once the row count is
known.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl.utils import get_column_letter
from sqlalchemy import CursorResult, Result, Row, Select, String, func, select, type_coerce
from sqlalchemy.sql.elements import TypeCoerce
from sqlalchemy.sql.functions import Function
from sqlmodel import Session, col

from exports.xlsx.columns import SheetColumn
from exports.xlsx.printing import header_height, set_up_printing
from exports.xlsx.safe import SafeSheet, sheet_title
from secretariat.errors import SecretariatError
from secretariat.models import Conference, Team

CHUNK = 2000  # rows fetched from the database at a time
SHEET_ROWS = 1_048_576  # the most rows an Excel sheet holds, its header included
TICK = 1000  # rows between two progress reports of a sheet

Rows = Generator[int, None, int]  # yields rows written since the last yield, returns the count


def ref_text(number: int, code: str, seq: int) -> str:
    """A plan's reference from its parts (the same text as services.plans.plan_ref)."""
    return f"{number}-{code}-{seq:02d}"


class TooManyRowsError(SecretariatError):
    """A table that must stay on one sheet has more rows than an Excel sheet holds."""


@dataclass
class Table:
    """A table sheet being written, and how to start the next one when it is full."""

    sheet: SafeSheet
    columns: Sequence[SheetColumn]
    workbook: Any
    title: str
    languages: tuple[str, str]
    freeze: str
    repeat: Sequence[str] = ()

    @property
    def worksheet(self) -> Any:
        return self.sheet.sheet

    def letter(self, key: str) -> str:
        return str(get_column_letter([c.key for c in self.columns].index(key) + 1))

    def finish(self) -> None:
        last = get_column_letter(len(self.columns))
        self.worksheet.auto_filter.ref = f"A1:{last}{max(self.sheet.rows_written, 1)}"


def start_table(
    workbook: Any,
    title: str,
    columns: Sequence[SheetColumn],
    languages: tuple[str, str],
    *,
    freeze: str = "A2",
    repeat: Sequence[str] = (),
) -> Table:
    """A new sheet with its widths, frozen header row, bilingual header labels as tall as they
    need and its print setup; the columns keyed `repeat` print at the left of every page."""
    worksheet = workbook.create_sheet(sheet_title(title, workbook.sheetnames))
    for index, spec in enumerate(columns, 1):
        worksheet.column_dimensions[get_column_letter(index)].width = spec.width
    worksheet.freeze_panes = freeze
    headers = [spec.header(languages) for spec in columns]
    worksheet.row_dimensions[1].height = header_height(headers, [c.width for c in columns])
    keys = [spec.key for spec in columns]
    set_up_printing(worksheet, [keys.index(key) + 1 for key in repeat])
    table = Table(SafeSheet(worksheet), columns, workbook, title, languages, freeze, repeat)
    table.sheet.append_header(headers)
    return table


def stream(
    session: Session, query: Select[*tuple[Any, ...]], **parameters: Any
) -> CursorResult[*tuple[Any, ...]]:
    """Rows of a column query fetched CHUNK at a time, through Core (the ORM's per-row work
    would double the time of 100,000 rows): memory stays flat."""
    return session.connection().execute(query.execution_options(yield_per=CHUNK), parameters)


def team_pairs(
    session: Session, conference_id: uuid.UUID | None
) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """(conference id, team id) in reference order: conference number, then team order."""
    conferences = select(col(Conference.id)).order_by(col(Conference.number))
    if conference_id is not None:
        conferences = conferences.where(col(Conference.id) == conference_id)
    teams = select(col(Team.id)).order_by(col(Team.sort_order), col(Team.code))
    return list(itertools.product(session.scalars(conferences), session.scalars(teams)))


def stream_by_team(
    session: Session, query: Select[*tuple[Any, ...]], conference_id: uuid.UUID | None
) -> Iterator[Row[*tuple[Any, ...]]]:
    """Rows of a query about plans, conference by conference and team by team: each part is
    read along the index of (conference, team, number), so 100,000 wide rows are never
    sorted. The query filters on the parameters `conference_id` and `team_id`."""
    for conference, team in team_pairs(session, conference_id):
        yield from stream(session, query, conference_id=conference, team_id=team)


def uuid_text(value: Any) -> str:
    """A record id as text with dashes, from a UUID or as SQLite stores it (32 hex digits)."""
    if value.__class__ is str and len(value) == 32:
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(value) if not isinstance(value, str) else value


def day(value: Any) -> date | None:
    """A date from a column read as text (SQLite: `YYYY-MM-DD`) or as a date (PostgreSQL)."""
    if isinstance(value, str):
        return date.fromisoformat(value)
    if value is None or isinstance(value, date):
        return value
    raise TypeError(f"not a date: {value!r}")


def raw(column: Any) -> TypeCoerce[str]:
    """A column read as the driver returns it: no per-value conversion (see uuid_text, day)."""
    return type_coerce(column, String)


def text_or_null(column: Any) -> Function[Any]:
    """A text column with empty text read as NULL: an empty cell at no cost per value."""
    return func.nullif(column, "")


def stream_records(session: Session, query: Select[*tuple[Any, ...]]) -> Result[*tuple[Any, ...]]:
    """Rows holding ORM records (the smaller sheets), fetched CHUNK at a time."""
    return session.execute(query.execution_options(yield_per=CHUNK))


def write_rows(
    table: Table,
    rows: Iterable[Any],
    to_cells: Callable[[Any], list[Any]],
    *,
    one_sheet: bool = False,
) -> Rows:
    """Append every row (through `to_cells`), reporting every TICK rows. Rows beyond what an
    Excel sheet holds go on to a sheet of their own ("History (2)", same columns), or, for a
    table that must stay `one_sheet` (the Plans sheet the import reads), stop the export."""
    count = 0
    append, room = table.sheet.append, SHEET_ROWS - table.sheet.rows_written
    for row in rows:
        if room == 0:
            if one_sheet:
                raise TooManyRowsError(
                    f"The sheet {table.worksheet.title} would have more than "
                    f"{SHEET_ROWS - 1:,} rows, more than Excel opens: "
                    "export one conference at a time"
                )
            table.finish()
            table = start_table(
                table.workbook,
                table.title,
                table.columns,
                table.languages,
                freeze=table.freeze,
                repeat=table.repeat,
            )
            append, room = table.sheet.append, SHEET_ROWS - table.sheet.rows_written
        append(to_cells(row))
        room -= 1
        count += 1
        if count % TICK == 0:
            yield TICK
    yield count % TICK
    table.finish()
    return count
