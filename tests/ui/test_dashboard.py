"""The Dashboard: charts equal to the indicators, the "needs attention" list, refresh on data
change, the interface language, and asking the window to show a plan."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChart, QLineSeries, QValueAxis
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from secretariat import indicators
from secretariat.db import Database
from secretariat.labels import enum_label, indicator_label
from secretariat.models import ActivityCategory, Conference, Direction, Plan, PlanStatus
from secretariat.services import plans
from secretariat.text import PLAN_TEXT_FIELDS, missing_languages
from ui import i18n
from ui.context import PLANS, AppContext
from ui.pages.dashboard import DashboardPage
from ui.widgets.attention_list import (
    DORMANT,
    HEADING_ROLE,
    KIND_ROLE,
    OVERDUE,
    PLAN_ID_ROLE,
    STALE,
    UNTRANSLATED,
)
from ui.widgets.charts import text_height

AS_OF = date(2026, 11, 30)  # the demo's EDU team has recorded nothing since June 2025


@pytest.fixture
def context(demo_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield AppContext(demo_db, settings, ui_language="en")


def register_cjk_font() -> None:
    """Korean and Chinese labels measured (and drawn) in the bundled font, as in the app."""
    from PySide6.QtGui import QFontDatabase

    from secretariat.paths import font_path

    QFontDatabase.addApplicationFont(str(font_path()))


def open_dashboard(qtbot: QtBot, context: AppContext) -> DashboardPage:
    page = DashboardPage(context, as_of=AS_OF)
    qtbot.addWidget(page)
    page.resize(1180, 860)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
        page.activated()
    return page


def line_series(chart: QChart) -> dict[str, QLineSeries]:
    return {series.name(): series for series in chart.series()}


def category_axis(chart: QChart) -> QBarCategoryAxis:
    (axis,) = [axis for axis in chart.axes() if isinstance(axis, QBarCategoryAxis)]
    return axis


def points(series: QLineSeries) -> list[tuple[float, float]]:
    return [(point.x(), point.y()) for point in series.points()]


def expected_points(
    rows: list[indicators.IndicatorRow], conferences: list[int], rate: str
) -> list[tuple[float, float]]:
    by_conference = {row.conference: row for row in rows}
    found = []
    for position, number in enumerate(conferences):
        row = by_conference.get(number)
        if row is not None and getattr(row, rate) is not None:
            found.append((float(position), pytest.approx(getattr(row, rate))))
    return found


def test_rates_chart_has_one_point_per_conference_equal_to_the_indicators(
    qtbot: QtBot, context: AppContext
) -> None:
    page = open_dashboard(qtbot, context)
    rows = indicators.conference_indicators(context.db)
    committee = [row for row in indicators.select_rows(rows) if row.plans]
    conferences = [row.conference for row in committee]
    assert conferences == [1, 2, 3, 4, 5]  # the 6th is only planned: no plans, no point

    shown = line_series(page.rates_chart)
    assert list(shown) == [indicator_label(rate, "en") for rate in indicators.RATE_NAMES]
    assert category_axis(page.rates_chart).categories() == [
        "1 · 2013",
        "2 · 2015",
        "3 · 2018",
        "4 · 2022",
        "5 · 2025",
    ]
    for rate in indicators.RATE_NAMES:
        series = shown[indicator_label(rate, "en")]
        assert points(series) == expected_points(committee, conferences, rate)
    promotion = shown["Promotion rate"]
    assert len(promotion.points()) == 5
    assert len(shown["Retention rate"].points()) == 4  # the 1st conference continues nothing


def test_team_selector_shows_that_teams_rates(qtbot: QtBot, context: AppContext) -> None:
    page = open_dashboard(qtbot, context)
    combo = page.team_combo
    assert combo.itemText(0) == "Whole committee"
    environment = combo.findData("ENV")
    assert combo.itemText(environment) == "Environment (ENV)"
    combo.setCurrentIndex(environment)

    rows = indicators.conference_indicators(context.db)
    env_rows = indicators.select_rows(rows, team="ENV")
    shown = line_series(page.rates_chart)
    mutual = shown["Mutual-plan rate"]
    # ENV starts at the 2nd conference: no point at position 0.
    assert points(mutual) == expected_points(env_rows, [1, 2, 3, 4, 5], "mutual_rate")
    assert points(mutual)[0][0] == 1.0
    assert "Environment (ENV)" in page.rates_chart.title()
    (env_fifth,) = indicators.select_rows(rows, team="ENV", conference=5)
    assert page.figures.cards[0].value.text() == str(env_fifth.plans)


def assert_bars_equal(page: DashboardPage, reciprocity: indicators.Reciprocity) -> None:
    (series,) = page.reciprocity_chart.series()
    categories = category_axis(page.reciprocity_chart).categories()
    by_label = {enum_label(ActivityCategory(v), "en"): v for v in reciprocity.by_category}
    assert sorted(categories) == sorted(by_label)
    bar_sets = {bar_set.label(): bar_set for bar_set in series.barSets()}
    assert list(bar_sets) == [enum_label(direction, "en") for direction in Direction]
    for direction in Direction:
        bar_set = bar_sets[enum_label(direction, "en")]
        shown = {categories[i]: bar_set.at(i) for i in range(bar_set.count())}
        assert shown == {
            label: reciprocity.by_category[value][direction.value].count
            for label, value in by_label.items()
        }


def test_reciprocity_bars_equal_the_indicator(qtbot: QtBot, context: AppContext) -> None:
    page = open_dashboard(qtbot, context)
    assert_bars_equal(page, indicators.reciprocity(context.db))
    # The list reads top-down in the categories' own order (a horizontal axis runs bottom-up).
    assert category_axis(page.reciprocity_chart).categories()[-1] == "Administrative exchange"

    page.select_team("ENV")
    assert_bars_equal(page, indicators.reciprocity(context.db, team="ENV"))
    assert "Environment (ENV)" in page.reciprocity_chart.title()


@pytest.mark.parametrize("language", ["en", "ko", "zh"])
def test_every_activity_category_has_room_for_its_name(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    """QtCharts draws "..." for a category whose row is lower than its label: in a small
    window the chart keeps the height its nine category names need."""
    register_cjk_font()
    page = open_dashboard(qtbot, context)
    context.set_ui_language(language)
    page.resize(900, 560)  # smaller than the page can be: the charts get their minimum
    chart = page.reciprocity_chart
    axis = category_axis(chart)
    names = axis.categories()
    assert len(names) == len(ActivityCategory)
    tallest = max(text_height(name, axis.labelsFont()) for name in names)
    qtbot.waitUntil(lambda: page.reciprocity_view.height() <= page.height())
    qtbot.waitUntil(lambda: chart.plotArea().height() / len(names) >= tallest, timeout=2000)
    assert page.reciprocity_view.height() >= page.reciprocity_view.minimumHeight() > 0


def test_key_figures(qtbot: QtBot, context: AppContext) -> None:
    page = open_dashboard(qtbot, context)
    fifth = indicators.select_rows(indicators.conference_indicators(context.db), conference=5)[0]
    cards = page.figures.cards
    assert cards[0].caption.text() == "Plans at the latest conference"
    assert cards[0].value.text() == str(fifth.plans)
    assert "Conf. 5, 2025-06-10" in cards[0].detail.text()
    assert cards[1].value.text() == str(fifth.mous_cumulative)
    assert cards[2].value.text() == str(fifth.months_since_previous)
    assert cards[3].value.text() == "2"  # the 3rd and the 4th were postponed
    assert cards[3].detail.text() == "Conf. 3, Conf. 4"
    assert cards[4].value.text() == "2027-10-12"


def test_a_plan_carried_over_to_the_planned_conference_is_its_agenda_not_a_result(
    qtbot: QtBot, context: AppContext
) -> None:
    """Staff carry a plan over to the 6th conference while preparing it: the latest
    conference stays the 5th (the latest held), its rates stay on the chart, and the 6th
    shows the plan as its agenda."""
    with context.db.read() as session:
        plan = session.scalars(
            select(Plan)
            .join(Conference, Conference.id == Plan.conference_id)
            .where(Conference.number == 5, Plan.status == PlanStatus.in_progress)
        ).first()
        assert plan is not None
    (carried,) = plans.carry_over(context.db, [plan.id])
    i18n.install_translators("en")  # as the app does: English has its plural forms
    page = open_dashboard(qtbot, context)
    cards = page.figures.cards
    assert cards[0].value.text() == "37"
    assert "Conf. 5, 2025-06-10" in cards[0].detail.text()
    assert cards[4].caption.text() == "Next conference"
    assert cards[4].value.text() == "2027-10-12"
    assert "Conf. 6" in cards[4].detail.text() and "1 plan on its agenda" in cards[4].detail.text()
    assert category_axis(page.rates_chart).categories()[-1] == "5 · 2025"
    promotion = line_series(page.rates_chart)["Promotion rate"]
    assert len(promotion.points()) == 5 and min(y for _x, y in points(promotion)) > 0
    sixth = indicators.select_rows(indicators.conference_indicators(context.db), conference=6)[0]
    assert (sixth.held, sixth.plans, sixth.promotion_rate) == (False, 1, None)
    with context.db.read() as session:
        assert session.get(Conference, carried.conference_id).number == 6  # type: ignore[union-attr]


def attention_rows(page: DashboardPage, kind: str) -> list[tuple[uuid.UUID | None, str]]:
    model = page.attention.attention_model
    return [
        (model.index(row).data(PLAN_ID_ROLE), model.index(row).data(HEADING_ROLE))
        for row in range(model.rowCount())
        if model.index(row).data(KIND_ROLE) == kind
    ]


def untranslated_plans(db: Database, languages: tuple[str, ...]) -> set[uuid.UUID]:
    with db.read() as session:
        return {
            plan.id
            for plan in session.scalars(select(Plan))
            if any(missing_languages(plan, name, languages) for name in PLAN_TEXT_FIELDS)
        }


def test_attention_list_shows_dormant_stale_and_untranslated(
    qtbot: QtBot, context: AppContext, qtmodeltester: ModelTester
) -> None:
    page = open_dashboard(qtbot, context)
    qtmodeltester.check(page.attention.attention_model)

    assert attention_rows(page, DORMANT) == [(None, "Education (EDU)")]
    stale = indicators.stale_plans(context.db, as_of=AS_OF)
    assert stale  # the demo has plans agreed in 2013 that never moved
    assert [plan_id for plan_id, _ in attention_rows(page, STALE)] == stale
    missing = untranslated_plans(context.db, context.working_languages)
    assert missing  # a few recent plans still lack their Chinese description
    assert {plan_id for plan_id, _ in attention_rows(page, UNTRANSLATED)} == missing

    overdue = [plan_id for plan_id, _ in attention_rows(page, OVERDUE)]
    with context.db.read() as session:
        due = [session.get(Plan, plan_id).due_date for plan_id in overdue]  # type: ignore[union-attr]
    assert overdue and due == sorted(due) and all(day < AS_OF for day in due)  # type: ignore[operator]

    model = page.attention.attention_model
    texts = [model.index(row).data() for row in range(model.rowCount())]
    assert f"Plans without a status change for 12 months ({len(stale)})" in texts
    assert f"Open plans past their due date ({len(overdue)})" in texts
    assert any(text.endswith("Due 2015-12-31 · On hold") for text in texts)
    assert any("Missing: Description (Chinese (Simplified))" in text for text in texts)
    assert "Idle for 17 months; last activity on 2025-06-10" in "\n".join(texts)


def double_click(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    """A real double click: QTest's mouseDClick alone lacks the first press an item view
    needs to know which item is being double-clicked."""
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_double_click_on_a_plan_asks_to_show_it(qtbot: QtBot, context: AppContext) -> None:
    page = open_dashboard(qtbot, context)
    view = page.attention
    row = view.plan_rows(STALE)[0]
    index = view.model().index(row, 0)
    view.scrollTo(index)
    with qtbot.waitSignal(page.show_plan, timeout=2000) as shown:
        double_click(qtbot, view, index)
    assert shown.args == [index.data(PLAN_ID_ROLE)]

    # The keyboard does the same: Enter on the selected row.
    other = view.model().index(view.plan_rows(UNTRANSLATED)[0], 0)
    view.setCurrentIndex(other)
    with qtbot.waitSignal(page.show_plan, timeout=2000) as entered:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert entered.args == [other.data(PLAN_ID_ROLE)]

    dormant_row = view.plan_rows(DORMANT)[0]
    dormant = view.model().index(dormant_row, 0)
    with qtbot.assertNotEmitted(page.show_plan):
        double_click(qtbot, view, dormant)


def test_a_data_change_refreshes_the_page(qtbot: QtBot, context: AppContext) -> None:
    page = open_dashboard(qtbot, context)
    stale_id, _ = attention_rows(page, STALE)[0]
    translated = next(
        plan_id
        for plan_id in indicators.stale_plans(context.db, as_of=AS_OF)
        if plan_id not in untranslated_plans(context.db, ("ko", "zh"))
    )
    plans.change_status(context.db, [stale_id], PlanStatus.implemented, changed_on=AS_OF)
    plans.update_plan(context.db, translated, {"title_zh": ""})
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        context.notify(PLANS)
        context.notify(PLANS)  # a burst computes once, after the debounce delay
    assert stale_id not in {plan_id for plan_id, _ in attention_rows(page, STALE)}
    assert translated in {plan_id for plan_id, _ in attention_rows(page, UNTRANSLATED)}
    fifth = indicators.select_rows(indicators.conference_indicators(context.db), conference=5)[0]
    shown = line_series(page.rates_chart)["Implementation rate"]
    assert points(shown)[-1][1] == pytest.approx(fifth.implementation_rate)


def test_a_hidden_page_waits_until_shown(qtbot: QtBot, context: AppContext) -> None:
    page = open_dashboard(qtbot, context)
    page.hide()
    context.notify(PLANS)
    assert not page.is_busy()
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
        page.activated()


def test_language_change_relabels_without_reading_again(qtbot: QtBot, context: AppContext) -> None:
    page = open_dashboard(qtbot, context)
    context.set_ui_language("ko")
    assert not page.is_busy()
    assert list(line_series(page.rates_chart)) == [
        indicator_label(rate, "ko") for rate in indicators.RATE_NAMES
    ]
    (series,) = page.reciprocity_chart.series()
    assert [bar_set.label() for bar_set in series.barSets()] == ["A → B", "B → A", "공동"]
    assert page.figures.cards[1].caption.text() == "양해각서 누계"
    assert attention_rows(page, DORMANT) == [(None, "교육 (EDU)")]
    assert page.team_combo.itemText(page.team_combo.findData("ECO")) == "경제 (ECO)"


def test_an_empty_committee_shows_dashes(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    page = open_dashboard(qtbot, AppContext(db, settings))
    cards = page.figures.cards
    assert cards[0].value.text() == "—"
    assert cards[0].detail.text() == "No conference held yet"
    assert [card.isVisible() for card in cards] == [True, False, False, False, True]
    assert cards[4].caption.text() == "Next conference" and cards[4].value.text() == "—"
    assert line_series(page.rates_chart)["Promotion rate"].points() == []
    assert attention_rows(page, STALE) == []


def test_a_count_axis_has_whole_numbers_only(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """One activity: the axis reads 0 1, not "0 0 0 0 0 1"."""
    from ui.widgets.charts import set_count_range

    axis = QValueAxis()
    set_count_range(axis, 1)
    assert (axis.min(), axis.max(), axis.tickCount()) == (0, 1, 2)
    set_count_range(axis, 3)
    assert (axis.max(), axis.tickCount()) == (3, 4)
    set_count_range(axis, 37)
    assert axis.max() >= 37 and axis.tickCount() <= 11


def test_team_choice_and_splitters_are_remembered(qtbot: QtBot, context: AppContext) -> None:
    page = open_dashboard(qtbot, context)
    page.select_team("CUL")
    page.save_state(context.settings)
    again = open_dashboard(qtbot, context)
    again.restore_state(context.settings)
    assert again.team_combo.currentData() == "CUL"
    assert "CUL" in again.rates_chart.title()
