"""The Conferences page, driven as a person does: plan counts against a count of the plans,
editing, postponing with a reason and reading the history, undo and redo, read-only mode."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import select

from secretariat.db import Database, open_database
from secretariat.models import ConferenceStatus, Plan, PlanStatus
from secretariat.services import conferences, plans
from tests.ui.page_keys import focused, press, show_page, type_here
from ui.context import PLANS, AppContext
from ui.main_window import MainWindow
from ui.pages.conferences import ConferencesPage

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def make_page(db: Database, qtbot: QtBot, tmp_path: Path) -> ConferencesPage:
    return show_page(ConferencesPage, db, qtbot, tmp_path)


@pytest.fixture
def page(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> ConferencesPage:
    return make_page(demo_db, qtbot, tmp_path)


def select_number(page: ConferencesPage, number: int, qtbot: QtBot) -> None:
    page.select_record(conferences.get_by_number(page.context.db, number).id)
    # Offscreen there is no window manager to give the window back the keyboard after a
    # dialog or message box closed.
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.view.setFocus()


def shown_cell(page: ConferencesPage, number: int, key: str):
    row = page.model.row_of(conferences.get_by_number(page.context.db, number).id)
    return page.model.index(row, page.model.column_keys().index(key)).data()


def open_dialog(page: ConferencesPage, qtbot: QtBot, key: Qt.Key, modifier) -> QWidget:
    press(qtbot, key, modifier)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isActiveWindow())
    return page.editor


def test_models_pass_the_model_tester(
    page: ConferencesPage, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(page.model)
    select_number(page, 4, qtbot)
    assert page.history_model.rowCount() == 1
    qtmodeltester.check(page.history_model)


def test_plan_counts_equal_the_plans(page: ConferencesPage) -> None:
    with page.context.db.read() as session:
        agreed = [(plan.conference_id, plan.status) for plan in session.scalars(select(Plan))]
    by_conference = Counter(conference_id for conference_id, _status in agreed)
    by_status = Counter(agreed)
    assert page.model.rowCount() == len(conferences.list_conferences(page.context.db))
    for row in range(page.model.rowCount()):
        conference_id = page.model.id_at(row)
        shown = {
            key: page.model.index(row, position).data()
            for position, key in enumerate(page.model.column_keys())
        }
        assert shown["plans"] == by_conference[conference_id]
        for status in PlanStatus:
            assert shown[status.value] == by_status[(conference_id, status)]
    assert sum(by_conference.values()) > 150


def test_counts_follow_changes_made_elsewhere(page: ConferencesPage) -> None:
    db = page.context.db
    fifth = conferences.get_by_number(db, 5)
    with db.read() as session:
        agreed = session.scalars(
            select(Plan.id).where(Plan.conference_id == fifth.id, Plan.status == "agreed")
        ).first()
    before = shown_cell(page, 5, "implemented")
    plans.change_status(db, [agreed], "implemented", changed_on="2026-11-01")
    page.context.notify(PLANS)  # as the Plans page does after a status change
    assert shown_cell(page, 5, "implemented") == before + 1
    assert shown_cell(page, 5, "agreed") == 15


def test_edit_a_conference_and_undo(page: ConferencesPage, qtbot: QtBot) -> None:
    db = page.context.db
    select_number(page, 6, qtbot)
    editor = open_dialog(page, qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert focused() is editor.number
    for _ in range(4):  # planned date, held date, host, venue (Korean)
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.venue.editor("ko")
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(qtbot, "운해 국제회의센터 별관")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.editor is None)
    assert conferences.get_by_number(db, 6).venue_ko == "운해 국제회의센터 별관"
    page.undo_stack.undo()
    assert conferences.get_by_number(db, 6).venue_ko == "운해국제회의센터"
    page.undo_stack.redo()
    assert conferences.get_by_number(db, 6).venue_ko == "운해 국제회의센터 별관"


def test_a_held_conference_needs_its_date(page: ConferencesPage, qtbot: QtBot) -> None:
    select_number(page, 6, qtbot)
    editor = open_dialog(page, qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    editor.status.setFocus()
    type_here(qtbot, "h")  # Held, without a held date
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.isVisible()
    assert "held" in editor.form.error_text("held_date")
    assert conferences.get_by_number(page.context.db, 6).status == ConferenceStatus.planned
    assert page.undo_stack.count() == 0


def test_postpone_with_a_reason_and_see_the_history(page: ConferencesPage, qtbot: QtBot) -> None:
    db = page.context.db
    select_number(page, 6, qtbot)
    assert page.history_model.rowCount() == 0
    dialog = open_dialog(page, qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    assert focused() is dialog.new_date.date.line_edit
    type_here(qtbot, "2028-03-07")
    press(qtbot, Qt.Key.Key_Tab)  # "not yet known"
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "양측 시장 일정 조정")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "双方市长日程调整")
    press(qtbot, Qt.Key.Key_Tab)  # other languages
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.decided_on.line_edit
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(qtbot, "2026-11-02")
    press(qtbot, Qt.Key.Key_Return)  # Enter saves a short dialog
    qtbot.waitUntil(lambda: page.editor is None)

    moved = conferences.get_by_number(db, 6)
    assert (moved.status, moved.planned_date) == (ConferenceStatus.postponed, date(2028, 3, 7))
    assert shown_cell(page, 6, "status") == "Postponed (1×)"
    assert shown_cell(page, 6, "planned_date") == "2028-03-07"
    assert page.history_model.rowCount() == 1
    history = [page.history_model.index(0, column).data() for column in range(3)]
    assert history[:2] == ["2026-11-02", "2027-10-12 → 2028-03-07"]
    assert "양측 시장 일정 조정" in history[2] and "双方市长日程调整" in history[2]

    page.undo_stack.undo()
    back = conferences.get_by_number(db, 6)
    assert (back.status, back.planned_date, back.postponement_reason_ko) == (
        ConferenceStatus.planned,
        date(2027, 10, 12),
        "",
    )
    assert page.history_model.rowCount() == 0
    page.undo_stack.redo()
    assert conferences.get_by_number(db, 6).planned_date == date(2028, 3, 7)
    assert page.history_model.rowCount() == 1


def test_postpone_without_a_reason_is_refused_next_to_the_reason(
    page: ConferencesPage, qtbot: QtBot
) -> None:
    select_number(page, 6, qtbot)
    dialog = open_dialog(page, qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # the new date is not yet known
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert dialog.isVisible()
    assert "working language" in dialog.form.error_text("reason")
    assert dialog.new_date.unknown.isChecked()
    assert conferences.postponements(page.context.db, page.current_id()) == []


def test_postpone_is_offered_only_for_planned_conferences(
    page: ConferencesPage, qtbot: QtBot
) -> None:
    select_number(page, 5, qtbot)
    assert not page.postpone_action.isEnabled()
    select_number(page, 6, qtbot)
    assert page.postpone_action.isEnabled()


def test_add_and_delete_conferences_with_undo(page: ConferencesPage, qtbot: QtBot) -> None:
    db = page.context.db
    page.view.setFocus()
    editor = open_dialog(page, qtbot, Qt.Key.Key_N, CTRL)
    assert editor.number.text() == "7"
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "2030-05-01")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.editor is None)
    seventh = conferences.get_by_number(db, 7)
    assert page.current_id() == seventh.id
    page.undo_stack.undo()
    assert [c.number for c in conferences.list_conferences(db)][-1] == 6
    page.undo_stack.redo()
    assert conferences.get_by_number(db, 7).id == seventh.id

    select_number(page, 7, qtbot)
    press(qtbot, Qt.Key.Key_Delete)  # undoable, so no question: a message says how
    assert page.model.row_of(seventh.id) == -1
    assert "Undo brings it back" in page.message.text()  # one conference: singular
    page.undo_stack.undo()
    assert page.model.row_of(seventh.id) >= 0

    select_number(page, 1, qtbot)  # its plans refer to it
    press(qtbot, Qt.Key.Key_Delete)
    assert "still refer to it" in page.message.text()
    assert conferences.get_by_number(db, 1) is not None
    assert (page.undo_stack.count(), page.undo_stack.index()) == (2, 1)  # nothing pushed


@pytest.fixture
def read_only_db(demo_db: Database) -> Iterator[Database]:
    path = Path(demo_db.url.database)
    demo_db.close()
    database = open_database(path, read_only=True)
    yield database
    database.close()


def test_read_only_refuses_edits(read_only_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = make_page(read_only_db, qtbot, tmp_path)
    select_number(page, 6, qtbot)
    for action in (page.new_action, page.delete_action, page.postpone_action):
        assert not action.isEnabled()
    press(qtbot, Qt.Key.Key_N, CTRL)
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_Delete)
    assert page.editor is None
    assert page.model.rowCount() == 6
    editor = open_dialog(page, qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert not editor.save_button().isVisible()
    assert editor.venue.editor("ko").isReadOnly() and editor.planned_date.line_edit.isReadOnly()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert page.undo_stack.count() == 0
    editor.reject()
    qtbot.waitUntil(lambda: page.editor is None)


@pytest.mark.parametrize("language", ["en", "ko", "zh"])
def test_every_column_is_in_view_in_each_language(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """In the window, as `make screenshots` shows it: no sideways scrolling to reach the plan
    counts, and after a language switch the columns fit the new headers (each count column
    as wide as its header, the host and venue giving way)."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(demo_db, settings))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    page = window.show_page("conferences")
    assert isinstance(page, ConferencesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 6 and not page.is_busy())
    window.apply_ui_language(language)
    try:
        header = page.view.horizontalHeader()
        qtbot.waitUntil(lambda: page.view.horizontalScrollBar().maximum() == 0)
        assert header.length() <= page.view.viewport().width()
        for key in ("number", "in_progress", "implemented", "dropped"):
            column = page.model.column_keys().index(key)
            assert header.sectionSize(column) >= header.sectionSizeHint(column), key
    finally:
        window.apply_ui_language("en")  # leave the application as other tests expect it
