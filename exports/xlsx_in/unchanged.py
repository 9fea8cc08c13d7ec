"""Rows of an imported Plans sheet that still read exactly as the export writes their plan
today: they change nothing, and the import need not check them cell by cell.

A 100,000-plan workbook comes back with a few hundred edits; checking every cell of the other
rows and comparing each with its plan was most of the import's time. Before the sheet is read,
each plan's cells as the export would write them now are hashed; a row holding the same id and
cells that hash the same is unchanged. Any doubt sends a row through the full checks: a formula,
a value in a column the export does not write, a column missing from the sheet, an id written
otherwise, text the export would have cleaned. (Two different rows hashing the same under one
id would take a 64-bit hash collision: a changed row is never taken for an unchanged one in
practice, and a doubtful one only costs the time the full checks take.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlmodel import Session

from exports.xlsx.columns import plan_columns
from exports.xlsx.plans_sheet import plan_cells, plans_query
from exports.xlsx.sheets import stream_by_team
from exports.xlsx_in.file import Cell

EMPTY = ""  # an empty cell, as python-calamine reads it


class ExportedRows:
    """Each plan's row as the export writes it today, hashed by id (as the export writes it).

    A row is hashed as python-calamine reads it back: an empty cell is empty text, a whole
    number may be a float (Python hashes 90 and 90.0 the same, and they compare equal).
    Text that reads back otherwise (blank text, say) only sends its row to the checks."""

    def __init__(self, session: Session, languages: tuple[str, str]) -> None:
        self.keys = [spec.key for spec in plan_columns(languages)]
        self._known_keys = frozenset(self.keys)
        to_cells = plan_cells(self.keys, languages)
        id_position = self.keys.index("id")
        self._hashes: dict[str, int] = {}
        for row in stream_by_team(session, plans_query(self.keys), None):
            cells = to_cells(row)
            self._hashes[cells[id_position]] = hash(
                tuple(EMPTY if value is None else value for value in cells)
            )

    def unchanged(self, cells: dict[str, Cell]) -> bool:
        """True when the row holds exactly what the export writes for its plan today."""
        plan_id = cells.get("id")
        if plan_id is None or not isinstance(plan_id.value, str):
            return False
        expected = self._hashes.get(plan_id.value)
        if expected is None or not self._known_keys.issuperset(cells):
            return False
        if any(cell.is_formula for cell in cells.values()):
            return False
        read = tuple(cells[key].value if key in cells else EMPTY for key in self.keys)
        return hash(read) == expected

    def unchanged_values(
        self, keys: Sequence[str | None]
    ) -> Callable[[Sequence[Any]], str | None] | None:
        """For a sheet whose columns are the export's, in its order: a function telling from
        a row's values as read (before any Cell is made: most rows are unchanged) the id of
        an unchanged row, or None when the row takes the checks. None for any other sheet."""
        named = list(keys)
        while named and named[-1] is None:  # empty columns after the table read as unnamed
            named.pop()
        if named != self.keys:
            return None
        width, id_position = len(self.keys), self.keys.index("id")
        padding = (EMPTY,) * width

        def unchanged_id(values: Sequence[Any]) -> str | None:
            read = tuple(values)
            if len(read) != width:
                if any(value != EMPTY for value in read[width:]):
                    return None  # a value beside the table: the checks report it
                read = (read + padding)[:width]
            plan_id = read[id_position]
            if plan_id.__class__ is not str or self._hashes.get(plan_id) != hash(read):
                return None
            return plan_id

        return unchanged_id
