"""The plans table over SQL, for 100,000 plans; its columns are `plan_columns`'.

The queries are the core's (secretariat.services.plan_list over plan_query's filter and
search). Filtering and sorting read the ordered ids on a worker thread, so a slow query (a
one-character search over every plan, a sort by title) never freezes the window; edits reload
at once. On SQLite the ids are held as stored (32 hex digits): converting 100,000 of them to
UUID objects would cost more than the query itself. `plan_id_at`, `row_of_plan` and
`refresh_plans` speak UUIDs.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from secretariat.db import Database
from secretariat.models import Team
from secretariat.services import plan_list, plan_query, teams
from secretariat.services.plan_list import PlanIdsRequest
from secretariat.services.plan_query import PlanFilter
from secretariat.services.record_lists import ListSort, Row
from secretariat.text import display_text
from ui.context import AppContext
from ui.models.plan_columns import plan_columns
from ui.models.sql_table import (
    ID_ROLE,
    SORT_ROLE,
    Index,
    SqlTableModel,
    TableSpec,
    in_blocks,
    list_sort,
)
from ui.tasks import Task

DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
PAINTED = {DISPLAY: 0, Qt.ItemDataRole.DecorationRole: 1, Qt.ItemDataRole.ForegroundRole: 2}
SERVED_ROLES = frozenset(
    {*PAINTED, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE, SORT_ROLE}
)
# Read with the ids, off the window's thread: a tall window's first screen (the rest of the
# block is read once it shows). A whole block took 5-9 ms of a 30 ms search at 100,000 plans.
FIRST_ROWS = 64
RENDERED_ROWS = 1024  # rows whose cells are kept ready to paint (see CACHE_BLOCKS)
Cells = list[tuple[Any, Any, Any]]  # per column: display, decoration, foreground


@dataclass(frozen=True)
class Loaded:
    """Ids read on a worker thread, and for which request."""

    generation: int
    sort: tuple[int, Qt.SortOrder]
    only_order: bool
    ids: Sequence[Any]
    reference: plan_query.ReferenceOrder | None = None  # read (or used) on the way
    first_blocks: list[list[Row]] = field(default_factory=list)  # what the view shows first


@dataclass(frozen=True)
class IdsRead:
    """What a worker thread reads for a filter or a sort: the ordered ids and the rows shown
    first. Everything it needs is taken from the model before it starts."""

    db: Database
    generation: int
    sort: tuple[int, Qt.SortOrder]
    only_order: bool
    request: PlanIdsRequest

    def __call__(self) -> Loaded:
        read = plan_list.read_plan_ids(self.db, self.request)
        blocks = in_blocks(read.first_rows) if read.first_rows else []
        return Loaded(self.generation, self.sort, self.only_order, read.ids, read.reference, blocks)


class PlansModel(SqlTableModel):
    """Plans shown by a PlanFilter; see the module's docstring for keys and threads."""

    loading_changed = Signal(bool)  # a filter or sort is being read on a worker thread
    load_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        self._context = context
        self._filter = PlanFilter()
        self._sqlite = context.db.dialect == "sqlite"
        self._teams: dict[uuid.UUID, Team] = {}
        # Team names as shown, per interface and working languages (asked for every row).
        self._team_names: dict[tuple[uuid.UUID, str, tuple[str, str]], str] = {}
        self._total = 0
        self._prefetched: Sequence[Any] | None = None
        # Every plan in reference order, from the last unfiltered read (SQLite): a search
        # orders the index's answers with it instead of reading the plan rows.
        self._reference: plan_query.ReferenceOrder | None = None
        self._edits = 0  # reloads after edits: a reference order read before one is stale
        self._generation = 0
        self._loading = False
        self._sort_state: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._pending_sort: tuple[int, Qt.SortOrder] | None = None
        self._plan_spec = TableSpec(
            ids=self._ids_work,
            rows=self._rows,
            columns=plan_columns(context, self.team_name),
        )
        self._rendered: dict[int, Cells] = {}
        self._alignments = [column.alignment for column in self._plan_spec.columns]
        super().__init__(context.db, self._plan_spec, parent)
        # Rows move or change meaning: the cells computed for them no longer apply.
        self.modelAboutToBeReset.connect(self._forget_rendered)
        self.layoutAboutToBeChanged.connect(self._forget_rendered)

    # -- keys ---------------------------------------------------------------------------

    def key_of(self, plan_id: uuid.UUID) -> Any:
        """The key this model holds for a plan id."""
        return plan_list.plan_key(self._context.db.dialect, plan_id)

    @staticmethod
    def plan_id(key: Any) -> uuid.UUID:
        return plan_list.plan_id(key)

    def plan_id_at(self, row: int) -> uuid.UUID:
        return self.plan_id(self.id_at(row))

    def row_of_plan(self, plan_id: uuid.UUID) -> int:
        return self.row_of(self.key_of(plan_id))

    # The view asks for plan ids, not the keys held.

    def record_id_at(self, row: int) -> uuid.UUID:
        return self.plan_id_at(row)

    def row_of_record(self, record_id: uuid.UUID) -> int:
        return self.row_of_plan(record_id)

    # -- painting -------------------------------------------------------------------------

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        """What the view paints comes from cells computed once per row: a repaint asks every
        visible cell for seven roles, and 100,000 rows scroll by a screenful at a time."""
        slot = PAINTED.get(role)  # type: ignore[call-overload]
        if slot is not None:  # the roles asked for every cell at every repaint: first, short
            cells = self._cells_of(index.row())
            return cells[index.column()][slot] if cells else None
        if role not in SERVED_ROLES or not index.isValid():
            return None
        if role == ALIGNMENT:
            return self._alignments[index.column()]
        return super().data(index, role)

    def painted_cell(self, row: int, column: int) -> tuple[str, Any, Any] | None:
        """As SqlTableModel's, from the cells kept per row (every display here is text)."""
        cells = self._cells_of(row)
        return cells[column] if cells and 0 <= column < len(cells) else None

    def _cells_of(self, row: int) -> Cells | None:
        """The row's cells, computed once (see `_render`); None for no such row."""
        cells = self._rendered.get(row)
        if cells is None and 0 <= row < self.rowCount():
            cells = self._render(row)
        return cells

    def _render(self, row: int) -> Cells | None:
        values = self.row_data(row)
        if len(values) <= 1:  # deleted since the ids were read
            return None
        cells = [
            (
                column.display(values),
                column.decoration(values) if column.decoration else None,
                column.foreground(values) if column.foreground else None,
            )
            for column in self._plan_spec.columns
        ]
        if len(self._rendered) >= RENDERED_ROWS:
            self._rendered.clear()
        self._rendered[row] = cells
        return cells

    def _forget_rendered(self) -> None:
        self._rendered.clear()

    def refresh_rows(self, record_ids: Sequence[Any]) -> None:
        for key in record_ids:
            self._rendered.pop(self.row_of(key), None)
        super().refresh_rows(record_ids)

    def retranslate(self) -> None:
        self._rendered.clear()
        super().retranslate()

    def refresh_plans(self, plan_ids: Sequence[uuid.UUID]) -> None:
        """Read these plans again and repaint their rows (an edit that kept the set)."""
        self.refresh_rows([self.key_of(plan_id) for plan_id in plan_ids])

    # -- queries ------------------------------------------------------------------------

    def _ids_work(self, sort: ListSort) -> Callable[[], Sequence[Any]]:
        """For the spec: reading the ids now, for the filter as it is now."""
        db, plan_filter, languages = self._context.db, self._filter, self._context.working_languages
        return lambda: plan_list.plan_ids(db, plan_filter, sort, languages)

    def _rows(self, keys: Sequence[Any]) -> list[Row]:
        return plan_list.plan_rows(self._context.db, keys, self._context.working_languages)

    def _list_sort(self, sort: tuple[int, Qt.SortOrder]) -> ListSort:
        return list_sort(self._plan_spec, *sort)

    def _read_ids(self) -> Sequence[Any]:
        if self._prefetched is not None:
            ids, self._prefetched = self._prefetched, None
            return ids
        return self._ids_work(self._list_sort(self._sort_state))()

    # -- filter, totals, team names -----------------------------------------------------

    @property
    def plan_filter(self) -> PlanFilter:
        return self._filter

    def set_filter(self, plan_filter: PlanFilter, *, background: bool = True) -> None:
        """Show the plans this filter lets through, read on a worker thread (or now)."""
        self._filter = plan_filter
        if background:
            self._load_in_background(None)
        else:
            self.reload()

    def total(self) -> int:
        """Every plan in the database (the M of "N of M plans")."""
        return self._total

    def team_name(self, team_id: uuid.UUID) -> str:
        context = self._context
        key = (team_id, context.ui_language, context.working_languages)
        name = self._team_names.get(key)
        if name is None:
            team = self._teams.get(team_id)
            name = display_text(team, "name", context.display_languages()) if team else ""
            self._team_names[key] = name
        return name

    def _read_lookups(self) -> None:
        self._reference = None  # plans may have come, gone or moved
        self._edits += 1
        self._teams = {team.id: team for team in teams.list_teams(self._context.db)}
        self._team_names.clear()
        self._total = plan_query.count_plans(self._context.db)

    # -- loading ------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self, first_blocks: Sequence[list[Row]] = ()) -> None:
        """Read everything again now (after an edit); drops a filter still being read."""
        self._generation += 1
        if self._pending_sort is not None:
            self._sort_state, self._pending_sort = self._pending_sort, None
        self._read_lookups()
        super().reload(first_blocks)
        self._set_loading(False)
        self._read_reference_ahead()

    def _read_reference_ahead(self) -> None:
        """Read the reference order on a worker after an edit, so the next search is quick."""
        if not self._sqlite:
            return
        edits, db = self._edits, self._context.db

        def read() -> tuple[int, plan_query.ReferenceOrder]:
            return edits, plan_list.read_reference_order(db)

        task = Task(read)
        task.succeeded.connect(self._reference_read)
        task.start()

    @Slot(object)
    def _reference_read(self, read: tuple[int, plan_query.ReferenceOrder]) -> None:
        edits, reference = read
        if edits == self._edits:  # no edit since: still every plan, in order
            self._reference = reference

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._pending_sort = (column, order)
        self._load_in_background((column, order))

    def _load_in_background(self, sort: tuple[int, Qt.SortOrder] | None) -> None:
        """Read the ids on a worker thread; `sort` is given when only the order changes."""
        self._generation += 1
        used_sort = sort or self._pending_sort or self._sort_state
        request = PlanIdsRequest(
            plan_filter=self._filter,
            sort=self._list_sort(used_sort),
            languages=self._context.working_languages,
            reference=self._reference,
            first_rows=0 if sort is not None else FIRST_ROWS,
        )
        read_ids = IdsRead(self._context.db, self._generation, used_sort, sort is not None, request)
        task = Task(read_ids)
        task.succeeded.connect(self._loaded)
        task.failed.connect(self._failed)
        self._set_loading(True)
        task.start()

    @Slot(object)
    def _loaded(self, loaded: Loaded) -> None:
        if loaded.generation != self._generation:
            return  # a newer filter, sort or edit came since
        self._sort_state, self._pending_sort = loaded.sort, None
        self._reference = loaded.reference or self._reference
        self._prefetched = loaded.ids
        if loaded.only_order and len(loaded.ids) == self.rowCount():
            # The same plans in another order: selections follow their plans.
            super().sort(*loaded.sort)
            self.reloaded.emit()
        else:
            super().reload(loaded.first_blocks)
        self._prefetched = None
        self._set_loading(False)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._set_loading(False)
        self.load_failed.emit(message)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
