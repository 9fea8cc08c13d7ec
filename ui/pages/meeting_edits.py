"""The Meetings page's undoable edits of a logged meeting: logging one (with the plan status
updates decided at it), editing one, and deleting one after asking whether the status changes
decided at it stay in the plans' histories or are taken back with it.

The texts are the page's own: they are filed under its name ("MeetingsPage") for Qt Linguist,
as they were while the page made these edits itself."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from secretariat.models import Meeting
from secretariat.services import meetings
from secretariat.services.meetings import DecidedChange
from ui.context import MEETINGS, PLANS, AppContext
from ui.dialogs.meeting_form import MeetingInput
from ui.pages.record_operations import update_edit
from ui.undo import Edit

Values = dict[str, Any]


class DeleteChoice(Enum):
    """What becomes of the status changes decided at a deleted meeting."""

    KEEP = "keep"  # they stay in the plans' histories, without the meeting
    TAKE_BACK = "take_back"  # undone with it: the plans' statuses go back


def log_edit(context: AppContext, typed: MeetingInput) -> Edit:
    """Log a meeting and its status updates; undo takes both back, redo puts the same
    meeting (same id) back. Applied, it returns the meeting's id."""
    db = context.db
    plan_ids = [update.plan_id for update in typed.status_updates]
    progress_before = meetings.plan_progress(db, plan_ids)
    state: dict[str, Any] = {}

    def apply() -> uuid.UUID:
        if "logged" in state:
            meetings.relog_meeting(db, state["logged"])
            del state["logged"]
        elif "id" not in state:
            meeting, _changes = meetings.log_meeting(
                db, typed.fields, team_ids=typed.team_ids, status_updates=typed.status_updates
            )
            state["id"] = meeting.id
        return state["id"]  # type: ignore[no-any-return]

    def revert() -> None:
        state["logged"] = meetings.unlog_meeting(db, state["id"], progress_before=progress_before)

    kinds = [MEETINGS, PLANS] if plan_ids else [MEETINGS]
    text = QCoreApplication.translate("MeetingsPage", "Log the meeting of {date}")
    return Edit(context, text.format(date=typed.fields["held_on"]), apply, revert, kinds)


def change_edit(context: AppContext, meeting_id: uuid.UUID, typed: MeetingInput) -> Edit:
    """Save the form's changes to a meeting (its teams travel with the fields, as the MOUs'
    do); undo puts back what it had before."""
    db = context.db

    def update(record_id: uuid.UUID, changes: Values) -> tuple[Any, Values]:
        fields = dict(changes)
        team_ids = fields.pop("team_ids", None)
        return meetings.update_meeting(db, record_id, fields, team_ids=team_ids)

    text = QCoreApplication.translate("MeetingsPage", "Edit the meeting of {date}")
    changes = {**typed.fields, "team_ids": typed.team_ids}
    date = typed.fields["held_on"]
    return update_edit(context, MEETINGS, text.format(date=date), meeting_id, update, changes)


def delete_edit(
    context: AppContext, meeting: Meeting, decided: Sequence[DecidedChange], choice: DeleteChoice
) -> Edit:
    """Delete a meeting (`decided`: the status changes decided at it); undo restores it, and
    links the changes kept back to it."""
    db, meeting_id = context.db, meeting.id
    change_ids = [change.change_id for change in decided]
    state: dict[str, Any] = {}
    if choice is DeleteChoice.TAKE_BACK:

        def apply() -> None:
            state["logged"] = meetings.unlog_meeting(db, meeting_id)

        def revert() -> None:
            meetings.relog_meeting(db, state["logged"])

    else:

        def apply() -> None:
            state["values"] = meetings.delete_meeting(db, meeting_id)

        def revert() -> None:
            meetings.restore_meeting(db, state["values"], change_ids=change_ids)

    kinds = [MEETINGS, PLANS] if decided else [MEETINGS]
    return Edit(context, delete_text(meeting), apply, revert, kinds)


def delete_text(meeting: Meeting) -> str:
    text = QCoreApplication.translate("MeetingsPage", "Delete the meeting of {date}")
    return text.format(date=meeting.held_on)


def confirm_delete(parent: QWidget, meeting: Meeting, decided: int) -> DeleteChoice | None:
    """Ask before deleting; with status updates, whether to take them back as well (None:
    cancelled)."""
    destructive = QMessageBox.ButtonRole.DestructiveRole
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MeetingsPage", "Delete meeting"))
    question = QCoreApplication.translate("MeetingsPage", "Delete the meeting of {date}?")
    box.setText(question.format(date=meeting.held_on))
    keep = box.addButton(QCoreApplication.translate("MeetingsPage", "Delete"), destructive)
    take_back: QPushButton | None = None
    if decided:
        box.setInformativeText(
            QCoreApplication.translate(
                "MeetingsPage",
                "{count} plan status changes were decided at it. They can stay in the "
                "plans' histories (without the meeting), or be taken back with it.",
            ).format(count=decided)
        )
        keep.setText(QCoreApplication.translate("MeetingsPage", "Delete, keep the status changes"))
        take_back_text = QCoreApplication.translate("MeetingsPage", "Delete and take them back")
        take_back = box.addButton(take_back_text, destructive)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return DeleteChoice.KEEP
    if take_back is not None and clicked is take_back:
        return DeleteChoice.TAKE_BACK
    return None
