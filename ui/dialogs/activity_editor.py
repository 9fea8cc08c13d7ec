"""The activity editor: date, team, category, direction, participants, the plan it belongs to
(only the chosen team's plans; optional) and the description per language."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QWidget

from secretariat.models import Activity, ActivityCategory, Direction
from secretariat.services import activities as activities
from secretariat.services.activity_list import team_plan_choices
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.form_choices import team_choices
from ui.widgets.form_fields import DateField, EnumCombo, KeyedCombo, NumberField
from ui.widgets.multilingual import MultilingualEdit


class ActivityEditor(RecordDialog):
    review_spec = activities.ACTIVITY

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        language = context.ui_language
        self.held_on = DateField()
        self.team = KeyedCombo()
        self.team.set_choices(
            team_choices(context.db, context.display_languages()), self.tr("(no team)")
        )
        self.category = EnumCombo(ActivityCategory, language)
        self.direction = EnumCombo(Direction, language)
        self.participants = NumberField()
        self.participants.set_value(0)
        self.plan = KeyedCombo()
        self.description = MultilingualEdit(
            "description", context.working_languages, language, multiline=True
        )
        self.team.currentIndexChanged.connect(self._team_changed)
        self._team_changed()
        form = self.form
        form.add_row("held_on", lambda: self.label("date"), self.held_on)
        form.add_row("team_id", lambda: self.label("team"), self.team)
        form.add_row("category", lambda: self.label("category"), self.category)
        form.add_row("direction", lambda: self.label("direction"), self.direction)
        form.add_row("participants", lambda: self.label("participants"), self.participants)
        form.add_row("plan_id", lambda: self.label("plan"), self.plan)
        form.add_row("description", lambda: self.label("description"), self.description)
        self.setWindowTitle(self.tr("New activity"))
        self.resize(780, 520)

    def _team_changed(self) -> None:
        """Offer only the chosen team's plans; without a team there is no plan to pick."""
        team_id = self.team.value()
        choices = (
            team_plan_choices(self.context.db, team_id, self.context.display_languages())
            if team_id is not None
            else []
        )
        self.plan.set_choices(choices, self.tr("(no plan)"))
        self.plan.setEnabled(team_id is not None and not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.plan.setEnabled(not read_only and self.team.value() is not None)

    def preset(
        self,
        *,
        team: Any = None,
        category: ActivityCategory | None = None,
        direction: Direction | None = None,
    ) -> None:
        """Start a new activity from what the list is filtered to."""
        if isinstance(team, uuid.UUID):
            self.team.set_value(team)
        if category is not None:
            self.category.set_value(category)
        if direction is not None:
            self.direction.set_value(direction)

    def load(self, activity: Activity) -> None:
        self.set_record(activity.id, activity.version)
        self.setWindowTitle(self.tr("Activity of {date}").format(date=activity.held_on))
        self.held_on.set_date(activity.held_on)
        self.team.set_value(activity.team_id)
        self.category.set_value(activity.category)
        self.direction.set_value(activity.direction)
        self.participants.set_value(activity.participants)
        self.plan.set_value(activity.plan_id)
        self.description.set_values(activity)

    def values(self) -> dict[str, Any]:
        return {
            "held_on": self.held_on.value(),
            "team_id": self.team.value(),
            "category": self.category.value(),
            "direction": self.direction.value(),
            "participants": self.participants.value(),
            "plan_id": self.plan.value(),
            **self.description.values(),
        }
