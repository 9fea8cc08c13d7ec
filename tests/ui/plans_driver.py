"""Driving the Plans page as a person does: keys in the table, typing in the editor, Save,
then reading the table, the count and the history panel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontDatabase
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from secretariat.paths import font_path
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.pages.plans import PlansPage

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def plans_page(db: Database, qtbot: QtBot, tmp_path: Path, ui_language: str = "en") -> PlansPage:
    QFontDatabase.addApplicationFont(str(font_path()))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    page = PlansPage(AppContext(db, settings, ui_language=ui_language))
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.activated()
    page.view.setFocus()
    return page


def press(qtbot: QtBot, page: PlansPage, key: Qt.Key, modifier: Any = None) -> None:
    """A key press in the table (Enter and Del work there; the others page-wide)."""
    page.view.setFocus()
    qtbot.keyClick(
        page.view, key, modifier if modifier is not None else Qt.KeyboardModifier.NoModifier
    )


def wait_dialog(qtbot: QtBot, page: PlansPage) -> Any:
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    return page.dialog


def save(qtbot: QtBot, dialog: RecordDialog) -> None:
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)


def save_and_close(qtbot: QtBot, page: PlansPage, dialog: RecordDialog) -> None:
    save(qtbot, dialog)
    assert dialog.banner.text() == "", dialog.banner.text()
    qtbot.waitUntil(lambda: page.dialog is None)


def column(page: PlansPage, key: str) -> list[Any]:
    model = page.model
    index = model.column_keys().index(key)
    return [model.index(row, index).data() for row in range(model.rowCount())]


def cell(page: PlansPage, row: int, key: str) -> Any:
    return page.model.index(row, page.model.column_keys().index(key)).data()


def row_of_ref(page: PlansPage, ref: str) -> int:
    return column(page, "ref").index(ref)


def select_refs(page: PlansPage, *refs: str) -> None:
    ids = [page.model.plan_id_at(row_of_ref(page, ref)) for ref in refs]
    page.select_plans(ids)


def selected_refs(page: PlansPage) -> list[str]:
    rows = sorted({index.row() for index in page.view.selectionModel().selectedRows()})
    return [cell(page, row, "ref") for row in rows]


def wait_count(qtbot: QtBot, page: PlansPage, shown: int, total: int | None = None) -> None:
    total = page.model.total() if total is None else total
    expected = f"{shown:,} of {total:,} plans"
    qtbot.waitUntil(lambda: page.filters.count_label.text() == expected and not page.model.loading)
