"""Painting a large table's cells from texts laid out once.

Qt's QStyledItemDelegate asks a Python model nine questions per visible cell at every repaint
(seven roles, then a row and a column count behind `index()`) and lays each cell's text out
three times (its size, its elision, its drawing). On the Plans page at 100,000 plans that was
70 % of a scroll step (perf). `PreparedCellDelegate` asks the model once per cell for what
it shows (`CellSource.painted_cell`) and keeps each distinct text laid out (QStaticText) for the
width it is shown at: a team, a status, a date or a conference repeats down its column, so a
new screen lays out little more than its titles.

It paints a cell itself only where it paints it as Qt does: Fusion (Qt's style on Linux),
an enabled cell neither selected, current, hovered nor being edited, a plain one-line text
and a pixmap or no decoration. Every other cell is Qt's own painting (`super().paint`), so
selections, focus and other platforms' styles look as they always did.
tests/ui/test_prepared_cells.py compares the two paintings pixel by pixel.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPixmap, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

State = QStyle.StateFlag
# A cell in any of these states is painted by Qt (highlight, focus frame, hover, editor),
# and one not enabled (Qt's disabled colours).
QT_PAINTS = (
    State.State_Selected | State.State_HasFocus | State.State_MouseOver | State.State_Editing
).value
ENABLED = State.State_Enabled.value
ACTIVE_STATE = State.State_Active.value
RIGHT = Qt.AlignmentFlag.AlignRight
TEXT = QPalette.ColorRole.Text
ACTIVE, INACTIVE = QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive
KEPT_TEXTS = 2048  # distinct (text, width) layouts per generation: ~25 screens of plans
# Events after which the kept layouts, margins or colours may no longer be the view's.
RESTYLED = {
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.PaletteChange,
    QEvent.Type.LayoutDirectionChange,
}

Cell = tuple[str, Any, Any]  # display text, decoration (QPixmap or None), foreground or None
Laid = tuple[QStaticText, float, int]  # the text as shown, its x offset, its line height
# A cell's painting: decoration and where, text laid out and where, its colour (None: the view's)
Drawing = tuple[Any, QPoint | None, QStaticText | None, QPointF | None, QColor | None]
LINE_BREAKS = frozenset("\n\r\t\u2028\u2029")  # and tab stops: laid out by Qt alone
NOT_YET: Any = object()  # a text not laid out yet (None: laid out, and left to Qt)


@runtime_checkable
class CellSource(Protocol):
    """A model that hands over a cell's painted parts in one call."""

    def painted_cell(self, row: int, column: int) -> Cell | None:
        """(text, decoration, foreground) as data() gives them, or None: no such cell, or
        one Qt is to paint (a number or a date, which Qt formats for the locale)."""

    def column_alignments(self) -> list[Qt.AlignmentFlag]: ...


class PreparedCellDelegate(QStyledItemDelegate):
    """See the module's docstring. The view's model may be any: one that is not a
    `CellSource` is painted by Qt; the model may be replaced (a page rebuilds its columns)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._model: object = None
        self._source: CellSource | None = None
        self._right: list[bool] = []
        # Two generations: when the newer is full it becomes the older, and a text shown
        # again moves back, so the texts every screen shows (teams, statuses) stay laid out.
        self._laid: dict[tuple[str, int, bool], Laid | None] = {}
        self._older: dict[tuple[str, int, bool], Laid | None] = {}
        self._restyle()
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in RESTYLED:
            self._restyle()
        return False

    def _restyle(self) -> None:
        view = self._view
        style = view.style()
        left_to_right = view.layoutDirection() == Qt.LayoutDirection.LeftToRight
        self._elide = view.textElideMode()
        # Qt's look verified for: Fusion, left to right, one line per cell, elided.
        self._ours = (
            style.name().lower() == "fusion"
            and left_to_right
            and not view.wordWrap()
            and self._elide != Qt.TextElideMode.ElideNone
        )
        self._font = view.font()
        self._metrics = QFontMetrics(self._font)
        # Qt's gap on each side of a decoration and of the text (QCommonStyle's viewItemLayout).
        self._margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        palette = view.palette()
        self._text_colours = {
            True: palette.color(ACTIVE, TEXT),
            False: palette.color(INACTIVE, TEXT),
        }
        self._laid, self._older = {}, {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # The state as a number: Python's enum operators cost a microsecond a cell.
        state = option.state.value
        drawing = None
        if self._ours and state & (QT_PAINTS | ENABLED) == ENABLED:
            source = self.source_of(index.model())
            if source is not None:
                cell = source.painted_cell(index.row(), index.column())
                if cell is not None:
                    # The stubs say getRect() returns object; it returns (x, y, w, h).
                    rect: tuple[int, int, int, int] = option.rect.getRect()  # type: ignore[assignment]
                    x, y, width, height = rect
                    drawing = self.drawing(x, y, width, height, index.column(), cell)
        if drawing is None:
            super().paint(painter, option, index)
        else:
            self.draw(painter, drawing, self.text_colour(bool(state & ACTIVE_STATE)))

    @property
    def paints_here(self) -> bool:
        """Whether the view is one the painting was checked against (style, direction)."""
        return self._ours

    def source_of(self, model: object) -> CellSource | None:
        """The model as a CellSource (None: Qt paints its cells); its alignments kept."""
        if model is not self._model:
            self._follow(model)
        return self._source

    def text_colour(self, active: bool) -> QColor:
        return self._text_colours[active]

    def drawing(
        self, x: int, y: int, width: int, height: int, column: int, cell: Cell
    ) -> Drawing | None:
        """What a cell at (x, y, width, height) draws, as Qt would; None where that is not
        sure (Qt paints the cell)."""
        text, decoration, foreground = cell
        if foreground is not None and not isinstance(foreground, QColor):
            return None  # a brush (a gradient, a pattern): Qt's painting
        margin = self._margin
        text_x = x + margin
        pixmap_at = None
        if decoration is not None:
            if not isinstance(decoration, QPixmap) or decoration.devicePixelRatio() != 1:
                return None
            # Qt centres the pixmap in a box as wide as it plus a margin on each side.
            pixmap_at = QPoint(x + margin, y + (height - decoration.height()) // 2)
            boxed = decoration.width() + 2 * margin
            text_x += boxed
            width -= boxed
        if not text:
            return decoration, pixmap_at, None, None, foreground
        key = (text, width - 2 * margin, self._right[column])
        laid = self._laid.get(key, NOT_YET)
        if laid is NOT_YET:
            laid = self._older.get(key, NOT_YET)
            if laid is NOT_YET:
                laid = self._lay_out(*key)
            self._keep(key, laid)
        if laid is None:
            return None
        static, offset, line = laid
        return (
            decoration,
            pixmap_at,
            static,
            QPointF(text_x + offset, y + (height - line) // 2),
            foreground,
        )

    @staticmethod
    def draw(painter: QPainter, drawing: Drawing, text_colour: QColor) -> None:
        decoration, pixmap_at, static, text_at, foreground = drawing
        if pixmap_at is not None:
            painter.drawPixmap(pixmap_at, decoration)
        if static is not None and text_at is not None:  # laid text always has a place
            painter.setPen(text_colour if foreground is None else foreground)
            painter.drawStaticText(text_at, static)

    def _follow(self, model: object) -> None:
        self._model = model
        self._source = model if isinstance(model, CellSource) else None
        alignments = self._source.column_alignments() if self._source is not None else []
        self._right = [bool(alignment & RIGHT) for alignment in alignments]

    def _keep(self, key: tuple[str, int, bool], laid: Laid | None) -> None:
        if len(self._laid) >= KEPT_TEXTS:
            self._older, self._laid = self._laid, {}
        self._laid[key] = laid

    def _lay_out(self, text: str, width: int, right: bool) -> Laid | None:
        if width <= 0 or not LINE_BREAKS.isdisjoint(text):  # more than one line: Qt's painting
            return None
        shown = self._metrics.elidedText(text, self._elide, width)
        static = QStaticText(shown)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=self._font)
        size = static.size()
        offset = width - size.width() if right else 0.0
        return static, offset, int(size.height())
