"""Paints a plan's progress (0–100) as a thin bar with the percentage, in a table cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

BAR_COLOUR = QColor("#60a5fa")
TRACK_COLOUR = QColor("#e2e8f0")
BAR_HEIGHT = 4


class ProgressDelegate(QStyledItemDelegate):
    """The cell's number as "60 %" above a bar filled to 60 %."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data()
        if not isinstance(value, int):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = f"{value} %"
        background.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget
            )
        cell = option.rect.adjusted(4, 0, -4, -3)
        track = QRect(cell.left(), cell.bottom() - BAR_HEIGHT, cell.width(), BAR_HEIGHT)
        filled = QRect(track)
        filled.setWidth(round(track.width() * max(0, min(value, 100)) / 100))
        painter.save()
        painter.fillRect(track, TRACK_COLOUR)
        painter.fillRect(filled, BAR_COLOUR)
        painter.restore()
