"""The Teams page: add a team with names in both languages, refuse a duplicate code, edit and
undo, delete and undo, refuse deleting a team plans refer to, filter, read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from secretariat.db import Database, open_database
from secretariat.services import teams
from tests.ui.keyboard import type_text
from tests.ui.record_pages import (
    column_texts,
    make_context,
    open_new,
    open_row,
    press,
    row_of_text,
    save,
    save_and_close,
    show_page,
)
from ui.dialogs.team_editor import TeamEditor
from ui.pages.teams import TeamsPage


def page_on(db: Database, qtbot: QtBot, tmp_path: Path) -> TeamsPage:
    page = TeamsPage(make_context(db, tmp_path))
    show_page(qtbot, page)
    return page


def test_model_counts_plans_per_team(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    qtmodeltester.check(page.model)
    assert column_texts(page, "code") == ["ECO", "CUL", "EDU", "ENV", "HEA"]
    plans = dict(zip(column_texts(page, "code"), column_texts(page, "plans"), strict=True))
    assert sum(int(count) for count in plans.values()) == 179
    assert column_texts(page, "start_conference")[row_of_text(page, "code", "ENV")] == "2"
    page.view.sortByColumn(page.model.column_keys().index("plans"), Qt.SortOrder.DescendingOrder)
    counts = [int(count) for count in column_texts(page, "plans")]
    assert counts == sorted(counts, reverse=True)


def test_add_refuses_a_duplicate_code_then_saves(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    editor = open_new(qtbot, page)
    assert isinstance(editor, TeamEditor)
    qtbot.keyClicks(editor.code, "env")
    type_text(qtbot, editor.name_edit.editor("ko"), "관광")
    type_text(qtbot, editor.name_edit.editor("zh"), "旅游")
    qtbot.keyClicks(editor.start_conference, "6")
    editor.sort_order.clear()
    qtbot.keyClicks(editor.sort_order, "6")
    save(qtbot, editor)
    assert editor.form.error_text("code") == "Expected a code no other team has."
    assert editor.code.text() == "env" and editor.name_edit.text("zh") == "旅游"
    assert len(teams.list_teams(demo_db)) == 5
    editor.code.clear()
    qtbot.keyClicks(editor.code, "tour")
    assert editor.form.error_text("code") == ""
    save_and_close(qtbot, page, editor)
    row = row_of_text(page, "code", "TOUR")
    assert column_texts(page, "name_0")[row] == "관광"
    assert column_texts(page, "name_1")[row] == "旅游"
    assert column_texts(page, "start_conference")[row] == "6"
    assert column_texts(page, "plans")[row] == "0"


def test_bad_order_is_named_and_kept(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    editor = open_new(qtbot, page)
    assert isinstance(editor, TeamEditor)
    qtbot.keyClicks(editor.code, "SPO")
    type_text(qtbot, editor.name_edit.editor("ko"), "체육")
    editor.sort_order.clear()
    qtbot.keyClicks(editor.sort_order, "first")
    save(qtbot, editor)
    assert editor.form.error_text("sort_order") == "Expected a whole number."
    assert editor.sort_order.text() == "first"
    assert editor.name_edit.missing() == ["zh"]


def test_edit_undo_redo_and_delete(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    health = row_of_text(page, "code", "HEA")
    editor = open_row(qtbot, page, health)
    assert isinstance(editor, TeamEditor)
    assert editor.name_edit.text("ko") == "보건의료"
    editor.name_edit.editor("zh").clear()
    type_text(qtbot, editor.name_edit.editor("zh"), "卫生与医疗")
    qtbot.mouseClick(editor.active, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert not editor.active.isChecked()
    save_and_close(qtbot, page, editor)
    row = row_of_text(page, "code", "HEA")
    assert column_texts(page, "name_1")[row] == "卫生与医疗"
    assert column_texts(page, "active")[row] == "No"
    page.undo_stack.undo()
    row = row_of_text(page, "code", "HEA")
    assert (column_texts(page, "name_1")[row], column_texts(page, "active")[row]) == (
        "卫生健康",
        "Yes",
    )
    page.undo_stack.redo()
    assert column_texts(page, "active")[row_of_text(page, "code", "HEA")] == "No"

    # HEA has plans: refused, with the service's message, and nothing changes
    page.view.selectRow(row_of_text(page, "code", "HEA"))
    press(qtbot, page, Qt.Key.Key_Delete)
    assert page.message.isVisible()
    assert page.message.text().startswith("The team cannot be deleted: ")
    assert "9 plan" in page.message.text()
    assert "HEA" in column_texts(page, "code")
    assert page.undo_stack.undoText().startswith("Edit team")


def test_delete_an_unused_team_and_undo(db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    from tests.builders import small_committee

    small_committee(db)
    page = page_on(db, qtbot, tmp_path)
    environment_id = teams.get_by_code(db, "ENV").id
    page.view.selectRow(row_of_text(page, "code", "ENV"))
    press(qtbot, page, Qt.Key.Key_Delete)
    assert column_texts(page, "code") == ["ECO"]
    assert page.count_label.text() == "1 of 1 teams"
    page.undo_stack.undo()
    assert column_texts(page, "code") == ["ECO", "ENV"]
    assert teams.get_by_code(db, "ENV").id == environment_id
    page.undo_stack.redo()
    assert column_texts(page, "code") == ["ECO"]


def test_filters_and_read_only(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    press(qtbot, page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, page.search, "环境")
    qtbot.waitUntil(lambda: column_texts(page, "code") == ["ENV"])
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)

    read_only = open_database(demo_db.url.database, read_only=True)
    try:
        viewer = page_on(read_only, qtbot, tmp_path)
        assert not viewer.new_action.isEnabled()
        viewer.view.selectRow(0)
        assert not viewer.delete_action.isEnabled()
        editor = open_row(qtbot, viewer, 0)
        assert not editor.save_button().isVisible()
        assert isinstance(editor, TeamEditor)
        assert editor.code.isReadOnly() and not editor.active.isEnabled()
    finally:
        read_only.close()


def test_hidden_columns_and_search_are_remembered(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    plans_column = page.model.column_keys().index("plans")
    page.view.horizontalHeader().setSectionHidden(plans_column, True)
    type_text(qtbot, page.search, "ECO")
    page.save_state(page.context.settings)

    again = TeamsPage(make_context(demo_db, tmp_path))
    again.restore_state(page.context.settings)
    show_page(qtbot, again)
    assert again.view.horizontalHeader().isSectionHidden(plans_column)
    assert again.search.text() == "ECO"
    assert column_texts(again, "code") == ["ECO"]


def test_an_editor_shows_who_changed_what(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    from ui.dialogs.changes import ChangesDialog

    demo_db.set_author("Park Jiho")
    page = page_on(demo_db, qtbot, tmp_path)
    editor = open_row(qtbot, page, row_of_text(page, "code", "HEA"))
    assert isinstance(editor, TeamEditor)
    editor.name_edit.editor("zh").clear()
    type_text(qtbot, editor.name_edit.editor("zh"), "卫生与医疗")
    save_and_close(qtbot, page, editor)
    editor = open_row(qtbot, page, row_of_text(page, "code", "HEA"))
    assert editor.changes_button is not None
    qtbot.mouseClick(editor.changes_button, Qt.MouseButton.LeftButton)
    changes = editor.findChild(ChangesDialog)
    assert isinstance(changes, ChangesDialog)
    qtbot.waitExposed(changes)
    assert changes.heading.text() == "1 change, newest first."
    [(_when, who, field, before, after)] = changes.texts()
    assert (who, field, before, after) == ("Park Jiho", "Name (zh)", "卫生健康", "卫生与医疗")
    changes.grab().save(str(tmp_path / "changes.png"))
    changes.close()
    editor.reject()


def click_in_conflict_box(qtbot: QtBot, choice: str, seen: dict[str, str]) -> None:
    """When the conflict box comes up, note what it says and click `choice`, as a person."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "conflict":
            QTimer.singleShot(20, answer)
            return
        seen["text"], seen["details"] = box.text(), box.informativeText()
        button = box.findChild(QPushButton, f"conflict_{choice}")
        assert button is not None
        button.click()

    QTimer.singleShot(20, answer)


@pytest.mark.parametrize(
    ("choice", "name_zh", "name_ko"),
    [
        ("theirs", "卫生健康委", "보건의료"),  # theirs kept, mine dropped
        ("merge", "卫生健康委", "보건복지"),  # their field theirs, my other field mine
        ("mine", "卫生与医疗", "보건복지"),  # mine over theirs, deliberately
    ],
)
def test_a_team_changed_by_someone_else_meanwhile_is_never_overwritten_unasked(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, choice: str, name_zh: str, name_ko: str
) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    editor = open_row(qtbot, page, row_of_text(page, "code", "HEA"))
    assert isinstance(editor, TeamEditor)
    editor.name_edit.editor("zh").clear()
    type_text(qtbot, editor.name_edit.editor("zh"), "卫生与医疗")
    editor.name_edit.editor("ko").clear()
    type_text(qtbot, editor.name_edit.editor("ko"), "보건복지")
    # Meanwhile a colleague, in another window, renames the team in Chinese.
    other = open_database(demo_db.describe())
    other.set_author("Kim Minji")
    health = next(team for team in teams.list_teams(other) if team.code == "HEA")
    teams.update_team(other, health.id, {"name_zh": "卫生健康委"})
    other.close()
    seen: dict[str, str] = {}
    click_in_conflict_box(qtbot, choice, seen)
    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert "Kim Minji changed this record at" in seen["text"]
    assert "Name (zh): theirs “卫生健康委” · yours “卫生与医疗”" in seen["details"]
    now = next(team for team in teams.list_teams(demo_db) if team.code == "HEA")
    assert (now.name_zh, now.name_ko) == (name_zh, name_ko)


def test_a_save_while_the_server_is_away_is_kept_and_tried_again(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secretariat.errors import ServerUnreachableError

    real_update = teams.update_team
    attempts: list[dict[str, object]] = []

    def update_while_away(db: Database, team_id: object, changes: dict[str, object]) -> object:
        attempts.append(dict(changes))
        if len(attempts) < 3:  # away for the first two tries
            raise ServerUnreachableError("the committee's server")
        return real_update(db, team_id, changes)  # type: ignore[arg-type]

    monkeypatch.setattr(teams, "update_team", update_while_away)
    page = page_on(demo_db, qtbot, tmp_path)
    editor = open_row(qtbot, page, row_of_text(page, "code", "HEA"))
    assert isinstance(editor, TeamEditor)
    editor.retry_timer.setInterval(50)
    editor.name_edit.editor("zh").clear()
    type_text(qtbot, editor.name_edit.editor("zh"), "卫生与医疗")
    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)
    assert editor.isVisible() and "cannot be reached" in editor.banner.text()
    assert editor.name_edit.text("zh") == "卫生与医疗"  # nothing typed is lost
    qtbot.waitUntil(lambda: page.editor is None, timeout=3000)  # saved once it was back
    assert len(attempts) == 3
    assert column_texts(page, "name_1")[row_of_text(page, "code", "HEA")] == "卫生与医疗"
