"""The base of every page in the main window's stack."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.pages import page_title


class Page(QWidget):
    """A page: the window's undo history (its edits belong to it), read-only awareness,
    re-translation on language change, and remembered state."""

    key = "page"  # stable id: navigation, QSettings keys, screenshots

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.undo_stack: QUndoStack = context.undo_stack
        context.read_only_changed.connect(self.apply_read_only)

    def title(self) -> str:
        """The page's name in the navigation list, in the interface language."""
        return page_title(self.key, type(self).__name__)

    def activated(self) -> None:
        """Called each time the page is shown: load lazily, refresh if stale."""
        self.context.current_page = self.key

    def retranslate(self) -> None:
        """Set every visible text again after the interface language changed."""

    def apply_read_only(self, read_only: bool) -> None:
        """Disable every action that would change the database."""

    def save_state(self, settings: QSettings) -> None:
        """Remember splitters, columns, filters under `self.key`."""

    def restore_state(self, settings: QSettings) -> None:
        """Put back what save_state remembered."""

    def may_close(self) -> bool:
        """Asked before the window closes: return False to keep it open (e.g. when the user
        chooses to go back to unsaved input). The default lets it close."""
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
