"""The Dashboard's key figures, five cards over the charts: the plans at the latest conference
held, the MOUs signed by then, the months since the conference before it, the postponements,
and the next conference (for one team, or the whole committee).

The texts are the page's own: they are filed under its name ("DashboardPage") for Qt Linguist,
as they were while the page filled the cards itself. The one plural comes from the page's
`tr()` (`Plural`): lupdate files `QCoreApplication.translate(..., n)` as a plain text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from secretariat import indicators
from secretariat.indicators import IndicatorRow
from secretariat.labels import enum_label, indicator_label
from secretariat.models import ConferenceStatus
from ui.pages.dashboard_charts import conference_label
from ui.pages.dashboard_data import DashboardData
from ui.widgets.key_figures import FigureCard

Plural = Callable[[int], str]  # a count -> "3 plans on its agenda", in the interface language


def show_key_figures(
    cards: Sequence[FigureCard],
    data: DashboardData,
    team: str | None,
    language: str,
    on_agenda: Plural,
) -> None:
    """Fill the five cards for `team` (None: the whole committee)."""
    charted = data.charted()
    rows = data.team_rows(team)
    latest = rows.get(charted[-1].conference) if charted else None
    previous = rows.get(charted[-2].conference) if len(charted) > 1 else None
    if latest is None:  # no conference held yet: say so, and what comes next
        cards[0].show_figure(
            QCoreApplication.translate("DashboardPage", "Plans at the latest conference"),
            "—",
            QCoreApplication.translate("DashboardPage", "No conference held yet"),
        )
        for card in cards[1:4]:  # figures of a held conference: none to show
            card.setVisible(False)
        _show_next_conference(cards[4], data, team, None, language, on_agenda)
        return
    for card in cards:
        card.setVisible(True)
    _show_plans(cards[0], latest, previous)
    cards[1].show_figure(
        indicator_label("mous_cumulative", language),
        str(latest.mous_cumulative),
        QCoreApplication.translate("DashboardPage", "By %1; %2 signed there")
        .replace("%1", conference_label(latest.conference))
        .replace("%2", str(latest.mous_at_conference)),
    )
    months = latest.months_since_previous
    cards[2].show_figure(
        indicator_label("months_since_previous", language),
        "—" if months is None else str(months),
        _between(previous, latest),
    )
    _show_postponements(cards[3], data)
    _show_next_conference(cards[4], data, team, latest, language, on_agenda)


def _show_plans(card: FigureCard, latest: IndicatorRow, previous: IndicatorRow | None) -> None:
    detail = (
        QCoreApplication.translate("DashboardPage", "%1, %2", "a conference, its date")
        .replace("%1", conference_label(latest.conference))
        .replace("%2", latest.conference_date.isoformat())
    )
    if previous is not None:
        change = (  # "+7 since Conf. 4": short enough for the card
            QCoreApplication.translate(
                "DashboardPage", "%1 since %2", "a change of a figure since a conference"
            )
            .replace("%1", f"{latest.plans - previous.plans:+d}")
            .replace("%2", conference_label(previous.conference))
        )
        detail += f"\n{change}"
    caption = QCoreApplication.translate("DashboardPage", "Plans at the latest conference")
    card.show_figure(caption, str(latest.plans), detail)


def _between(previous: IndicatorRow | None, latest: IndicatorRow) -> str:
    if previous is None:
        return ""
    before, after = (conference_label(row.conference) for row in (previous, latest))
    return f"{before} → {after}"


def _show_postponements(card: FigureCard, data: DashboardData) -> None:
    postponed = [row for row in indicators.select_rows(data.rows) if row.postponements]
    total = sum(row.postponements for row in postponed)
    separator = QCoreApplication.translate("DashboardPage", ", ", "between the items of a list")
    detail = separator.join(conference_label(row.conference) for row in postponed)
    card.show_figure(
        QCoreApplication.translate("DashboardPage", "Postponements"),
        str(total),
        detail or QCoreApplication.translate("DashboardPage", "None so far"),
    )


def _show_next_conference(
    card: FigureCard,
    data: DashboardData,
    team: str | None,
    latest: IndicatorRow | None,
    language: str,
    on_agenda: Plural,
) -> None:
    after = latest.conference if latest is not None else 0
    upcoming = [
        row
        for row in indicators.select_rows(data.rows)
        if row.conference > after and row.conference_status != ConferenceStatus.held
    ]
    caption = QCoreApplication.translate("DashboardPage", "Next conference")
    if not upcoming:
        card.show_figure(caption, "—", QCoreApplication.translate("DashboardPage", "None planned"))
        return
    nxt = upcoming[0]
    status = enum_label(ConferenceStatus(nxt.conference_status), language)
    detail = f"{conference_label(nxt.conference)} ({status})"
    agenda = data.team_rows(team).get(nxt.conference)
    if agenda is not None and agenda.plans:
        detail += "\n" + on_agenda(agenda.plans)
    card.show_figure(caption, nxt.conference_date.isoformat(), detail)
