"""The next planned meetings, a few lines on the dashboard: when, what kind, which teams and
how many agenda items (the Meetings page has the rest)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from secretariat.labels import enum_label
from secretariat.services.upcoming import UpcomingMeeting


class NextMeetings(QLabel):
    """A heading and one line per meeting; "none planned" when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self._meetings: tuple[UpcomingMeeting, ...] = ()
        self._language = "en"

    def set_meetings(self, meetings: Sequence[UpcomingMeeting], ui_language: str) -> None:
        self._meetings, self._language = tuple(meetings), ui_language
        self.retranslate()

    def retranslate(self) -> None:
        heading = html.escape(self.tr("Next meetings"))
        if not self._meetings:
            none = html.escape(self.tr("None planned"))
            self.setText(f"<b>{heading}</b><br>{none}")
            return
        lines = [self.line(meeting) for meeting in self._meetings]
        self.setText(f"<b>{heading}</b><br>" + "<br>".join(lines))

    def line(self, meeting: UpcomingMeeting) -> str:
        when = f"{meeting.day.isoformat()} {meeting.start_time}".strip()
        parts = [when, enum_label(meeting.kind, self._language)]
        if meeting.team_codes:
            parts.append(", ".join(meeting.team_codes))
        parts.append(self.tr("{count} agenda items").format(count=meeting.items))
        return html.escape(" · ".join(parts))
