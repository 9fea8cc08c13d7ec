"""Other people's changes on screen: when the window comes back to the front (and, on a
shared server, every 300 ms) the pages reload if the database was written meanwhile
(secretariat/watch.py), and the status bar says so. Nothing typed in an open editor is
touched: editors hold their own values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from secretariat.watch import ChangeWatcher
from ui.context import EVERYTHING, AppContext

SHOWN_MS = 5000
LOST_STYLE = "QLabel { background: #fee2e2; color: #7f1d1d; padding: 2px 8px; }"
POLL_MS = 300  # a server's notices are looked at this often (a flag: no waiting)


class ChangeWatch(QObject):
    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.watcher = ChangeWatcher(context.db)
        window.installEventFilter(self)
        self.timer: QTimer | None = None
        self.lost_label = QLabel()
        self.lost_label.setObjectName("server_lost")
        self.lost_label.setStyleSheet(LOST_STYLE)
        self.lost_label.hide()
        window.statusBar().addPermanentWidget(self.lost_label)
        self.opened_read_only = context.db.read_only
        self.reachable: bool | None = None
        if self.watcher.polls:  # a shared server: others' changes within a second
            self.timer = QTimer(self, interval=POLL_MS)
            self.timer.timeout.connect(self.poll)
            self.timer.start()

    def poll(self) -> None:
        self.watch_server()
        self.check()

    def watch_server(self) -> None:
        """The server lost: say so, and stay usable read-only (what is typed in an open
        editor stays there, and its save says the server is away); back: all read again."""
        reachable = self.watcher.reachable()
        if reachable is None or reachable == self.reachable:
            return
        first = self.reachable is None
        self.reachable = reachable
        if first and reachable:
            return
        self.lost_label.setText(
            QCoreApplication.translate(
                "ChangeWatch", "The server cannot be reached: read-only until it is back."
            )
        )
        self.lost_label.setVisible(not reachable)
        # The window's editing actions go off while away; the database itself stays
        # writable, so a save an open editor keeps retrying goes through once it is back.
        self.context.read_only_changed.emit(self.opened_read_only or not reachable)

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
        if self.timer is not None:
            self.timer.stop()
        self.watcher.close()
