"""The team editor: code, name per language, the conference the team starts from, whether it
is active, and its place in lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from secretariat.models import Team
from secretariat.services import teams as teams
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.form_choices import conference_choices
from ui.widgets.form_fields import KeyedCombo, NumberField
from ui.widgets.multilingual import MultilingualEdit


class TeamEditor(RecordDialog):
    review_spec = teams.TEAM

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.code.setMaximumWidth(160)
        self.code.setPlaceholderText("ECO")
        self.name_edit = MultilingualEdit("name", context.working_languages, context.ui_language)
        self.start_conference = KeyedCombo()
        self.start_conference.set_choices(
            conference_choices(context.db, context.ui_language),
            self.tr("(from the first conference)"),
        )
        self.active = QCheckBox(self.tr("The team takes part in the committee's work"))
        self.active.setChecked(True)
        self.sort_order = NumberField()
        self.sort_order.set_value(0)
        form = self.form
        form.add_row("code", lambda: self.label("code"), self.code)
        form.add_row("name", lambda: self.label("name"), self.name_edit)
        form.add_row(
            "start_conference_id", lambda: self.label("start_conference"), self.start_conference
        )
        form.add_row("active", lambda: self.label("active"), self.active)
        form.add_row("sort_order", lambda: self.tr("Order"), self.sort_order)
        self.setWindowTitle(self.tr("New team"))
        self.resize(720, 320)

    def load(self, team: Team) -> None:
        self.set_record(team.id, team.version)
        self.setWindowTitle(self.tr("Team {code}").format(code=team.code))
        self.code.setText(team.code)
        self.name_edit.set_values(team)
        self.start_conference.set_value(team.start_conference_id)
        self.active.setChecked(team.active)
        self.sort_order.set_value(team.sort_order)

    def values(self) -> dict[str, Any]:
        return {
            "code": self.code.text(),
            **self.name_edit.values(),
            "start_conference_id": self.start_conference.value(),
            "active": self.active.isChecked(),
            "sort_order": self.sort_order.value(),
        }
