"""Filtering the Plans page by each combo box and searching in English, Korean and Chinese:
the table and the "N of M plans" count follow, read as a person reads them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from secretariat.db import Database
from secretariat.models import Horizon, Origin, Plan, PlanStatus
from secretariat.services import conferences, plan_query, plans, teams
from secretariat.services.plan_query import PlanFilter
from tests.ui.keyboard import type_text
from tests.ui.plans_driver import CTRL, column, plans_page, press, wait_count
from ui.widgets.plan_filters import LOADING_NOTICE_DELAY_MS


def choose(qtbot: QtBot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick the entry a person reads in the combo box."""
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setFocus()
    combo.setCurrentIndex(index)


def test_each_combo_filters_the_list(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    bar = page.filters
    third = conferences.get_by_number(demo_db, 3).id
    environment = teams.get_by_code(demo_db, "ENV").id

    choose(qtbot, bar.conference, "3 · 2018-11-08")
    wait_count(qtbot, page, plan_query.count_plans(demo_db, PlanFilter(conference_id=third)), 179)
    assert {ref.split("-")[0] for ref in column(page, "ref")} == {"3"}

    choose(qtbot, bar.team, "ENV — Environment")
    both = PlanFilter(conference_id=third, team_id=environment)
    wait_count(qtbot, page, plan_query.count_plans(demo_db, both))
    assert set(column(page, "team")) == {"Environment"}

    choose(qtbot, bar.conference, "All conferences")
    choose(qtbot, bar.team, "All teams")
    for combo, label, plan_filter, key in (
        (bar.status, "In progress", PlanFilter(status=PlanStatus.in_progress), "status"),
        (bar.origin, "Mutual", PlanFilter(origin=Origin.mutual), "origin"),
        (bar.horizon, "Long-term", PlanFilter(horizon=Horizon.long), "horizon"),
    ):
        choose(qtbot, combo, label)
        expected = plan_query.count_plans(demo_db, plan_filter)
        wait_count(qtbot, page, expected)
        assert 0 < expected < 179 and set(column(page, key)) == {label}
        combo.setCurrentIndex(0)  # "All ..."
        wait_count(qtbot, page, 179)


@pytest.mark.parametrize(
    ("typed", "language"),
    [("forum", "en"), ("박람회", "ko"), ("투자", "ko"), ("论坛", "zh"), ("联合研发", "zh")],
)
def test_search_in_every_language(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, typed: str, language: str
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    press(qtbot, page, Qt.Key.Key_F, CTRL)
    type_text(qtbot, page.filters.search, typed)
    expected = plan_query.count_plans(demo_db, PlanFilter(search=typed))
    assert expected > 0
    wait_count(qtbot, page, expected, 179)
    for row in range(page.model.rowCount()):
        plan = plans.get_plan(demo_db, page.model.plan_id_at(row))
        assert typed in plan.search_text, (language, plan.title_en)


def test_search_combines_with_combos_and_finds_nothing_gracefully(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    choose(qtbot, page.filters.status, "Implemented")
    type_text(qtbot, page.filters.search, "교류")
    expected = plan_query.count_plans(
        demo_db, PlanFilter(status=PlanStatus.implemented, search="교류")
    )
    wait_count(qtbot, page, expected)
    assert set(column(page, "status")) <= {"Implemented"}
    page.filters.search.clear()
    type_text(qtbot, page.filters.search, "50% _x")  # SQL wildcards are plain text
    wait_count(qtbot, page, 0)
    assert page.details.text().startswith("Select a plan")


def test_searching_notice_only_for_a_slow_search(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    """ "Searching…" appears only once a search takes long enough to notice (no flicker)."""
    page = plans_page(demo_db, qtbot, tmp_path)
    bar = page.filters
    bar.show_loading(True)
    assert bar.loading_label.text() == ""
    qtbot.waitUntil(lambda: bar.loading_label.text() == "Searching…", timeout=2000)
    bar.show_loading(False)
    assert bar.loading_label.text() == ""
    bar.show_loading(True)
    bar.show_loading(False)  # a quick one: never said
    qtbot.wait(LOADING_NOTICE_DELAY_MS * 2)
    assert bar.loading_label.text() == ""


def test_the_search_box_keeps_its_width_as_the_count_changes(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    every = plan_query.count_plans(demo_db)
    wait_count(qtbot, page, every)
    width = page.filters.search.width()
    type_text(qtbot, page.filters.search, "교류")
    wait_count(qtbot, page, plan_query.count_plans(demo_db, PlanFilter(search="교류")))
    qtbot.wait(10)  # (a relayout would have happened by now)
    assert page.filters.search.width() == width
    assert page.filters.count_label.text().endswith(f"of {every:,} plans")


def overdue_refs(db: Database, on: date) -> dict[str, PlanStatus]:
    """What should count as overdue on `on`, worked out here from every plan: its status."""
    with db.read() as session:
        listed = session.scalars(select(Plan)).all()
        continued = {plan.continues_plan_id for plan in listed if plan.continues_plan_id}
        return {
            plans.plan_ref(session, plan): plan.status
            for plan in listed
            if plan.status in (PlanStatus.agreed, PlanStatus.in_progress, PlanStatus.on_hold)
            and plan.due_date is not None
            and plan.due_date < on
            and plan.id not in continued
        }


def test_overdue_shows_the_open_plans_past_their_due_date(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    """The "Overdue" button: open plans whose due date has passed and that were not carried
    over, with the other filters; pressed again, every plan."""
    page = plans_page(demo_db, qtbot, tmp_path)
    expected = overdue_refs(demo_db, date.today())
    assert 10 < len(expected) < 179
    qtbot.mouseClick(page.filters.overdue, Qt.MouseButton.LeftButton)
    wait_count(qtbot, page, len(expected), 179)
    assert set(column(page, "ref")) == set(expected)
    choose(qtbot, page.filters.status, "On hold")
    on_hold = {ref for ref, status in expected.items() if status == PlanStatus.on_hold}
    wait_count(qtbot, page, len(on_hold), 179)
    assert set(column(page, "ref")) == on_hold and 0 < len(on_hold) < len(expected)
    choose(qtbot, page.filters.status, "All statuses")
    qtbot.mouseClick(page.filters.overdue, Qt.MouseButton.LeftButton)
    wait_count(qtbot, page, 179, 179)
