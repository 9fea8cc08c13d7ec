"""The Dashboard: the committee's indicators across conferences (committee-wide or one team) as
charts, the key figures, and the list of what needs attention.

Everything is read on a worker thread (`compute_dashboard`) and drawn from that frozen data:
a data change schedules a new computation (debounced, and only while the page is visible), a
language change redraws from the data already there. The charts are drawn by
`dashboard_charts`, the key figures' cards filled by `dashboard_cards`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui.context import AppContext
from ui.pages.base import Page
from ui.pages.dashboard_cards import show_key_figures
from ui.pages.dashboard_charts import draw_rates, draw_reciprocity, sides_note
from ui.pages.dashboard_data import DashboardData, TeamInfo, compute_dashboard
from ui.tasks import Task, run_task
from ui.widgets.attention_list import AttentionView, first_text
from ui.widgets.charts import bar_rows_minimum_height, new_chart_view
from ui.widgets.key_figures import KeyFigures
from ui.widgets.next_meetings import NextMeetings

REFRESH_DELAY_MS = 400  # a burst of edits (an import, a carry-over) computes once


class DashboardPage(Page):
    """The committee's indicators, key figures and what needs attention.

    Signals:
        show_plan(uuid.UUID): the user activated (double-click, Enter) a plan in the "needs
            attention" list; the main window shows that plan on the Plans page.
        refreshed(): new figures were computed and drawn.

    Dormancy and stale plans are judged as of today, or as of `as_of` when given (tests and
    screenshots pass a fixed date).
    """

    key = "dashboard"
    show_plan = Signal(object)  # uuid.UUID
    refreshed = Signal()

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, as_of: date | None = None
    ) -> None:
        super().__init__(context, parent)
        self._as_of = as_of
        self._data: DashboardData | None = None
        self._task: Task | None = None
        self._stale = True  # computed on first show
        self._pending = False  # data changed while a computation ran
        self._error = ""  # why the last computation failed
        self._team: str | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self._build()
        context.data_changed.connect(self._on_data_changed)
        context.ui_language_changed.connect(self.retranslate)
        self.attention.plan_activated.connect(self.show_plan)
        self.retranslate()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.team_label = QLabel(self)
        self.team_combo = QComboBox(self)
        self.team_combo.setMinimumContentsLength(16)
        self.team_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.team_label.setBuddy(self.team_combo)
        self.team_combo.currentIndexChanged.connect(self._on_team_chosen)
        self.status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addSpacing(12)
        top.addWidget(self.team_label)
        top.addWidget(self.team_combo)

        self.figures = KeyFigures(5, self)
        self.figures.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.rates_view = new_chart_view(self)
        self.reciprocity_view = new_chart_view(self)
        self.sides_note = QLabel(self)
        self.sides_note.setWordWrap(True)
        self.sides_note.setEnabled(False)
        reciprocity_box = QWidget(self)
        reciprocity_layout = QVBoxLayout(reciprocity_box)
        reciprocity_layout.setContentsMargins(0, 0, 0, 0)
        reciprocity_layout.addWidget(self.reciprocity_view, 1)
        reciprocity_layout.addWidget(self.sides_note)
        self.charts_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.charts_splitter.addWidget(self.rates_view)
        self.charts_splitter.addWidget(reciprocity_box)
        self.charts_splitter.setChildrenCollapsible(False)
        # Two fifths for the rates, three for the nine rows of bars (until the user moves it);
        # set here, since a chart view's size hint is whatever size it last had.
        self.charts_splitter.setSizes([2000, 3000])

        self.attention_title = QLabel(self)
        self.attention_title.setFont(
            QFont(self.attention_title.font().family(), -1, QFont.Weight.Bold)
        )
        self.attention = AttentionView(self)
        self.attention_title.setBuddy(self.attention)
        attention_box = QWidget(self)
        attention_layout = QVBoxLayout(attention_box)
        attention_layout.setContentsMargins(0, 0, 0, 0)
        self.next_meetings = NextMeetings(self)
        attention_layout.addWidget(self.next_meetings)
        attention_layout.addWidget(self.attention_title)
        attention_layout.addWidget(self.attention, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.charts_splitter)
        self.splitter.addWidget(attention_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addWidget(self.splitter, 1)

    @property
    def rates_chart(self) -> Any:
        return self.rates_view.chart()

    @property
    def reciprocity_chart(self) -> Any:
        return self.reciprocity_view.chart()

    # -- Page -----------------------------------------------------------------------------

    def activated(self) -> None:
        super().activated()
        if self._stale:
            self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.team_label.setText(self.tr("&Team:"))
        self.attention_title.setText(self.tr("Needs &attention"))
        if self._data is not None:
            self.next_meetings.set_meetings(self._data.upcoming, self.context.ui_language)
        self.attention.attention_model.set_languages(
            self.context.ui_language, self.context.display_languages()
        )
        self._show_status()
        self._draw()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/splitter", self.splitter.saveState())
        settings.setValue(f"{self.key}/charts_splitter", self.charts_splitter.saveState())
        settings.setValue(f"{self.key}/team", self._team or "")

    def restore_state(self, settings: QSettings) -> None:
        for name, splitter in (
            ("splitter", self.splitter),
            ("charts_splitter", self.charts_splitter),
        ):
            state = settings.value(f"{self.key}/{name}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        self._team = str(settings.value(f"{self.key}/team", "") or "") or None
        self._fill_team_combo()
        self._draw()

    # -- computing ------------------------------------------------------------------------

    def set_as_of(self, as_of: date | None) -> None:
        """Judge dormancy as of `as_of` (None: today), and compute again."""
        self._as_of = as_of
        self.refresh()

    def as_of(self) -> date:
        return self._as_of or date.today()

    def is_busy(self) -> bool:
        return self._task is not None

    @Slot(str)
    def _on_data_changed(self, _kind: str) -> None:
        self._stale = True
        if self.isVisible():
            self._debounce.start()

    @Slot()
    def refresh(self) -> None:
        """Compute the figures again on a worker thread; draw them when they arrive."""
        self._debounce.stop()
        if self._task is not None:
            self._pending = True
            return
        self._stale = False
        db, as_of = self.context.db, self.as_of()
        languages = self.context.working_languages
        self._task = run_task(
            None,  # not parented: the page may go away while the worker reads
            self.tr("Computing indicators"),
            lambda: compute_dashboard(db, as_of=as_of, working_languages=languages),
            self._computed,
            on_failure=self._failed,
            show_progress=False,
        )
        self._show_status()

    def _computed(self, data: DashboardData) -> None:
        if not isValid(self):
            return
        self._task = None
        self._data = data
        self._error = ""
        self.attention.attention_model.set_attention(data.attention)
        self.next_meetings.set_meetings(data.upcoming, self.context.ui_language)
        self._fill_team_combo()
        self._draw()
        self._show_status()
        self.refreshed.emit()
        if self._pending:
            self._pending = False
            self.refresh()

    def _failed(self, message: str) -> None:
        if not isValid(self):
            return
        self._task = None
        self._error = message
        self._show_status()

    def _show_status(self) -> None:
        if self._task is not None:
            self.status.setText(self.tr("Updating…"))
        elif self._error:
            self.status.setText(
                self.tr("Could not compute the indicators: %1").replace("%1", self._error)
            )
        else:
            self.status.setText(self.tr("As of %1").replace("%1", self.as_of().isoformat()))

    # -- drawing --------------------------------------------------------------------------

    def _fill_team_combo(self) -> None:
        combo = self.team_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Whole committee"), None)
        teams = self._data.teams if self._data else ()
        for team in teams:
            combo.addItem(self._team_name(team), team.code)
        found = combo.findData(self._team) if self._team else 0
        if found < 0:
            self._team, found = None, 0
        combo.setCurrentIndex(found)
        combo.blockSignals(False)

    def _team_name(self, team: TeamInfo) -> str:
        name = first_text(team.names, self.context.display_languages())
        return f"{name} ({team.code})" if name else team.code

    @Slot(int)
    def _on_team_chosen(self, index: int) -> None:
        self._team = self.team_combo.itemData(index)
        self._draw()

    def select_team(self, code: str | None) -> None:
        """Show one team's figures (None: the whole committee), as the combo box does."""
        self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(code) if code else 0))

    def _draw(self) -> None:
        if self._data is None:
            return
        self._fill_team_combo_texts()
        self._draw_rates(self._data)
        self._draw_reciprocity(self._data)
        self._draw_figures(self._data)

    def _fill_team_combo_texts(self) -> None:
        self.team_combo.setItemText(0, self.tr("Whole committee"))
        for index, team in enumerate(self._data.teams if self._data else (), start=1):
            self.team_combo.setItemText(index, self._team_name(team))

    def _draw_rates(self, data: DashboardData) -> None:
        title = self._scope_title(self.tr("Rates by conference"))
        draw_rates(self.rates_chart, data, self._team, self.context.ui_language, title)

    def _scope_title(self, title: str) -> str:
        if self._team is None:
            return title
        return f"{title} — {self.team_combo.currentText()}"

    def _draw_reciprocity(self, data: DashboardData) -> None:
        title = self._scope_title(self.tr("Exchange activities by direction"))
        chart = self.reciprocity_chart
        draw_reciprocity(chart, data, self._team, self.context.ui_language, title)
        # Room for every category's name (QtCharts shows "..." in a row too low for it).
        self.reciprocity_view.setMinimumHeight(bar_rows_minimum_height(chart))
        self.sides_note.setText(sides_note(data, self.context.display_languages()))

    def _draw_figures(self, data: DashboardData) -> None:
        language = self.context.ui_language
        show_key_figures(self.figures.cards, data, self._team, language, self._on_agenda)

    def _on_agenda(self, plans: int) -> str:
        return self.tr("%n plan(s) on its agenda", "", plans)
