"""The Plans page driven as a person would: add a plan typing both languages, edit them,
see a validation message next to the field, delete with confirmation, undo and redo, and
nothing editable when the database is read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from secretariat.db import Database, open_database
from secretariat.errors import ReadOnlyError
from secretariat.labels import enum_label
from secretariat.models import PlanStatus
from secretariat.services import meetings, plan_query, plans
from secretariat.services.plans import StatusUpdate
from tests.ui.keyboard import type_text
from tests.ui.plans_driver import (
    CTRL,
    cell,
    column,
    plans_page,
    press,
    row_of_ref,
    save,
    save_and_close,
    select_refs,
    selected_refs,
    wait_count,
    wait_dialog,
)
from ui.context import MEETINGS
from ui.dialogs.plan_editor import PlanEditor


def plan_count(db: Database) -> int:
    return plan_query.count_plans(db)


def test_page_model_passes_the_model_tester(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    assert page.model.rowCount() == plan_count(demo_db) == 179
    assert page.filters.count_label.text() == "179 of 179 plans"
    qtmodeltester.check(page.model)


def test_the_list_paints_without_needless_shaping(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    """Every repaint lays each visible cell out anew: the list's cells (the viewport's font)
    skip OpenType shaping where the script does not need it (ui.fonts)."""
    page = plans_page(demo_db, qtbot, tmp_path)
    strategy = page.view.viewport().font().styleStrategy()
    assert strategy & QFont.StyleStrategy.PreferNoShaping


def test_add_a_plan_typing_both_languages(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    press(qtbot, page, Qt.Key.Key_N, CTRL)
    editor = wait_dialog(qtbot, page)
    assert isinstance(editor, PlanEditor)
    qtbot.keyClicks(editor.conference, "5")
    qtbot.keyClicks(editor.team, "ENV")
    type_text(qtbot, editor.title_edit.editor("ko"), "미세먼지 공동 관측망")
    assert editor.missing_translations()["title"] == ["zh"]  # the gap is marked while typing
    type_text(qtbot, editor.title_edit.editor("zh"), "细颗粒物联合监测网")
    assert editor.missing_translations()["title"] == []
    type_text(qtbot, editor.description_edit.editor("ko"), "두 도시 관측소 자료 공유")
    editor.progress.clear()
    qtbot.keyClicks(editor.progress, "10")
    qtbot.keyClicks(editor.due_date.line_edit, "2027-06-30")
    save(qtbot, editor)  # 10 % on a plan just agreed: a warning, saved on a second press
    assert editor.form.error_text("progress").startswith("10 % progress is unusual")
    assert editor.save_button().text() == "Save anyway"
    save_and_close(qtbot, page, editor)

    wait_count(qtbot, page, 180, 180)
    (ref,) = selected_refs(page)
    row = row_of_ref(page, ref)
    assert ref.startswith("5-ENV-")
    assert (cell(page, row, "title_0"), cell(page, row, "title_1")) == (
        "미세먼지 공동 관측망",
        "细颗粒物联合监测网",
    )
    assert (cell(page, row, "status"), cell(page, row, "progress")) == ("Agreed", "10 %")
    assert "미세먼지 공동 관측망" in page.details.text()
    saved = plans.get_plan(demo_db, page.model.plan_id_at(row))
    assert (saved.description_ko, str(saved.due_date)) == ("두 도시 관측소 자료 공유", "2027-06-30")

    page.undo_action.trigger()  # undo deletes it
    wait_count(qtbot, page, 179, 179)
    assert ref not in column(page, "ref")
    page.redo_action.trigger()  # redo puts the same plan back, with its history
    wait_count(qtbot, page, 180, 180)
    assert selected_refs(page) == [ref]
    assert len(page.details.timeline.entry_texts()) == 1


def test_a_new_plan_starts_at_the_latest_held_conference(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    """As the meeting form and the Dashboard do: the 5th (held), not the 6th (planned); the
    list of conferences says which is which."""
    page = plans_page(demo_db, qtbot, tmp_path)
    press(qtbot, page, Qt.Key.Key_N, CTRL)
    editor = wait_dialog(qtbot, page)
    assert editor.conference.currentText() == "5 · 2025-06-10 · Held"
    offered = [editor.conference.itemText(row) for row in range(editor.conference.count())]
    assert offered[-1] == "6 · 2027-10-12 · Planned"
    editor.reject()


def test_ctrl_s_saves_the_plan_editor(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    """Ctrl+S saves here as in the meeting form and the postpone dialog."""
    page = plans_page(demo_db, qtbot, tmp_path)
    press(qtbot, page, Qt.Key.Key_N, CTRL)
    editor = wait_dialog(qtbot, page)
    qtbot.keyClicks(editor.conference, "5")
    qtbot.keyClicks(editor.team, "ENV")
    type_text(qtbot, editor.title_edit.editor("ko"), "하천 수질 공동 조사")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor.title_edit.editor("ko"), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_count(qtbot, page, 180, 180)
    assert "하천 수질 공동 조사" in column(page, "title_0")


def test_edit_both_languages_then_undo_and_redo(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    row = row_of_ref(page, "2-CUL-03")
    page.view.selectRow(row)
    press(qtbot, page, Qt.Key.Key_Return)
    editor = wait_dialog(qtbot, page)
    before = (cell(page, row, "title_0"), cell(page, row, "title_1"))
    for language, text in (("ko", "청소년 합창단 교류"), ("zh", "青少年合唱团交流")):
        field = editor.title_edit.editor(language)
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        type_text(qtbot, field, text)
    save_and_close(qtbot, page, editor)
    assert (cell(page, row, "title_0"), cell(page, row, "title_1")) == (
        "청소년 합창단 교류",
        "青少年合唱团交流",
    )
    assert page.undo_stack.undoText().startswith("Edit plan")
    page.undo_action.trigger()
    assert (cell(page, row, "title_0"), cell(page, row, "title_1")) == before
    page.redo_action.trigger()
    assert cell(page, row, "title_1") == "青少年合唱团交流"
    plan = plans.get_plan(demo_db, page.model.plan_id_at(row))
    assert plan.title_ko == "청소년 합창단 교류"


def test_validation_message_next_to_the_field(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    press(qtbot, page, Qt.Key.Key_N, CTRL)
    editor = wait_dialog(qtbot, page)
    save(qtbot, editor)  # no title in any language
    assert "Expected text in at least one working language" in editor.form.error_text("title")
    type_text(qtbot, editor.title_edit.editor("ko"), "새 사업")
    assert editor.form.error_text("title") == ""  # typing clears the message
    editor.progress.clear()
    qtbot.keyClicks(editor.progress, "150")
    save(qtbot, editor)
    assert editor.form.error_text("progress") == "Expected a whole number from 0 to 100."
    editor.progress.clear()
    qtbot.keyClicks(editor.progress, "50")
    qtbot.keyClicks(editor.due_date.line_edit, "2027-02-30")
    save(qtbot, editor)
    assert "real date" in editor.form.error_text("due_date")
    assert editor.isVisible() and editor.title_edit.text("ko") == "새 사업"  # nothing lost
    assert plan_count(demo_db) == 179 and page.undo_stack.count() == 0


def test_team_choices_follow_the_conference(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    press(qtbot, page, Qt.Key.Key_N, CTRL)
    editor = wait_dialog(qtbot, page)
    qtbot.keyClick(editor.conference, Qt.Key.Key_Home)  # the 1st conference
    first = [editor.team.itemText(i).split(" ")[0] for i in range(editor.team.count())]
    qtbot.keyClick(editor.conference, Qt.Key.Key_End)  # the 6th, planned
    sixth = [editor.team.itemText(i).split(" ")[0] for i in range(editor.team.count())]
    assert first == ["ECO", "CUL", "EDU"]
    assert sixth == ["ECO", "CUL", "EDU", "ENV", "HEA"]


def test_delete_with_confirmation_and_undo(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    select_refs(page, "5-HEA-01", "5-HEA-02")
    doomed = [page.model.plan_id_at(row_of_ref(page, ref)) for ref in ("5-HEA-01", "5-HEA-02")]
    histories = [plans.history(demo_db, plan_id) for plan_id in doomed]
    press(qtbot, page, Qt.Key.Key_Delete)
    assert "Delete 2 plans" in asked[0]
    wait_count(qtbot, page, 177, 177)
    assert "5-HEA-01" not in column(page, "ref")
    page.undo_action.trigger()
    wait_count(qtbot, page, 179, 179)
    assert selected_refs(page) == ["5-HEA-01", "5-HEA-02"]
    assert [plans.history(demo_db, plan_id) for plan_id in doomed] == histories
    assert page.details.text().startswith("2 plans selected")
    page.redo_action.trigger()  # deleted again
    wait_count(qtbot, page, 177, 177)
    assert "5-HEA-02" not in column(page, "ref")


def test_delete_refused_when_a_later_plan_continues_it(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    select_refs(page, "1-ECO-04")  # continued by 2-ECO-02
    press(qtbot, page, Qt.Key.Key_Delete)
    assert page.message.isVisible()
    assert (
        page.message.text() == "Not deleted — 1-ECO-04: expected a plan not continued by 2-ECO-02."
    )
    assert plan_count(demo_db) == 179 and page.undo_stack.count() == 0


def test_changes_from_other_pages_show(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    row = row_of_ref(page, "5-ECO-01")
    plan_id = page.model.plan_id_at(row)
    target = PlanStatus.dropped if cell(page, row, "status") != "Dropped" else PlanStatus.on_hold
    meetings.log_meeting(
        demo_db,
        {"held_on": "2026-11-02", "kind": "video_call"},
        status_updates=[StatusUpdate(plan_id, target, "예산 부족")],
    )
    page.context.notify(MEETINGS)  # what the Meetings page does after logging
    assert cell(page, row_of_ref(page, "5-ECO-01"), "status") == enum_label(target, "en")
    assert cell(page, row_of_ref(page, "5-ECO-01"), "last_change") == "2026-11-02"


def test_keyboard_search_focus_and_escape(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    press(qtbot, page, Qt.Key.Key_F, CTRL)
    assert page.filters.search.hasFocus()
    qtbot.keyClicks(page.filters.search, "forum")
    wait_count(qtbot, page, plan_query.count_plans(demo_db, plan_query.PlanFilter(search="forum")))
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Escape)
    assert page.filters.search.text() == ""
    wait_count(qtbot, page, 179)


def test_columns_and_filters_are_remembered(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    horizon = page.model.column_keys().index("horizon")
    page.set_column_shown(horizon, False)
    page.filters.status.set_value(PlanStatus.on_hold)
    type_text(qtbot, page.filters.search, "협력")
    settings = QSettings(str(tmp_path / "saved.ini"), QSettings.Format.IniFormat)
    page.save_state(settings)
    settings.sync()

    again = plans_page(demo_db, qtbot, tmp_path)
    again.restore_state(QSettings(str(tmp_path / "saved.ini"), QSettings.Format.IniFormat))
    again.reload()
    assert again.view.horizontalHeader().isSectionHidden(horizon)
    assert (
        again.filters.status.value() == PlanStatus.on_hold and again.filters.search.text() == "협력"
    )
    expected = plan_query.count_plans(
        demo_db, plan_query.PlanFilter(status=PlanStatus.on_hold, search="협력")
    )
    wait_count(qtbot, again, expected)
    assert set(column(again, "status")) <= {"On hold"}


def test_read_only_refuses_every_edit(demo_template: Path, qtbot: QtBot, tmp_path: Path) -> None:
    import shutil

    path = tmp_path / "readonly.db"
    shutil.copyfile(demo_template, path)
    open_database(path).close()  # at the newest schema first
    reader = open_database(path, read_only=True)
    try:
        page = plans_page(reader, qtbot, tmp_path)
        for action in (page.add_action, page.delete_action, page.status_action, page.carry_action):
            assert not action.isEnabled()
        assert not page.undo_action.isVisible()
        press(qtbot, page, Qt.Key.Key_N, CTRL)
        assert page.dialog is None
        page.select_plans([page.model.plan_id_at(0)])
        assert not page.delete_action.isEnabled() and not page.status_action.isEnabled()
        press(qtbot, page, Qt.Key.Key_Return)  # opens, read-only
        editor = wait_dialog(qtbot, page)
        assert not editor.save_button().isVisible()
        assert editor.title_edit.editor("ko").isReadOnly()
        editor.reject()
        with pytest.raises(ReadOnlyError):
            plans.update_plan(reader, page.model.plan_id_at(0), {"progress": 1})
    finally:
        reader.close()


def test_move_a_plan_to_another_team_and_back(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    select_refs(page, "5-ECO-02")
    press(qtbot, page, Qt.Key.Key_Return)
    editor = wait_dialog(qtbot, page)
    editor.team.setFocus()
    qtbot.keyClicks(editor.team, "ENV")
    save_and_close(qtbot, page, editor)
    (moved,) = selected_refs(page)
    assert moved.startswith("5-ENV-") and "5-ECO-02" not in column(page, "ref")
    page.undo_action.trigger()
    assert "5-ECO-02" in column(page, "ref") and moved not in column(page, "ref")
    page.redo_action.trigger()
    assert moved in column(page, "ref")


def test_interface_language_switch_relabels_in_place(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    row = row_of_ref(page, "1-ECO-01")
    page.context.set_ui_language("ko")
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert "제목 · 한국어" in headers and "추진 상태" in headers
    assert cell(page, row, "status") in {enum_label(status, "ko") for status in PlanStatus}
    assert page.filters.status.itemText(1) == enum_label(PlanStatus.agreed, "ko")
    assert page.details.text().startswith("1-ECO-01")
