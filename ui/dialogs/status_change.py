""" "Change status…" for one or many plans: the new status, the date (today unless told), a
note and, optionally, the meeting where it was decided. Saved in one transaction; every plan
gets its history row."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from secretariat.labels import enum_label
from secretariat.models import PlanStatus
from secretariat.services import meetings
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.form_fields import DateField, EnumCombo, KeyedCombo

SHOWN_REFS = 12  # the list of plans is cut after this many references

NEXT_STATUS = {
    PlanStatus.agreed: PlanStatus.in_progress,
    PlanStatus.in_progress: PlanStatus.implemented,
    PlanStatus.on_hold: PlanStatus.in_progress,
}


class StatusChangeDialog(RecordDialog):
    """`refs` name the plans; `statuses` are their current ones (to propose the next)."""

    def __init__(
        self,
        context: AppContext,
        refs: list[str],
        statuses: list[PlanStatus],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        language = context.ui_language
        self._statuses = statuses
        self.plans_label = QLabel(self._describe_plans(refs))
        self.plans_label.setWordWrap(True)
        self.status = EnumCombo(PlanStatus, language)
        if len(set(statuses)) == 1:
            self.status.set_value(NEXT_STATUS.get(statuses[0], statuses[0]))
        self.status.currentIndexChanged.connect(self._update_hint)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #64748b;")
        self.hint.setWordWrap(True)
        self.changed_on = DateField()
        self.changed_on.set_date(date.today())
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.meeting = KeyedCombo()
        self._meeting_dates: dict[Any, date] = {}
        self._offer_meetings()
        self.meeting.currentIndexChanged.connect(self._meeting_chosen)
        form = self.form
        form.add_row("plans", lambda: self.label("plan"), self.plans_label)
        form.add_row(("status", "to_status"), lambda: self.label("status"), self.status)
        form.add_row("hint", lambda: "", self.hint)
        form.add_row("changed_on", lambda: self.label("date"), self.changed_on)
        form.add_row("note", lambda: self.label("note"), self.note)
        form.add_row("meeting_id", lambda: self.label("meeting"), self.meeting)
        self.save_button().setText(self.tr("Change status"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.setWindowTitle(self.tr("Change status"))
        self._update_hint()
        self.resize(620, 420)

    def values(self) -> dict[str, Any]:
        return {
            "to_status": self.status.value(),
            "changed_on": self.changed_on.value(),
            "note": self.note.toPlainText(),
            "meeting_id": self.meeting.value(),
        }

    def _describe_plans(self, refs: list[str]) -> str:
        shown = ", ".join(refs[:SHOWN_REFS])
        if len(refs) > SHOWN_REFS:
            shown += " " + self.tr("and {count} more").format(count=len(refs) - SHOWN_REFS)
        return self.tr("%n plan(s): {refs}", "", len(refs)).format(refs=shown)

    def _offer_meetings(self) -> None:
        choices = []
        for meeting in meetings.list_meetings(self.context.db):
            kind = enum_label(meeting.kind, self.language)
            venue = f" · {meeting.venue}" if meeting.venue else ""
            choices.append((f"{meeting.held_on.isoformat()} · {kind}{venue}", meeting.id))
            self._meeting_dates[meeting.id] = meeting.held_on
        self.meeting.set_choices(choices, self.tr("(not decided at a meeting)"))

    def _meeting_chosen(self) -> None:
        """A status decided at a meeting dates from the meeting, unless typed otherwise."""
        held_on = self._meeting_dates.get(self.meeting.value())
        if held_on is not None:
            self.changed_on.set_date(held_on)

    def _update_hint(self) -> None:
        target = self.status.value()
        unchanged = sum(1 for status in self._statuses if status == target)
        if unchanged:
            self.hint.setText(
                self.tr(
                    "{count} of the plans already have this status and stay as they are."
                ).format(count=unchanged)
            )
        else:
            self.hint.setText("")
