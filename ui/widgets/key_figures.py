"""A row of key figures: each a caption, a large number and a line of context."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget


class FigureCard(QFrame):
    """One key figure. Texts are set by the owner (they change with the language)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("figureCard")
        # No word wrap: a wrapped label's height is not known before layout, and the cards
        # would be squeezed; long texts are clipped instead and the tooltip has them whole.
        self.caption = QLabel(self)
        self.value = QLabel("—", self)
        value_font = QFont(self.value.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 2.0)
        value_font.setBold(True)
        self.value.setFont(value_font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel(self)
        self.detail.setEnabled(False)  # drawn in the palette's muted colour
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Room for two lines always, so the row keeps its height whatever the figures say.
        self.detail.setMinimumHeight(2 * self.detail.fontMetrics().lineSpacing())
        for label in (self.caption, self.value, self.detail):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_figure(self, caption: str, value: str, detail: str) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(f"{caption}: {value}\n{detail}" if detail else f"{caption}: {value}")


class KeyFigures(QWidget):
    """`count` cards side by side, equally wide."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.cards = [FigureCard(self) for _ in range(count)]
        for card in self.cards:
            layout.addWidget(card, 1)
