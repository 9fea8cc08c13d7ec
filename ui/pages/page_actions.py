"""A list page's actions: made with their shortcuts, laid out on its toolbar and offered again
in the table's context menu, in the same order (None is a separator in both)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QToolBar, QWidget

Shortcut = QKeySequence.StandardKey  # New, Delete, Find: as the platform spells them
Key = QKeySequence | Shortcut | str
Layout = Sequence[QAction | None]  # actions in order, None between groups

PAGE = Qt.ShortcutContext.WidgetWithChildrenShortcut  # while the focus is in the page
WIDGET = Qt.ShortcutContext.WidgetShortcut  # only in that widget (Enter, Del in the table)
WINDOW = Qt.ShortcutContext.WindowShortcut  # window-wide while the page shows


def page_action(
    owner: QWidget,
    handler: Callable[..., Any],
    *keys: Key,
    context: Qt.ShortcutContext = PAGE,
) -> QAction:
    """An action of `owner` (a page, or its table) with these shortcuts, working in `context`:
    a page's keys work while the focus is in it, so pages never collide."""
    action = QAction(owner)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(context)
    action.triggered.connect(handler)
    owner.addAction(action)
    return action


def page_toolbar(layout: Layout) -> QToolBar:
    """Flat, text-only buttons, as on every list page."""
    toolbar = QToolBar()
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in layout:
        if action is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(action)
    return toolbar


def attach_context_menu(page: QWidget, view: QAbstractItemView, layout: Layout) -> None:
    """Right-click in the table: the page's actions."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(
        lambda position: context_menu(page, view, layout, position)
    )


def context_menu(page: QWidget, view: QAbstractItemView, layout: Layout, position: QPoint) -> QMenu:
    """The menu (a child of the page) popped up where the table was clicked."""
    menu = QMenu(page)
    for action in layout:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    menu.popup(view.viewport().mapToGlobal(position))
    return menu
