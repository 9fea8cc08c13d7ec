"""Other people's changes on screen: when the window comes back to the front, the pages
reload if the database was written meanwhile (secretariat/watch.py), and the status bar says
so. Nothing typed in an open editor is touched: editors hold their own values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMainWindow

from secretariat.watch import ChangeWatcher
from ui.context import EVERYTHING, AppContext

SHOWN_MS = 5000


class ChangeWatch(QObject):
    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.watcher = ChangeWatcher(context.db)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.check()
        return False

    def check(self) -> bool:
        """Reload everything when the database changed since the last look."""
        if not self.watcher.changed():
            return False
        self.context.notify(EVERYTHING)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("ChangeWatch", "Updated with the latest saved changes."),
            SHOWN_MS,
        )
        return True

    def close(self) -> None:
        self.watcher.close()
