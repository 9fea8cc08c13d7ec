"""Every problem of a form at once, beside its field: typed bad values in several fields,
one press of Save, and each field says what is wrong; errors keep the dialog open, warnings
ask once ("Save anyway"); in Korean no message reads English or names an internal field."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from secretariat.db import Database
from secretariat.models import Plan
from secretariat.services import plans
from tests.builders import Committee, small_committee
from tests.ui.keyboard import type_text
from tests.ui.record_pages import make_context
from ui import i18n
from ui.dialogs.meeting_form import MeetingForm
from ui.dialogs.plan_editor import PlanEditor

INTERNAL_NAME = re.compile(r"\b\w+_(id|ids|ko|zh|en|ja|on)\b")


@pytest.fixture
def built(db: Database) -> Committee:
    return small_committee(db)


@pytest.fixture
def korean() -> Iterator[None]:
    i18n.install_translators("ko")
    yield
    i18n.install_translators("en")


def saved_plans(db: Database) -> list[Plan]:
    with db.read() as session:
        return list(session.exec(select(Plan)).all())


def plan_editor(built: Committee, qtbot: QtBot, tmp_path: Path, language: str) -> PlanEditor:
    editor = PlanEditor(make_context(built.db, tmp_path, language))
    qtbot.addWidget(editor)
    editor.set_save(lambda values: plans.create_plan(built.db, values))
    editor.preset(built.conferences[2].id, built.teams["ECO"].id)
    editor.show()
    return editor


def type_bad_plan(qtbot: QtBot, editor: PlanEditor) -> None:
    """A 10,000-character title (pasted), a due date before the conference, 50 % progress
    on a plan that is only agreed."""
    editor.title_edit.editor("ko").setText("가" * 10_000)
    editor.progress.clear()
    qtbot.keyClicks(editor.progress, "50")
    qtbot.keyClicks(editor.due_date.line_edit, "2014-01-01")
    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)


def test_the_plan_editor_shows_every_problem_beside_its_field(
    built: Committee, qtbot: QtBot, tmp_path: Path
) -> None:
    editor = plan_editor(built, qtbot, tmp_path, "en")
    type_bad_plan(qtbot, editor)
    shown = editor.messages_shown()
    assert shown["title"] == "Expected at most 500 characters (this text has 10,000)."
    assert shown["due_date"] == "Expected a date on or after the plan's conference (2015-10-21)."
    assert shown["progress"] == (
        "50 % progress is unusual for a plan that is agreed (usually 0 %)."
    )
    assert editor.isVisible() and saved_plans(built.db) == []  # errors: nothing saved
    editor.title_edit.editor("ko").clear()
    type_text(qtbot, editor.title_edit.editor("ko"), "대기 질 공동 연구")
    editor.due_date.line_edit.clear()
    qtbot.keyClicks(editor.due_date.line_edit, "2017-12-31")
    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)
    assert set(editor.messages_shown()) == {"progress", ""}  # the warning, and the note
    assert editor.save_button().text() == "Save anyway" and editor.isVisible()
    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    [saved] = saved_plans(built.db)
    assert saved.progress == 50 and saved.title_ko == "대기 질 공동 연구"


def test_the_meeting_form_shows_a_date_of_1850_and_what_is_missing_at_once(
    built: Committee, qtbot: QtBot, tmp_path: Path
) -> None:
    saved: list[object] = []
    form = MeetingForm(make_context(built.db, tmp_path), saved.append)
    qtbot.addWidget(form)
    form.show()
    form.date.line_edit.clear()
    qtbot.keyClicks(form.date.line_edit, "1850-01-01")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error_text("held_on").startswith("Expected a date from 1950-01-01 to ")
    assert form.error_text("attendees") == "No attendees are recorded for this held meeting."
    assert form.error_text("outcomes") == "No outcome is recorded for this held meeting."
    assert form.error_text("team_ids") == "The meeting concerns no team."
    assert saved == [] and form.isVisible()
    form.date.line_edit.clear()
    qtbot.keyClicks(form.date.line_edit, "2016-03-01")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error_text("held_on") == "" and form.save_button.text() == "Save anyway"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(saved) == 1


def test_in_korean_no_message_reads_english_or_names_an_internal_field(
    built: Committee, qtbot: QtBot, tmp_path: Path, korean: None
) -> None:
    editor = plan_editor(built, qtbot, tmp_path, "ko")
    editor.title_edit.editor("zh").setText("x\x07y")  # a control character: another rule
    type_bad_plan(qtbot, editor)
    shown = editor.messages_shown()
    assert (
        shown["due_date"]
        == "필요한 값: 사업이 합의된 전체회의(2015-10-21) 당일 또는 그 이후의 날짜"
    )
    assert shown["progress"].startswith("진척도 50%는 ‘합의’ 상태의 사업에 맞지 않습니다")
    assert "10,000자" in shown["title"]
    assert shown["title"].count("\n") == 1 and "U+0007" in shown["title"]  # both texts
    for field, text in shown.items():
        english = set(re.findall(r"[A-Za-z]{2,}", text)) - {"YYYY", "MM", "DD", "U"}
        assert not english, (field, text)
        assert INTERNAL_NAME.search(text) is None, (field, text)
    assert editor.save_button().text() == "저장"


def test_an_edit_named_after_a_long_title_is_short_in_the_edit_menu() -> None:
    from ui.undo import UNDO_TEXT_LIMIT, short_text

    named = short_text("Edit plan " + "가" * 500)
    assert len(named) == UNDO_TEXT_LIMIT and named.endswith("…")
    assert short_text("Log the meeting of 2016-03-01") == "Log the meeting of 2016-03-01"


def test_a_status_change_dated_before_the_plans_conference_is_refused_beside_its_date(
    built: Committee, qtbot: QtBot, tmp_path: Path, korean: None
) -> None:
    from secretariat.models import PlanStatus
    from ui.dialogs.status_change import StatusChangeDialog

    plan = built.plan(2, "ECO")
    dialog = StatusChangeDialog(make_context(built.db, tmp_path, "ko"), ["2-ECO-01"], [plan.status])
    qtbot.addWidget(dialog)
    dialog.set_save(
        lambda values: plans.change_status(
            built.db, [plan.id], values["to_status"], changed_on=values["changed_on"]
        )
    )
    dialog.show()
    dialog.changed_on.line_edit.clear()
    qtbot.keyClicks(dialog.changed_on.line_edit, "2001-01-01")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("changed_on") == (
        "필요한 값: 사업이 합의된 전체회의(2015-10-21) 당일 또는 그 이후의 날짜"
    )
    assert dialog.isVisible() and plans.get_plan(built.db, plan.id).status == PlanStatus.agreed
