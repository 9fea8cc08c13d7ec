"""A table model over SQL that holds only ids and fetches rows on demand.

The page gives a `TableSpec`: the columns, how to read the ordered ids for the current
filter and sort, and how to read the full rows for a block of ids; the queries are the
core's (secretariat.services.list_queries and the like). The model keeps the id list (a
100,000-row table is 100,000 UUIDs, not 100,000 rows of text), fetches rows in blocks of
BLOCK_SIZE as the view asks for them, and keeps a bounded cache. Filtering and sorting happen
in SQL: the view never holds the whole table.

Scrolling stays smooth at that size because the block after the one just entered (in the
direction of travel) is read while the event loop is idle, before the view needs it.
"""

from __future__ import annotations

import copy
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from secretariat.db import Database
from secretariat.services.record_lists import ListSort, RecordList, Row, read_ahead

BLOCK_SIZE = 256
# Rows kept: BLOCK_SIZE × CACHE_BLOCKS, 80 screens. Every row kept is an object Python's
# collector walks through in a full collection, which stops the window: 16,384 rows made
# pauses of 45-75 ms while scrolling 100,000 plans, 2,048 rows pauses under 20 ms.
CACHE_BLOCKS = 8


ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's record id (uuid.UUID)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a native value to sort by

F = TypeVar("F")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: what it shows and how it sorts."""

    key: str  # stable: settings (hidden columns, widths) use it
    header: Callable[[], str]  # the header in the interface language, asked each time
    display: Callable[[Row], Any]  # the text (or number) shown
    sort_by: str | None = None  # the core list's sort key, or None when not sortable
    tooltip: Callable[[Row], str | None] | None = None
    decoration: Callable[[Row], Any] | None = None  # an icon or a QColor
    foreground: Callable[[Row], Any] | None = None  # a QBrush / QColor, e.g. for gaps
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass
class TableSpec:
    """How a table is read. `ids(sort)` takes the filter as it is now and returns the work
    that reads the ordered ids (run at once, or on a worker); `rows(ids)` reads the rows of
    those records in that order, each with its `id` (a stub of the id alone for a record
    deleted meanwhile)."""

    ids: Callable[[ListSort], Callable[[], Sequence[Any]]]
    rows: Callable[[Sequence[Any]], list[Row]]
    columns: list[Column]


def record_spec(
    db: Database, records: RecordList[F], list_filter: Callable[[], F], columns: list[Column]
) -> TableSpec:
    """A TableSpec over one of the core's record lists, for the filter `list_filter()`
    returns when the list reloads (copied then: the page may change it meanwhile)."""

    def ids(sort: ListSort) -> Callable[[], Sequence[Any]]:
        chosen = copy.copy(list_filter())
        return lambda: records.ids(db, chosen, sort)

    return TableSpec(ids=ids, rows=lambda keys: records.rows(db, keys), columns=columns)


def sort_key(spec: TableSpec, column: int) -> str | None:
    """The sort key of `column`, or None (no such column, or not sortable)."""
    return spec.columns[column].sort_by if 0 <= column < len(spec.columns) else None


def list_sort(spec: TableSpec, column: int, order: Qt.SortOrder) -> ListSort:
    """The core's order for a sort on `column`: its key first, then the list's default."""
    key = sort_key(spec, column)
    if key is None:
        return ListSort()
    return ListSort(key, descending=order == Qt.SortOrder.DescendingOrder)


def in_blocks(rows: list[Row]) -> list[list[Row]]:
    """Rows read from the start of the list, cut into the model's blocks."""
    return [rows[start : start + BLOCK_SIZE] for start in range(0, len(rows), BLOCK_SIZE)]


class SqlTableModel(QAbstractTableModel):
    """ids in order, rows fetched per block. Call `reload()` after a filter or data change."""

    reloaded = Signal()  # after the id list was read again (counts may have changed)

    def __init__(self, db: Database, spec: TableSpec, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._spec = spec
        # A tuple: once Python's collector finds it holds no container (SQLite's text keys),
        # it stops walking it; a list of 100,000 ids was walked in every full collection,
        # 5-15 ms in the middle of a scroll step.
        self._ids: tuple[Any, ...] = ()
        self._positions: dict[uuid.UUID, int] | None = None
        self._cache: OrderedDict[int, list[Row]] = OrderedDict()  # block number -> rows
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._last_block = -1  # the block read last: which way the view is moving
        self._ahead: int | None = None  # the block to read when the event loop is idle

    # -- reading ------------------------------------------------------------------------

    def reload(self, first_blocks: Sequence[list[Row]] = ()) -> None:
        """Read the ordered ids again (filter, sort or data changed). `first_blocks` are the
        rows of the first blocks when a worker read them with the ids (see `read_rows`); the
        last may be short (the first screen): the rest is read when the event loop is idle."""
        self.beginResetModel()
        self._ids = tuple(self._read_ids())
        self._positions = None
        self._cache.clear()
        self._cache.update(enumerate(first_blocks))
        self._last_block, self._ahead = -1, None
        self.endResetModel()
        self.reloaded.emit()

    def _read_ids(self) -> Sequence[Any]:
        return self._spec.ids(list_sort(self._spec, self._sort_column, self._sort_order))()

    def _block(self, number: int) -> list[Row]:
        rows = self._cache.get(number)
        if rows is None:
            rows = self._read_block(number)
        else:
            self._cache.move_to_end(number)
        if number != self._last_block:
            ahead = number + (1 if number > self._last_block else -1)
            self._last_block = number
            self._read_ahead_soon(ahead)
        return rows

    def _read_ahead_soon(self, number: int) -> None:
        if self._ahead is None and (self._wanted(number) or self._wanted(self._last_block)):
            self._ahead = number
            QTimer.singleShot(0, self._read_ahead)

    def _wanted(self, number: int) -> bool:
        """A block of the list not read yet, or read short (the first one, see `reload`)."""
        length = min(BLOCK_SIZE, len(self._ids) - number * BLOCK_SIZE)
        return number >= 0 and length > 0 and len(self._cache.get(number, ())) < length

    def _read_ahead(self) -> None:
        """One block per idle moment: the rest of the block on screen, else the next."""
        number, self._ahead = self._ahead, None
        if number is None:
            return  # a reload in between forgot it: the ids it would have read may be gone
        wanted = next((block for block in (self._last_block, number) if self._wanted(block)), None)
        if wanted is None:
            return
        # Only a head start: when the database fails it, the view reads it when needed.
        if read_ahead(partial(self._read_block, wanted)) is not None:
            self._read_ahead_soon(number)

    def _read_block(self, number: int) -> list[Row]:
        wanted = self._ids[number * BLOCK_SIZE : (number + 1) * BLOCK_SIZE]
        rows = self._spec.rows(wanted)
        self._cache[number] = rows
        while len(self._cache) > CACHE_BLOCKS:
            self._cache.popitem(last=False)
        return rows

    def row_data(self, row: int) -> Row:
        rows = self._block(row // BLOCK_SIZE)
        if row % BLOCK_SIZE >= len(rows):  # a short first block, not completed ahead yet
            rows = self._read_block(row // BLOCK_SIZE)
        return rows[row % BLOCK_SIZE]

    def id_at(self, row: int) -> uuid.UUID:
        record_id: uuid.UUID = self._ids[row]  # keys are ids here (a subclass may map them)
        return record_id

    def ids(self) -> list[uuid.UUID]:
        return list(self._ids)

    def row_of(self, record_id: uuid.UUID) -> int:
        """The row showing a record, or -1."""
        if self._positions is None:
            self._positions = {key: position for position, key in enumerate(self._ids)}
        return self._positions.get(record_id, -1)

    # The ids of the records shown, for the view (a subclass holding other keys maps them).

    def record_id_at(self, row: int) -> uuid.UUID:
        return self.id_at(row)

    def row_of_record(self, record_id: uuid.UUID) -> int:
        return self.row_of(record_id)

    def refresh_rows(self, record_ids: Sequence[uuid.UUID]) -> None:
        """Fetch these records again and repaint their rows only (after an edit)."""
        rows = [self.row_of(key) for key in record_ids]
        rows = [row for row in rows if row >= 0]
        for block in {row // BLOCK_SIZE for row in rows}:
            self._cache.pop(block, None)
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def retranslate(self) -> None:
        """Headers and labels are read in the interface language each time: repaint all."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def column_keys(self) -> list[str]:
        return [column.key for column in self._spec.columns]

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._spec.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._spec.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._spec.columns[section].header()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        column = self._spec.columns[index.column()]
        row = self.row_data(index.row())
        if len(row) <= 1:  # a record deleted since the ids were read
            return None
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        return None

    def painted_cell(self, row: int, column: int) -> tuple[str, Any, Any] | None:
        """(text, decoration, foreground) in one call, for PreparedCellDelegate; None for a
        cell Qt paints (no such row, a deleted record, a number or a date to format)."""
        if not (0 <= row < len(self._ids) and 0 <= column < len(self._spec.columns)):
            return None
        values = self.row_data(row)
        if len(values) <= 1:
            return None
        spec = self._spec.columns[column]
        text = spec.display(values)
        if not isinstance(text, str):
            return None
        decoration = spec.decoration(values) if spec.decoration is not None else None
        return text, decoration, spec.foreground(values) if spec.foreground is not None else None

    def column_alignments(self) -> list[Qt.AlignmentFlag]:
        return [column.alignment for column in self._spec.columns]

    # flags(): Qt's own (enabled, selectable), not a Python override: a repaint asks every
    # visible cell twice, and each call into Python cost ~0.8 ms of a 10 ms scroll step.

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        kept_ids = [
            self._ids[index.row()] if index.row() < len(self._ids) else None for index in kept
        ]
        self._ids = tuple(self._read_ids())
        self._positions = None
        self._cache.clear()
        # Selections and the current row follow their records to the new positions.
        moved = []
        for index, key in zip(kept, kept_ids, strict=True):
            row = self.row_of(key) if key is not None else -1
            moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()
