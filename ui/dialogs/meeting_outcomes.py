"""Logging a planned meeting's outcomes, starting from its agenda: who came, a summary, and for
each item its outcome in the working languages, the follow-up date and, for a plan, the status
decided. Saved through the page in one transaction (services/meeting_outcomes.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import SecretariatError, ValidationError
from secretariat.labels import enum_label, field_label
from secretariat.models import LANGUAGES, Meeting, PlanStatus
from secretariat.services.agenda import AgendaEntry
from secretariat.services.meeting_outcomes import ItemOutcome
from ui.context import AppContext
from ui.widgets.agenda_editor import first_text
from ui.widgets.form_fields import DateField, EnumCombo
from ui.widgets.multilingual import MultilingualEdit
from ui.widgets.record_form import ERROR_STYLE, RecordForm
from ui.widgets.screen_fit import fitting_size

OUTCOME_HEIGHT = 80  # pixels of an item's outcome editor


@dataclass
class OutcomesInput:
    """What the dialog hands the page to save."""

    fields: dict[str, Any]
    item_outcomes: list[ItemOutcome] = field(default_factory=list)


class ItemRow(QFrame):
    """One agenda item: what it is, and the editors for what was decided on it."""

    def __init__(self, context: AppContext, entry: AgendaEntry) -> None:
        super().__init__()
        self.entry = entry
        self.setFrameShape(QFrame.Shape.StyledPanel)
        ui, working = context.ui_language, context.working_languages
        languages = context.display_languages()
        if entry.plan_id is not None:
            title = f"{entry.position}. {entry.plan_ref} {first_text(entry.plan_titles, languages)}"
            if entry.plan_status is not None:
                title += f" — {enum_label(entry.plan_status, ui)}"
        else:
            title = f"{entry.position}. {first_text(entry.topics, languages)}"
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold")
        self.outcome = MultilingualEdit("outcome", working, ui, multiline=True)
        self.outcome.set_values({f"outcome_{lang}": text for lang, text in entry.outcomes.items()})
        for language in LANGUAGES:  # a few lines each: many items fit on the screen
            self.outcome.editor(language).setMaximumHeight(OUTCOME_HEIGHT)
        self.follow_up = DateField()
        self.follow_up.set_date(entry.follow_up_due)
        self.status = EnumCombo(PlanStatus, ui, empty_label="")
        self.note = QLineEdit()
        self._lay_out(ui, entry.plan_id is not None)

    def _lay_out(self, ui: str, is_plan: bool) -> None:
        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 4)
        grid.addWidget(self.outcome, 1, 0, 1, 4)
        self.follow_up_label = QLabel(field_label("follow_up_due", ui))
        grid.addWidget(self.follow_up_label, 2, 0)
        grid.addWidget(self.follow_up, 2, 1)
        self.status_label = QLabel()
        self.note_label = QLabel(field_label("note", ui))
        if is_plan:
            grid.addWidget(self.status_label, 3, 0)
            grid.addWidget(self.status, 3, 1)
            grid.addWidget(self.note_label, 3, 2)
            grid.addWidget(self.note, 3, 3)
        else:
            for widget in (self.status, self.note, self.status_label, self.note_label):
                widget.hide()
        grid.setColumnStretch(3, 1)

    def outcome_of(self) -> ItemOutcome:
        texts = {name.rsplit("_", 1)[1]: text for name, text in self.outcome.values().items()}
        return ItemOutcome(
            self.entry.item_id,
            texts,
            self.follow_up.date(),
            self.status.value(),
            self.note.text().strip(),
        )


class MeetingOutcomesDialog(QDialog):
    """The outcomes of a planned meeting, item by item."""

    def __init__(
        self,
        context: AppContext,
        save: Callable[[OutcomesInput], None],
        *,
        meeting: Meeting,
        items: Iterable[AgendaEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.meeting, self._save = context, meeting, save
        ui = context.ui_language
        self.form = RecordForm()
        self.attendees = QLineEdit(meeting.attendees)
        self.summary = MultilingualEdit("outcomes", context.working_languages, ui, multiline=True)
        self.summary.set_values(meeting)
        self.form.add_row("attendees", lambda: field_label("attendees", self.ui()), self.attendees)
        self.form.add_row("outcomes", lambda: field_label("outcomes", self.ui()), self.summary)
        self.rows = [ItemRow(context, entry) for entry in items]
        self._build_layout()
        self.resize(fitting_size(self, 980, 860))
        self.retranslate()
        self._initial = self._state()

    def ui(self) -> str:
        return self.context.ui_language

    def _build_layout(self) -> None:
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.form)
        self.agenda_label = QLabel()
        self.agenda_label.setStyleSheet("font-weight: bold")
        column.addWidget(self.agenda_label)
        for row in self.rows:
            column.addWidget(row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
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
        self.attendees.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        title = self.tr("Outcomes of the meeting of {date}")
        self.setWindowTitle(title.format(date=self.meeting.held_on))
        self.agenda_label.setText(field_label("agenda", self.ui()))
        for row in self.rows:
            row.status_label.setText(self.tr("Status decided"))
            row.status.set_language(self.ui(), self.tr("(no change)"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cancel"))

    def values(self) -> OutcomesInput:
        fields = {
            "attendees": self.attendees.text(),
            **self.summary.values(),
            "version": self.meeting.version,
        }
        return OutcomesInput(fields, [row.outcome_of() for row in self.rows])

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

    def _state(self) -> tuple[Any, ...]:
        return tuple(repr(value) for value in (self.values().fields, self.values().item_outcomes))

    def has_changes(self) -> bool:
        return self._state() != self._initial

    def reject(self) -> None:
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard the outcomes you typed for this meeting?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
