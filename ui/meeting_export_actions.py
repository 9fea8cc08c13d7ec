"""File → Export agenda / Export minutes / Export calendar: the three actions, put in the main
window's File menu by one call, with their texts kept in the interface language. The dialogs
(ui/dialogs/meeting_exports.py) are imported when used: they pull in the database code and
the exporters, which the window does not need to start."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction


def _dialogs() -> ModuleType:
    from ui.dialogs import meeting_exports

    return meeting_exports


class MeetingExportActions(QObject):
    """The three File menu actions, retranslated when the interface language changes."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.agenda_action = QAction(window)
        self.minutes_action = QAction(window)
        self.calendar_action = QAction(window)
        self.agenda_action.triggered.connect(
            lambda: _dialogs().export_meeting_document(window, "agenda")
        )
        self.minutes_action.triggered.connect(
            lambda: _dialogs().export_meeting_document(window, "minutes")
        )
        self.calendar_action.triggered.connect(lambda: _dialogs().export_calendar(window))
        window.installEventFilter(self)
        self.retranslate()

    @property
    def actions(self) -> list[QAction]:
        return [self.agenda_action, self.minutes_action, self.calendar_action]

    def retranslate(self) -> None:
        self.agenda_action.setText(QCoreApplication.translate("MeetingExports", "Export &agenda…"))
        self.minutes_action.setText(
            QCoreApplication.translate("MeetingExports", "Export &minutes…")
        )
        self.calendar_action.setText(
            QCoreApplication.translate("MeetingExports", "Export &calendar…")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def add_meeting_exports(window: Any, before: QAction) -> list[QAction]:
    """Put Export agenda / minutes / calendar in the File menu before `before`; returns the
    actions (disabled until the database is open, like the window's other exports)."""
    helper = MeetingExportActions(window)
    window.meeting_exports = helper
    window.file_menu.insertActions(before, helper.actions)
    for action in helper.actions:
        action.setEnabled(False)
    return helper.actions
