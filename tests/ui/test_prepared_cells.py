"""The Plans list paints its cells from prepared texts exactly as Qt's own delegate would:
the same pixels for plain, elided, Korean and Chinese, right-aligned, decorated and amber
(missing) cells, beside selected rows Qt paints; and Qt's painting throughout under a style
it was not checked against."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyledItemDelegate, QStyleFactory
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from secretariat.services import plans
from tests.ui.plans_driver import plans_page
from ui.models.plans import PlansModel
from ui.models.record_columns import RIGHT
from ui.pages.plans import PlansPage
from ui.widgets.prepared_cells import PreparedCellDelegate


@pytest.fixture
def page(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> Iterator[PlansPage]:
    page = plans_page(demo_db, qtbot, tmp_path)
    qtbot.waitUntil(lambda: not page.model.loading)
    plan_id = page.model.plan_id_at(3)
    plans.update_plan(demo_db, plan_id, {"title_zh": ""})  # a gap: "(missing)" in amber
    page.model.refresh_plans([plan_id])
    view = page.view
    view.setCurrentIndex(QModelIndex())  # no focus frame: Qt paints the current cell
    view.clearSelection()
    rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(page.model.index(6, 0), rows)
    yield page


def painted(page: PlansPage) -> QImage:
    viewport = page.view.viewport()
    viewport.repaint()
    return viewport.grab().toImage()


def wider_than_column(page: PlansPage, text: str, column: int) -> bool:
    return page.view.fontMetrics().horizontalAdvance(text) > page.view.columnWidth(column)


def with_qt_delegate(page: PlansPage) -> QImage:
    ours = page.view.itemDelegate()
    page.view.setItemDelegate(QStyledItemDelegate(page.view))
    try:
        return painted(page)
    finally:
        page.view.setItemDelegate(ours)


def test_cells_look_as_qt_paints_them(page: PlansPage) -> None:
    assert isinstance(page.view.itemDelegate(), PreparedCellDelegate)
    model, view = page.model, page.view
    titles = [(model.index(row, column).data(), column) for row in range(8) for column in (3, 4)]
    assert "(missing)" in [text for text, _ in titles]  # the amber gap is on screen
    too_wide = [text for text, column in titles if wider_than_column(page, text, column)]
    assert too_wide  # titles Qt elides
    assert any("기" <= character <= "힣" for text, _ in titles for character in text)
    assert not view.isColumnHidden(model.column_alignments().index(RIGHT))  # progress
    assert painted(page) == with_qt_delegate(page)


def test_cells_look_the_same_after_scrolling_and_resizing(page: PlansPage) -> None:
    page.view.verticalScrollBar().setValue(100)
    page.view.setColumnWidth(3, page.view.columnWidth(3) - 37)  # other elisions
    assert painted(page) == with_qt_delegate(page)


def test_a_disabled_list_looks_as_qt_paints_it(page: PlansPage) -> None:
    page.view.setEnabled(False)
    assert painted(page) == with_qt_delegate(page)


def test_another_style_is_painted_by_qt_alone(
    page: PlansPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[int, int]] = []
    original = PlansModel.painted_cell

    def spied(model: PlansModel, row: int, column: int) -> object:
        asked.append((row, column))
        return original(model, row, column)

    monkeypatch.setattr(PlansModel, "painted_cell", spied)
    painted(page)
    assert asked  # Fusion: the delegate paints
    windows = QStyleFactory.create("Windows")
    page.view.setStyle(windows)
    asked.clear()
    assert painted(page) == with_qt_delegate(page)
    assert not asked
