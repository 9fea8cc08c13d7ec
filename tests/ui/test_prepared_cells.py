"""The lists paint their cells from prepared texts exactly as Qt's own delegate would:
the same pixels for plain, elided, Korean and Chinese, right-aligned, decorated and amber
(missing) cells, beside selected rows Qt paints; and Qt's painting throughout under a style
it was not checked against."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QStyleFactory
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from tests.ui.page_keys import show_page as show_meetings
from tests.ui.painting import painted, plans_to_paint, with_qt_delegate
from tests.ui.record_pages import make_context, show_page
from ui.models.plans import PlansModel
from ui.models.record_columns import RIGHT
from ui.pages.activities import ActivitiesPage
from ui.pages.conferences import ConferencesPage
from ui.pages.meetings import MeetingsPage
from ui.pages.mous import MousPage
from ui.pages.plans import PlansPage
from ui.pages.record_list import RecordListPage
from ui.pages.teams import TeamsPage
from ui.widgets.prepared_cells import PreparedCellDelegate


@pytest.fixture
def page(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> PlansPage:
    return plans_to_paint(demo_db, qtbot, tmp_path)


def wider_than_column(page: PlansPage, text: str, column: int) -> bool:
    return page.view.fontMetrics().horizontalAdvance(text) > page.view.columnWidth(column)


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


@pytest.mark.parametrize("page_class", [ActivitiesPage, MousPage, ConferencesPage, TeamsPage])
def test_every_record_list_looks_as_qt_paints_it(
    page_class: type[RecordListPage], demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = show_page(qtbot, page_class(make_context(demo_db, tmp_path)))
    page.view.setCurrentIndex(QModelIndex())
    assert isinstance(page.view.itemDelegate(), PreparedCellDelegate)
    assert page.model.rowCount()
    assert painted(page.view) == with_qt_delegate(page.view)
    page.view.selectRow(1)
    assert painted(page.view) == with_qt_delegate(page.view)


def test_the_meetings_list_and_a_rebuilt_model_look_as_qt_paints_them(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    meetings = show_meetings(MeetingsPage, demo_db, qtbot, tmp_path)
    meetings.table.setCurrentIndex(QModelIndex())
    assert painted(meetings.table) == with_qt_delegate(meetings.table)
    mous = show_page(qtbot, MousPage(make_context(demo_db, tmp_path)))
    mous.view.setCurrentIndex(QModelIndex())
    painted(mous.view)
    first_shown = mous.model.index(0, 0).data()
    mous.model = mous._replace_model()  # the working languages changed: new columns
    mous.model.sort(0, Qt.SortOrder.DescendingOrder)  # and other rows on top than the old
    qtbot.waitUntil(lambda: not getattr(mous.model, "loading", False))
    assert mous.model.index(0, 0).data() != first_shown
    assert painted(mous.view) == with_qt_delegate(mous.view)


def test_a_brush_foreground_is_left_to_qt(page: PlansPage) -> None:
    delegate = page.view.itemDelegate()
    assert isinstance(delegate, PreparedCellDelegate)
    pattern = QBrush(Qt.BrushStyle.Dense4Pattern)
    assert delegate.drawing(0, 0, 120, 24, 0, ("text", None, pattern)) is None
    assert delegate.drawing(0, 0, 120, 24, 0, ("text", None, QColor("#b45309"))) is not None
