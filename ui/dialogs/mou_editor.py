"""The MOU editor: title per language, signing date, conference, teams, the parties on each
side, expiry and status."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from secretariat.models import Mou, MouStatus
from secretariat.services import mous as mous
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.form_choices import conference_choices, team_choices
from ui.widgets.form_fields import CheckList, DateField, EnumCombo, KeyedCombo
from ui.widgets.multilingual import MultilingualEdit


class MouEditor(RecordDialog):
    review_spec = mous.MOU

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        db, language = context.db, context.ui_language
        self.title_edit = MultilingualEdit("title", context.working_languages, language)
        self.signed_on = DateField()
        self.conference = KeyedCombo()
        self.conference.set_choices(conference_choices(db, language), self.tr("(none)"))
        self.teams = CheckList()
        self.teams.set_choices(team_choices(db, context.display_languages()))
        self.party_a = QLineEdit()
        self.party_b = QLineEdit()
        self.expires_on = DateField()
        self.status = EnumCombo(MouStatus, language)
        self.status.set_value(MouStatus.signed)
        form = self.form
        form.add_row("title", lambda: self.label("title"), self.title_edit)
        form.add_row("signed_on", lambda: self.label("signed_on"), self.signed_on)
        form.add_row("conference_id", lambda: self.label("conference"), self.conference)
        form.add_row("team_ids", lambda: self.label("team"), self.teams)
        form.add_row("party_a", lambda: self.label("party_a"), self.party_a)
        form.add_row("party_b", lambda: self.label("party_b"), self.party_b)
        form.add_row("expires_on", lambda: self.label("expires_on"), self.expires_on)
        form.add_row("status", lambda: self.label("record_status"), self.status)
        self.setWindowTitle(self.tr("New MOU"))
        self.resize(760, 560)

    def load(self, mou: Mou, team_ids: list[Any]) -> None:
        self.set_record(mou.id, mou.version)
        self.setWindowTitle(self.tr("MOU"))
        self.title_edit.set_values(mou)
        self.signed_on.set_date(mou.signed_on)
        self.conference.set_value(mou.conference_id)
        self.teams.set_checked(team_ids)
        self.party_a.setText(mou.party_a)
        self.party_b.setText(mou.party_b)
        self.expires_on.set_date(mou.expires_on)
        self.status.set_value(mou.status)

    def values(self) -> dict[str, Any]:
        return {
            **self.title_edit.values(),
            "signed_on": self.signed_on.value(),
            "conference_id": self.conference.value(),
            "team_ids": self.teams.checked(),
            "party_a": self.party_a.text(),
            "party_b": self.party_b.text(),
            "expires_on": self.expires_on.value(),
            "status": self.status.value(),
        }
