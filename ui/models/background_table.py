"""A SqlTableModel that reads its ids off the GUI thread, for tables of 100,000+ rows.

Reading 200,000 ordered ids (and turning them into UUIDs) takes a second or more; done in the
GUI thread it would freeze the window on every filter change. Here the filter is taken in the
GUI thread (as it is now), the core's query run by a worker, and the answer swapped in when it
arrives; an answer to an older filter is dropped. Rows are still fetched per block on demand.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from secretariat.db import Database
from secretariat.services.record_lists import Row
from ui.models.sql_table import ID_ROLE, Index, SqlTableModel, TableSpec, list_sort
from ui.tasks import Task

# Built in the GUI thread, returns the work to run in the worker (e.g. summary counts).
ExtraWork = Callable[[], Callable[[], Any]]


def _same(value: Any) -> Any:
    return value


class BackgroundTableModel(SqlTableModel):
    """`reload()` and `sort()` return at once; `reloaded` fires when the new ids are in."""

    loading_changed = Signal(bool)
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        spec: TableSpec,
        parent: QObject | None = None,
        *,
        extra: ExtraWork | None = None,
        key_to_id: Callable[[Any], uuid.UUID] | None = None,
        id_to_key: Callable[[uuid.UUID], Any] | None = None,
    ) -> None:
        super().__init__(db, spec, parent)
        # The spec may hold ids as stored (hex text on SQLite): 200,000 UUID objects cost
        # more than the query. These convert; everything outside speaks UUIDs.
        self._key_to_id = key_to_id or _same
        self._id_to_key = id_to_key or _same
        self._table = spec
        self._extra = extra
        self._generation = 0
        self._loading = False
        self._order_column = -1
        self._order = Qt.SortOrder.AscendingOrder
        self.extra_result: Any = None  # what the extra work returned for the shown ids

    @property
    def loading(self) -> bool:
        return self._loading

    # -- ids in, ids out ------------------------------------------------------------------

    def id_at(self, row: int) -> uuid.UUID:
        return self._key_to_id(self._ids[row])

    def ids(self) -> list[uuid.UUID]:
        return [self._key_to_id(key) for key in self._ids]

    def row_of(self, record_id: uuid.UUID) -> int:
        return super().row_of(self._id_to_key(record_id))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ID_ROLE and index.isValid() and 0 <= index.row() < len(self._ids):
            return self._key_to_id(self._ids[index.row()])
        return super().data(index, role)

    def _ids_work(self) -> Callable[[], Sequence[Any]]:
        return self._table.ids(list_sort(self._table, self._order_column, self._order))

    def reload(self, first_blocks: Sequence[list[Row]] = ()) -> None:
        """Start reading the ids for the current filter and sort. `first_blocks` is not used:
        the worker reads the ids, and the rows are read as the view asks for them."""
        self._generation += 1
        generation = self._generation
        read_ids = self._ids_work()
        extra_work = self._extra() if self._extra is not None else None

        def work() -> tuple[int, Sequence[Any], Any]:
            ids = read_ids()
            return generation, ids, extra_work() if extra_work is not None else None

        task = Task(work)  # no parent: it outlives a closed page until its query ends
        task.succeeded.connect(self._loaded)
        task.failed.connect(self._failed)
        self._set_loading(True)
        task.start()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self._order_column, self._order):
            return  # e.g. the view's setSortingEnabled: nothing to read before the page shows
        self._order_column, self._order = column, order
        self.reload()

    @Slot(object)
    def _loaded(self, answer: tuple[int, Sequence[Any], Any]) -> None:
        generation, ids, extra = answer
        if generation != self._generation:
            return  # the filter changed meanwhile; a newer answer is on its way
        self.beginResetModel()
        self._ids = tuple(ids)  # see SqlTableModel.__init__
        self._positions = None
        self._cache.clear()
        self.extra_result = extra
        self.endResetModel()
        self._set_loading(False)
        self.reloaded.emit()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._set_loading(False)
        self.failed.emit(message)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
