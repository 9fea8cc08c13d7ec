"""The Dashboard's two charts, drawn from its frozen data in the interface language: the rates
by conference (a line per rate) and the exchange activities per category and direction
(stacked bars), each with its tooltips.

The texts are the page's own: they are filed under its name ("DashboardPage") for Qt Linguist,
as they were while the page drew the charts itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QChart
from PySide6.QtCore import QCoreApplication

from secretariat import indicators
from secretariat.labels import enum_label, indicator_label
from secretariat.models import ActivityCategory, Direction
from ui.pages.dashboard_data import DashboardData
from ui.widgets.attention_list import first_text
from ui.widgets.charts import fill_line_chart, fill_stacked_bar_chart

RATES = indicators.RATE_NAMES
DIRECTIONS = tuple(Direction)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %"


def conference_label(number: int) -> str:
    """ "Conf. 5": how the charts' tooltips and the cards name a conference."""
    return QCoreApplication.translate("DashboardPage", "Conf. %1").replace("%1", str(number))


def draw_rates(
    chart: QChart, data: DashboardData, team: str | None, language: str, title: str
) -> None:
    """A line per rate across the charted conferences, for one team (None: the committee)."""
    conferences = data.charted()
    rows = data.team_rows(team)
    chosen = [rows.get(conference.conference) for conference in conferences]
    series_values = [
        (
            indicator_label(rate, language),
            [getattr(row, rate) if row is not None else None for row in chosen],
        )
        for rate in RATES
    ]
    points_word = QCoreApplication.translate("DashboardPage", "pp")  # percentage points

    def tooltip(series: int, category: int) -> str:
        row = chosen[category] if 0 <= category < len(chosen) else None
        if row is None:
            return ""
        rate = RATES[series]
        change = row.change_pp.get(rate)
        text = f"{indicator_label(rate, language)}, {conference_label(row.conference)}"
        text += f": {percent(getattr(row, rate))}"
        if change is not None:
            text += f" ({change:+.1f} {points_word})"
        return text

    fill_line_chart(
        chart,
        title=title,
        # "1 · 2013", as the Plans list names a conference: "Conf. 1 (2013)" was cut to
        # "Conf. 1 (201…" at a 1280-pixel window (the tooltips name the conference).
        categories=[f"{row.conference} · {row.conference_date.year}" for row in conferences],
        series_values=series_values,
        value_title="%",
        tooltip=tooltip,
    )


def draw_reciprocity(
    chart: QChart, data: DashboardData, team: str | None, language: str, title: str
) -> None:
    """Per activity category, its activities by direction, stacked."""
    shares = data.reciprocity.get(team)  # None: a team deleted while reading
    by_category = shares.by_category if shares is not None else {}
    categories = [c for c in ActivityCategory if c.value in by_category]
    set_values = [
        (
            enum_label(direction, language),
            [by_category[c.value][direction.value].count for c in categories],
        )
        for direction in DIRECTIONS
    ]

    def tooltip(set_index: int, category_index: int) -> str:
        category = categories[category_index]
        direction = DIRECTIONS[set_index]
        share = by_category[category.value][direction.value]
        return (
            f"{enum_label(category, language)} — {enum_label(direction, language)}: "
            f"{share.count} ({percent(share.percent)})"
        )

    fill_stacked_bar_chart(
        chart,
        title=title,
        categories=[enum_label(category, language) for category in categories],
        set_values=set_values,
        value_title=QCoreApplication.translate("DashboardPage", "Activities"),
        tooltip=tooltip,
    )


def sides_note(data: DashboardData, languages: Sequence[str]) -> str:
    """Under the bars, who sides A and B are ("" until the profile names both)."""
    names = {side: first_text(data.side_names.get(side, {}), languages) for side in "AB"}
    if not all(names.values()):
        return ""
    note = QCoreApplication.translate("DashboardPage", "A: %1 · B: %2")
    return note.replace("%1", names["A"]).replace("%2", names["B"])
