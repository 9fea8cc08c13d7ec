"""The MOUs page, driven as a person would: add, refuse a bad date, edit, delete, undo, filter,
and nothing editable when the database is read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from secretariat.db import Database, open_database
from secretariat.models import Mou, MouStatus
from secretariat.services import mous
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
from ui.context import MOUS, PROFILE, TEAMS
from ui.dialogs.mou_editor import MouEditor
from ui.pages.mous import MousPage


def mou_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Mou)) or 0)


def page_on(db: Database, qtbot: QtBot, tmp_path: Path) -> MousPage:
    page = MousPage(make_context(db, tmp_path))
    show_page(qtbot, page)
    return page


def fill_new_mou(qtbot: QtBot, editor: MouEditor, *, signed: str, expires: str) -> None:
    type_text(qtbot, editor.title_edit.editor("ko"), "보건 협력 양해각서 2")
    type_text(qtbot, editor.title_edit.editor("zh"), "卫生合作谅解备忘录 二")
    qtbot.keyClicks(editor.signed_on.line_edit, signed)
    qtbot.keyClicks(editor.conference, "5")
    editor.teams.setCurrentRow(4)  # HEA
    qtbot.keyClick(editor.teams, Qt.Key.Key_Space)
    type_text(qtbot, editor.party_a, "동주시 시민건강국")
    type_text(qtbot, editor.party_b, "云海市卫生健康委员会")
    qtbot.keyClicks(editor.expires_on.line_edit, expires)


def test_model_passes_the_model_tester(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    assert page.model.rowCount() == 10
    qtmodeltester.check(page.model)


def test_add_refuses_expiry_before_signing_then_saves(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    editor = open_new(qtbot, page)
    assert isinstance(editor, MouEditor)
    fill_new_mou(qtbot, editor, signed="2025-06-10", expires="2024-12-31")
    save(qtbot, editor)
    assert editor.form.error_text("expires_on") == "Expected a date after 2025-06-10."
    assert editor.isVisible() and mou_count(demo_db) == 10
    assert editor.expires_on.text() == "2024-12-31"  # what was typed stays
    assert editor.title_edit.text("zh") == "卫生合作谅解备忘录 二"
    editor.expires_on.line_edit.clear()
    qtbot.keyClicks(editor.expires_on.line_edit, "2030-06-09")
    assert editor.form.error_text("expires_on") == ""
    save_and_close(qtbot, page, editor)
    row = row_of_text(page, "title_0", "보건 협력 양해각서 2")
    assert column_texts(page, "title_1")[row] == "卫生合作谅解备忘录 二"
    assert column_texts(page, "teams")[row] == "HEA"
    assert column_texts(page, "conference")[row] == "5"
    assert column_texts(page, "expires_on")[row] == "2030-06-09"
    assert page.current_id() == page.model.id_at(row)
    assert page.count_label.text() == "11 of 11 MOUs"
    page.undo_stack.undo()  # undo the add
    assert "보건 협력 양해각서 2" not in column_texts(page, "title_0")
    page.undo_stack.redo()
    assert "보건 협력 양해각서 2" in column_texts(page, "title_0")


def test_missing_title_and_missing_signing_date_are_named(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    editor = open_new(qtbot, page)
    assert isinstance(editor, MouEditor)
    type_text(qtbot, editor.party_a, "동주시")
    save(qtbot, editor)
    assert "text in at least one working language" in editor.form.error_text("title")
    type_text(qtbot, editor.title_edit.editor("zh"), "草案")
    assert editor.title_edit.missing() == ["ko"]
    save(qtbot, editor)  # status "Signed" needs a signing date
    assert editor.form.error_text("signed_on") == "Expected the signing date of a signed MOU."
    assert mou_count(demo_db) == 10


def test_edit_undo_redo_and_delete_undo(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    row = row_of_text(page, "title_0", "환경 협력에 관한 양해각서")
    mou_id = page.model.id_at(row)
    editor = open_row(qtbot, page, row)
    assert isinstance(editor, MouEditor)
    assert editor.signed_on.text() == "2015-10-21"
    editor.party_b.clear()
    type_text(qtbot, editor.party_b, "云海市环境保护局")
    editor.teams.setCurrentRow(0)  # add ECO to ENV
    qtbot.keyClick(editor.teams, Qt.Key.Key_Space)
    save_and_close(qtbot, page, editor)
    row = page.model.row_of(mou_id)
    assert column_texts(page, "party_b")[row] == "云海市环境保护局"
    assert column_texts(page, "teams")[row] == "ECO, ENV"
    page.undo_stack.undo()
    row = page.model.row_of(mou_id)
    assert column_texts(page, "party_b")[row] == "云海市生态环境局"
    assert column_texts(page, "teams")[row] == "ENV"
    page.undo_stack.redo()
    assert column_texts(page, "teams")[page.model.row_of(mou_id)] == "ECO, ENV"

    page.view.selectRow(page.model.row_of(mou_id))
    press(qtbot, page, Qt.Key.Key_Delete)
    assert page.model.row_of(mou_id) == -1 and mou_count(demo_db) == 9
    assert "Deleted 1 MOU" in page.message.text()
    page.undo_stack.undo()
    assert mou_count(demo_db) == 10
    assert column_texts(page, "teams")[page.model.row_of(mou_id)] == "ECO, ENV"
    assert len(mous.teams_of_mou(demo_db, mou_id)) == 2


def test_filters_by_status_team_and_search(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    page.status_filter.set_value(MouStatus.negotiating)
    assert column_texts(page, "status") == ["Under negotiation"]
    assert page.count_label.text() == "1 of 10 MOUs"
    page.status_filter.set_value(None)
    qtbot.keyClicks(page.team_filter, "ENV")
    assert sorted(column_texts(page, "teams")) == ["ENV", "ENV"]
    page.team_filter.set_value(None)
    press(qtbot, page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    type_text(qtbot, page.search, "青少年")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert column_texts(page, "title_0") == ["청소년 교류 프로그램에 관한 협약"]


def test_read_only_refuses_edits(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    read_only = open_database(demo_db.url.database, read_only=True)
    try:
        page = page_on(read_only, qtbot, tmp_path)
        assert not page.new_action.isEnabled()
        press(qtbot, page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert page.editor is None
        page.view.selectRow(0)
        assert not page.delete_action.isEnabled()
        press(qtbot, page, Qt.Key.Key_Delete)
        assert page.model.rowCount() == 10
        editor = open_row(qtbot, page, 0)
        assert isinstance(editor, MouEditor)
        assert not editor.save_button().isVisible()
        assert editor.title_edit.editor("ko").isReadOnly()
        assert not editor.status.isEnabled()
    finally:
        read_only.close()


def test_changes_from_other_pages_and_languages_show(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    from secretariat.services import committee, teams

    page = page_on(demo_db, qtbot, tmp_path)
    environment = teams.get_by_code(demo_db, "ENV")
    teams.update_team(demo_db, environment.id, {"code": "ENVI"})
    page.context.notify(TEAMS)  # what the Teams page says after its edit
    assert "ENVI" in column_texts(page, "teams")
    assert "ENVI — Environment" in [
        page.team_filter.itemText(i) for i in range(page.team_filter.count())
    ]

    page.hide()  # a hidden page only notes that it is stale, and reloads when shown
    mous.delete_mou(demo_db, page.model.id_at(0))
    page.context.notify(MOUS)
    assert page.model.rowCount() == 10
    page.show()
    page.activated()
    assert page.model.rowCount() == 9

    page.context.set_ui_language("ko")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "제목 (ko)"
    assert "체결" in column_texts(page, "status")
    assert page.status_filter.itemText(1) == "협의 중"

    committee.save_profile(demo_db, {"language_b": "en"})
    page.context.notify(PROFILE)
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "제목 (en)"
    assert "Agreement on youth exchange programmes" in column_texts(page, "title_1")


def test_context_menu_and_unsaved_input_are_guarded(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_on(demo_db, qtbot, tmp_path)
    page.view.selectRow(0)
    page._context_menu(page.view.visualRect(page.model.index(0, 0)).center())
    menu = page.findChildren(QMenu)[-1]
    qtbot.waitUntil(menu.isVisible)
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts[:3] == ["New MOU", "Edit", "Delete"]
    menu.close()

    editor = open_row(qtbot, page, 0)
    assert page.may_close()  # nothing typed yet
    type_text(qtbot, editor.party_a, " 추가")
    asked: list[str] = []

    def keep(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", keep)
    assert not page.may_close()
    editor.reject()  # Cancel in the editor asks too, and keeps the editor open
    assert editor.isVisible() and len(asked) == 2
    assert editor.party_a.text().endswith(" 추가")


def test_an_mous_status_is_not_called_a_plans_status(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    """Korean calls a plan's status 추진 상태 (implementation); an MOU's is plain 상태."""
    page = page_on(demo_db, qtbot, tmp_path)
    page.context.set_ui_language("ko")
    status_column = page.model.column_keys().index("status")
    assert page.model.headerData(status_column, Qt.Orientation.Horizontal) == "상태"
    editor = open_row(qtbot, page, 0)
    status_combo = editor.form.widget("status")
    captions = [
        label.text() for label in editor.findChildren(QLabel) if label.buddy() is status_combo
    ]
    assert captions == ["상태"]
    editor.reject()
