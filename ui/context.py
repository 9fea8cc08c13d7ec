"""What every page shares: the open database, read-only mode, the languages, the undo group,
and one signal that says which kind of record changed (pages refresh from it, never poll)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

if TYPE_CHECKING:  # the database code loads on the worker that opens the database
    from secretariat.db import Database

# Kinds carried by AppContext.data_changed.
PLANS = "plan"
CONFERENCES = "conference"
TEAMS = "team"
MEETINGS = "meeting"
MOUS = "mou"
ACTIVITIES = "activity"
PROFILE = "profile"
EVERYTHING = "*"


class AppContext(QObject):
    """Shared state of one main window. Lives in the GUI thread."""

    data_changed = Signal(str)  # one of the kinds above
    ui_language_changed = Signal(str)  # "en", "ko", "zh"
    read_only_changed = Signal(bool)
    # An undo or redo of an edit made on another page: that page's key, the edit's text,
    # and whether it was redone (else undone).
    edit_elsewhere = Signal(str, str, bool)

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        *,
        ui_language: str = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.ui_language = ui_language
        # One undo history for the window: an edit made on one page can be undone from any
        # other (the group stays for the Edit menu's actions, which follow its active stack).
        self.undo_group = QUndoGroup(self)
        self.undo_stack = QUndoStack(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self.current_page = ""  # the key of the page shown, which each new edit belongs to
        self.working_languages: tuple[str, str] = _working_languages(db)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def notify(self, kind: str) -> None:
        """Say that records of `kind` changed (after a write, an undo, an import)."""
        if kind in (PROFILE, EVERYTHING):
            self.working_languages = _working_languages(self.db)
        self.data_changed.emit(kind)

    def set_ui_language(self, language: str) -> None:
        if language != self.ui_language:
            self.ui_language = language
            self.ui_language_changed.emit(language)

    def display_languages(self) -> tuple[str, ...]:
        """Languages to show a one-line text in: the interface's first, then the working ones."""
        return tuple(dict.fromkeys((self.ui_language, *self.working_languages, "en")))


def _working_languages(db: Database) -> tuple[str, str]:
    from secretariat.services import committee

    return committee.working_languages(db)
