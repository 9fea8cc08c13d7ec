"""Driving the record pages (MOUs, Activities, Teams) as a person does: open the editor with
the keyboard, type, press Save, read the table and the messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.pages.record_list import RecordListPage


def make_context(db: Database, tmp_path: Path, ui_language: str = "en") -> AppContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(db, settings, ui_language=ui_language)


def close_editor(page: RecordListPage) -> None:
    """At the end of a test: an editor left open is a modal window that would keep the next
    test's windows from becoming active. done() closes it without asking about typed text."""
    if page.editor is not None:
        page.editor.done(0)


def show_page(qtbot: QtBot, page: RecordListPage) -> RecordListPage:
    qtbot.addWidget(page, before_close_func=close_editor)
    page.resize(1200, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.activated()
    settle(qtbot, page)
    page.view.setFocus()
    return page


def settle(qtbot: QtBot, page: RecordListPage) -> None:
    """Wait until a list that loads in the background has its ids."""
    qtbot.waitUntil(lambda: not getattr(page.model, "loading", False))


def press(qtbot: QtBot, page: RecordListPage, key: Qt.Key, modifier: Any = None) -> None:
    """A key press in the table, where the page's shortcuts live."""
    modifiers = modifier if modifier is not None else Qt.KeyboardModifier.NoModifier
    page.view.setFocus()
    qtbot.keyClick(page.view, key, modifiers)
    settle(qtbot, page)


def open_new(qtbot: QtBot, page: RecordListPage) -> RecordDialog:
    press(qtbot, page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    assert page.editor is not None
    return page.editor


def open_row(qtbot: QtBot, page: RecordListPage, row: int) -> RecordDialog:
    page.view.selectRow(row)
    press(qtbot, page, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    assert page.editor is not None
    return page.editor


def save(qtbot: QtBot, editor: RecordDialog) -> None:
    """Press Save (the editor stays open when the input is refused)."""
    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)


def save_and_close(qtbot: QtBot, page: RecordListPage, editor: RecordDialog) -> None:
    save(qtbot, editor)
    assert editor.banner.text() == "", editor.banner.text()
    qtbot.waitUntil(lambda: page.editor is None)
    settle(qtbot, page)


def column_texts(page: RecordListPage, key: str) -> list[str]:
    model = page.model
    column = model.column_keys().index(key)
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def row_of_text(page: RecordListPage, key: str, text: str) -> int:
    return column_texts(page, key).index(text)
