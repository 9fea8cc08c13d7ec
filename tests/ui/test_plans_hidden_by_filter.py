"""A plan saved while a search hides it does not vanish without a word: the message bar says
the filter hides it, and "Show it" clears the filter and selects the plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from secretariat.services import plan_query, plans
from secretariat.services.plan_query import PlanFilter
from tests.ui.keyboard import type_text
from tests.ui.plans_driver import (
    CTRL,
    plans_page,
    press,
    row_of_ref,
    save_and_close,
    selected_refs,
    wait_count,
    wait_dialog,
)
from ui.pages.plans import PlansPage

SEARCHED = "forum"  # some plans match; the new plan's title does not


def search_for(qtbot: QtBot, page: PlansPage, words: str) -> int:
    press(qtbot, page, Qt.Key.Key_F, CTRL)
    type_text(qtbot, page.filters.search, words)
    expected = plan_query.count_plans(page.context.db, PlanFilter(search=words))
    wait_count(qtbot, page, expected, 179)
    return expected


def add_plan(qtbot: QtBot, page: PlansPage, title: str) -> None:
    press(qtbot, page, Qt.Key.Key_N, CTRL)
    editor = wait_dialog(qtbot, page)
    qtbot.keyClicks(editor.conference, "5")
    qtbot.keyClicks(editor.team, "ENV")
    type_text(qtbot, editor.title_edit.editor("ko"), title)
    type_text(qtbot, editor.title_edit.editor("zh"), "细颗粒物联合监测网")
    save_and_close(qtbot, page, editor)


def test_a_new_plan_hidden_by_the_search_is_announced_and_shown(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    found = search_for(qtbot, page, SEARCHED)
    assert found > 0

    add_plan(qtbot, page, "미세먼지 공동 관측망")
    wait_count(qtbot, page, found, 180)  # the new plan is not among those found

    assert page.message_bar.isVisible()
    message = page.message.text()
    assert message.startswith("Plan 5-ENV-") and message.endswith("the filter hides it.")
    ref = message.split()[1].rstrip(",")
    button = page.message_bar.action_button
    assert button.isVisible() and button.text() == "Show it"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_count(qtbot, page, 180, 180)
    assert page.filters.search.text() == ""
    assert not page.message_bar.isVisible()
    assert selected_refs(page) == [ref]
    assert page.view.currentIndex().row() == row_of_ref(page, ref)
    assert page.view.hasFocus()


def test_a_new_plan_the_search_finds_says_nothing(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    found = search_for(qtbot, page, "관측망")
    add_plan(qtbot, page, "미세먼지 공동 관측망")
    wait_count(qtbot, page, found + 1, 180)
    assert not page.message_bar.isVisible()
    (ref,) = selected_refs(page)
    assert ref.startswith("5-ENV-")


def test_an_edited_plan_the_search_no_longer_finds_is_announced(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    ref = "2-CUL-03"
    plan = plans.get_plan(demo_db, page.model.plan_id_at(row_of_ref(page, ref)))
    found = search_for(qtbot, page, plan.title_ko)
    page.view.selectRow(row_of_ref(page, ref))
    press(qtbot, page, Qt.Key.Key_Return)
    editor = wait_dialog(qtbot, page)
    editor.title_edit.editor("ko").clear()
    type_text(qtbot, editor.title_edit.editor("ko"), "하천 수질 공동 조사")
    save_and_close(qtbot, page, editor)
    wait_count(qtbot, page, found - 1, 179)
    assert page.message.text() == f"Plan {ref} is saved, but the filter hides it."
    qtbot.mouseClick(page.message_bar.action_button, Qt.MouseButton.LeftButton)
    wait_count(qtbot, page, 179, 179)
    assert selected_refs(page) == [ref]
