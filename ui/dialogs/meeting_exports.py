"""File → Export agenda / Export minutes / Export calendar.

The agenda and minutes ask for the meeting (planned ones first for an agenda, held ones first
for minutes), the two languages and the file; the calendar for a team (or the whole committee)
and the file. Each runs its Qt-free exporter off the GUI thread like the other exports
(ui/dialogs/export_task.py). `add_meeting_exports` puts the three actions in the window's File
menu and keeps their texts in the interface language.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.labels import LANGUAGE_NAMES, enum_label, field_label
from secretariat.models import LANGUAGES, MeetingState
from secretariat.services import meetings
from secretariat.services.teams import list_teams
from secretariat.text import display_text
from ui.dialogs.export_task import run_export
from ui.dialogs.exports import (
    OPEN_WHEN_DONE_KEY,
    _context,
    last_folder,
    remember_folder,
)


class MeetingExportDialog(QDialog):
    """What to export: a meeting (agenda, minutes) or a team (calendar), the two languages,
    and the file; the folder and "open when done" are remembered as for the other exports."""

    confirmed = Signal()  # Export pressed and the choices hold: start writing

    def __init__(self, context: Any, *, document: str, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.document = context, document
        self.suffix = ".ics" if document == "calendar" else ".pdf"
        self.setWindowTitle(title)
        language = context.ui_language
        self.meeting, self.team = QComboBox(), QComboBox()
        if document == "calendar":
            self.team.addItem(
                QCoreApplication.translate("MeetingExports", "The whole committee"), None
            )
            for team in list_teams(context.db):
                self.team.addItem(
                    f"{team.code} — {display_text(team, 'name', (language,))}", team.code
                )
        else:
            self._fill_meetings()
        self.languages = (QComboBox(), QComboBox())
        for combo, chosen in zip(self.languages, context.working_languages, strict=True):
            for code in LANGUAGES:
                combo.addItem(LANGUAGE_NAMES[code].get(language), code)
            combo.setCurrentIndex(LANGUAGES.index(chosen))
        self.path = QLineEdit()
        self._suggested = ""
        self.open_when_done = QCheckBox(
            QCoreApplication.translate("MeetingExports", "Open the file when it is written")
        )
        self.open_when_done.setChecked(
            str(context.settings.value(OPEN_WHEN_DONE_KEY, "true")).lower() == "true"
        )
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("MeetingExports", "Export")
        )
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(language)
        self.meeting.currentIndexChanged.connect(self._suggest_name)
        self.team.currentIndexChanged.connect(self._suggest_name)
        self._suggest_name()

    def _fill_meetings(self) -> None:
        """Every meeting, those the document is for first (planned ones for an agenda)."""
        wanted = MeetingState.planned if self.document == "agenda" else MeetingState.held
        every = meetings.list_meetings(self.context.db)
        ordered = [m for m in every if m.state is wanted] + [
            m for m in every if m.state is not wanted
        ]
        ui = self.context.ui_language
        for meeting in ordered:
            teams = ",".join(t.code for t in _teams_of(self.context, meeting.id))
            parts = [meeting.held_on.isoformat(), enum_label(meeting.kind, ui)]
            parts += [teams] if teams else []
            parts.append(enum_label(meeting.state, ui))
            # Qt keeps strings as item data faithfully (tuples it does not).
            self.meeting.addItem(" · ".join(parts), f"{meeting.held_on}/{teams.split(',')[0]}")

    def _lay_out(self, language: str) -> None:
        form = QFormLayout()
        if self.document == "calendar":
            form.addRow(field_label("team", language), self.team)
        else:
            form.addRow(field_label("meeting", language), self.meeting)
        pair = QHBoxLayout()
        pair.addWidget(self.languages[0])
        pair.addWidget(QLabel("+"))
        pair.addWidget(self.languages[1])
        form.addRow(QCoreApplication.translate("MeetingExports", "Languages side by side"), pair)
        form.addRow(QCoreApplication.translate("MeetingExports", "File"), self.path)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_when_done)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(600, self.sizeHint().height())

    def chosen_meeting(self) -> tuple[date, str | None] | None:
        """The meeting's date and a team of it (for a day of two meetings)."""
        data = self.meeting.currentData()
        if not isinstance(data, str) or "/" not in data:
            return None
        day, team = data.split("/", 1)
        return date.fromisoformat(day), team or None

    def chosen_languages(self) -> tuple[str, str]:
        return (self.languages[0].currentData(), self.languages[1].currentData())

    def output(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _suggest_name(self) -> None:
        """A name that says what is inside, in the last folder; a typed one is left alone."""
        current = self.path.text().strip()
        if current and current != self._suggested:
            return
        if self.document == "calendar":
            name = f"calendar-{self.team.currentData() or 'committee'}.ics"
        else:
            chosen = self.chosen_meeting()
            name = f"{self.document}-{chosen[0].isoformat() if chosen else 'meeting'}.pdf"
        folder = Path(current).parent if current else Path(last_folder(self.context.settings))
        self._suggested = str(folder / name)
        self.path.setText(self._suggested)

    def check_and_accept(self) -> None:
        """Export when the choices hold; the dialog stays open until the file is written (as
        the other exports' dialog does), so a failed export can be tried again."""
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            return
        self.error.setText("")
        self.confirmed.emit()

    def written(self) -> None:
        remember_folder(self.context.settings, self.output())
        done = "true" if self.open_when_done.isChecked() else "false"
        self.context.settings.setValue(OPEN_WHEN_DONE_KEY, done)
        self.accept()

    def failed(self, message: str) -> None:
        self.error.setText(message)
        self.path.setFocus()

    def _problem(self) -> str:
        if self.document != "calendar" and self.chosen_meeting() is None:
            return QCoreApplication.translate(
                "MeetingExports", "There is no meeting to export yet."
            )
        first, second = self.chosen_languages()
        if first == second:
            return QCoreApplication.translate("MeetingExports", "Choose two different languages.")
        path = self.output()
        if not self.path.text().strip() or path.suffix.lower() != self.suffix:
            return QCoreApplication.translate(
                "MeetingExports", "The file name must end in {suffix}."
            ).format(suffix=self.suffix)
        if not path.parent.is_dir():
            return QCoreApplication.translate(
                "MeetingExports", "The folder {folder} does not exist."
            ).format(folder=path.parent)
        return ""


def _teams_of(context: Any, meeting_id: Any) -> list[Any]:
    wanted = set(meetings.teams_of_meeting(context.db, meeting_id))
    return [team for team in list_teams(context.db) if team.id in wanted]


def _pages(count: int) -> str:
    return (
        QCoreApplication.translate("MeetingExports", "Wrote {path} (1 page).")
        if count == 1
        else QCoreApplication.translate("MeetingExports", "Wrote {path} ({count} pages).")
    )


def _events(count: int) -> str:
    return (
        QCoreApplication.translate("MeetingExports", "Wrote {path} (1 event).")
        if count == 1
        else QCoreApplication.translate("MeetingExports", "Wrote {path} ({count} events).")
    )


def export_meeting_document(window: Any, document: str) -> MeetingExportDialog:
    """File → Export agenda… / Export minutes…: one meeting's bilingual PDF."""
    context = _context(window)
    title = (
        QCoreApplication.translate("MeetingExports", "Export agenda")
        if document == "agenda"
        else QCoreApplication.translate("MeetingExports", "Export minutes")
    )
    dialog = MeetingExportDialog(context, document=document, title=title, parent=window)

    def start() -> None:
        from exports.pdf.agenda import write_agenda
        from exports.pdf.minutes import write_minutes

        chosen = dialog.chosen_meeting()
        assert chosen is not None  # checked before the dialog accepted
        day, team = chosen
        languages = dialog.chosen_languages()
        write = write_agenda if document == "agenda" else write_minutes
        run_export(
            window,
            dialog,
            title,
            lambda path: write(context.db, path, meeting=day, team=team, languages=languages),
            _pages,
        )

    dialog.confirmed.connect(start)
    dialog.open()
    return dialog


def export_calendar(window: Any) -> MeetingExportDialog:
    """File → Export calendar…: conferences, meetings and due dates as an .ics file."""
    context = _context(window)
    title = QCoreApplication.translate("MeetingExports", "Export calendar")
    dialog = MeetingExportDialog(context, document="calendar", title=title, parent=window)

    def start() -> None:
        from exports.ics import write_calendar

        team, languages = dialog.team.currentData(), dialog.chosen_languages()
        run_export(
            window,
            dialog,
            title,
            lambda path: write_calendar(context.db, path, team=team, languages=languages),
            _events,
        )

    dialog.confirmed.connect(start)
    dialog.open()
    return dialog
