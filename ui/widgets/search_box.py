"""A list page's search box: `paused` fires once typing pauses, so the list is not read again
for every key."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    """A line edit with a clear button that emits `paused` `delay_ms` after the last key."""

    paused = Signal()

    def __init__(self, delay_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.paused)
        self.textChanged.connect(self._timer.start)

    def start_delay(self) -> None:
        """Wait as after a key (another field typed in filters after the same pause)."""
        self._timer.start()

    def stop_delay(self) -> None:
        """The list is read now: the pending pause need not fire."""
        self._timer.stop()

    def focus(self) -> None:
        """Ctrl+F: the words are selected, to be typed over."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
