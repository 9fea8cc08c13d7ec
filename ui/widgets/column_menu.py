"""Right-click on a table's header: a menu to show or hide its columns (one always stays)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QMenu


def set_column_shown(header: QHeaderView, column: int, shown: bool) -> None:
    """Show or hide a column; the last column shown cannot be hidden."""
    if not shown and header.count() - header.hiddenSectionCount() <= 1:
        return
    header.setSectionHidden(column, not shown)


def attach_column_menu(header: QHeaderView) -> None:
    """Offer the menu on the header from now on."""
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda position: column_menu(header).popup(header.mapToGlobal(position))
    )


def column_menu(header: QHeaderView) -> QMenu:
    model = header.model()
    menu = QMenu(header)
    for column in range(header.count()):
        toggle = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
        toggle.setCheckable(True)
        toggle.setChecked(not header.isSectionHidden(column))
        toggle.toggled.connect(lambda shown, column=column: set_column_shown(header, column, shown))
    return menu
