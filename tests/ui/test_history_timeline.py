"""A plan's status timeline shows only the plan chosen last, at once."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from secretariat.models import PlanStatus
from secretariat.services.plan_query import HistoryEntry
from ui.widgets.history_timeline import HistoryTimeline


def entry(day: int, note: str) -> HistoryEntry:
    return HistoryEntry(
        change_id=uuid.uuid4(),
        changed_on=date(2026, 5, day),
        from_status=PlanStatus.agreed,
        to_status=PlanStatus.in_progress,
        note=note,
        meeting_id=None,
        meeting_held_on=None,
        meeting_kind=None,
    )


def test_the_previous_plans_entries_go_at_once(qtbot: QtBot) -> None:
    """Entries replaced are deleted when the event loop gets to it; until then they must
    not show under the new ones (they did, overlapping, until the next turn of the loop)."""
    timeline = HistoryTimeline()
    qtbot.addWidget(timeline)
    timeline.show()
    timeline.set_entries([entry(1, "first plan, older"), entry(2, "first plan")], "en")
    timeline.set_entries([entry(3, "second plan")], "en")
    QApplication.processEvents()  # the new rows show; deletions wait for the loop's next turn
    shown = [label.text() for label in timeline.findChildren(QLabel) if label.isVisible()]
    assert len(shown) == 1 and "second plan" in shown[0]
