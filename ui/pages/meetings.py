"""The Meetings page: meetings between conferences, newest first, with search and a team
filter; the meeting form to log one fast; undo of logging, editing and deleting.

On the list pages' skeleton (`record_table.RecordTable`, `page_actions`): flat actions on a
toolbar and in the table's context menu, the filters under them, the list with its header
menu, saved columns and selection kept across reloads, the count under it. Under the list,
the selected meeting's details (written by `meeting_details`). The undoable edits of logged
meetings are made by `meeting_edits`, those of planned meetings by `meeting_planning`."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, Slot
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import NotFoundError, SecretariatError
from secretariat.models import MeetingState
from secretariat.services import meetings, teams
from secretariat.services.list_queries import MeetingFilter
from secretariat.text import display_text
from ui.context import CONFERENCES, EVERYTHING, MEETINGS, PLANS, PROFILE, TEAMS, AppContext
from ui.dialogs.agenda import PlanMeetingDialog
from ui.dialogs.meeting_form import MeetingForm, MeetingInput
from ui.dialogs.meeting_outcomes import MeetingOutcomesDialog
from ui.models.meetings import meeting_spec
from ui.models.sql_table import SqlTableModel
from ui.pages.base import Page
from ui.pages.meeting_details import meeting_html, no_meeting_html
from ui.pages.meeting_edits import change_edit, confirm_delete, delete_edit, delete_text, log_edit
from ui.pages.meeting_planning import MeetingPlanning
from ui.pages.page_actions import WINDOW, Layout, attach_context_menu, page_action, page_toolbar
from ui.pages.record_table import RecordTable
from ui.undo import UndoActions, perform
from ui.widgets.form_fields import KeyedCombo
from ui.widgets.search_box import SearchBox

WATCHED = {MEETINGS, PLANS, TEAMS, CONFERENCES, PROFILE, EVERYTHING}
SEARCH_DELAY_MS = 200
NEWEST_FIRST = (0, Qt.SortOrder.DescendingOrder)  # by date

# The page opens one at a time: a meeting's form, or a planned meeting's dialogs.
MeetingDialog = MeetingForm | PlanMeetingDialog | MeetingOutcomesDialog


class MeetingsPage(Page):
    key = "meetings"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.filters = MeetingFilter()
        self.model = SqlTableModel(context.db, meeting_spec(context, self.filters), self)
        self.form: MeetingDialog | None = None  # the open form or planning dialog, if any
        self._stale = True
        self._sized = False  # columns fitted to their contents once (unless restored)
        self._build_actions()
        self._build_widgets()
        self.retranslate()
        self.apply_read_only(context.read_only)
        context.data_changed.connect(self._data_changed)
        context.ui_language_changed.connect(lambda _language: self.retranslate())

    # -- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        # Window-wide, but only while this page shows (hidden pages' shortcuts are inactive).
        standard = QKeySequence.StandardKey
        self.new_action = page_action(self, self.new_meeting, standard.New, context=WINDOW)
        self.open_action = page_action(self, self.open_selected, "Ctrl+E", context=WINDOW)
        self.delete_action = page_action(
            self, self.delete_selected, standard.Delete, context=WINDOW
        )
        self.find_action = page_action(self, self.focus_search, standard.Find, context=WINDOW)
        self.undo_actions = UndoActions(self.undo_stack, self)
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo
        self.planning = MeetingPlanning(self)  # planned meetings, their agendas and outcomes

    def _actions_layout(self) -> Layout:
        return [
            self.new_action,
            self.planning.plan_action,
            self.planning.outcomes_action,
            self.open_action,
            self.delete_action,
            None,
            self.undo_action,
            self.redo_action,
        ]

    def _build_widgets(self) -> None:
        self.search = SearchBox(SEARCH_DELAY_MS)
        self.search.paused.connect(self._apply_filters)
        self.team_filter = KeyedCombo()
        self.team_filter.currentIndexChanged.connect(lambda _index: self._apply_filters())
        self.count_label = QLabel()
        self.toolbar = page_toolbar(self._actions_layout())
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.team_filter, 1)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.count_label)
        self.table = self._make_table()
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

    def _make_table(self) -> RecordTable:
        # The outcomes, last, take the width that is left (the record table stretches it).
        table = RecordTable(self.model, multiple=False, sorted_by=NEWEST_FIRST)
        attach_context_menu(self, table, self._actions_layout())
        table.activated.connect(lambda _index: self.open_selected())
        table.selectionModel().selectionChanged.connect(lambda *_args: self._show_details())
        table.selection_kept.connect(self._show_details)
        self.model.reloaded.connect(self._after_reload)
        return table

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("New meeting"))
        self.new_action.setToolTip(self.tr("Log a meeting (Ctrl+N)"))
        self.open_action.setText(self.tr("Open") if self.context.read_only else self.tr("Edit"))
        self.delete_action.setText(self.tr("Delete"))
        self.undo_actions.update()
        self.planning.retranslate()
        self.search.setPlaceholderText(self.tr("Search outcomes, attendees and venues (Ctrl+F)"))
        self._fill_team_filter()
        self.model.retranslate()
        self._update_count()
        self._show_details()

    def _fill_team_filter(self) -> None:
        languages = self.context.display_languages()
        choices = [
            (f"{team.code} — {display_text(team, 'name', languages)}", team.id)
            for team in teams.list_teams(self.context.db)
        ]
        self.team_filter.blockSignals(True)
        self.team_filter.set_choices(choices, empty_label=self.tr("All teams"))
        self.team_filter.blockSignals(False)

    # -- showing ----------------------------------------------------------------------------

    def activated(self) -> None:
        super().activated()
        if self._stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the meetings again (the table keeps the selected one selected)."""
        self._stale = False
        self.model.reload()  # reloaded -> _after_reload

    def _after_reload(self) -> None:
        if not self._sized and self.model.rowCount():  # once: later reloads keep the widths
            self._sized = True
            self.table.fit_columns()
        self._update_count()

    @Slot(str)
    def _data_changed(self, kind: str) -> None:
        if kind not in WATCHED:
            return
        if kind in (TEAMS, PROFILE, EVERYTHING):
            self._fill_team_filter()
        self._stale = True
        if self.isVisible():
            self.reload()

    def _apply_filters(self) -> None:
        self.search.stop_delay()
        self.filters.search = self.search.text()
        self.filters.team_id = self.team_filter.value()
        self.reload()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n meeting(s)", "", self.model.rowCount()))

    def selected_id(self) -> uuid.UUID | None:
        return self.table.current_id()

    def select(self, meeting_id: uuid.UUID) -> None:
        self.table.select_ids([meeting_id], meeting_id)

    def _show_details(self) -> None:
        meeting_id = self.selected_id()
        self.planning.update_enabled(None)
        if meeting_id is None:
            self.details.setHtml(no_meeting_html())
            return
        db = self.context.db
        try:
            meeting = meetings.get_meeting(db, meeting_id)
        except NotFoundError:  # deleted meanwhile: the next reload drops the row
            self.details.clear()
            return
        self.planning.update_enabled(meeting.state)
        decided = meetings.decided_at(db, meeting.id)
        agenda = self.planning.agenda_html(meeting)
        self.details.setHtml(meeting_html(self.context, meeting, decided, agenda))

    def focus_search(self) -> None:
        self.search.focus()

    # -- read-only --------------------------------------------------------------------------

    def apply_read_only(self, read_only: bool) -> None:
        self.new_action.setEnabled(not read_only)
        self.delete_action.setEnabled(not read_only)
        self.undo_action.setVisible(not read_only)
        self.redo_action.setVisible(not read_only)
        self.open_action.setText(self.tr("Open") if read_only else self.tr("Edit"))
        self.planning.update_enabled(None)

    # -- the form ---------------------------------------------------------------------------

    def new_meeting(self) -> MeetingForm | None:
        if self.context.read_only or self.form is not None:
            return None
        form = MeetingForm(self.context, self._log, parent=self)
        self.open_form(form)
        return form

    def open_selected(self) -> QWidget | None:
        """The selected meeting's form (read-only in a read-only database); a planned one's
        planning dialog."""
        meeting_id = self.selected_id()
        if meeting_id is None or self.form is not None:
            return None
        db = self.context.db
        meeting = meetings.get_meeting(db, meeting_id)
        if meeting.state is MeetingState.planned and not self.context.read_only:
            return self.planning.edit_planned(meeting)
        form = MeetingForm(
            self.context,
            lambda typed: self._edit(meeting_id, typed),
            meeting=meeting,
            team_ids=meetings.teams_of_meeting(db, meeting_id),
            decided=meetings.decided_at(db, meeting_id),
            read_only=self.context.read_only,
            parent=self,
        )
        self.open_form(form)
        return form

    def open_form(self, form: MeetingDialog) -> None:
        """Open the form (or a planning dialog) as the page's one form."""
        self.form = form
        form.finished.connect(self._form_closed)
        form.open()
        form.activateWindow()  # the keyboard goes to the form at once

    def _form_closed(self, _result: int) -> None:
        if self.form is not None:
            self.form.deleteLater()
        self.form = None
        self.window().activateWindow()  # back to the list (without a window manager too)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def may_close(self) -> bool:
        """Typed meeting input is never closed away silently."""
        if self.form is None or not self.form.has_changes():
            return True
        self.form.reject()  # asks whether to discard
        return self.form is None or self.form.isHidden()

    # -- undoable edits ---------------------------------------------------------------------

    def _log(self, typed: MeetingInput) -> None:
        meeting_id = perform(self.undo_stack, log_edit(self.context, typed))
        self.select(meeting_id)

    def _edit(self, meeting_id: uuid.UUID, typed: MeetingInput) -> None:
        perform(self.undo_stack, change_edit(self.context, meeting_id, typed))

    def delete_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None or self.context.read_only:
            return
        meeting = meetings.get_meeting(self.context.db, meeting_id)
        decided = meetings.decided_at(self.context.db, meeting_id)
        choice = confirm_delete(self, meeting, len(decided))
        if choice is None:
            return
        try:
            perform(self.undo_stack, delete_edit(self.context, meeting, decided, choice))
        except SecretariatError as error:  # refused (a plan changed again): nothing deleted
            QMessageBox.warning(self, delete_text(meeting), str(error))

    # -- screenshots and remembered state ---------------------------------------------------

    def prepare_screenshot(self) -> None:
        """For `make screenshots`: the latest meeting that decided status updates, shown."""
        column = self.model.column_keys().index("updates")
        for row in range(self.model.rowCount()):
            if self.model.index(row, column).data():
                self.table.selectRow(row)
                break

    def screenshot_dialogs(self) -> list[tuple[str, Callable[[], QWidget]]]:
        """For `make screenshots`: a new meeting form, and a saved meeting with its updates."""

        def open_saved() -> QWidget:
            self.prepare_screenshot()
            return self.open_selected() or self

        return [
            (f"{self.key}-form", lambda: self.new_meeting() or self),
            (f"{self.key}-saved", open_saved),
            *self.planning.screenshot_dialogs(self.key),
        ]

    def save_state(self, settings: QSettings) -> None:
        self.table.save_state(settings, f"{self.key}/header")
        settings.setValue(f"{self.key}/splitter", self.splitter.saveState())
        team = self.team_filter.value()
        settings.setValue(f"{self.key}/team", str(team) if team else "")

    def restore_state(self, settings: QSettings) -> None:
        if self.table.restore_state(settings, f"{self.key}/header"):
            self._sized = True  # the widths the user left, not fitted again
        splitter = settings.value(f"{self.key}/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))
        team = settings.value(f"{self.key}/team")
        if team:
            with contextlib.suppress(ValueError):
                self.team_filter.set_value(uuid.UUID(str(team)))
        self._stale = True
