"""The Plans page's filter bar: conference, team, status, origin and horizon ("All" each),
"Overdue" (open plans past their due date), a search box over titles and descriptions in every
language (typing pauses ~200 ms before the list follows; Esc clears it), and "N of M plans";
and the filter remembered in the settings between sessions (all but "Overdue")."""

from __future__ import annotations

import enum
import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from secretariat.models import Horizon, Origin, PlanStatus
from secretariat.services.plan_query import PlanFilter
from ui.context import AppContext
from ui.widgets.form_choices import conference_choices, team_choices
from ui.widgets.form_fields import EnumCombo, KeyedCombo

SEARCH_DELAY_MS = 200
LOADING_NOTICE_DELAY_MS = 150  # a list loading longer than this says "Searching…"
CHOICES = ("conference_id", "team_id", "status", "origin", "horizon")


def filters_showing(plan: Any, current: PlanFilter) -> list[PlanFilter]:
    """Filters to try, in turn, so that the list shows `plan`: the current one without the
    choices the plan does not match, then without the search too (whether its words match
    is the query's business), then no filter."""
    kept = current
    for name in CHOICES:
        chosen = getattr(current, name)
        if chosen is not None and chosen != getattr(plan, name):
            kept = kept.with_changes(**{name: None})
    if kept.overdue_on is not None and not _overdue(plan, kept.overdue_on):
        kept = kept.with_changes(overdue_on=None)
    return [kept, kept.with_changes(search=""), PlanFilter()]


def _overdue(plan: Any, on: date) -> bool:
    from secretariat.indicators import OPEN_STATUSES

    return plan.status in OPEN_STATUSES and plan.due_date is not None and plan.due_date < on


class PlanFilterBar(QWidget):
    """Emits `changed` when a combo changes or typing pauses; `plan_filter()` reads it."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        language = context.ui_language
        self.conference = KeyedCombo()
        self.team = KeyedCombo()
        self.status = EnumCombo(PlanStatus, language, empty_label="")
        self.origin = EnumCombo(Origin, language, empty_label="")
        self.horizon = EnumCombo(Horizon, language, empty_label="")
        self.overdue = QToolButton()
        self.overdue.setObjectName("overdue")
        self.overdue.setCheckable(True)
        self.overdue.toggled.connect(self.changed)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.count_label = QLabel()
        self.loading_label = QLabel()
        self.loading_label.setStyleSheet("color: #64748b;")
        # "Searching…" only for a search the eye would wait for: shown and cleared within
        # a few frames it is a flicker (and a relayout of the bar while the list loads).
        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_NOTICE_DELAY_MS)
        self._loading_timer.timeout.connect(
            lambda: self.loading_label.setText(self.tr("Searching…"))
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        clear = QAction(self.search)
        clear.setShortcut(QKeySequence("Escape"))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.clear_search)
        self.search.addAction(clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for combo in self.combos():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(combo)
        layout.addWidget(self.overdue)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.count_label)
        self.retranslate()

    def combos(self) -> list[KeyedCombo]:
        return [self.conference, self.team, self.status, self.origin, self.horizon]

    def plan_filter(self) -> PlanFilter:
        return PlanFilter(
            conference_id=self.conference.value(),
            team_id=self.team.value(),
            status=self.status.value(),
            origin=self.origin.value(),
            horizon=self.horizon.value(),
            search=self.search.text(),
            # Due before today: a plan due today is not late yet.
            overdue_on=date.today() if self.overdue.isChecked() else None,
        )

    def set_plan_filter(self, plan_filter: PlanFilter) -> None:
        """Show this filter (restored settings, a cleared filter) without emitting."""
        values = (
            plan_filter.conference_id,
            plan_filter.team_id,
            plan_filter.status,
            plan_filter.origin,
            plan_filter.horizon,
        )
        for combo, value in zip(self.combos(), values, strict=True):
            combo.blockSignals(True)
            combo.set_value(value)
            combo.blockSignals(False)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(plan_filter.overdue_on is not None)
        self.overdue.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(plan_filter.search)
        self.search.blockSignals(False)
        self._timer.stop()

    def stop_typing_delay(self) -> None:
        self._timer.stop()

    def clear_search(self) -> None:
        """Esc: empty the search box at once; a second Esc leaves it."""
        if self.search.text():
            self.search.clear()
            self._timer.stop()
            self.changed.emit()
        else:
            self.focusNextChild()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh_choices(self) -> None:
        """The conferences and teams offered (after they changed)."""
        db, languages = self.context.db, self.context.display_languages()
        for combo, choices, everything in (
            (self.conference, conference_choices(db), self.tr("All conferences")),
            (self.team, team_choices(db, languages), self.tr("All teams")),
        ):
            combo.blockSignals(True)
            combo.set_choices(choices, everything)
            combo.blockSignals(False)

    def show_counts(self, shown: int, total: int) -> None:
        def counts(shown: int) -> str:
            return self.tr("{shown} of {total} plans").format(
                shown=f"{shown:,}", total=f"{total:,}"
            )

        # Wide enough for every count up to the total: a count that changes with each search
        # keys must not resize the search box (nor relayout and repaint the whole page).
        widest = self.count_label.fontMetrics().horizontalAdvance(counts(total))
        self.count_label.setMinimumWidth(widest)
        self.count_label.setText(counts(shown))

    def show_loading(self, loading: bool) -> None:
        """Say "Searching…" once a search has taken LOADING_NOTICE_DELAY_MS; clear it when done."""
        if loading:
            self._loading_timer.start()
        else:
            self._loading_timer.stop()
            self.loading_label.clear()

    def retranslate(self) -> None:
        self.overdue.setText(self.tr("Overdue"))
        self.overdue.setToolTip(self.tr("Only open plans whose due date has passed"))
        # A short hint that fits the field beside the filters; the tooltip says it all.
        self.search.setPlaceholderText(self.tr("Search titles, descriptions (Ctrl+F)"))
        self.search.setToolTip(self.tr("Search the titles and descriptions in every language"))
        language = self.context.ui_language
        for combo, everything in (
            (self.status, self.tr("All statuses")),
            (self.origin, self.tr("All origins")),
            (self.horizon, self.tr("All horizons")),
        ):
            combo.blockSignals(True)
            combo.set_language(language, everything)
            combo.blockSignals(False)
        self.refresh_choices()


# -- remembered filters ------------------------------------------------------------------

FILTER_FIELDS = ("conference_id", "team_id", "status", "origin", "horizon")


def save_filter(settings: QSettings, prefix: str, plan_filter: PlanFilter) -> None:
    for name in FILTER_FIELDS:
        value = getattr(plan_filter, name)
        stored = (
            "" if value is None else value.value if isinstance(value, enum.Enum) else str(value)
        )
        settings.setValue(f"{prefix}/{name}", stored)
    settings.setValue(f"{prefix}/search", plan_filter.search)


def load_filter(settings: QSettings, prefix: str) -> PlanFilter:
    """The filter saved under `prefix`; anything unreadable counts as "all"."""

    def text(name: str) -> str:
        return str(settings.value(f"{prefix}/{name}", "") or "")

    def key(name: str) -> uuid.UUID | None:
        try:
            return uuid.UUID(text(name)) if text(name) else None
        except ValueError:
            return None

    def member(name: str, enum_type: type[enum.Enum]) -> Any:
        try:
            return enum_type(text(name)) if text(name) else None
        except ValueError:
            return None

    return PlanFilter(
        conference_id=key("conference_id"),
        team_id=key("team_id"),
        status=member("status", PlanStatus),
        origin=member("origin", Origin),
        horizon=member("horizon", Horizon),
        search=text("search"),
    )
