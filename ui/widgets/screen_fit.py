"""Dialog sizes that fit the screen: a dialog asks for the room it would like, and gets at
most the screen's free area less the window manager's frame (a 1280×800 screen keeps a
1000×720 dialog whole, title bar included; the form inside scrolls if need be)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_HEIGHT = 40  # a title bar and borders, which the window manager adds outside
FRAME_WIDTH = 20
MAX_HEIGHT = 720  # with a title bar, under 800 pixels


def fitting_size(widget: QWidget, width: int, height: int) -> QSize:
    """`width`×`height`, or less where the screen `widget` opens on has less room."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
    return QSize(
        min(width, free.width() - FRAME_WIDTH),
        min(height, MAX_HEIGHT, free.height() - FRAME_HEIGHT),
    )
