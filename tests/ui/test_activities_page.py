"""The Activities page: add by typing in both languages, refuse negative participants, offer
only the chosen team's plans, edit and undo, delete and undo, filter by category, direction,
dates and a Korean or Chinese search with the reciprocity line following, read-only."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from secretariat.db import Database, open_database
from secretariat.models import Activity, ActivityCategory, Direction
from tests.ui.keyboard import type_text
from tests.ui.record_pages import (
    column_texts,
    make_context,
    open_new,
    open_row,
    press,
    save,
    save_and_close,
    settle,
    show_page,
)
from ui.dialogs.activity_editor import ActivityEditor
from ui.pages.activities import ActivitiesPage

DEMO_ACTIVITIES = 109


def activity_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Activity)) or 0)


def page_on(db: Database, qtbot: QtBot, tmp_path: Path) -> ActivitiesPage:
    page = ActivitiesPage(make_context(db, tmp_path))
    show_page(qtbot, page)
    return page


def wait_rows(qtbot: QtBot, page: ActivitiesPage, condition) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.model.loading and condition())


def test_model_passes_the_model_tester(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    assert page.model.rowCount() == DEMO_ACTIVITIES
    qtmodeltester.check(page.model)
    dates = column_texts(page, "held_on")
    assert dates == sorted(dates, reverse=True)  # newest first
    assert page.count_label.text() == f"{DEMO_ACTIVITIES} of {DEMO_ACTIVITIES} activities"
    page.view.sortByColumn(
        page.model.column_keys().index("participants"), Qt.SortOrder.AscendingOrder
    )
    settle(qtbot, page)
    numbers = [int(text) for text in column_texts(page, "participants")]
    assert numbers == sorted(numbers)


def test_add_refuses_negative_participants_then_saves(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    editor = open_new(qtbot, page)
    assert isinstance(editor, ActivityEditor)
    qtbot.keyClicks(editor.held_on.line_edit, "2026-11-02")
    qtbot.keyClicks(editor.team, "ECO")
    qtbot.keyClicks(editor.category, "Eco")
    qtbot.keyClicks(editor.direction, "B")
    editor.participants.clear()
    qtbot.keyClicks(editor.participants, "-3")
    type_text(qtbot, editor.description.editor("ko"), "스마트시티 기업 대표단 방문")
    type_text(qtbot, editor.description.editor("zh"), "智慧城市企业代表团访问")
    save(qtbot, editor)
    assert editor.form.error_text("participants") == "Expected a number of 0 or more."
    assert editor.participants.text() == "-3"
    assert editor.description.text("zh") == "智慧城市企业代表团访问"
    assert activity_count(demo_db) == DEMO_ACTIVITIES
    editor.participants.clear()
    qtbot.keyClicks(editor.participants, "12")
    plan_labels = [editor.plan.itemText(i) for i in range(1, editor.plan.count())]
    assert plan_labels and all("-ECO-" in label for label in plan_labels)
    editor.plan.setFocus()
    qtbot.keyClick(editor.plan, Qt.Key.Key_Down)  # the newest ECO plan
    chosen_plan = editor.plan.currentText().split()[0]
    save_and_close(qtbot, page, editor)
    assert activity_count(demo_db) == DEMO_ACTIVITIES + 1
    row = column_texts(page, "description_0").index("스마트시티 기업 대표단 방문")
    assert page.current_id() == page.model.id_at(row)
    assert column_texts(page, "description_1")[row] == "智慧城市企业代表团访问"
    assert column_texts(page, "held_on")[row] == "2026-11-02"
    assert column_texts(page, "team")[row] == "ECO"
    assert column_texts(page, "category")[row] == "Economy"
    assert column_texts(page, "direction")[row] == "B → A"
    assert column_texts(page, "participants")[row] == "12"
    assert column_texts(page, "plan")[row] == chosen_plan


def test_plan_choices_follow_the_team(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    editor = open_new(qtbot, page)
    assert isinstance(editor, ActivityEditor)
    assert not editor.plan.isEnabled()  # no team, no plan
    qtbot.keyClicks(editor.team, "CUL")
    assert editor.plan.isEnabled()
    qtbot.keyClick(editor.plan, Qt.Key.Key_Down)
    assert "-CUL-" in editor.plan.currentText()
    qtbot.keyClick(editor.team, Qt.Key.Key_Down)  # EDU: the CUL plan is no longer offered
    assert editor.team.currentText().startswith("EDU")
    assert editor.plan.value() is None
    labels = [editor.plan.itemText(i) for i in range(1, editor.plan.count())]
    assert labels and all("-EDU-" in label for label in labels)


def test_edit_undo_redo_and_delete_undo(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    record_id = page.model.id_at(3)
    editor = open_row(qtbot, page, 3)
    assert isinstance(editor, ActivityEditor)
    before = editor.participants.text()
    editor.participants.clear()
    qtbot.keyClicks(editor.participants, "99")
    editor.description.editor("zh").clear()
    type_text(qtbot, editor.description.editor("zh"), "修改后的说明")
    save_and_close(qtbot, page, editor)
    row = page.model.row_of(record_id)
    assert column_texts(page, "participants")[row] == "99"
    assert column_texts(page, "description_1")[row] == "修改后的说明"
    page.undo_stack.undo()
    settle(qtbot, page)
    assert column_texts(page, "participants")[page.model.row_of(record_id)] == before
    page.undo_stack.redo()
    settle(qtbot, page)
    assert column_texts(page, "participants")[page.model.row_of(record_id)] == "99"

    page.view.selectRow(page.model.row_of(record_id))
    press(qtbot, page, Qt.Key.Key_Delete)
    assert page.model.row_of(record_id) == -1
    assert activity_count(demo_db) == DEMO_ACTIVITIES - 1
    page.undo_stack.undo()
    settle(qtbot, page)
    assert activity_count(demo_db) == DEMO_ACTIVITIES
    row = page.model.row_of(record_id)
    assert column_texts(page, "description_1")[row] == "修改后的说明"


def test_filters_narrow_the_list_and_the_reciprocity_line(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    assert page.summary_label.text() == (
        "Reciprocity — A → B: 58 (53 %) · B → A: 33 (30 %) · Joint: 18 (17 %)"
    )
    page.category_filter.set_value(ActivityCategory.youth)
    wait_rows(qtbot, page, lambda: page.model.rowCount() == 16)
    assert set(column_texts(page, "category")) == {"Youth exchange"}
    by_direction = Counter(column_texts(page, "direction"))
    assert f"A → B: {by_direction['A → B']} (" in page.summary_label.text()
    assert page.count_label.text() == f"16 of {DEMO_ACTIVITIES} activities"

    page.direction_filter.set_value(Direction.a_to_b)
    wait_rows(qtbot, page, lambda: page.model.rowCount() == by_direction["A → B"])
    assert "B → A: 0 (0 %)" in page.summary_label.text()
    page.category_filter.set_value(None)
    page.direction_filter.set_value(None)
    wait_rows(qtbot, page, lambda: page.model.rowCount() == DEMO_ACTIVITIES)

    qtbot.keyClicks(page.since_filter.line_edit, "2018-01-01")
    qtbot.keyClicks(page.until_filter.line_edit, "2018-12-31")
    wait_rows(qtbot, page, lambda: page.model.rowCount() == 10)
    assert all(date.startswith("2018-") for date in column_texts(page, "held_on"))
    page.since_filter.set_date(None)
    page.until_filter.set_date(None)
    wait_rows(qtbot, page, lambda: page.model.rowCount() == DEMO_ACTIVITIES)

    press(qtbot, page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, page.search, "청소년")
    wait_rows(qtbot, page, lambda: page.model.rowCount() == 11)
    assert all("청소년" in text for text in column_texts(page, "description_0"))
    page.search.clear()
    type_text(qtbot, page.search, "青少年")
    wait_rows(qtbot, page, lambda: page.model.rowCount() == 8)
    assert all("青少年" in text for text in column_texts(page, "description_1"))
    page.search.clear()
    qtbot.keyClicks(page.search, "100%")  # % is a character, not a wildcard
    wait_rows(qtbot, page, lambda: page.model.rowCount() == 0)


def test_team_filter_includes_activities_without_team(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    qtbot.keyClicks(page.team_filter, "(no")
    wait_rows(qtbot, page, lambda: page.model.rowCount() == 44)
    assert set(column_texts(page, "team")) == {""}
    qtbot.keyClick(page.team_filter, Qt.Key.Key_End)  # the last team: HEA
    wait_rows(qtbot, page, lambda: set(column_texts(page, "team")) == {"HEA"})


def test_read_only_refuses_edits(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    read_only = open_database(demo_db.url.database, read_only=True)
    try:
        page = page_on(read_only, qtbot, tmp_path)
        assert not page.new_action.isEnabled()
        press(qtbot, page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert page.editor is None
        page.view.selectRow(0)
        press(qtbot, page, Qt.Key.Key_Delete)
        assert page.model.rowCount() == DEMO_ACTIVITIES
        editor = open_row(qtbot, page, 0)
        assert isinstance(editor, ActivityEditor)
        assert not editor.save_button().isVisible()
        assert editor.participants.isReadOnly()
        assert editor.description.editor("zh").isReadOnly()
        assert not editor.plan.isEnabled() and not editor.team.isEnabled()
    finally:
        read_only.close()
