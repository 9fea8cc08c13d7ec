"""Painting a large table's plain rows in one Python call per repaint.

With `PreparedCellDelegate` a scroll step on the Plans page (100,000 plans) still made about
four calls from Qt into Python for each visible cell: the delegate's paint, and a row count
and a column count behind each `model.index()` (perf: over half of a step). `PreparedRows`
takes the viewport's paint event instead and, in one Python call, paints what QTableView's
paintEvent would: the alternate rows' background, each cell's text and decoration as the
delegate prepares them (`PreparedCellDelegate.drawing`), and the grid. When the event loop
is idle after a paint, it prepares the next screen the same way (rows read, texts laid out).

Qt's own paintEvent still paints, in the same event, every row and cell that is not plain:
a selected row, the row holding the current cell while the list has the focus, a cell the
model leaves to Qt (a number or a date) or one the delegate would not paint. Our painting is
clipped to leave those alone. And Qt paints the whole viewport where the table is one this was
not checked against: another style, right to left, disabled, editing or dragging, rows
hidden or moved, a model that overrides `flags()` (a cell may be disabled), another delegate,
a view painting itself, no grid or a translucent one, a style drawing lines along hidden headers.
Spans are not looked for: a table with spans must not use it.
tests/ui/test_prepared_rows.py compares its painting with Qt's pixel for pixel.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QLineF,
    QObject,
    QRect,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QRegion
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QTableView

from ui.fonts import unshaped_where_needless
from ui.widgets.prepared_cells import (
    ACTIVE,
    ACTIVE_STATE,
    INACTIVE,
    CellSource,
    Drawing,
    PreparedCellDelegate,
)


def paint_cells_prepared(view: QTableView) -> None:
    """A list of many rows: one line per cell, its text unshaped where shaping changes nothing
    (ui.fonts), kept laid out by a PreparedCellDelegate and its plain rows painted at once."""
    view.setWordWrap(False)  # the delegate paints one line a cell; Qt wraps the rest
    unshaped_where_needless(view)
    delegate = PreparedCellDelegate(view)
    view.setItemDelegate(delegate)
    PreparedRows(view, delegate)


QT_FLAGS = (QAbstractTableModel.flags, QAbstractItemModel.flags)  # every cell enabled
NO_STATE = QAbstractItemView.State.NoState
GRID_COLOUR = QStyle.StyleHint.SH_Table_GridLineColor
EDGE_LINES = QStyle.StyleHint.SH_Table_AlwaysDrawLeftTopGridLines
ALTERNATE = QPalette.ColorRole.AlternateBase


Section = tuple[int, int, int]  # a row or column, its position in the viewport, its size


@dataclass
class Frame:
    """What one paint event covers."""

    region: QRegion
    area: QRect  # the region's bounds, cut where the last column and the last row end
    option: QStyleOptionViewItem  # the view's, as QTableView paints with
    grid: QColor  # the style's colour for the grid's lines (opaque)
    rows: list[Section]
    columns: list[Section]  # in their visual order, hidden ones left out


class PreparedRows(QObject):
    """See the module's docstring. Installed on the view's viewport."""

    def __init__(self, view: QTableView, delegate: PreparedCellDelegate) -> None:
        super().__init__(view)
        self._view = view
        self._delegate = delegate
        self._top = 0  # the first row shown when the last screen was prepared ahead
        self._down = True  # which way the list last scrolled
        self._ahead = QTimer(self, singleShot=True, interval=0)
        self._ahead.timeout.connect(self._prepare_ahead)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Paint:
            return False
        source = self._source()
        frame = None if source is None else self._frame(event.region())  # type: ignore[attr-defined]
        if source is None or frame is None:
            return False  # QTableView's paintEvent paints it all
        left_to_qt, fills, drawings = self._prepare(source, frame)
        self._draw(frame, left_to_qt, fills, drawings)
        if not left_to_qt.isEmpty():
            QTableView.paintEvent(self._view, QPaintEvent(left_to_qt))
        self._ahead.start()
        return True

    def _prepare_ahead(self) -> None:
        """Once the loop has handled what a paint left queued: the next screen's cells, in
        the way the list last scrolled, read and their texts laid out (kept by the model and
        the delegate), so the next step only paints (as Android's RecyclerView prefetches
        between frames). Between steps only: a key repeat leaves ~30 ms between them."""
        source = self._source()
        view = self._view
        top = view.rowAt(0)
        if source is None or top < 0:
            return
        if top != self._top:
            self._down = top > self._top
            self._top = top
        rows = view.model().rowCount()
        bottom = view.rowAt(view.viewport().height() - 1)
        count = (bottom if bottom >= 0 else rows - 1) - top + 1
        # The way it last scrolled, or back where it cannot go on (the first or last row).
        down = (self._down and top + count < rows) or top == 0
        first = top + count if down else top - count
        columns = self._shown_columns(view.viewport().rect()) or []
        height = view.rowHeight(top) - 1
        prepared = self._delegate.drawing
        for row in range(max(first, 0), min(first + count, rows)):
            for column, x, width in columns:
                cell = source.painted_cell(row, column)
                if cell is not None:
                    prepared(x, 0, width - 1, height, column, cell)

    def _source(self) -> CellSource | None:
        """The model to paint from, where the table is one this paints as Qt does."""
        view = self._view
        delegate = self._delegate
        if not (
            delegate.paints_here
            and view.itemDelegate() is delegate
            and view.isEnabled()
            and view.state() == NO_STATE
            and view.showGrid()
            and type(view).paintEvent is QTableView.paintEvent  # not a subclass's own painting
        ):
            return None
        rows = view.verticalHeader()
        if rows.sectionsHidden() or rows.sectionsMoved():
            return None
        model = view.model()
        if type(model).flags not in QT_FLAGS:
            return None
        return delegate.source_of(model)

    def _frame(self, region: QRegion) -> Frame | None:
        """The rows and columns to paint; None where Qt is to paint them."""
        view = self._view
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        grid = QColor.fromRgba(view.style().styleHint(GRID_COLOUR, option, view) & 0xFFFFFFFF)
        if grid.alpha() != 255:
            return None  # the rows' background is filled under the grid's lines: opaque only
        if view.style().styleHint(EDGE_LINES, option, view):
            return None  # lines along hidden headers, for each part of a region (not Fusion)
        area = self._clamped(region.boundingRect())
        columns = self._shown_columns(area)
        if columns is None:
            return None
        rows = []
        if area.isValid() and view.verticalHeader().count():
            rows = self._shown_rows(area)
        return Frame(region, area, option, grid, rows, columns)

    def _clamped(self, area: QRect) -> QRect:
        """`area` cut where QTableView stops painting: the last column's and last row's edge.
        (The painter is clipped to the region, so painting its bounds paints what its parts
        would.)"""
        rows, columns = self._view.verticalHeader(), self._view.horizontalHeader()
        area = QRect(area)
        area.setRight(min(area.right(), columns.length() - columns.offset() - 1))
        area.setBottom(min(area.bottom(), rows.length() - rows.offset() - 1))
        return area

    def _shown_rows(self, area: QRect) -> list[Section]:
        rows = self._view.verticalHeader()
        top = rows.visualIndexAt(area.top())
        bottom = rows.visualIndexAt(area.bottom())
        if bottom == -1:
            bottom = rows.count() - 1
        if top == -1:
            return []
        # Rows are neither hidden nor moved here: a visual index is the row.
        return [
            (row, rows.sectionViewportPosition(row), rows.sectionSize(row))
            for row in range(top, bottom + 1)
        ]

    def _shown_columns(self, area: QRect) -> list[Section] | None:
        """None where a column has a delegate of its own."""
        view = self._view
        columns = view.horizontalHeader()
        left = columns.visualIndexAt(area.left())
        right = columns.visualIndexAt(area.right())
        if left == -1:
            left = 0
        if right == -1:
            right = columns.count() - 1
        shown = []
        for visual in range(left, right + 1):
            column = columns.logicalIndex(visual)
            if columns.isSectionHidden(column):
                continue
            if view.itemDelegateForColumn(column) is not None:
                return None
            shown.append(
                (column, columns.sectionViewportPosition(column), columns.sectionSize(column))
            )
        return shown

    def _prepare(
        self, source: CellSource, frame: Frame
    ) -> tuple[QRegion, list[QRect], list[Drawing]]:
        """What Qt is to paint (rows and cells), the alternate rows' background, and each
        other cell's drawing."""
        view = self._view
        left_to_qt = QRegion()
        fills: list[QRect] = []
        drawings: list[Drawing] = []
        if not frame.rows or not frame.columns:
            return left_to_qt, fills, drawings
        qt_rows = self._rows_qt_paints(frame.rows[0][0], frame.rows[-1][0])
        first, last = frame.columns[0], frame.columns[-1]
        row_left, row_width = first[1], last[1] + last[2] - 1 - first[1]
        alternate = view.alternatingRowColors()
        solid_grid = view.gridStyle() == Qt.PenStyle.SolidLine
        area = frame.area
        prepared = self._delegate.drawing
        for row, y, height in frame.rows:
            if row in qt_rows or view.itemDelegateForRow(row) is not None:
                left_to_qt += QRect(area.left(), y, area.width(), height)
                continue
            striped = alternate and row & 1
            if striped and solid_grid:
                # One fill for the row's cells: the grid's solid lines cover their gaps.
                fills.append(QRect(row_left, y, row_width, height - 1))
            for column, x, width in frame.columns:
                if striped and not solid_grid:
                    fills.append(QRect(x, y, width - 1, height - 1))  # as Qt: cell by cell
                cell = source.painted_cell(row, column)
                # The cell as QTableView gives it to its delegate: the grid's line left out.
                drawing = (
                    None if cell is None else prepared(x, y, width - 1, height - 1, column, cell)
                )
                if drawing is None:
                    left_to_qt += QRect(x, y, width, height)
                else:
                    drawings.append(drawing)
        return left_to_qt, fills, drawings

    def _rows_qt_paints(self, top: int, bottom: int) -> set[int]:
        """Rows from top to bottom with a selected cell, or the current cell while the list
        has the focus (Qt's highlight and focus frame)."""
        view = self._view
        rows: set[int] = set()
        # The stubs lack QItemSelection.__iter__; it is a list of ranges.
        for selected in view.selectionModel().selection():  # type: ignore[attr-defined]
            rows.update(range(max(selected.top(), top), min(selected.bottom(), bottom) + 1))
        current = view.currentIndex()
        if current.isValid() and (view.hasFocus() or view.viewport().hasFocus()):
            rows.add(current.row())
        return rows

    def _draw(
        self, frame: Frame, left_to_qt: QRegion, fills: list[QRect], drawings: list[Drawing]
    ) -> None:
        view = self._view
        active = bool(frame.option.state.value & ACTIVE_STATE)
        painter = QPainter(view.viewport())
        try:
            if not left_to_qt.isEmpty():
                painter.setClipRegion(frame.region.subtracted(left_to_qt))
            alternate = view.palette().brush(ACTIVE if active else INACTIVE, ALTERNATE)
            for fill in fills:
                painter.fillRect(fill, alternate)
            colour = self._delegate.text_colour(active)
            draw = self._delegate.draw
            for drawing in drawings:
                draw(painter, drawing, colour)
            if frame.rows:
                self._draw_grid(painter, frame)
        finally:
            painter.end()

    def _draw_grid(self, painter: QPainter, frame: Frame) -> None:
        """QTableView's lines: under each row and right of each column across the area."""
        view = self._view
        painter.setPen(QPen(frame.grid, 1, view.gridStyle()))
        area = frame.area
        for _row, y, height in frame.rows:
            y += height - 1
            painter.drawLine(QLineF(area.left(), y, area.right(), y).translated(0.5, 0.5))
        for _column, x, width in frame.columns:
            x += width - 1
            painter.drawLine(QLineF(x, area.top(), x, area.bottom()).translated(0.5, 0.5))
