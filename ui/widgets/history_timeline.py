"""A plan's status history as a timeline (newest first: date, from → to, note, meeting) and
its lineage across conferences (the plans it continues and those continuing it)."""

from __future__ import annotations

import html
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from secretariat.labels import enum_label
from secretariat.models import PlanStatus
from secretariat.services.plan_query import HistoryEntry, LineageEntry
from ui.models.plan_columns import STATUS_COLOURS

MARKER_WIDTH = 18
DOT_DIAMETER = 10
LINE_COLOUR = QColor("#cbd5e1")


class _Marker(QWidget):
    """The dot of one entry, coloured by the status reached, on the timeline's line."""

    def __init__(self, colour: QColor, *, first: bool, last: bool) -> None:
        super().__init__()
        self._colour, self._first, self._last = colour, first, last
        self.setFixedWidth(MARKER_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(MARKER_WIDTH, DOT_DIAMETER + 4)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre_x = self.width() / 2
        dot_y = DOT_DIAMETER / 2 + 4
        painter.setPen(QPen(LINE_COLOUR, 2))
        top = 0.0 if not self._first else dot_y
        bottom = float(self.height()) if not self._last else dot_y
        if bottom > top:
            painter.drawLine(QPointF(centre_x, top), QPointF(centre_x, bottom))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        radius = DOT_DIAMETER / 2
        painter.drawEllipse(QRectF(centre_x - radius, dot_y - radius, DOT_DIAMETER, DOT_DIAMETER))


class HistoryTimeline(QWidget):
    """Status changes, newest first. `entry_texts()` returns what a person reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._labels: list[QLabel] = []
        self._empty = QLabel()
        self._empty.setStyleSheet("color: #64748b;")
        self._layout.addWidget(self._empty)
        self._layout.addStretch(1)

    def set_entries(self, entries: Sequence[HistoryEntry], language: str) -> None:
        self._clear()
        self._empty.setText(self.tr("No status history.") if not entries else "")
        self._empty.setVisible(not entries)
        for position, entry in enumerate(entries):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 6)
            colour = STATUS_COLOURS.get(entry.to_status, LINE_COLOUR)
            line.addWidget(_Marker(colour, first=position == 0, last=position == len(entries) - 1))
            label = QLabel(self._describe(entry, language))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            line.addWidget(label, 1)
            self._labels.append(label)
            self._layout.insertWidget(self._layout.count() - 1, row)

    def entry_texts(self) -> list[str]:
        return [plain_text(label.text()) for label in self._labels]

    def _clear(self) -> None:
        self._labels.clear()
        while self._layout.count() > 2:  # the "no history" label and the stretch stay
            item = self._layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # now: the deletion waits for the event loop's next turn
                widget.deleteLater()

    def _describe(self, entry: HistoryEntry, language: str) -> str:
        reached = enum_label(PlanStatus(entry.to_status), language)
        if entry.from_status is None:
            change = self.tr("{status} (first recorded)").format(status=reached)
        else:
            change = f"{enum_label(PlanStatus(entry.from_status), language)} → {reached}"
        parts = [f"<b>{entry.changed_on.isoformat()}</b>&nbsp;&nbsp;{html.escape(change)}"]
        if entry.note:
            parts.append(html.escape(entry.note).replace("\n", "<br>"))
        if entry.meeting_held_on is not None and entry.meeting_kind is not None:
            meeting = self.tr("Decided at: {kind}, {date}").format(
                kind=enum_label(entry.meeting_kind, language),
                date=entry.meeting_held_on.isoformat(),
            )
            parts.append(f"<span style='color:#475569'>{html.escape(meeting)}</span>")
        if entry.author:
            recorded = self.tr("Recorded by {name}").format(name=entry.author)
            parts.append(f"<span style='color:#64748b'>{html.escape(recorded)}</span>")
        return "<br>".join(parts)


class LineageView(QLabel):
    """The chain of plans across conferences; a click on another plan asks to show it."""

    plan_chosen = Signal(uuid.UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.linkActivated.connect(self._chosen)
        self._entries: list[LineageEntry] = []

    def set_entries(self, entries: Sequence[LineageEntry], language: str) -> None:
        self._entries = list(entries)
        if not entries:
            self.setText(f"<span style='color:#64748b'>{html.escape(self._alone())}</span>")
            return
        lines = []
        for entry in entries:
            text = f"{html.escape(entry.ref)} {html.escape(entry.title)}"
            status = html.escape(enum_label(PlanStatus(entry.status), language))
            if entry.is_current:
                lines.append(f"▶ <b>{text}</b> · {status}")
            else:
                lines.append(f"&nbsp;&nbsp;&nbsp;<a href='{entry.plan_id}'>{text}</a> · {status}")
        self.setText("<br>".join(lines))

    def refs(self) -> list[str]:
        return [entry.ref for entry in self._entries]

    def _alone(self) -> str:
        return self.tr("Not carried over from or to another conference.")

    def _chosen(self, link: str) -> None:
        try:
            self.plan_chosen.emit(uuid.UUID(link))
        except ValueError:
            return


def plain_text(rich: str) -> str:
    """The text a rich-text label shows, for tests and accessibility."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()
