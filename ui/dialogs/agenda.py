"""Planning a meeting: when (date, time, duration), what kind, which teams, where (venue or
video link), who is expected, and its agenda (ui/widgets/agenda_editor.py). Saving hands a
`PlannedInput` to the page, which writes it in one transaction; a refusal appears under its
field and everything typed stays."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import SecretariatError, ValidationError
from secretariat.labels import field_label
from secretariat.models import Meeting, MeetingKind
from secretariat.services import agenda, conferences, teams
from secretariat.services.agenda import AgendaEntry, ItemDraft, Proposal
from secretariat.text import display_text
from ui.context import AppContext
from ui.dialogs.meeting_form import latest_held
from ui.widgets.agenda_editor import AgendaEditor
from ui.widgets.form_fields import CheckList, DateField, EnumCombo
from ui.widgets.record_form import ERROR_STYLE, RecordForm
from ui.widgets.screen_fit import fitting_size

DEFAULT_DURATION = 90  # minutes
AGENDA_FIELDS = ("agenda", "plan_id")


@dataclass
class PlannedInput:
    """What the dialog hands the page to save."""

    fields: dict[str, Any]
    team_ids: list[uuid.UUID]
    items: list[ItemDraft] = field(default_factory=list)


class PlanMeetingDialog(QDialog):
    """Plan a new meeting, or change a planned one and its agenda."""

    def __init__(
        self,
        context: AppContext,
        save: Callable[[PlannedInput], None],
        *,
        meeting: Meeting | None = None,
        team_ids: Iterable[uuid.UUID] = (),
        items: Iterable[AgendaEntry] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.meeting, self._save = context, meeting, save
        self.version = meeting.version if meeting is not None else None
        self._build_fields()
        self._build_layout()
        self._fill(meeting, list(team_ids), list(items))
        self.resize(fitting_size(self, 980, 820))
        self.retranslate()
        self._initial = self._state()
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)

    def ui(self) -> str:
        return self.context.ui_language

    def caption(self, field: str) -> str:
        """A field's caption in the interface language, asked again at each retranslate."""
        return field_label(field, self.ui())

    def _build_fields(self) -> None:
        self.form = RecordForm()
        self.date = DateField()
        self.start_time = QLineEdit()
        self.start_time.setPlaceholderText("HH:MM")
        self.start_time.setMaximumWidth(90)
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setMaximumWidth(110)
        self.kind = EnumCombo(MeetingKind, self.ui())
        self.kind.setMaximumWidth(360)
        self.teams = CheckList()
        self.teams.setMaximumWidth(480)
        self.venue, self.video_link, self.attendees = QLineEdit(), QLineEdit(), QLineEdit()
        self.video_link.setPlaceholderText("https://")
        self.agenda = AgendaEditor(self.context, self.proposals)
        self.teams.changed.connect(lambda: self.agenda.set_teams(self.teams.checked()))
        rows: list[tuple[str | tuple[str, ...], str, QWidget]] = [
            ("held_on", "date", self.date),
            ("start_time", "start_time", self.start_time),
            ("duration_minutes", "duration_minutes", self.duration),
            ("kind", "kind", self.kind),
            ("team_ids", "team", self.teams),
            ("venue", "venue", self.venue),
            ("video_link", "video_link", self.video_link),
            ("attendees", "attendees", self.attendees),
        ]
        for names, key, widget in rows:
            self.form.add_row(names, functools.partial(self.caption, key), widget)
        self.form.add_row(AGENDA_FIELDS, lambda: field_label("agenda", self.ui()), self.agenda)

    def _build_layout(self) -> None:
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        # Plain buttons: Enter in a line edit must not save a half-typed meeting.
        self.save_button, self.cancel_button = QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)

    def retranslate(self) -> None:
        if self.meeting is None:
            self.setWindowTitle(self.tr("Plan a meeting"))
        else:
            title = self.tr("Planned meeting of {date}")
            self.setWindowTitle(title.format(date=self.meeting.held_on))
        self.duration.setSuffix(" " + self.tr("min"))
        self.duration.setSpecialValueText(self.tr("not given"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.agenda.retranslate()

    def _fill(
        self, meeting: Meeting | None, team_ids: list[uuid.UUID], items: list[AgendaEntry]
    ) -> None:
        languages = self.context.display_languages()
        self.teams.set_choices(
            (f"{team.code} — {display_text(team, 'name', languages)}", team.id)
            for team in teams.list_teams(self.context.db)
            if team.active or team.id in team_ids
        )
        if meeting is None:
            self.date.set_date(date.today() + timedelta(days=14))
            self.kind.set_value(MeetingKind.team)
            self.duration.setValue(DEFAULT_DURATION)
            return
        self.date.set_date(meeting.held_on)
        self.start_time.setText(meeting.start_time)
        self.duration.setValue(meeting.duration_minutes)
        self.kind.set_value(meeting.kind)
        self.teams.set_checked(team_ids)
        self.agenda.set_teams(team_ids)
        self.venue.setText(meeting.venue)
        self.video_link.setText(meeting.video_link)
        self.attendees.setText(meeting.attendees)
        self.agenda.set_items(items)

    def proposals(self) -> list[Proposal]:
        """What "Propose agenda" adds: for the date typed (or today) and the teams checked."""
        on = self.date.date() or date.today()
        return agenda.propose_agenda(self.context.db, on=on, team_ids=self.teams.checked())

    # -- saving -----------------------------------------------------------------------------

    def values(self) -> PlannedInput:
        fields: dict[str, Any] = {
            "held_on": self.date.value(),
            "start_time": self.start_time.text().strip(),
            "duration_minutes": self.duration.value(),
            "kind": self.kind.value(),
            "venue": self.venue.text(),
            "video_link": self.video_link.text().strip(),
            "attendees": self.attendees.text(),
        }
        if self.meeting is None:  # its plans are those of the conference being followed
            fields["conference_id"] = latest_held(conferences.list_conferences(self.context.db))
        else:
            fields["version"] = self.version
        return PlannedInput(fields, list(self.teams.checked()), self.agenda.drafts())

    def submit(self) -> None:
        self.general_error.setVisible(False)
        try:
            self._save(self.values())
        except ValidationError as error:
            if not self.form.show_error(error):
                self._show_general(str(error))
            return
        except SecretariatError as error:
            self._show_general(str(error))
            return
        self._initial = self._state()
        self.accept()

    def _show_general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.setVisible(True)

    def error_text(self, name: str) -> str:
        return self.form.error_text(name)

    def _state(self) -> tuple[Any, ...]:
        typed = self.values()
        fields = tuple(sorted((k, str(v)) for k, v in typed.fields.items()))
        return (fields, tuple(typed.team_ids), tuple(repr(item) for item in typed.items))

    def has_changes(self) -> bool:
        return self._state() != self._initial

    def reject(self) -> None:
        """Closing with typed input asks first: nothing typed is dropped silently."""
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard what you typed for this meeting?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
