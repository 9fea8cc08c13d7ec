"""The plan editor: title and description in both working languages side by side (the other
languages behind a button), conference, the teams existing at it, origin, horizon, progress,
the lead agency on each side and the due date. The status is changed with "Change status…",
which keeps its history."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from secretariat.errors import SecretariatError
from secretariat.kinds import PLAN as PLAN_KIND
from secretariat.kinds import FieldSpec
from secretariat.labels import enum_label, field_label
from secretariat.models import Horizon, Origin, Plan
from secretariat.rules import Problem
from secretariat.services import committee, plan_query
from secretariat.services import plans as plans
from secretariat.text import display_text
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.form_choices import conference_choices, latest_held_conference
from ui.widgets.form_fields import DateField, EnumCombo, KeyedCombo, NumberField
from ui.widgets.multilingual import MultilingualEdit
from ui.widgets.plain_fields import PlainFields

# The plan's fields this editor lays out itself (or that are not edited here: the number is
# given by the service, the status changes through "Change status…", the link by carry-over).
PLACED = frozenset(
    {"conference_id", "team_id", "seq", "title", "description", "origin", "horizon", "status"}
    | {"progress", "lead_agency_a", "lead_agency_b", "due_date", "continues_plan_id"}
)


def unplaced_fields() -> list[FieldSpec]:
    """A field added to the plan's description, edited below the others."""
    return [spec for spec in PLAN_KIND.fields if spec.attribute not in PLACED]


class PlanEditor(RecordDialog):
    """A new plan (empty, or with the list's conference and team chosen) or an existing one."""

    review_spec = plans.PLAN

    def review(self, values: dict[str, Any]) -> list[Problem]:
        try:
            return plans.review_plan(self.context.db, values, self.record_id)
        except SecretariatError:  # the plan is gone, the server away: the save will say
            return []

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        language = context.ui_language
        self.plan_id: uuid.UUID | None = None
        self._about: tuple[str, str, str | None] | None = None  # ref, status, continues
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setVisible(False)
        self.conference = KeyedCombo()
        self.conference.set_choices(conference_choices(context.db, context.ui_language))
        self.conference.currentIndexChanged.connect(self._offer_teams)
        self.team = KeyedCombo()
        self.title_edit = MultilingualEdit("title", context.working_languages, language)
        self.description_edit = MultilingualEdit(
            "description", context.working_languages, language, multiline=True
        )
        self.origin = EnumCombo(Origin, language)
        self.origin.set_value(Origin.mutual)
        self.horizon = EnumCombo(Horizon, language)
        self.progress = NumberField()
        self.progress.set_value(0)
        self.progress.setPlaceholderText("0–100")
        self.lead_agency_a = QLineEdit()
        self.lead_agency_b = QLineEdit()
        self.due_date = DateField()
        sides = self._side_names()
        form = self.form
        form.add_row("conference_id", lambda: self.label("conference"), self.conference)
        form.add_row("team_id", lambda: self.label("team"), self.team)
        form.add_row("title", lambda: self.label("title"), self.title_edit)
        form.add_row("description", lambda: self.label("description"), self.description_edit)
        form.add_row("origin", lambda: self.label("origin"), self.origin)
        form.add_row("horizon", lambda: self.label("horizon"), self.horizon)
        form.add_row("progress", lambda: self.label("progress") + " (%)", self.progress)
        form.add_row(
            "lead_agency_a",
            lambda: self._agency_caption("lead_agency_a", sides[0]),
            self.lead_agency_a,
        )
        form.add_row(
            "lead_agency_b",
            lambda: self._agency_caption("lead_agency_b", sides[1]),
            self.lead_agency_b,
        )
        form.add_row("due_date", lambda: self.label("due_date"), self.due_date)
        self.more_fields = PlainFields(unplaced_fields(), form, language)
        self.main_layout.insertWidget(1, self.about)
        self._offer_teams()
        self.setWindowTitle(self.tr("New plan"))
        self.resize(960, 700)

    # -- filling ------------------------------------------------------------------------

    def preset(self, conference_id: uuid.UUID | None, team_id: uuid.UUID | None) -> None:
        """A new plan starts at the conference and team the list is filtered on, if any."""
        if conference_id is not None:
            self.conference.set_value(conference_id)
        else:  # the latest held conference, as the meeting form and the Dashboard take it
            latest = latest_held_conference(self.context.db)
            if latest is not None:
                self.conference.set_value(latest)
        if team_id is not None:
            self.team.set_value(team_id)

    def load(self, plan: Plan, ref: str, continues: str | None) -> None:
        self.set_record(plan.id, plan.version)
        self.plan_id = plan.id
        self.setWindowTitle(self.tr("Plan {ref}").format(ref=ref))
        self.conference.set_value(plan.conference_id)
        self._offer_teams()
        self.team.set_value(plan.team_id)
        self.title_edit.set_values(plan)
        self.description_edit.set_values(plan)
        self.origin.set_value(plan.origin)
        self.horizon.set_value(plan.horizon)
        self.progress.set_value(plan.progress)
        self.lead_agency_a.setText(plan.lead_agency_a)
        self.lead_agency_b.setText(plan.lead_agency_b)
        self.due_date.set_date(plan.due_date)
        self.more_fields.load(plan)
        self._about = (ref, self._status_label(plan), continues)
        self._show_about()
        self.about.setVisible(True)

    def _show_about(self) -> None:
        """The plan's reference and status; how to change the status only where one can."""
        if getattr(self, "_about", None) is None:  # (set_read_only before __init__ ends)
            return
        assert self._about is not None
        ref, status, continues = self._about
        if self.read_only:
            about = self.tr("{ref} · status: {status}").format(ref=ref, status=status)
        else:
            about = self.tr("{ref} · status: {status} (use “Change status…” to change it)").format(
                ref=ref, status=status
            )
        if continues:
            about += "\n" + self.tr("Continues {ref}").format(ref=continues)
        self.about.setText(about)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._show_about()

    def values(self) -> dict[str, Any]:
        return {
            "conference_id": self.conference.value(),
            "team_id": self.team.value(),
            **self.title_edit.values(),
            **self.description_edit.values(),
            "origin": self.origin.value(),
            "horizon": self.horizon.value(),
            "progress": self.progress.value(),
            "lead_agency_a": self.lead_agency_a.text(),
            "lead_agency_b": self.lead_agency_b.text(),
            "due_date": self.due_date.value(),
            **self.more_fields.values(),
        }

    def missing_translations(self) -> dict[str, list[str]]:
        """Working languages marked missing, per field (what the marks show)."""
        return {
            "title": self.title_edit.missing(),
            "description": self.description_edit.missing(),
        }

    # -- helpers ------------------------------------------------------------------------

    def _offer_teams(self) -> None:
        """Only the teams that exist at the chosen conference can hold its plans."""
        conference_id = self.conference.value()
        found = plan_query.teams_at(self.context.db, conference_id) if conference_id else []
        languages = self.context.display_languages()
        self.team.set_choices(
            [(f"{team.code} — {display_text(team, 'name', languages)}", team.id) for team in found]
        )

    def _side_names(self) -> tuple[str, str]:
        profile = committee.get_profile(self.context.db)
        if profile is None:
            return "A", "B"
        languages = self.context.display_languages()
        return (
            display_text(profile, "side_a_name", languages) or "A",
            display_text(profile, "side_b_name", languages) or "B",
        )

    def _agency_caption(self, field: str, side: str) -> str:
        return f"{field_label(field, self.language)} — {side}"

    def _status_label(self, plan: Plan) -> str:
        return enum_label(plan.status, self.language)
