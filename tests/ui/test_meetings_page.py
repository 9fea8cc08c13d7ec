"""The Meetings page, driven as a person does: a meeting logged by keyboard only, with plan
status updates picked through the type-ahead; validation, undo and redo, edit, delete and
read-only mode."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from secretariat.db import Database, open_database
from secretariat.models import PlanStatus
from secretariat.services import meetings, plans
from tests.ui.page_keys import focused, press, show_page, type_here
from ui.dialogs.meeting_form import MeetingForm
from ui.pages.meetings import MeetingsPage

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> MeetingsPage:
    return make_page(demo_db, qtbot, tmp_path)


def make_page(db: Database, qtbot: QtBot, tmp_path: Path) -> MeetingsPage:
    return show_page(MeetingsPage, db, qtbot, tmp_path)


def open_new_form(page: MeetingsPage, qtbot: QtBot) -> MeetingForm:
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible())
    form = page.form
    assert form is not None
    qtbot.waitUntil(lambda: focused() is form.date.line_edit)
    return form


def pick_plan(qtbot: QtBot, form: MeetingForm, query: str, downs: int) -> None:
    """In the plan picker: type, move down, Enter; the status field then has the focus."""
    assert focused() is form.updates.picker
    type_here(qtbot, query)
    qtbot.waitUntil(lambda: form.updates.picker.popup.isVisible())
    for _ in range(downs):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is form.updates.status


def type_meeting(qtbot: QtBot, form: MeetingForm, day: str) -> None:
    """Everything up to the plan picker, from the keyboard only."""
    type_here(qtbot, day)  # the date is selected on opening: typing replaces it
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.kind
    type_here(qtbot, "v")  # Video call
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.conference
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.teams
    press(qtbot, Qt.Key.Key_Space)  # the first team, ECO, is current: check it
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "Park, Chen")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "online")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "스마트시티 시범사업 착수 합의")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "商定启动智慧城市试点")
    press(qtbot, Qt.Key.Key_Tab)  # the "other languages" button
    press(qtbot, Qt.Key.Key_Tab)


def test_models_pass_the_model_tester(page: MeetingsPage, qtmodeltester: ModelTester) -> None:
    assert page.model.rowCount() == len(meetings.list_meetings(page.context.db))
    qtmodeltester.check(page.model)
    form = page.new_meeting()
    assert form is not None
    form.updates.model.set_rows([], read_only=False)
    qtmodeltester.check(form.updates.model)


def test_the_page_has_the_other_pages_skeleton(page: MeetingsPage, qtbot: QtBot) -> None:
    """Flat actions on a toolbar at the top, as on every other page; the count under the list,
    in the plural form of its number."""
    from PySide6.QtWidgets import QToolBar

    toolbar = page.findChild(QToolBar)
    assert (
        toolbar is not None and toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    )
    texts = [action.text() for action in toolbar.actions() if action.text()]
    assert texts[:5] == ["New meeting", "Plan meeting", "Log outcomes", "Edit", "Delete"]
    assert (
        page.count_label.mapTo(page, page.count_label.rect().topLeft()).y()
        > page.table.mapTo(page, page.table.rect().bottomLeft()).y()
    )
    qtbot.waitUntil(lambda: page.count_label.text().endswith("meetings"))


def test_log_a_meeting_by_keyboard_with_two_status_updates(
    page: MeetingsPage, qtbot: QtBot
) -> None:
    db = page.context.db
    form = open_new_form(page, qtbot)
    type_meeting(qtbot, form, "2026-11-20")
    pick_plan(qtbot, form, "5-eco-0", downs=3)  # 5-ECO-04, agreed
    assert form.updates.status.value() == PlanStatus.in_progress  # offered first
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "pilot sites chosen")
    press(qtbot, Qt.Key.Key_Return)  # adds the row, back to the picker
    pick_plan(qtbot, form, "exporters", downs=0)  # 5-ECO-06, agreed
    type_here(qtbot, "d")  # Dropped
    press(qtbot, Qt.Key.Key_Return)
    assert [row.ref for row in form.updates.model.rows] == ["5-ECO-04", "5-ECO-06"]
    assert form.updates.model.index(1, 3).data() == "Dropped"

    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.form is None)

    (logged,) = [m for m in meetings.list_meetings(db) if m.held_on.isoformat() == "2026-11-20"]
    assert (logged.kind, logged.attendees, logged.venue) == ("video_call", "Park, Chen", "online")
    assert logged.outcomes_ko == "스마트시티 시범사업 착수 합의"
    assert logged.outcomes_zh == "商定启动智慧城市试点"
    first, second = (plan_by_ref(db, ref) for ref in ("5-ECO-04", "5-ECO-06"))
    assert (first.status, second.status) == (PlanStatus.in_progress, PlanStatus.dropped)
    for plan, note in ((first, "pilot sites chosen"), (second, "")):
        latest = plans.history(db, plan.id)[0]
        assert (latest.meeting_id, latest.note) == (logged.id, note)
        assert latest.changed_on.isoformat() == "2026-11-20"
    row = page.model.row_of(logged.id)
    assert page.table.currentIndex().row() == row  # the new meeting is selected
    assert page.model.index(row, page.model.column_keys().index("updates")).data() == 2
    assert "스마트시티" in page.details.toPlainText()

    # Undo takes the meeting back with its status changes; redo puts them back.
    page.undo_stack.undo()
    assert page.model.row_of(logged.id) == -1
    assert plan_by_ref(db, "5-ECO-04").status == PlanStatus.agreed
    assert plan_by_ref(db, "5-ECO-06").status == PlanStatus.agreed
    assert plans.history(db, first.id)[0].meeting_id != logged.id
    page.undo_stack.redo()
    assert plan_by_ref(db, "5-ECO-04").status == PlanStatus.in_progress
    assert plans.history(db, second.id)[0].meeting_id == logged.id
    assert page.model.row_of(logged.id) >= 0


def plan_by_ref(db: Database, ref: str):
    (choice,) = [c for c in meetings.plan_choices(db, ref) if c.ref == ref]
    return plans.get_plan(db, choice.plan_id)


def test_the_picker_offers_only_the_chosen_teams_plans(page: MeetingsPage, qtbot: QtBot) -> None:
    form = open_new_form(page, qtbot)
    type_meeting(qtbot, form, "2026-11-20")
    type_here(qtbot, "tourism")
    qtbot.waitUntil(lambda: form.updates.picker.popup.isVisible())
    refs = [choice.ref for choice in form.updates.picker.choices()]
    assert refs and all("-ECO-" in ref for ref in refs)  # not 3-CUL-06
    press(qtbot, Qt.Key.Key_Escape)  # closes the list only
    assert not form.updates.picker.popup.isVisible() and form.isVisible()


def test_a_bad_date_shows_next_to_its_field_and_keeps_the_typing(
    page: MeetingsPage, qtbot: QtBot
) -> None:
    db = page.context.db
    before = len(meetings.list_meetings(db))
    form = open_new_form(page, qtbot)
    type_meeting(qtbot, form, "2026-02-30")
    pick_plan(qtbot, form, "5-eco-04", downs=0)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves too

    assert form.isVisible()
    assert "a real date" in form.error_text("held_on")
    assert focused() is form.date.line_edit
    assert form.outcomes.text("ko") == "스마트시티 시범사업 착수 합의"
    assert form.outcomes.text("zh") == "商定启动智慧城市试点"
    assert [row.ref for row in form.updates.model.rows] == ["5-ECO-04"]
    assert len(meetings.list_meetings(db)) == before
    assert plan_by_ref(db, "5-ECO-04").status == PlanStatus.agreed
    assert page.undo_stack.count() == 0

    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(qtbot, "2026-02-28")
    assert form.error_text("held_on") == ""  # the message goes once the field changes
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.form is None)
    assert len(meetings.list_meetings(db)) == before + 1
    assert plan_by_ref(db, "5-ECO-04").status == PlanStatus.in_progress


def test_a_picked_plan_not_added_is_not_dropped_silently(page: MeetingsPage, qtbot: QtBot) -> None:
    form = open_new_form(page, qtbot)
    type_meeting(qtbot, form, "2026-11-20")
    pick_plan(qtbot, form, "5-eco-04", downs=0)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert form.isVisible()
    assert "picked plan" in form.error_text("plan")


def test_edit_a_meeting_and_undo(page: MeetingsPage, qtbot: QtBot) -> None:
    db = page.context.db
    page.table.setFocus()
    page.table.selectRow(4)
    meeting_id = page.selected_id()
    old = meetings.get_meeting(db, meeting_id)
    press(qtbot, Qt.Key.Key_Return)  # opens the selected meeting
    qtbot.waitUntil(lambda: page.form is not None and page.form.isActiveWindow())
    form = page.form
    assert form.updates.model.read_only and form.updates.model.rowCount() == len(
        meetings.decided_at(db, meeting_id)
    )
    assert not form.updates.picker.isVisible()
    form.venue.setFocus()
    form.venue.selectAll()
    type_here(qtbot, "Yunhai City Hall")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.form is None)
    assert meetings.get_meeting(db, meeting_id).venue == "Yunhai City Hall"
    page.undo_stack.undo()
    assert meetings.get_meeting(db, meeting_id).venue == old.venue
    assert meetings.teams_of_meeting(db, meeting_id) == meetings.teams_of_meeting(db, old.id)


def answer_next_question(button_text: str) -> None:
    """Click a button of the confirmation box that is about to open."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize(
    ("answer", "status_after"),
    [("Delete, keep the status changes", "in_progress"), ("Delete and take them back", "agreed")],
)
def test_delete_a_meeting_after_confirming_and_undo(
    page: MeetingsPage, qtbot: QtBot, answer: str, status_after: str
) -> None:
    db = page.context.db
    plan = plan_by_ref(db, "5-ECO-04")
    meeting, _ = meetings.log_meeting(
        db,
        {"held_on": "2026-11-01", "kind": "team"},
        status_updates=[plans.StatusUpdate(plan.id, PlanStatus.in_progress)],
    )
    page.context.notify("meeting")
    page.select(meeting.id)
    page.table.setFocus()
    answer_next_question(answer)
    press(qtbot, Qt.Key.Key_Delete)
    assert page.model.row_of(meeting.id) == -1
    assert plans.get_plan(db, plan.id).status == status_after
    page.undo_stack.undo()
    assert page.model.row_of(meeting.id) >= 0
    assert plans.history(db, plan.id)[0].meeting_id == meeting.id
    assert plans.get_plan(db, plan.id).status == PlanStatus.in_progress


def test_cancelling_the_confirmation_deletes_nothing(page: MeetingsPage, qtbot: QtBot) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    answer_next_question("Cancel")
    press(qtbot, Qt.Key.Key_Delete)
    assert page.model.rowCount() == len(meetings.list_meetings(page.context.db))
    assert page.undo_stack.count() == 0


def test_search_and_team_filter(page: MeetingsPage, qtbot: QtBot) -> None:
    db = page.context.db
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is page.search
    type_here(qtbot, "관광")
    qtbot.waitUntil(lambda: page.filters.search == "관광")
    shown = [page.model.id_at(row) for row in range(page.model.rowCount())]
    assert shown
    for meeting_id in shown:
        meeting = meetings.get_meeting(db, meeting_id)
        assert "관광" in meeting.outcomes_ko + meeting.attendees + meeting.venue
    page.search.clear()
    page.team_filter.setCurrentIndex(page.team_filter.findText("ECO", Qt.MatchFlag.MatchStartsWith))
    qtbot.waitUntil(lambda: page.filters.team_id is not None and not page.filters.search)
    eco = page.filters.team_id
    assert page.model.rowCount() > 0
    assert all(
        eco in meetings.teams_of_meeting(db, page.model.id_at(row))
        for row in range(page.model.rowCount())
    )
    assert page.count_label.text() == f"{page.model.rowCount()} meetings"


@pytest.fixture
def read_only_db(demo_db: Database) -> Iterator[Database]:
    path = Path(demo_db.url.database)
    demo_db.close()
    database = open_database(path, read_only=True)
    yield database
    database.close()


def test_read_only_refuses_edits(read_only_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = make_page(read_only_db, qtbot, tmp_path)
    before = page.model.rowCount()
    assert not page.new_action.isEnabled() and not page.delete_action.isEnabled()
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert page.form is None
    page.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    assert page.model.rowCount() == before
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isActiveWindow())
    form = page.form
    assert form.read_only and not form.save_button.isVisible()
    assert form.attendees.isReadOnly() and form.outcomes.editor("ko").isReadOnly()
    assert form.cancel_button.text() == "Close"
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert page.undo_stack.count() == 0
    form.reject()
    qtbot.waitUntil(lambda: page.form is None)


def test_team_filter_is_remembered(page: MeetingsPage, qtbot: QtBot, tmp_path: Path) -> None:
    page.team_filter.setCurrentIndex(page.team_filter.findText("ENV", Qt.MatchFlag.MatchStartsWith))
    env, shown = page.filters.team_id, page.model.rowCount()
    page.save_state(page.context.settings)
    page.context.settings.sync()
    again = make_page(page.context.db, qtbot, tmp_path)
    again.restore_state(again.context.settings)
    again.activated()
    assert again.team_filter.value() == env
    assert again.model.rowCount() == shown < len(meetings.list_meetings(page.context.db))


def test_labels_follow_the_interface_language(page: MeetingsPage) -> None:
    kind = page.model.column_keys().index("kind")
    assert page.model.headerData(kind, Qt.Orientation.Horizontal) == "Kind"
    page.context.set_ui_language("ko")
    assert page.model.headerData(kind, Qt.Orientation.Horizontal) == "종류"
    assert page.model.index(0, kind).data() in {
        "분과 실무회의",
        "사무국 회의",
        "화상회의",
        "기타 회의",
    }


def test_a_meeting_edited_elsewhere_meanwhile_is_merged_not_overwritten(
    page: MeetingsPage, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QPushButton

    db = page.context.db
    page.table.setFocus()
    page.table.selectRow(4)
    meeting_id = page.selected_id()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isActiveWindow())
    form = page.form
    form.venue.setFocus()
    form.venue.selectAll()
    type_here(qtbot, "Yunhai City Hall")
    other = open_database(db.describe())  # a colleague corrects the attendees meanwhile
    other.set_author("Kim Minji")
    meetings.update_meeting(other, meeting_id, {"attendees": "Kim, Wang, Park"})
    other.close()
    seen: dict[str, str] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "conflict":
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text()
        button = box.findChild(QPushButton, "conflict_merge")
        assert button is not None
        button.click()

    QTimer.singleShot(20, answer)
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.form is None)
    assert "Kim Minji changed this record" in seen["text"]
    saved = meetings.get_meeting(db, meeting_id)
    assert (saved.attendees, saved.venue) == ("Kim, Wang, Park", "Yunhai City Hall")


def test_the_list_keeps_its_selection_columns_and_offers_the_actions_on_right_click(
    page: MeetingsPage, qtbot: QtBot, tmp_path: Path
) -> None:
    """What the list pages' record table gives: the selected meeting stays selected (and its
    details shown) through a sort and a reload, a hidden column stays hidden in the next
    session, and the table's context menu holds the toolbar's actions."""
    from PySide6.QtWidgets import QMenu

    from ui.pages.page_actions import context_menu

    page.table.selectRow(3)
    chosen = page.selected_id()
    assert chosen is not None
    details = page.details.toPlainText()
    page.table.sortByColumn(page.model.column_keys().index("venue"), Qt.SortOrder.AscendingOrder)
    page.reload()
    assert page.selected_id() == chosen and page.details.toPlainText() == details

    venue = page.model.column_keys().index("venue")
    page.table.horizontalHeader().setSectionHidden(venue, True)
    page.save_state(page.context.settings)
    again = make_page(page.context.db, qtbot, tmp_path)
    again.restore_state(again.context.settings)
    assert again.table.horizontalHeader().isSectionHidden(venue)

    menu = context_menu(page, page.table, page._actions_layout(), page.table.rect().center())
    assert isinstance(menu, QMenu)
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts[:5] == ["New meeting", "Plan meeting", "Log outcomes", "Edit", "Delete"]
    menu.close()
