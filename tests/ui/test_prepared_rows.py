"""The Plans list's plain rows are painted in one call per repaint, exactly as QTableView
paints them: the same pixels with the current cell focused, a hovered row, moved columns, a
dashed grid, a partial repaint of two rectangles; and Qt's painting where rows are hidden or
the list runs right to left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QHoverEvent, QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QStyle, QTableView
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from tests.ui.painting import painted, plans_to_paint, with_qt_delegate
from tests.ui.record_pages import make_context, show_page
from ui.pages.activities import ActivitiesPage
from ui.pages.plans import PlansPage
from ui.widgets import prepared_rows
from ui.widgets.prepared_cells import PreparedCellDelegate
from ui.widgets.prepared_rows import PreparedRows, paint_cells_prepared


@pytest.fixture
def page(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> PlansPage:
    return plans_to_paint(demo_db, qtbot, tmp_path)


def test_plain_rows_are_painted_at_once_and_the_selected_one_by_qt(
    page: PlansPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepared: list[tuple[QRegion, int]] = []
    original = PreparedRows._prepare

    def spied(rows: PreparedRows, *args: object) -> object:
        left_to_qt, fills, drawings = original(rows, *args)  # type: ignore[arg-type]
        prepared.append((left_to_qt, len(drawings)))
        return left_to_qt, fills, drawings

    monkeypatch.setattr(PreparedRows, "_prepare", spied)
    view = page.view
    image = painted(page)
    shown_columns = [c for c in range(page.model.columnCount()) if not view.isColumnHidden(c)]
    shown_rows = view.rowAt(view.viewport().height() - 1) + 1
    left_to_qt, drawn = prepared[-1]
    assert drawn == (shown_rows - 1) * len(shown_columns)  # every cell but the selected row's
    assert left_to_qt.boundingRect() == QRect(
        0, view.rowViewportPosition(6), view.viewport().width(), view.rowHeight(6)
    )
    assert image == with_qt_delegate(page)


def test_the_focused_current_cell_looks_as_qt_paints_it(page: PlansPage) -> None:
    page.view.setFocus()
    current = page.model.index(2, 3)
    page.view.selectionModel().setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
    assert page.view.hasFocus() and not page.view.selectionModel().isRowSelected(2)
    assert painted(page) == with_qt_delegate(page)


def test_a_translucent_highlight_on_an_alternate_row_looks_as_qt_paints_it(
    page: PlansPage,
) -> None:
    """Qt's selected row is painted over the viewport's background alone, not ours."""
    palette = page.view.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(30, 90, 200, 90))
    page.view.setPalette(palette)
    page.view.selectRow(5)
    assert painted(page) == with_qt_delegate(page)


def test_a_hovered_row_looks_as_qt_paints_it(page: PlansPage) -> None:
    viewport = page.view.viewport()
    inside = QPointF(40, page.view.rowViewportPosition(4) + 5)
    hover = QHoverEvent(
        QEvent.Type.HoverMove, inside, viewport.mapToGlobal(inside), QPointF(-1, -1)
    )
    QApplication.sendEvent(viewport, hover)
    assert painted(page) == with_qt_delegate(page)


def test_moved_columns_and_a_dashed_grid_look_as_qt_paints_them(page: PlansPage) -> None:
    page.view.horizontalHeader().moveSection(3, 0)
    page.view.setGridStyle(Qt.PenStyle.DashLine)
    page.view.verticalScrollBar().setValue(7)
    assert painted(page) == with_qt_delegate(page)


def test_a_partial_repaint_looks_as_qt_paints_it(page: PlansPage) -> None:
    view = page.view
    region = QRegion(QRect(0, 30, 300, 50)) + QRegion(QRect(420, 97, 233, 90))
    region += QRegion(QRect(view.columnViewportPosition(2), 200, 50, 3))
    assert painted(page, region) == with_qt_delegate(page, region)


@pytest.mark.parametrize("change", ["hidden row", "right to left"])
def test_lists_it_was_not_checked_against_are_painted_by_qt(page: PlansPage, change: str) -> None:
    if change == "hidden row":
        page.view.setRowHidden(2, True)
    else:
        page.view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert painted(page) == with_qt_delegate(page)


def test_a_style_drawing_the_grid_edges_is_left_to_qt(
    page: PlansPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fusion draws no line along a hidden header; a style that did is Qt's to paint (here
    the hint asked is one Fusion answers: the grid's colour)."""
    calls: list[object] = []
    original = PreparedRows._prepare

    def spied(rows: PreparedRows, *args: object) -> object:
        calls.append(args)
        return original(rows, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(PreparedRows, "_prepare", spied)
    painted(page)
    assert calls
    calls.clear()
    monkeypatch.setattr(prepared_rows, "EDGE_LINES", QStyle.StyleHint.SH_Table_GridLineColor)
    assert painted(page) == with_qt_delegate(page)
    assert not calls


def test_a_translucent_row_colour_under_cells_qt_paints_looks_as_qt_paints_it(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    """The Activities list leaves its dates to Qt (the locale's format): those cells are
    painted on the viewport's background alone, not under our alternate row's colour too."""
    page = show_page(qtbot, ActivitiesPage(make_context(demo_db, tmp_path)))
    view = page.view
    view.setCurrentIndex(QModelIndex())
    assert view.alternatingRowColors() and page.model.rowCount() > 2
    assert any(
        page.model.painted_cell(1, column) is None for column in range(page.model.columnCount())
    )
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(200, 120, 30, 60))
    view.setPalette(palette)
    assert painted(view) == with_qt_delegate(view)


def layouts_in_a_page_step(page: PlansPage, qtbot: QtBot, rows: int) -> list[str]:
    """Texts laid out while painting the list scrolled by `rows`, after an idle moment."""
    laid: list[str] = []
    original = PreparedCellDelegate._lay_out

    def spied(delegate: PreparedCellDelegate, text: str, *args: object) -> object:
        laid.append(text)
        return original(delegate, text, *args)  # type: ignore[arg-type]

    painted(page)
    qtbot.wait(20)  # the loop idle: the next screen prepared
    bar = page.view.verticalScrollBar()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(PreparedCellDelegate, "_lay_out", spied)
        bar.setValue(bar.value() + rows)
        painted(page)
    return laid


def test_the_next_screen_is_prepared_while_the_list_is_idle(
    page: PlansPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.view.clearSelection()
    step = page.view.verticalScrollBar().pageStep()
    assert not layouts_in_a_page_step(page, qtbot, step)  # down
    assert not layouts_in_a_page_step(page, qtbot, step)
    bar = page.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    painted(page)
    qtbot.wait(20)
    assert not layouts_in_a_page_step(page, qtbot, -step)  # up from the end
    assert not layouts_in_a_page_step(page, qtbot, -step)  # and up, as it scrolled last
    monkeypatch.setattr(PreparedRows, "_prepare_ahead", lambda rows: None)
    assert len(layouts_in_a_page_step(page, qtbot, -step)) > step  # titles, if not prepared


class MarkedTable(QTableView):
    """A view with a painting of its own (a mark over Qt's)."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.fillRect(QRect(0, 0, 6, 6), QColor("red"))
        painter.end()


def test_a_view_with_a_painting_of_its_own_keeps_it(page: PlansPage, qtbot: QtBot) -> None:
    view = MarkedTable()
    qtbot.addWidget(view)
    view.setModel(page.model)
    paint_cells_prepared(view)
    view.resize(600, 300)
    view.show()
    image = painted(view)
    assert image.pixelColor(2, 2) == QColor("red")
    assert image == with_qt_delegate(view)
