"""The Activities page: exchange activities by date, team, category and direction, with a
search over descriptions, the reciprocity of what is shown, and an editor with undo.

Built for 200,000 activities: filters are SQL, the model holds ids read off the GUI thread,
and the summary line comes from one GROUP BY in the same worker."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from secretariat.db import Database
from secretariat.labels import enum_label, indicator_label
from secretariat.models import ActivityCategory, Direction
from secretariat.services import activities, records
from secretariat.services.activity_list import (
    NO_TEAM,
    ActivityFilter,
    count_activities,
    direction_counts,
)
from secretariat.services.record_lists import key_of, key_to_id
from ui.context import ACTIVITIES, PLANS, TEAMS, AppContext
from ui.dialogs.activity_editor import ActivityEditor
from ui.models.activities import activity_table_spec
from ui.models.background_table import BackgroundTableModel
from ui.models.sql_table import SqlTableModel, TableSpec
from ui.pages.record_list import RecordListPage
from ui.pages.record_operations import RecordOperations, activity_operations, first_text
from ui.widgets.form_choices import team_choices
from ui.widgets.form_fields import DateField, EnumCombo, KeyedCombo


@dataclass(frozen=True)
class ActivitySummary:
    """Computed beside the ids: activities per direction for the filter, and all activities."""

    by_direction: dict[Direction, int]
    total: int


def summary_work(db: Database, activity_filter: ActivityFilter) -> Callable[[], ActivitySummary]:
    """The summary for the filter as it is now (copied: the page may change it meanwhile)."""
    frozen = copy.copy(activity_filter)

    def work() -> ActivitySummary:
        return ActivitySummary(direction_counts(db, frozen), count_activities(db))

    return work


class ActivitiesPage(RecordListPage):
    key = "activities"
    kind = ACTIVITIES
    watched = (TEAMS, PLANS)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.activity_filter = ActivityFilter()
        super().__init__(context, parent)

    # -- list ---------------------------------------------------------------------------

    def table_spec(self) -> TableSpec:
        return activity_table_spec(self.context, self.activity_filter)

    def make_model(self, spec: TableSpec) -> SqlTableModel:
        model = BackgroundTableModel(
            self.context.db,
            spec,
            self,
            extra=lambda: summary_work(self.context.db, self.activity_filter),
            key_to_id=key_to_id,
            id_to_key=lambda record_id: key_of(self.context.db.dialect, record_id),
        )
        model.loading_changed.connect(self._loading_changed)
        model.failed.connect(lambda message: self.show_message(message, error=True))
        return model

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.since_label, self.until_label = QLabel(), QLabel()
        self.since_filter, self.until_filter = DateField(), DateField()
        self.team_filter = KeyedCombo()
        self.category_filter = EnumCombo(ActivityCategory, self.context.ui_language, empty_label="")
        self.direction_filter = EnumCombo(Direction, self.context.ui_language, empty_label="")
        for label, field in (
            (self.since_label, self.since_filter),
            (self.until_label, self.until_filter),
        ):
            label.setBuddy(field)
            field.changed.connect(self._date_filter_changed)
            bar.addWidget(label)
            bar.addWidget(field)
        for combo in (self.team_filter, self.category_filter, self.direction_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
            bar.addWidget(combo)

    def _date_filter_changed(self) -> None:
        # Half-typed dates do not filter; a complete (or cleared) one does, after a pause.
        if self.since_filter.is_valid() and self.until_filter.is_valid():
            self.search.start_delay()

    def refresh_choices(self) -> None:
        self.team_filter.blockSignals(True)
        choices = [
            (self.tr("(no team)"), NO_TEAM),
            *team_choices(self.context.db, self.context.display_languages()),
        ]
        self.team_filter.set_choices(choices, self.tr("All teams"))
        self.team_filter.blockSignals(False)

    def update_filter(self) -> None:
        self.activity_filter.since = self.since_filter.date()
        self.activity_filter.until = self.until_filter.date()
        self.activity_filter.team = self.team_filter.value()
        self.activity_filter.category = self.category_filter.value()
        self.activity_filter.direction = self.direction_filter.value()
        self.activity_filter.search = self.search.text()

    def total_count(self) -> int:
        summary = self.model.extra_result if isinstance(self.model, BackgroundTableModel) else None
        return summary.total if isinstance(summary, ActivitySummary) else self.model.rowCount()

    def summary(self) -> str:
        summary = getattr(self.model, "extra_result", None)
        if not isinstance(summary, ActivitySummary):
            return ""
        language = self.context.ui_language
        shown = sum(summary.by_direction.values())
        parts = []
        for direction, count in summary.by_direction.items():
            share = f" ({round(100 * count / shown)} %)" if shown else ""
            parts.append(f"{enum_label(direction, language)}: {count:,}{share}")
        return f"{indicator_label('reciprocity', language)} — " + " · ".join(parts)

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self.count_label.setText(self.tr("Loading…"))

    def texts(self) -> dict[str, str]:
        return {
            "new": self.tr("New activity"),
            "edit": self.tr("Edit"),
            "delete": self.tr("Delete"),
            "search": self.tr("Search descriptions"),
            "count": self.tr("{shown} of {total} activities"),
            "add": self.tr("Add activity “{name}”"),
            "change": self.tr("Edit activity “{name}”"),
        }

    def delete_edit_text(self, count: int) -> str:
        return self.tr("Delete %n activity(ies)", "", count)

    def deleted_message(self, count: int) -> str:
        return self.tr("Deleted %n activity(ies). Undo brings them back.", "", count)

    def retranslate(self) -> None:
        language = self.context.ui_language
        self.since_label.setText(self.tr("From"))
        self.until_label.setText(self.tr("to"))
        for combo, everything in (
            (self.category_filter, self.tr("All categories")),
            (self.direction_filter, self.tr("All directions")),
        ):
            combo.blockSignals(True)
            combo.set_language(language, everything)
            combo.blockSignals(False)
        self.refresh_choices()
        super().retranslate()

    # -- editing ------------------------------------------------------------------------

    def make_editor(self, record_id: uuid.UUID | None) -> ActivityEditor:
        editor = ActivityEditor(self.context, self)
        if record_id is None:
            chosen = self.activity_filter
            editor.preset(team=chosen.team, category=chosen.category, direction=chosen.direction)
        else:
            with self.context.db.read() as session:
                activity = records.get(session, activities.ACTIVITY, record_id)
            editor.load(activity)
        return editor

    def record_name(self, values: dict[str, Any]) -> str:
        return first_text(values, "description", self.context.display_languages())[:40]

    def make_operations(self) -> RecordOperations:
        return activity_operations(self.context.db)
