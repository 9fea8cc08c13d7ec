"""The meeting form's plan picker as a person meets it: the status it proposes for a picked
plan is one the save accepts, the first row added reads in full, and the dialog fits a
1280×800 screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from secretariat.models import PlanStatus
from secretariat.services import meetings
from tests.ui.page_keys import focused, press, show_page, type_here
from tests.ui.test_meetings_page import open_new_form, pick_plan, plan_by_ref, type_meeting
from ui.pages.meetings import MeetingsPage

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> MeetingsPage:
    return show_page(MeetingsPage, demo_db, qtbot, tmp_path)


def test_the_proposed_status_is_a_new_one_and_the_save_takes_it(
    page: MeetingsPage, qtbot: QtBot
) -> None:
    db = page.context.db
    form = open_new_form(page, qtbot)
    type_meeting(qtbot, form, "2026-11-20")
    pick_plan(qtbot, form, "5-eco-01", downs=0)  # in progress now
    assert plan_by_ref(db, "5-ECO-01").status == PlanStatus.in_progress
    assert form.updates.status.value() == PlanStatus.implemented
    press(qtbot, Qt.Key.Key_Return)  # takes the proposal as it is
    assert [row.to_status for row in form.updates.model.rows] == [PlanStatus.implemented]

    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.form is None)
    assert form.error_text("plan") == ""
    assert plan_by_ref(db, "5-ECO-01").status == PlanStatus.implemented
    assert any(m.held_on.isoformat() == "2026-11-20" for m in meetings.list_meetings(db))


def test_an_implemented_plan_gets_no_proposal_and_waits_for_a_choice(
    page: MeetingsPage, qtbot: QtBot
) -> None:
    form = open_new_form(page, qtbot)
    type_meeting(qtbot, form, "2026-11-20")
    pick_plan(qtbot, form, "4-eco-07", downs=0)  # implemented
    assert form.updates.status.value() is None  # not "Implemented" again
    press(qtbot, Qt.Key.Key_Return)  # nothing chosen: not added, the status is asked for
    assert form.updates.model.rows == []
    assert focused() is form.updates.status
    assert "4-ECO-07" in form.updates.candidate_label.text()
    type_here(qtbot, "o")  # On hold
    press(qtbot, Qt.Key.Key_Return)
    assert [row.to_status for row in form.updates.model.rows] == [PlanStatus.on_hold]
    form.done(0)


def test_the_first_row_added_reads_in_full(page: MeetingsPage, qtbot: QtBot) -> None:
    form = open_new_form(page, qtbot)
    type_meeting(qtbot, form, "2026-11-20")
    pick_plan(qtbot, form, "5-eco-01", downs=0)
    press(qtbot, Qt.Key.Key_Return)
    table = form.updates.table
    metrics = table.fontMetrics()
    # The item delegate keeps this much free on each side of a cell's text.
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    texts = {}
    for column in (0, 2, 3):  # reference, status now, new status: one line each
        text = str(table.model().index(0, column).data())
        texts[column] = text
        assert table.columnWidth(column) >= metrics.horizontalAdvance(text) + 2 * margin, text
    assert texts == {0: "5-ECO-01", 2: "In progress", 3: "Implemented"}
    # The title may wrap onto a second line; its row is then tall enough for both.
    title = str(table.model().index(0, 1).data())
    lines = -(-metrics.horizontalAdvance(title) // max(1, table.columnWidth(1) - 2 * margin))
    assert table.rowHeight(0) >= min(lines, 2) * metrics.height()
    form.done(0)


def test_the_form_fits_an_800_pixel_screen(page: MeetingsPage, qtbot: QtBot) -> None:
    form = open_new_form(page, qtbot)
    free = form.screen().availableGeometry()
    assert form.height() <= min(760, free.height())
    assert form.width() <= free.width()
    assert form.frameGeometry().height() <= 800
    # Still usable: the updates' entry line and the Save button are in the window.
    assert form.save_button.isVisible()
    assert form.save_button.mapTo(form, form.save_button.rect().bottomLeft()).y() < form.height()
    form.done(0)
