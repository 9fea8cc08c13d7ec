"""The Plans page: every plan of the committee over SQL, filtered by conference, team,
status, origin and horizon and searched in every language; an editor with both working
languages side by side; status changes for many plans at once with their history; carry-over
to the next conference; undo and redo of all of it; read-only for team leads.

This module is the list half (filters, table, details, actions); the editing half is
`plan_page_editing.PlanPageEditing`. The table is the list pages' `RecordTable`."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from contextlib import suppress

from PySide6.QtCore import QByteArray, QSettings, Qt, Slot
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from secretariat.errors import NotFoundError
from secretariat.models import Plan
from secretariat.services import plans
from secretariat.services.plan_query import PlanFilter
from ui.context import CONFERENCES, EVERYTHING, MEETINGS, PLANS, PROFILE, TEAMS, AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.models.plan_columns import COLUMN_WIDTHS, HIDDEN_AT_FIRST
from ui.models.plans import PlansModel
from ui.pages.base import Page
from ui.pages.page_actions import WIDGET, Layout, attach_context_menu, page_action, page_toolbar
from ui.pages.plan_edits import Changed, PlanEdits, keeps_rows
from ui.pages.plan_page_editing import PlanPageEditing
from ui.pages.record_table import RecordTable
from ui.undo import UndoActions
from ui.widgets.column_menu import set_column_shown
from ui.widgets.message_bar import MessageAction, MessageBar
from ui.widgets.plan_details import PlanDetails
from ui.widgets.plan_filters import PlanFilterBar, filters_showing, load_filter, save_filter

DETAILS_HEIGHT = 210  # the history panel's height at first (the splitter remembers changes)
WATCHED = (PLANS, MEETINGS, CONFERENCES, TEAMS, PROFILE, EVERYTHING)


class PlansPage(PlanPageEditing, Page):
    key = "plans"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: QDialog | None = None  # the open editor or status/carry-over dialog
        self._stale = True
        self._loaded_once = False
        self._expected: Changed | None = None
        self.model = PlansModel(context, self)
        self.edits = PlanEdits(context, self.undo_stack, self._expect)
        self._build_actions()
        self.filters = PlanFilterBar(context)
        self.filters.changed.connect(self.apply_filters)
        self.view = self._build_view()
        self.details = PlanDetails(context)
        self.details.plan_chosen.connect(self.show_plan)
        self._layout()
        self.model.reloaded.connect(self._update_counts)
        self.model.loading_changed.connect(self.filters.show_loading)
        self.model.load_failed.connect(lambda message: self.show_message(message, error=True))
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        selection.currentRowChanged.connect(self._selection_changed)
        context.data_changed.connect(self._on_data_changed)
        context.ui_language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()
        self.apply_read_only(context.read_only)

    # -- building -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.add_action = page_action(self, self.add_plan, QKeySequence.StandardKey.New)
        self.status_action = page_action(self, self.change_status, "Ctrl+Shift+S")
        self.carry_action = page_action(self, self.carry_over, "Ctrl+Shift+C")
        self.find_action = page_action(self, self.focus_search, QKeySequence.StandardKey.Find)
        self.undo_actions = UndoActions(self.undo_stack, self)
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo

    def _build_view(self) -> RecordTable:
        # Fixed row heights: the view never measures rows it does not show (100,000 plans);
        # no column sorted at first: the reference order.
        view = RecordTable(self.model, row_padding=10, fixed_rows=True)
        view.start_columns(COLUMN_WIDTHS, HIDDEN_AT_FIRST)
        view.selection_kept.connect(self._selection_changed)  # after every reload
        view.doubleClicked.connect(lambda _index: self.edit_plan())
        # Enter and Del only in the table, so they keep their meaning in the search box.
        self.edit_action = page_action(view, self.edit_plan, "Return", "Enter", context=WIDGET)
        self.delete_action = page_action(
            view, self.delete_plans, QKeySequence.StandardKey.Delete, context=WIDGET
        )
        return view

    def _actions_layout(self) -> Layout:
        """The toolbar's and the table's context menu's actions."""
        return [
            self.add_action,
            self.edit_action,
            self.delete_action,
            None,
            self.status_action,
            self.carry_action,
            None,
            self.undo_action,
            self.redo_action,
        ]

    def _layout(self) -> None:
        self.toolbar = page_toolbar(self._actions_layout())
        attach_context_menu(self, self.view, self._actions_layout())
        self.message_bar = MessageBar()
        self.message = self.message_bar.label
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("plans_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)  # the table takes what the window gains
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([600, DETAILS_HEIGHT])
        self.splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filters)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)

    # -- loading and filtering ----------------------------------------------------------

    def activated(self) -> None:
        super().activated()
        if self._stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the list again now, keeping the selected plans selected."""
        self.filters.stop_typing_delay()
        self.model.set_filter(self.current_filter(), background=False)
        first_time, self._stale, self._loaded_once = not self._loaded_once, False, True
        if first_time and self.model.rowCount() and not self.selected_plan_ids():
            self.select_plans([self.model.plan_id_at(0)])  # the panel shows something at once
        self._selection_changed()

    def current_filter(self) -> PlanFilter:
        return self.filters.plan_filter()

    @Slot()
    def apply_filters(self) -> None:
        """Filter the list as the widgets say (on a worker thread: typing never waits)."""
        self.filters.stop_typing_delay()
        if self.current_filter() != self.model.plan_filter or self.model.loading:
            self.model.set_filter(self.current_filter())

    @Slot()
    def _update_counts(self) -> None:
        self.filters.show_counts(self.model.rowCount(), self.model.total())
        self._update_actions()

    def _on_data_changed(self, kind: str) -> None:
        if kind not in WATCHED:
            return
        expected, self._expected = self._expected, None
        if kind == PLANS and expected is not None:
            self._after_own_edit(expected)
            return
        if kind in (CONFERENCES, TEAMS, PROFILE, EVERYTHING):
            self.filters.refresh_choices()
        if kind in (PROFILE, EVERYTHING):
            self.model.retranslate()
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _expect(self, changed: Changed) -> None:
        """Called by an edit just before it notifies: how to show its outcome."""
        self._expected = changed

    def _after_own_edit(self, changed: Changed) -> None:
        section = self.view.horizontalHeader().sortIndicatorSection()
        keys = self.model.column_keys()
        sort_key = keys[section] if 0 <= section < len(keys) else None
        if changed.fields is not None and keeps_rows(
            self.model.plan_filter, sort_key, changed.fields
        ):
            self.model.refresh_plans(changed.plan_ids)
        else:
            self.reload()
        if changed.select:
            self.select_plans(changed.plan_ids)
            self._say_if_hidden(changed.plan_ids)
        self._selection_changed()  # the details panel shows the edit too

    def _say_if_hidden(self, plan_ids: tuple[uuid.UUID, ...]) -> None:
        """A plan just saved that the filter hides would vanish without a word: say so, and
        offer to show it."""
        if len(plan_ids) != 1 or self.model.row_of_plan(plan_ids[0]) >= 0:
            return
        (plan_id,) = plan_ids
        with self.context.db.read() as session:
            plan = session.get(Plan, plan_id)
            ref = plans.plan_ref(session, plan) if plan is not None else None
        if ref is None:
            return
        self.show_message(
            self.tr("Plan {ref} is saved, but the filter hides it.").format(ref=ref),
            action=(self.tr("Show it"), lambda: self.show_plan(plan_id)),
        )

    # -- selection ----------------------------------------------------------------------

    def selected_plan_ids(self) -> list[uuid.UUID]:
        return self.view.selected_ids()

    def current_plan_id(self) -> uuid.UUID | None:
        """The current row's plan if it is selected, else the first one selected."""
        return self.view.current_id()

    def select_plans(self, plan_ids: Iterable[uuid.UUID], current: uuid.UUID | None = None) -> None:
        """Select these plans (those the list shows), the first or `current` made current."""
        self.view.select_ids(plan_ids, current)
        self._selection_changed()

    @Slot(uuid.UUID)
    def show_plan(self, plan_id: uuid.UUID) -> None:
        """Select a plan, scrolled to, history shown; filters hiding it cleared, others kept."""
        if self._stale or self.model.loading:
            self.reload()  # now, not when a worker answers
        if self.model.row_of_plan(plan_id) < 0 and not self.current_filter().is_empty():
            with suppress(NotFoundError):
                plan = plans.get_plan(self.context.db, plan_id)
                for plan_filter in filters_showing(plan, self.current_filter()):
                    self.filters.set_plan_filter(plan_filter)
                    self.reload()
                    if self.model.row_of_plan(plan_id) >= 0:
                        break
        self.select_plans([plan_id], plan_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _selection_changed(self) -> None:
        selected = self.view.selectionModel().selectedRows()
        if len(selected) == 1:
            self.details.show_plan(self.model.plan_id_at(selected[0].row()))
        else:
            self.details.show_plan(None, len(selected))
        self._update_actions()

    # -- actions ------------------------------------------------------------------------

    def _update_actions(self) -> None:
        writable = not self.context.read_only
        chosen = self.view.selectionModel().hasSelection()
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(chosen)
        for action in (self.delete_action, self.status_action, self.carry_action):
            action.setEnabled(writable and chosen)

    @Slot()
    def focus_search(self) -> None:
        self.filters.focus_search()

    def show_message(
        self, text: str, *, error: bool = False, action: MessageAction | None = None
    ) -> None:
        self.message_bar.show_message(text, error=error, action=action)

    def hide_message(self) -> None:
        self.message_bar.hide()

    def set_column_shown(self, column: int, shown: bool) -> None:
        set_column_shown(self.view.horizontalHeader(), column, shown)

    # -- counted texts of the editing half (lupdate finds plural forms only in tr()) -----

    def delete_question(self, count: int) -> str:
        return self.tr("Delete %n plan(s) with their status history?", "", count)

    def deleted_message(self, count: int) -> str:
        return self.tr("Deleted %n plan(s). Undo brings them back.", "", count)

    def status_changed_message(self, count: int) -> str:
        return self.tr("Status changed for %n plan(s).", "", count)

    def carried_over_message(self, count: int) -> str:
        return self.tr("Carried over %n plan(s) to the next conference.", "", count)

    # -- Page ---------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """A filter or sort is still being read (screenshots wait for it)."""
        return self.model.loading

    def apply_read_only(self, read_only: bool) -> None:
        self._update_actions()
        self.undo_action.setVisible(not read_only)
        self.redo_action.setVisible(not read_only)
        self.edit_action.setText(self.tr("Open") if read_only else self.tr("Edit…"))
        if self.dialog is not None and isinstance(self.dialog, RecordDialog):
            self.dialog.set_read_only(read_only)

    def retranslate(self) -> None:
        self.add_action.setText(self.tr("Add plan…"))
        self.edit_action.setText(self.tr("Open") if self.context.read_only else self.tr("Edit…"))
        self.delete_action.setText(self.tr("Delete"))
        self.status_action.setText(self.tr("Change status…"))
        self.carry_action.setText(self.tr("Carry over to next conference…"))
        self.undo_actions.update()
        self.filters.retranslate()
        self.model.retranslate()
        self._selection_changed()
        self._update_counts()

    def save_state(self, settings: QSettings) -> None:
        self.view.save_state(settings, f"{self.key}/header")
        settings.setValue(f"{self.key}/splitter", self.splitter.saveState())
        save_filter(settings, f"{self.key}/filter", self.current_filter())

    def restore_state(self, settings: QSettings) -> None:
        self.view.restore_state(settings, f"{self.key}/header")
        splitter = settings.value(f"{self.key}/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))
        self.filters.set_plan_filter(load_filter(settings, f"{self.key}/filter"))
        self._stale = True
