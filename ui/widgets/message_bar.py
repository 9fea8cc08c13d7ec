"""The dismissable line above a page's list: what an action did, or why it could not, and
at times one thing to do about it ("Show it")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

MESSAGE_STYLE = "QLabel { background: #fef3c7; color: #78350f; padding: 4px 8px; }"
ERROR_MESSAGE_STYLE = "QLabel { background: #fee2e2; color: #7f1d1d; padding: 4px 8px; }"

MessageAction = tuple[str, Callable[[], None]]  # the button's text, what it does


class MessageBar(QWidget):
    """A message, an optional action button and the × button; hidden until there is
    something to say. Pressing the action does it and closes the message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.setAutoDefault(False)
        self.action_button.clicked.connect(self._act)
        self.action_button.hide()
        self._action: Callable[[], None] | None = None
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.action_button)
        row.addWidget(close)
        self.hide()

    def show_message(
        self, text: str, *, error: bool = False, action: MessageAction | None = None
    ) -> None:
        self.label.setText(text[:1].upper() + text[1:])
        self.label.setStyleSheet(ERROR_MESSAGE_STYLE if error else MESSAGE_STYLE)
        self._action = action[1] if action is not None else None
        self.action_button.setText(action[0] if action is not None else "")
        self.action_button.setVisible(action is not None)
        self.show()

    def _act(self) -> None:
        act, self._action = self._action, None
        self.hide()
        if act is not None:
            act()
