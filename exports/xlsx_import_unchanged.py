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

from typing import Any

from sqlmodel import Session

from exports.xlsx.columns import plan_columns
from exports.xlsx.plans_sheet import plan_cells, plans_query
from exports.xlsx.sheets import stream_by_team
from exports.xlsx_import_file import Cell


def as_read(value: Any) -> Any:
    """An exported cell's value as the import reads it back (blank text is an empty cell)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return value


class ExportedRows:
    """Each plan's row as the export writes it today, hashed by id (as the export writes it)."""

    def __init__(self, session: Session, languages: tuple[str, str]) -> None:
        self.keys = [spec.key for spec in plan_columns(languages)]
        self._known_keys = frozenset(self.keys)
        to_cells = plan_cells(self.keys, languages)
        id_position = self.keys.index("id")
        self._hashes: dict[str, int] = {}
        for row in stream_by_team(session, plans_query(self.keys), None):
            cells = to_cells(row)
            self._hashes[cells[id_position]] = hash(tuple(as_read(value) for value in cells))

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
        read = tuple(cells[key].value if key in cells else None for key in self.keys)
        return hash(read) == expected
