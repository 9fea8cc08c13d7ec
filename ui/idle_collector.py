"""Python's full garbage collections, started between two events instead of inside one."""

from __future__ import annotations

import gc
from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer

CHECK_EVERY_MS = 1000
NEVER = 1 << 30  # a full-collection threshold Python never reaches by itself


class IdleCollector(QObject):
    """Starts Python's full (oldest-generation) collections from the event loop.

    Python starts a full collection when enough objects survived the younger ones, wherever
    the allocation that tips it happens: in the middle of painting a table (2-10 ms of a
    scroll step, the slowest steps of a first-to-last scroll of 100,000 plans), or on a
    worker thread. Here the young generations are collected as Python decides (they are
    cheap); a timer starts the full collection, once Python's own count says it is due
    (ten younger collections since the last), so it runs between two events, never inside
    one, at most once a second."""

    def __init__(self, parent: QObject, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.set_threshold(self._threshold[0], self._threshold[1], NEVER)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        # A laptop on battery: the system may batch this wake-up with others (to the second).
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()
        # Python's rule again once the window goes (a test session goes on after it).
        self.destroyed.connect(partial(gc.set_threshold, *self._threshold))

    def collect_if_due(self) -> None:
        if gc.get_count()[2] >= self._threshold[2]:
            gc.collect()

    def stop(self) -> None:
        """Give the full collections back to Python."""
        self._timer.stop()
        gc.set_threshold(*self._threshold)
