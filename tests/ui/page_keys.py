"""Driving a page from the keyboard in tests: show it active, then press and type into
whatever widget has the focus, as a person's keys would go."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from tests.ui.keyboard import type_text
from ui.context import AppContext
from ui.pages.base import Page

P = TypeVar("P", bound=Page)


def show_page(page_class: type[P], db: Database, qtbot: QtBot, tmp_path: Path) -> P:
    """The page in its own active window, loaded, with settings in `tmp_path`."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = page_class(AppContext(db, settings))
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    shown.activated()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_here(qtbot: QtBot, text: str) -> None:
    type_text(qtbot, focused(), text)
