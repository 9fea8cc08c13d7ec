"""Comparing a list's painting with Qt's own, pixel for pixel (tests of ui.widgets.prepared_*)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint
from PySide6.QtGui import QColor, QImage, QRegion
from PySide6.QtWidgets import QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from secretariat.services import plans
from tests.ui.plans_driver import plans_page
from ui.pages.plans import PlansPage

SENTINEL = QColor("#ff00ff")  # outside a rendered region: never a colour Qt paints


def plans_to_paint(db: Database, qtbot: QtBot, tmp_path: Path) -> PlansPage:
    """The Plans page with an amber "(missing)" title on row 3, row 6 selected and no
    current cell (so no focus frame)."""
    page = plans_page(db, qtbot, tmp_path)
    qtbot.waitUntil(lambda: not page.model.loading)
    plan_id = page.model.plan_id_at(3)
    plans.update_plan(db, plan_id, {"title_zh": ""})
    page.model.refresh_plans([plan_id])
    view = page.view
    view.setCurrentIndex(QModelIndex())
    view.clearSelection()
    rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(page.model.index(6, 0), rows)
    return page


def view_of(page: PlansPage | QTableView) -> QTableView:
    return page if isinstance(page, QTableView) else page.view


def painted(page: PlansPage | QTableView, region: QRegion | None = None) -> QImage:
    """The list's viewport as it paints itself: all of it, or only `region` (the rest left
    in SENTINEL)."""
    viewport = view_of(page).viewport()
    if region is None:
        viewport.repaint()
        return viewport.grab().toImage()
    image = QImage(viewport.size(), QImage.Format.Format_RGB32)
    image.fill(SENTINEL)
    viewport.render(image, QPoint(), region)
    return image


def with_qt_delegate(page: PlansPage | QTableView, region: QRegion | None = None) -> QImage:
    """The same painted by Qt alone: its QStyledItemDelegate, and QTableView's paintEvent
    (the prepared rows step aside for a delegate not theirs)."""
    view = view_of(page)
    ours = view.itemDelegate()
    view.setItemDelegate(QStyledItemDelegate(view))
    try:
        return painted(view, region)
    finally:
        view.setItemDelegate(ours)
