"""From the Dashboard's "needs attention" list to the plan: a double click (or Enter) on a
plan switches to the Plans page with that plan selected, scrolled to and its history shown;
filters that would hide it are cleared, the others are kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from secretariat.models import PlanStatus
from secretariat.services import plan_query, plans, teams
from secretariat.services.plan_query import PlanFilter
from tests.ui.keyboard import type_text
from tests.ui.plans_driver import wait_count
from tests.ui.test_dashboard import double_click
from tests.ui.test_plan_filters import choose
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.dashboard import DashboardPage
from ui.pages.plans import PlansPage
from ui.widgets.attention_list import PLAN_ID_ROLE, STALE, UNTRANSLATED

AS_OF = date(2026, 11, 30)


def open_window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, settings))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def show_dashboard(qtbot: QtBot, window: MainWindow) -> DashboardPage:
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    with qtbot.waitSignal(dashboard.refreshed, timeout=10_000):
        dashboard.set_as_of(AS_OF)
    return dashboard


def filter_plans(qtbot: QtBot, window: MainWindow, team: str, status: str, search: str) -> None:
    """On the Plans page, as a person: a team, a status and words to search for."""
    page = window.show_page("plans")
    assert isinstance(page, PlansPage)
    choose(qtbot, page.filters.team, team)
    choose(qtbot, page.filters.status, status)
    if search:
        type_text(qtbot, page.filters.search, search)
    wait_count(qtbot, page, plan_query.count_plans(page.context.db, page.current_filter()))


def attention_index(dashboard: DashboardPage, kind: str, number: int = 0) -> QModelIndex:
    view = dashboard.attention
    index = view.model().index(view.plan_rows(kind)[number], 0)
    view.scrollTo(index)
    return index


def assert_shows(window: MainWindow, plan_id: object) -> PlansPage:
    page = window.current_page()
    assert isinstance(page, PlansPage)
    assert window.navigation.currentItem().text() == "Plans"
    assert page.selected_plan_ids() == [plan_id]
    assert page.current_plan_id() == plan_id
    row = page.model.row_of_plan(plan_id)  # type: ignore[arg-type]
    cell = page.view.visualRect(page.model.index(row, 0))
    assert page.view.viewport().rect().intersects(cell)  # scrolled to
    assert page.details.plan_id == plan_id
    assert page.details.timeline.entry_texts()  # its history is shown
    assert page.view.hasFocus()  # the keys work on it at once
    return page


def test_double_click_shows_the_plan_keeping_the_filters_that_do_not_hide_it(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_db, tmp_path)
    dashboard = show_dashboard(qtbot, window)
    index = attention_index(dashboard, STALE, number=5)
    plan_id = index.data(PLAN_ID_ROLE)
    plan = plans.get_plan(demo_db, plan_id)
    assert plan.status != PlanStatus.implemented  # a stale plan is still open
    (team,) = [team for team in teams.list_teams(demo_db) if team.id == plan.team_id]
    filter_plans(qtbot, window, f"{team.code} — {team.name_en}", "Implemented", "")
    page = window.pages["plans"]
    assert isinstance(page, PlansPage)
    assert page.model.row_of_plan(plan_id) < 0  # hidden by the status filter

    window.show_page("dashboard")
    double_click(qtbot, dashboard.attention, index)

    page = assert_shows(window, plan_id)
    assert page.filters.status.value() is None  # hid it: cleared
    assert page.filters.team.value() == plan.team_id  # did not: kept
    assert page.model.rowCount() == plan_query.count_plans(
        demo_db, PlanFilter(team_id=plan.team_id)
    )


def test_enter_shows_a_plan_a_search_hid(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, demo_db, tmp_path)
    dashboard = show_dashboard(qtbot, window)
    filter_plans(qtbot, window, "All teams", "All statuses", "no plan says this")
    window.show_page("dashboard")
    index = attention_index(dashboard, UNTRANSLATED)
    plan_id = index.data(PLAN_ID_ROLE)
    dashboard.attention.setCurrentIndex(index)
    dashboard.attention.setFocus()
    qtbot.keyClick(dashboard.attention, Qt.Key.Key_Return)

    page = assert_shows(window, plan_id)
    assert page.filters.search.text() == ""
    assert page.model.rowCount() == plan_query.count_plans(demo_db, PlanFilter())
