"""The meeting form: typed right after a meeting, keyboard only, saved in one go.

Date, kind, conference, teams, attendees, venue, the outcomes in the working languages side
by side, and the plan status updates decided at the meeting (picked with a type-ahead search).
Saving hands a `MeetingInput` to the page, which writes it in one transaction; a validation
error appears under its field and everything typed stays in the form.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
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
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import ConflictError, SecretariatError, ValidationError, localised
from secretariat.labels import enum_label, field_label
from secretariat.models import Meeting, MeetingKind
from secretariat.services import conferences, meetings, teams
from secretariat.services.meetings import DecidedChange
from secretariat.services.plans import StatusUpdate
from secretariat.text import display_text
from ui.context import AppContext
from ui.widgets.field_problems import (
    WarnOnce,
    elsewhere_text,
    interface_language,
    save_anyway_note,
    save_text,
)
from ui.widgets.form_fields import CheckList, DateField, EnumCombo, KeyedCombo
from ui.widgets.meeting_form import StatusUpdatesEditor
from ui.widgets.multilingual import MultilingualEdit
from ui.widgets.record_form import ERROR_STYLE, RecordForm
from ui.widgets.screen_fit import fitting_size

UPDATE_FIELDS = ("status_updates", "plan", "status", "to_status")


@dataclass
class MeetingInput:
    """What the form hands the page to save."""

    fields: dict[str, Any]
    team_ids: list[uuid.UUID]
    status_updates: list[StatusUpdate] = field(default_factory=list)


class MeetingForm(QDialog):
    """Log a new meeting, or edit (or view, read-only) a saved one."""

    def __init__(
        self,
        context: AppContext,
        save: Callable[[MeetingInput], None],
        *,
        meeting: Meeting | None = None,
        team_ids: Iterable[uuid.UUID] = (),
        decided: list[DecidedChange] | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting = meeting
        self.version = meeting.version if meeting is not None else None
        self._save = save
        self.read_only = read_only
        self._build_fields()
        self._build_layout()
        self._fill(meeting, list(team_ids), decided or [])
        self.setMinimumSize(720, 480)
        self.resize(fitting_size(self, 1000, 860))  # room for outcomes and updates
        self.retranslate()
        self._initial = self._state()
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)
        self.date.line_edit.selectAll()  # typing a date replaces today's

    # -- building ---------------------------------------------------------------------------

    def _build_fields(self) -> None:
        ui, working = self.context.ui_language, self.context.working_languages
        self.form = RecordForm()
        self._warn_once = WarnOnce()
        self.date = DateField()
        self.kind = EnumCombo(MeetingKind, ui)
        self.conference = KeyedCombo()
        self.teams = CheckList()
        self.attendees = QLineEdit()
        self.venue = QLineEdit()
        self.outcomes = MultilingualEdit("outcomes", working, ui, multiline=True)
        self.updates = StatusUpdatesEditor(self.context)
        for combo in (self.kind, self.conference):
            combo.setMaximumWidth(360)
        self.teams.setMaximumWidth(480)
        self.teams.changed.connect(lambda: self.updates.set_teams(self.teams.checked()))
        rows: list[tuple[str | tuple[str, ...], str, QWidget]] = [
            ("held_on", "date", self.date),
            ("kind", "kind", self.kind),
            ("conference_id", "conference", self.conference),
            ("team_ids", "team", self.teams),
            ("attendees", "attendees", self.attendees),
            ("venue", "venue", self.venue),
            ("outcomes", "outcomes", self.outcomes),
        ]
        for names, label_key, widget in rows:
            self.form.add_row(names, functools.partial(self.caption, label_key), widget)
        self.form.add_row(UPDATE_FIELDS, lambda: self.tr("Status updates"), self.updates)

    def _build_layout(self) -> None:
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        # Plain buttons, not a QDialogButtonBox: that makes Save the dialog's default button,
        # and Enter in any line edit would then save a half-typed meeting.
        self.save_button = QPushButton()
        self.cancel_button = QPushButton()
        buttons = QHBoxLayout()
        if self.meeting is not None:  # a saved meeting: who changed what, and when
            self.changes_button = QPushButton()
            self.changes_button.setObjectName("changes_button")
            self.changes_button.setAutoDefault(False)
            self.changes_button.clicked.connect(self.show_changes)
            buttons.addWidget(self.changes_button)
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
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._find_plan)

    def ui(self) -> str:
        return self.context.ui_language

    def caption(self, field: str) -> str:
        """A field's caption in the interface language, asked again at each retranslate."""
        return field_label(field, self.ui())

    def retranslate(self) -> None:
        if self.meeting is None:
            self.setWindowTitle(self.tr("Log a meeting"))
        elif self.read_only:
            self.setWindowTitle(self.tr("Meeting of {date}").format(date=self.meeting.held_on))
        else:
            self.setWindowTitle(
                self.tr("Edit the meeting of {date}").format(date=self.meeting.held_on)
            )
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Close") if self.read_only else self.tr("Cancel"))
        if self.meeting is not None:
            self.changes_button.setText(self.tr("C&hanges…"))

    # -- filling ----------------------------------------------------------------------------

    def show_changes(self) -> QDialog:
        from ui.dialogs.changes import show_changes

        assert self.meeting is not None
        return show_changes(self, self.context, self.meeting.id)

    def _fill(
        self, meeting: Meeting | None, team_ids: list[uuid.UUID], decided: list[DecidedChange]
    ) -> None:
        db, languages = self.context.db, self.context.display_languages()
        every_conference = conferences.list_conferences(db)
        self.conference.set_choices(
            [(conference_label(c, self.ui()), c.id) for c in every_conference],
            empty_label=self.tr("(none)"),
        )
        self.teams.set_choices(
            (f"{team.code} — {display_text(team, 'name', languages)}", team.id)
            for team in teams.list_teams(db)
            if team.active or team.id in team_ids
        )
        if meeting is None:
            self.date.set_date(date.today())
            self.kind.set_value(MeetingKind.team)
            self.conference.set_value(latest_held(every_conference))
            return
        self.date.set_date(meeting.held_on)
        self.kind.set_value(meeting.kind)
        self.conference.set_value(meeting.conference_id)
        self.teams.set_checked(team_ids)
        self.attendees.setText(meeting.attendees)
        self.venue.setText(meeting.venue)
        self.outcomes.set_values(meeting)
        self.updates.show_decided(decided)
        if self.read_only:
            self.form.set_read_only(True)
            self.updates.set_read_only(True)
            self.save_button.setVisible(False)

    # -- saving -----------------------------------------------------------------------------

    def values(self) -> MeetingInput:
        fields: dict[str, Any] = {
            "held_on": self.date.value(),
            "kind": self.kind.value(),
            "conference_id": self.conference.value(),
            "attendees": self.attendees.text(),
            "venue": self.venue.text(),
            **self.outcomes.values(),
        }
        if self.meeting is not None:  # saved against the version shown: never over another's
            fields["version"] = self.version
        updates = self.updates.updates() if self.meeting is None else []
        return MeetingInput(fields, list(self.teams.checked()), updates)

    def submit(self) -> None:
        """Save through the page; on a refusal show why and keep everything typed."""
        if self.read_only:
            return
        self.general_error.setVisible(False)
        typed = self.values()
        if not self._may_save(typed):
            return
        try:
            if self.meeting is None:
                self.updates.check()
            self._save(typed)
        except ConflictError as error:
            self._resolve(error)
            return
        except ValidationError as error:
            self.show_error(error)
            return
        except SecretariatError as error:
            self._show_general(localised(error, interface_language()))
            return
        self._initial = self._state()
        self.accept()

    def _may_save(self, typed: MeetingInput) -> bool:
        """The core's rules on the meeting as typed: every problem beside its field at once;
        errors keep the form open, warnings once (the button then reads "Save anyway")."""
        fields = {name: value for name, value in typed.fields.items() if name != "version"}
        meeting_id = self.meeting.id if self.meeting is not None else None
        try:
            problems = meetings.review_meeting(
                self.context.db, fields, team_ids=typed.team_ids, meeting_id=meeting_id
            )
        except SecretariatError:  # the meeting is gone, the server away: the save will say
            problems = []
        self.form.clear_errors()
        go_on = self._warn_once.may_save((fields, typed.team_ids), problems)
        self.save_button.setText(save_text(self._warn_once.asking))
        if problems and not go_on:
            elsewhere = self.form.show_problems(problems)
            notes = [elsewhere_text(problem) for problem in elsewhere]
            if self._warn_once.asking:
                notes.append(save_anyway_note())
            if notes:
                self._show_general("\n".join(notes))
        return go_on

    def _resolve(self, conflict: ConflictError) -> None:
        """Saved by someone else since it was opened: theirs, merged, or mine (conflict.py)."""
        from ui.dialogs.conflict import ask_about_conflict

        typed = self.values().fields
        choice = ask_about_conflict(self, conflict, typed, self.ui())
        if choice == "theirs":
            self._initial = self._state()
            self.reject()
            return
        if choice == "merge":
            for name, value in conflict.theirs.items():
                self._take_theirs(name, value)
        if choice in ("merge", "mine"):
            self.version = conflict.version
            self.submit()

    def _take_theirs(self, name: str, value: Any) -> None:
        """Put their value of one field into the form (the fields a meeting edit touches)."""
        widgets: dict[str, Any] = {"attendees": self.attendees, "venue": self.venue}
        if name in widgets:
            widgets[name].setText(str(value or ""))
        elif name == "held_on":
            self.date.set_date(value)
        elif name.startswith("outcomes_"):
            self.outcomes.set_values({**self.outcomes.values(), name: value})

    def show_error(self, error: ValidationError) -> None:
        if not self.form.show_error(error):
            self._show_general(localised(error, interface_language()))
            return
        if error.field in UPDATE_FIELDS:
            self.updates.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.setVisible(True)

    def error_text(self, name: str) -> str:
        return self.form.error_text(name)

    def _find_plan(self) -> None:
        if self.updates.picker.isVisible():
            self.updates.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- leaving ----------------------------------------------------------------------------

    def _state(self) -> tuple[Any, ...]:
        typed = self.values()
        rows = tuple(self.updates.model.rows)
        return (tuple(sorted(typed.fields.items(), key=str)), tuple(typed.team_ids), rows)

    def has_changes(self) -> bool:
        return not self.read_only and self._state() != self._initial

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


def conference_label(conference: Any, ui_language: str) -> str:
    """`5 · 2025-06-10 · Held`."""
    when = conferences.conference_date(conference).isoformat()
    return f"{conference.number} · {when} · {enum_label(conference.status, ui_language)}"


def latest_held(every_conference: list[Any]) -> uuid.UUID | None:
    """The conference whose plans meetings are following now: the latest held one."""
    held = [c for c in every_conference if c.held_date is not None]
    return max(held, key=lambda c: c.number).id if held else None
