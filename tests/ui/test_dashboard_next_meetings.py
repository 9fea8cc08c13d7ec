"""The dashboard lists the next planned meetings, and keeps the list in the interface language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.test_dashboard import context, open_dashboard  # noqa: F401 (a fixture)
from ui.context import AppContext


def test_the_next_planned_meetings_are_listed_soonest_first(
    qtbot: QtBot,
    context: AppContext,  # noqa: F811 (the fixture)
) -> None:
    page = open_dashboard(qtbot, context)
    text = page.next_meetings.text()
    assert text.startswith("<b>Next meetings</b>")
    lines = text.split("<br>")[1:]
    assert [line[:10] for line in lines] == ["2027-01-19", "2027-02-16", "2027-03-09"]
    assert "10:00 · Team working meeting · ECO · 5 agenda items" in lines[0]
    context.set_ui_language("ko")  # the kinds' labels follow at once
    assert "분과 실무회의" in page.next_meetings.text()
