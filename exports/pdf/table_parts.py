"""Where a record table splits between pages: rows as laid out, and the rules that make a
table end well. No part but a whole short table holds fewer than `MIN_ROWS` rows, so a page
never ends on a title and a header over one row, nor begins with one row left over; only a
row taller than a whole page is split inside."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

PAD_X, PAD_TOP, PAD_BOTTOM = 3.5, 3.0, 3.5
MIN_ROWS = 3


@dataclass
class Row:
    """A body row laid out for the table's column widths."""

    lines: list[list[str]]  # per column
    cells: Sequence[Any]
    height: float
    notes: list[list[str]] | None = None  # per column, when a cell has a note under its text


def fitting_rows(rows: Sequence[Row], room: float, *, at_top: bool) -> int:
    """How many rows go on this page (0: none, move the table on). Each part keeps at least
    `MIN_ROWS` rows; at the top of a page whatever fits goes, since the next page has no more
    room."""
    fitting, used = 0, 0.0
    while fitting < len(rows) and used + rows[fitting].height <= room:
        used += rows[fitting].height
        fitting += 1
    total = len(rows)
    if at_top:  # rows this tall: leave the next page some if this one keeps one
        return min(fitting, max(total - MIN_ROWS, 1)) if total - fitting < MIN_ROWS else fitting
    if total - fitting < MIN_ROWS:  # leave enough for the next page
        fitting = total - MIN_ROWS
    return fitting if fitting >= MIN_ROWS else 0


def split_row(row: Row, room: float, leading: float) -> tuple[Row, Row] | None:
    """A row taller than the room left split into the lines that fit and the rest, or None
    when not even one line fits."""
    if row.height <= room + 1:
        return None
    keep = int((room - PAD_TOP - PAD_BOTTOM) // leading)
    if keep < 1:
        return None
    head = Row([lines[:keep] for lines in row.lines], row.cells, 0.0)
    tail = Row([lines[keep:] for lines in row.lines], row.cells, 0.0, row.notes)
    for part in (head, tail):
        part.height = max(len(lines) for lines in part.lines) * leading + PAD_TOP + PAD_BOTTOM
    return head, tail
