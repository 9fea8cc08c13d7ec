"""The Meetings page: meetings between conferences, newest first, with search and a team
filter; the meeting form to log one fast; undo of logging, editing and deleting."""

from __future__ import annotations

import contextlib
import html
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import NotFoundError, SecretariatError
from secretariat.labels import LANGUAGE_NAMES, enum_label, field_label
from secretariat.models import LANGUAGES, MeetingState
from secretariat.services import meetings, teams
from secretariat.services.list_queries import MeetingFilter
from secretariat.text import display_text, text_in
from ui.context import CONFERENCES, EVERYTHING, MEETINGS, PLANS, PROFILE, TEAMS, AppContext
from ui.dialogs.meeting_form import MeetingForm, MeetingInput
from ui.models.meetings import meeting_spec
from ui.models.sql_table import SqlTableModel
from ui.pages.base import Page
from ui.pages.meeting_planning import MeetingPlanning
from ui.undo import Edit, UndoActions, perform, without_version
from ui.widgets.form_fields import KeyedCombo
from ui.widgets.prepared_rows import paint_cells_prepared

WATCHED = {MEETINGS, PLANS, TEAMS, CONFERENCES, PROFILE, EVERYTHING}
SEARCH_DELAY_MS = 200


class MeetingsPage(Page):
    key = "meetings"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.filters = MeetingFilter()
        self.model = SqlTableModel(context.db, meeting_spec(context, self.filters), self)
        self.form: MeetingForm | None = None
        self._stale = True
        self._sized = False
        self._build_actions()
        self._build_widgets()
        self.retranslate()
        self.apply_read_only(context.read_only)
        context.data_changed.connect(self._data_changed)
        context.ui_language_changed.connect(lambda _language: self.retranslate())

    # -- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = self._action(self.new_meeting, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.open_selected, "Ctrl+E")
        self.delete_action = self._action(self.delete_selected, QKeySequence.StandardKey.Delete)
        self.find_action = self._action(self._focus_search, QKeySequence.StandardKey.Find)
        self.undo_actions = UndoActions(self.undo_stack, self)
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo
        self.planning = MeetingPlanning(self)  # planned meetings, their agendas and outcomes

    def _action(self, slot: Any, shortcut: QKeySequence.StandardKey | str) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        # Window-wide, but only while this page shows (hidden pages' shortcuts are inactive).
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _build_widgets(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.team_filter = KeyedCombo()
        self.team_filter.currentIndexChanged.connect(lambda _index: self._apply_filters())
        self.count_label = QLabel()
        # The other pages' skeleton: flat actions on a toolbar, the filters under it, the
        # list, and the count under the list on the right.
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions(
            [
                self.new_action,
                self.planning.plan_action,
                self.planning.outcomes_action,
                self.open_action,
                self.delete_action,
            ]
        )
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
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
        self.model.reloaded.connect(self._update_count)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        paint_cells_prepared(table)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)  # the outcomes take the width that is left
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        table.activated.connect(lambda _index: self.open_selected())
        table.selectionModel().selectionChanged.connect(lambda *_args: self._show_details())
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

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the meetings again, keeping the selected one selected."""
        selected = self.selected_id()
        self._stale = False
        self.model.reload()
        if not self._sized:  # once: later reloads keep the widths the user set
            self._sized = True
            self.table.resizeColumnsToContents()
            venue = self.model.column_keys().index("venue")
            self.table.setColumnWidth(venue, min(self.table.columnWidth(venue), 260))
        if selected is not None:
            self.select(selected)
        self._show_details()

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
        self._search_timer.stop()
        self.filters.search = self.search.text()
        self.filters.team_id = self.team_filter.value()
        self.reload()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n meeting(s)", "", self.model.rowCount()))

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.id_at(index.row())

    def select(self, meeting_id: uuid.UUID) -> None:
        row = self.model.row_of(meeting_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _show_details(self) -> None:
        meeting_id = self.selected_id()
        self.planning.update_enabled(None)
        if meeting_id is None:
            self.details.setHtml(
                "<p>" + html.escape(self.tr("Select a meeting to read its outcomes.")) + "</p>"
            )
            return
        try:
            meeting = meetings.get_meeting(self.context.db, meeting_id)
        except NotFoundError:  # deleted meanwhile: the next reload drops the row
            self.details.clear()
            return
        self.planning.update_enabled(meeting.state)
        self.details.setHtml(self._details_html(meeting))

    def _details_html(self, meeting: Any) -> str:
        ui = self.context.ui_language
        when = f"{meeting.held_on} {meeting.start_time}".strip()
        parts = [f"<h3>{when} · {html.escape(enum_label(meeting.kind, ui))}</h3>"]
        if meeting.state is MeetingState.planned:
            parts.append(f"<p><i>{html.escape(enum_label(meeting.state, ui))}</i></p>")
        working = self.context.working_languages
        for language in (*working, *(lang for lang in LANGUAGES if lang not in working)):
            text = text_in(meeting, "outcomes", language).strip()
            if not text and language not in working:
                continue
            name = html.escape(LANGUAGE_NAMES[language].get(ui))
            body = (
                html.escape(text).replace("\n", "<br>")
                if text
                else '<span style="color:#b45309">'
                + html.escape(self.tr("⚠ missing translation"))
                + "</span>"
            )
            parts.append(f"<p><b>{name}</b><br>{body}</p>")
        decided = meetings.decided_at(self.context.db, meeting.id)
        if decided:
            heading = html.escape(self.tr("Status updates"))
            parts.append(f"<p><b>{heading}</b></p><ul>")
            languages = self.context.display_languages()
            for change in decided:
                title = next(
                    (
                        change.plan_titles[lang]
                        for lang in languages
                        if change.plan_titles.get(lang)
                    ),
                    "",
                )
                before = enum_label(change.from_status, ui) if change.from_status else ""
                note = f" — {html.escape(change.note)}" if change.note else ""
                parts.append(
                    f"<li>{change.plan_ref} {html.escape(title)}: {html.escape(before)} → "
                    f"{html.escape(enum_label(change.to_status, ui))}{note}</li>"
                )
            parts.append("</ul>")
        parts.append(self.planning.agenda_html(meeting))
        if meeting.attendees:
            label = html.escape(field_label("attendees", ui))
            parts.append(f"<p><b>{label}</b>: {html.escape(meeting.attendees)}</p>")
        return "".join(parts)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

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
        return self._open_form(MeetingForm(self.context, self._log, parent=self))

    def open_selected(self) -> MeetingForm | None:
        meeting_id = self.selected_id()
        if meeting_id is None or self.form is not None:
            return None
        db = self.context.db
        meeting = meetings.get_meeting(db, meeting_id)
        if meeting.state is MeetingState.planned and not self.context.read_only:
            return self.planning.edit_planned(meeting)  # type: ignore[return-value]
        form = MeetingForm(
            self.context,
            lambda typed: self._edit(meeting_id, typed),
            meeting=meeting,
            team_ids=meetings.teams_of_meeting(db, meeting_id),
            decided=meetings.decided_at(db, meeting_id),
            read_only=self.context.read_only,
            parent=self,
        )
        return self._open_form(form)

    def _open_form(self, form: MeetingForm) -> MeetingForm:
        self.form = form
        form.finished.connect(self._form_closed)
        form.open()
        form.activateWindow()  # the keyboard goes to the form at once
        return form

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
        db = self.context.db
        plan_ids = [update.plan_id for update in typed.status_updates]
        progress_before = meetings.plan_progress(db, plan_ids)
        state: dict[str, Any] = {}

        def apply() -> uuid.UUID:
            if "logged" in state:
                meetings.relog_meeting(db, state["logged"])
                del state["logged"]
            elif "id" not in state:
                meeting, _changes = meetings.log_meeting(
                    db,
                    typed.fields,
                    team_ids=typed.team_ids,
                    status_updates=typed.status_updates,
                )
                state["id"] = meeting.id
            return state["id"]  # type: ignore[no-any-return]

        def revert() -> None:
            state["logged"] = meetings.unlog_meeting(
                db, state["id"], progress_before=progress_before
            )

        kinds = [MEETINGS, PLANS] if plan_ids else [MEETINGS]
        text = self.tr("Log the meeting of {date}").format(date=typed.fields["held_on"])
        meeting_id = perform(self.undo_stack, Edit(self.context, text, apply, revert, kinds))
        self.select(meeting_id)

    def _edit(self, meeting_id: uuid.UUID, typed: MeetingInput) -> None:
        db = self.context.db
        state: dict[str, Any] = {}

        def apply() -> None:
            # The form's version guards the first save; a redo saves over what undo left.
            fields = typed.fields if "previous" not in state else without_version(typed.fields)
            _meeting, previous = meetings.update_meeting(
                db, meeting_id, fields, team_ids=typed.team_ids
            )
            state.setdefault("previous", previous)

        def revert() -> None:
            previous = dict(state["previous"])
            team_ids = previous.pop("team_ids")
            meetings.update_meeting(db, meeting_id, previous, team_ids=team_ids)

        text = self.tr("Edit the meeting of {date}").format(date=typed.fields["held_on"])
        perform(self.undo_stack, Edit(self.context, text, apply, revert, [MEETINGS]))

    def delete_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None or self.context.read_only:
            return
        db = self.context.db
        meeting = meetings.get_meeting(db, meeting_id)
        decided = meetings.decided_at(db, meeting_id)
        choice = self._confirm_delete(meeting, len(decided))
        if choice is None:
            return
        text = self.tr("Delete the meeting of {date}").format(date=meeting.held_on)
        state: dict[str, Any] = {}
        change_ids = [change.change_id for change in decided]
        if choice == "take_back":

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
        try:
            perform(self.undo_stack, Edit(self.context, text, apply, revert, kinds))
        except SecretariatError as error:  # refused (a plan changed again): nothing deleted
            QMessageBox.warning(self, text, str(error))

    def _confirm_delete(self, meeting: Any, decided: int) -> str | None:
        """Ask before deleting; with status updates, whether to take them back as well."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete meeting"))
        box.setText(self.tr("Delete the meeting of {date}?").format(date=meeting.held_on))
        keep = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        take_back: QPushButton | None = None
        if decided:
            box.setInformativeText(
                self.tr(
                    "{count} plan status changes were decided at it. They can stay in the "
                    "plans' histories (without the meeting), or be taken back with it."
                ).format(count=decided)
            )
            keep.setText(self.tr("Delete, keep the status changes"))
            take_back = box.addButton(
                self.tr("Delete and take them back"), QMessageBox.ButtonRole.DestructiveRole
            )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return "keep"
        if take_back is not None and clicked is take_back:
            return "take_back"
        return None

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
        settings.setValue(f"{self.key}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"{self.key}/splitter", self.splitter.saveState())
        team = self.team_filter.value()
        settings.setValue(f"{self.key}/team", str(team) if team else "")

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(f"{self.key}/header")
        if isinstance(header, QByteArray | bytes):
            self.table.horizontalHeader().restoreState(QByteArray(header))
        splitter = settings.value(f"{self.key}/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))
        team = settings.value(f"{self.key}/team")
        if team:
            with contextlib.suppress(ValueError):
                self.team_filter.set_value(uuid.UUID(str(team)))
        self._stale = True
