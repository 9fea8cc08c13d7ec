"""An exported workbook as a secretariat would send it back: the Plans sheet with some plans'
statuses changed offline."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from benchmarks.cells import read_cells
from exports.xlsx.columns import sheet_title_matches


def edited_plans_workbook(exported: Path, target: Path, edits: int) -> int:
    """Copy the Plans sheet of `exported` to `target` with `edits` statuses changed (spread
    evenly over the sheet); returns how many rows were edited."""
    # Read with python-calamine (openpyxl's reader took most of a quick run's import step).
    ((title, cells),) = read_cells(exported, sheet_title_matches)
    rows = [list(row) for row in cells]
    header, body = rows[0], rows[1:]
    status_column = _status_column(header)
    statuses = sorted({row[status_column] for row in body if row[status_column]})
    stride = max(1, len(body) // edits)
    edited = 0
    for row in body[::stride][:edits]:
        current = statuses.index(row[status_column])
        row[status_column] = statuses[(current + 1) % len(statuses)]
        edited += 1
    workbook = Workbook(write_only=True)
    plans = workbook.create_sheet(title)
    for row in [header, *body]:
        plans.append(row)
    workbook.save(target)
    return edited


def _status_column(header: list[object]) -> int:
    from secretariat.labels import FIELD_LABELS

    names = set(FIELD_LABELS["status"])
    for position, text in enumerate(header):
        if any(name in str(text) for name in names):
            return position
    raise ValueError(f"no status column in {header}")
