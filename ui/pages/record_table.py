"""The table of a list page: rows of records over a SqlTableModel, painted prepared, with a
header menu to show or hide columns, column widths and order saved in the settings, and the
selected records kept selected while the list is read again.

Plans, Meetings and the record list pages (MOUs, Activities, Teams, Conferences) all show
their records in one of these; what differs is said to the constructor."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import cast

from PySide6.QtCore import QAbstractItemModel, QByteArray, QItemSelection, QSettings, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.sql_table import SqlTableModel
from ui.widgets.column_menu import attach_column_menu
from ui.widgets.prepared_rows import paint_cells_prepared

MAX_COLUMN_WIDTH = 260
MIN_SHRUNK_WIDTH = 140  # text columns shrink to fit the view, not below this
MIN_SQUEEZED_WIDTH = 90  # ...unless the numbers and dates beside them need the room

Kept = tuple[list[uuid.UUID], uuid.UUID | None]  # the selected records, the current one


class RecordTable(QTableView):
    """A table of records; `selection_kept` fires once a reset put the selection back."""

    selection_kept = Signal()

    def __init__(
        self,
        model: SqlTableModel,
        *,
        multiple: bool = True,
        row_padding: int = 8,
        fixed_rows: bool = False,
        sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kept: Kept = ([], None)
        self._after_reset: Kept | None = None  # to select after the next reset instead
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        mode = QAbstractItemView.SelectionMode
        self.setSelectionMode(mode.ExtendedSelection if multiple else mode.SingleSelection)
        self.setAlternatingRowColors(True)
        paint_cells_prepared(self)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        if fixed_rows:  # the view never measures rows it does not show (100,000 plans)
            vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + row_padding)
        header = self.horizontalHeader()
        # No column sorted at first (-1): the query's own order (newest first, say) applies.
        header.setSortIndicator(*sorted_by)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        attach_column_menu(header)
        self.setSortingEnabled(True)

    def records(self) -> SqlTableModel:
        return cast(SqlTableModel, self.model())

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 (Qt's name)
        """A reset (a reload, a background sort answering) keeps the selection."""
        super().setModel(model)
        if model is not None:
            model.modelAboutToBeReset.connect(self._keep_selection)
            model.modelReset.connect(self._put_back_selection)

    # -- selection ----------------------------------------------------------------------

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.records().record_id_at(row) for row in rows]

    def current_id(self, *, selected_only: bool = True) -> uuid.UUID | None:
        """The record of the current row (unless it is not selected), else the first one
        selected."""
        index = self.currentIndex()
        if index.isValid() and (
            not selected_only or self.selectionModel().isRowSelected(index.row())
        ):
            return self.records().record_id_at(index.row())
        selected = self.selected_ids()
        return selected[0] if selected else None

    def select_ids(self, ids: Iterable[uuid.UUID], current: uuid.UUID | None = None) -> None:
        """Select these records (those the list shows), the first or `current` made
        current and scrolled to."""
        records = self.records()
        wanted = [row for row in map(records.row_of_record, ids) if row >= 0]
        selection = QItemSelection()
        last_column = records.columnCount() - 1
        for row in wanted:
            selection.select(records.index(row, 0), records.index(row, last_column))
        model = self.selectionModel()
        model.select(selection, model.SelectionFlag.ClearAndSelect | model.SelectionFlag.Rows)
        current_row = records.row_of_record(current) if current is not None else -1
        if current_row < 0 and wanted:
            current_row = wanted[0]
        if current_row >= 0:
            index = records.index(current_row, 0)
            model.setCurrentIndex(index, model.SelectionFlag.NoUpdate)
            self.scrollTo(index)

    def select_after_reset(self, ids: list[uuid.UUID], current: uuid.UUID | None) -> None:
        """A reload is under way (on a worker): select these when it is in."""
        self._after_reset = (ids, current)

    def _keep_selection(self) -> None:
        self._kept = (self.selected_ids(), self.current_id(selected_only=False))

    def _put_back_selection(self) -> None:
        kept, self._after_reset = self._after_reset or self._kept, None
        if kept[0]:
            self.select_ids(*kept)
        self.selection_kept.emit()

    # -- columns ------------------------------------------------------------------------

    def save_state(self, settings: QSettings, key: str) -> None:
        settings.setValue(key, self.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings, key: str) -> bool:
        """The columns as the user left them; False when there was nothing to restore."""
        header = settings.value(key)
        if isinstance(header, QByteArray | bytes):
            return self.horizontalHeader().restoreState(QByteArray(header))
        return False

    def start_columns(self, widths: Mapping[str, int], hidden: Iterable[str] = ()) -> None:
        """Columns as they are at first, by key: these widths, these hidden (a page whose rows
        are too many to measure gives widths instead of fitting them; restore_state wins)."""
        keys = self.records().column_keys()
        header = self.horizontalHeader()
        for key, width in widths.items():
            header.resizeSection(keys.index(key), width)
        for key in hidden:
            header.setSectionHidden(keys.index(key), True)

    def fit_columns(self) -> None:
        """Fit the columns to what they show, none wider than MAX_COLUMN_WIDTH; when they
        still overflow the view, the wide (text) columns give up space so all are seen:
        down to MIN_SHRUNK_WIDTH, and if that is not enough, to MIN_SQUEEZED_WIDTH."""
        header = self.horizontalHeader()
        # A stretched last column keeps at least the width it had before it was stretched:
        # measured and set without the stretch, it asks for what it shows and no more.
        stretch = header.stretchLastSection()
        header.setStretchLastSection(False)
        self.resizeColumnsToContents()
        widths = [
            min(header.sectionSize(column), MAX_COLUMN_WIDTH) for column in range(header.count())
        ]
        wide = {column for column, width in enumerate(widths) if width > MIN_SHRUNK_WIDTH}
        available = self.viewport().width()
        for floor in (MIN_SHRUNK_WIDTH, MIN_SQUEEZED_WIDTH):
            widths = shrink(widths, wide, floor, sum(widths) - available)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        header.setStretchLastSection(stretch)


def shrink(widths: list[int], columns: set[int], floor: int, excess: int) -> list[int]:
    """Take `excess` pixels from these columns in proportion to what each has above `floor`."""
    spare = sum(max(0, widths[column] - floor) for column in columns)
    if excess <= 0 or spare <= 0:
        return widths
    share = min(1.0, excess / spare)
    return [
        width - round((width - floor) * share) if column in columns and width > floor else width
        for column, width in enumerate(widths)
    ]
