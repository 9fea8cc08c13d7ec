"""The dismissable line above a page's list: what an action did, or why it could not."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

MESSAGE_STYLE = "QLabel { background: #fef3c7; color: #78350f; padding: 4px 8px; }"
ERROR_MESSAGE_STYLE = "QLabel { background: #fee2e2; color: #7f1d1d; padding: 4px 8px; }"


class MessageBar(QWidget):
    """A message and its × button; hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(close)
        self.hide()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.label.setText(text[:1].upper() + text[1:])
        self.label.setStyleSheet(ERROR_MESSAGE_STYLE if error else MESSAGE_STYLE)
        self.show()
