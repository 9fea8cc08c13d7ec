"""The cells of a workbook, saved once so the peers write exactly what our export wrote."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

Sheets = list[tuple[str, list[tuple[Any, ...]]]]


def read_cells(workbook_path: Path, wanted: Callable[[str], bool] | None = None) -> Sheets:
    """Every sheet's values (or those of the sheets whose title is `wanted`), read with
    python-calamine (openpyxl took minutes at full scale); its floats that are whole numbers
    go back to ints, its empty strings to empty cells."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(workbook_path))
    titles = [title for title in workbook.sheet_names if wanted is None or wanted(title)]
    return [
        (
            title,
            [
                tuple(_typed(value) for value in row)
                for row in workbook.get_sheet_by_name(title).to_python(skip_empty_area=False)
            ],
        )
        for title in titles
    ]


def _typed(value: Any) -> Any:
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def save_cells(sheets: Sheets, path: Path) -> None:
    path.write_bytes(pickle.dumps(sheets, protocol=pickle.HIGHEST_PROTOCOL))


def load_cells(path: Path) -> Sheets:
    return pickle.loads(path.read_bytes())  # our own file, written just before
