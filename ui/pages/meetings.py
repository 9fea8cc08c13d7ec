"""The Meetings page (placeholder until the page is built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.pages.base import Page


class MeetingsPage(Page):
    key = "meetings"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        QVBoxLayout(self).addWidget(QLabel(self.title()))

    def title(self) -> str:
        return self.tr("Meetings")
