"""The Meetings page's planning: plan a meeting with its agenda, change a planned one, and log
a planned meeting's outcomes against its agenda — each an undoable edit on the page's stack.
Kept beside the page (ui/pages/meetings.py) so the page itself stays the list."""

from __future__ import annotations

import html
import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from secretariat.models import Meeting, MeetingState
from secretariat.services import agenda, meetings
from secretariat.services.meeting_outcomes import hold_meeting, unhold_meeting
from ui.context import MEETINGS, PLANS, AppContext
from ui.dialogs.agenda import PlanMeetingDialog, PlannedInput
from ui.dialogs.meeting_outcomes import MeetingOutcomesDialog, OutcomesInput
from ui.pages.page_actions import WINDOW, page_action
from ui.undo import Edit, perform, without_version
from ui.widgets.agenda_editor import AgendaRow, first_text

if TYPE_CHECKING:  # the page imports this module
    from ui.pages.meetings import MeetingsPage


class MeetingPlanning(QObject):
    """Actions and dialogs for planned meetings, for one Meetings page."""

    def __init__(self, page: MeetingsPage) -> None:
        super().__init__(page)
        self.page = page
        # Window-wide while the page shows, as the page's own actions.
        self.plan_action = page_action(page, self.plan_new, "Ctrl+Shift+N", context=WINDOW)
        self.outcomes_action = page_action(page, self.log_selected, "Ctrl+L", context=WINDOW)

    @property
    def context(self) -> AppContext:
        return self.page.context

    def retranslate(self) -> None:
        self.plan_action.setText(self.tr("Plan meeting"))
        self.plan_action.setToolTip(self.tr("Plan a meeting and its agenda (Ctrl+Shift+N)"))
        self.outcomes_action.setText(self.tr("Log outcomes"))
        self.outcomes_action.setToolTip(
            self.tr("Log the selected planned meeting's outcomes against its agenda (Ctrl+L)")
        )

    def update_enabled(self, meeting_state: MeetingState | None) -> None:
        editable = not self.context.read_only
        self.plan_action.setEnabled(editable)
        self.outcomes_action.setEnabled(editable and meeting_state is MeetingState.planned)

    # -- dialogs ----------------------------------------------------------------------------

    def plan_new(self) -> QWidget | None:
        if self.context.read_only or self.page.form is not None:
            return None
        dialog = PlanMeetingDialog(self.context, self._plan, parent=self.page)
        self.page.open_form(dialog)
        return dialog

    def edit_planned(self, meeting: Meeting) -> QWidget:
        db = self.context.db
        dialog = PlanMeetingDialog(
            self.context,
            lambda typed: self._replan(meeting.id, typed),
            meeting=meeting,
            team_ids=meetings.teams_of_meeting(db, meeting.id),
            items=agenda.agenda_of(db, meeting.id),
            parent=self.page,
        )
        self.page.open_form(dialog)
        return dialog

    def log_selected(self) -> QWidget | None:
        meeting_id = self.page.selected_id()
        if meeting_id is None or self.page.form is not None or self.context.read_only:
            return None
        meeting = meetings.get_meeting(self.context.db, meeting_id)
        if meeting.state is not MeetingState.planned:
            return None
        dialog = MeetingOutcomesDialog(
            self.context,
            lambda typed: self._hold(meeting, typed),
            meeting=meeting,
            items=agenda.agenda_of(self.context.db, meeting_id),
            parent=self.page,
        )
        self.page.open_form(dialog)
        return dialog

    # -- undoable edits ---------------------------------------------------------------------

    def _plan(self, typed: PlannedInput) -> None:
        db = self.context.db
        state: dict[str, Any] = {}

        def apply() -> uuid.UUID:
            if "values" in state:
                meetings.restore_meeting(db, state.pop("values"))
            else:
                meeting = agenda.plan_meeting(
                    db, typed.fields, team_ids=typed.team_ids, items=typed.items
                )
                state["id"] = meeting.id
            return state["id"]  # type: ignore[no-any-return]

        def revert() -> None:
            state["values"] = meetings.delete_meeting(db, state["id"])

        text = self.tr("Plan the meeting of {date}").format(date=typed.fields["held_on"])
        meeting_id = perform(
            self.page.undo_stack, Edit(self.context, text, apply, revert, [MEETINGS])
        )
        self.page.select(meeting_id)

    def _replan(self, meeting_id: uuid.UUID, typed: PlannedInput) -> None:
        db = self.context.db
        before = meetings.get_meeting(db, meeting_id)
        previous = PlannedInput(
            fields={name: getattr(before, name) for name in typed.fields if name != "version"},
            team_ids=meetings.teams_of_meeting(db, meeting_id),
            items=[AgendaRow.of_entry(e).draft() for e in agenda.agenda_of(db, meeting_id)],
        )
        first = {"done": False}

        def apply() -> None:
            fields = typed.fields if not first["done"] else without_version(typed.fields)
            first["done"] = True
            agenda.replan_meeting(
                db, meeting_id, fields, team_ids=typed.team_ids, items=typed.items
            )

        def revert() -> None:
            agenda.replan_meeting(
                db,
                meeting_id,
                previous.fields,
                team_ids=previous.team_ids,
                items=previous.items,
            )

        text = self.tr("Change the planned meeting of {date}").format(date=typed.fields["held_on"])
        perform(self.page.undo_stack, Edit(self.context, text, apply, revert, [MEETINGS]))

    def _hold(self, meeting: Meeting, typed: OutcomesInput) -> None:
        db = self.context.db
        plan_ids = [e.plan_id for e in agenda.agenda_of(db, meeting.id) if e.plan_id]
        progress = meetings.plan_progress(db, plan_ids)
        state: dict[str, Any] = {}

        def apply() -> None:
            fields = typed.fields if "held" not in state else without_version(typed.fields)
            state["held"], _changes = hold_meeting(
                db,
                meeting.id,
                fields,
                item_outcomes=typed.item_outcomes,
                progress_before=progress,
            )

        def revert() -> None:
            unhold_meeting(db, state["held"])

        text = self.tr("Log the outcomes of the meeting of {date}").format(date=meeting.held_on)
        perform(self.page.undo_stack, Edit(self.context, text, apply, revert, [MEETINGS, PLANS]))
        self.page.select(meeting.id)

    # -- what the page shows ----------------------------------------------------------------

    def screenshot_dialogs(self, key: str) -> list[tuple[str, Any]]:
        """For `make screenshots`: a meeting being planned with its proposed agenda, and a
        planned meeting's outcomes being logged against its agenda."""

        def planning() -> QWidget:
            dialog = self.plan_new()
            if isinstance(dialog, PlanMeetingDialog):
                first = dialog.teams.item(0)
                if first is not None:
                    first.setCheckState(Qt.CheckState.Checked)
                dialog.start_time.setText("10:00")
                dialog.venue.setText("동주시청 3층 회의실 / 东州市政厅三楼会议室")
                dialog.agenda.propose()
                dialog._initial = dialog._state()  # shown, not typed: closes without asking
            return dialog or self.page

        def outcomes() -> QWidget:
            ahead = agenda.next_meetings(self.context.db, as_of=date.today(), limit=1)
            if ahead:
                self.page.select(ahead[0].id)
            return self.log_selected() or self.page

        return [(f"{key}-plan", planning), (f"{key}-outcomes", outcomes)]

    def agenda_html(self, meeting: Meeting) -> str:
        """The agenda under the meeting's details: each item and, once held, its outcome."""
        entries = agenda.agenda_of(self.context.db, meeting.id)
        if not entries:
            return ""
        languages = self.context.display_languages()
        heading = html.escape(self.tr("Agenda"))
        parts = [f"<p><b>{heading}</b></p><ol>"]
        for entry in entries:
            if entry.plan_id is not None:
                text = f"{entry.plan_ref} {first_text(entry.plan_titles, languages)}"
            else:
                text = first_text(entry.topics, languages)
            outcome = first_text(entry.outcomes, languages)
            extra = f"<br><i>{html.escape(outcome)}</i>" if outcome else ""
            parts.append(f"<li>{html.escape(text)}{extra}</li>")
        parts.append("</ol>")
        return "".join(parts)
