"""The Plans page: every plan of the committee over SQL, filtered by conference, team,
status, origin and horizon and searched in every language; an editor with both working
languages side by side; status changes for many plans at once with their history; carry-over
to the next conference; undo and redo of all of it; read-only for team leads."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelection, QPoint, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import NotFoundError, SecretariatError, ValidationError
from secretariat.models import Plan, PlanStatus
from secretariat.services import conferences, plan_query, plans, records
from secretariat.services.plan_query import PlanFilter
from ui.context import CONFERENCES, EVERYTHING, MEETINGS, PLANS, PROFILE, TEAMS, AppContext
from ui.dialogs.carry_over import CarryOverDialog
from ui.dialogs.plan_editor import PlanEditor
from ui.dialogs.record_dialog import RecordDialog
from ui.dialogs.status_change import StatusChangeDialog
from ui.models.plan_columns import COLUMN_WIDTHS, HIDDEN_AT_FIRST
from ui.models.plans import PlansModel
from ui.pages.base import Page
from ui.pages.plan_edits import Changed, PlanEdits, keeps_rows
from ui.pages.record_operations import first_text
from ui.undo import UndoActions
from ui.widgets.column_menu import attach_column_menu, set_column_shown
from ui.widgets.message_bar import MessageAction, MessageBar
from ui.widgets.plan_details import PlanDetails
from ui.widgets.plan_filters import PlanFilterBar, filters_showing, load_filter, save_filter
from ui.widgets.prepared_rows import paint_cells_prepared

Shortcut = QKeySequence.StandardKey  # New, Delete, Find: as the platform spells them

DETAILS_HEIGHT = 210  # the history panel's height at first (the splitter remembers changes)
WATCHED = (PLANS, MEETINGS, CONFERENCES, TEAMS, PROFILE, EVERYTHING)


class PlansPage(Page):
    key = "plans"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: QDialog | None = None  # the open editor or status/carry-over dialog
        self._stale = True
        self._loaded_once = False
        self._expected: Changed | None = None
        self._kept_selection: tuple[list[uuid.UUID], uuid.UUID | None] = ([], None)
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
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._put_back_selection)
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        selection.currentRowChanged.connect(self._selection_changed)
        context.data_changed.connect(self._on_data_changed)
        context.ui_language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()
        self.apply_read_only(context.read_only)

    # -- building -----------------------------------------------------------------------

    def _action(
        self, handler: Any, *keys: QKeySequence | Shortcut | str, on: QWidget | None = None
    ) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        # Page-wide keys work while the focus is in this page; Enter and Del only in the
        # table, so they keep their meaning in the search box.
        context = (
            Qt.ShortcutContext.WidgetShortcut
            if on
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.setShortcutContext(context)
        action.triggered.connect(handler)
        (on or self).addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_action = self._action(self.add_plan, QKeySequence.StandardKey.New)
        self.status_action = self._action(self.change_status, "Ctrl+Shift+S")
        self.carry_action = self._action(self.carry_over, "Ctrl+Shift+C")
        self.find_action = self._action(self.focus_search, QKeySequence.StandardKey.Find)
        self.undo_actions = UndoActions(self.undo_stack, self)
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        paint_cells_prepared(view)
        # Fixed row heights: the view never measures rows it does not show (100,000 plans).
        vertical = view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # reference order at first
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        attach_column_menu(header)
        for key, width in COLUMN_WIDTHS.items():
            header.resizeSection(self.model.column_keys().index(key), width)
        for key in HIDDEN_AT_FIRST:
            header.setSectionHidden(self.model.column_keys().index(key), True)
        view.setSortingEnabled(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.doubleClicked.connect(lambda _index: self.edit_plan())
        self.edit_action = self._action(self.edit_plan, "Return", "Enter", on=view)
        self.delete_action = self._action(
            self.delete_plans, QKeySequence.StandardKey.Delete, on=view
        )
        return view

    def _layout(self) -> None:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.status_action)
        toolbar.addAction(self.carry_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.toolbar = toolbar
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
        layout.addWidget(toolbar)
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
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.plan_id_at(row) for row in rows]

    def current_plan_id(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        if index.isValid() and self.view.selectionModel().isRowSelected(index.row()):
            return self.model.plan_id_at(index.row())
        selected = self.selected_plan_ids()
        return selected[0] if selected else None

    def select_plans(self, plan_ids: Any, current: uuid.UUID | None = None) -> None:
        """Select these plans (those the list shows), the first or `current` made current."""
        wanted = [row for row in map(self.model.row_of_plan, plan_ids) if row >= 0]
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        for row in wanted:
            selection.select(self.model.index(row, 0), self.model.index(row, last_column))
        model = self.view.selectionModel()
        model.select(selection, model.SelectionFlag.ClearAndSelect | model.SelectionFlag.Rows)
        current_row = self.model.row_of_plan(current) if current is not None else -1
        if current_row < 0 and wanted:
            current_row = wanted[0]
        if current_row >= 0:
            index = self.model.index(current_row, 0)
            model.setCurrentIndex(index, model.SelectionFlag.NoUpdate)
            self.view.scrollTo(index)
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

    def _keep_selection(self) -> None:
        self._kept_selection = (self.selected_plan_ids(), self.current_plan_id())

    def _put_back_selection(self) -> None:
        kept, current = self._kept_selection
        if kept:
            self.select_plans(kept, current)
        else:
            self._selection_changed()

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

    def _open(self, dialog: RecordDialog) -> None:
        dialog.set_read_only(self.context.read_only)
        dialog.mark_clean()
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.view.setFocus()

    def _busy(self) -> bool:
        """A dialog is open already: bring it forward instead of opening another."""
        if self.dialog is None:
            return False
        self.dialog.raise_()
        self.dialog.activateWindow()
        return True

    @Slot()
    def add_plan(self) -> None:
        if self.context.read_only or self._busy():
            return
        editor = PlanEditor(self.context, self)
        plan_filter = self.current_filter()
        editor.preset(plan_filter.conference_id, plan_filter.team_id)
        editor.set_save(self._save_new)
        self._open(editor)

    def _save_new(self, values: dict[str, Any]) -> uuid.UUID:
        name = first_text(values, "title", self.context.display_languages())
        self.hide_message()  # before the edit: it may say the new plan is hidden
        return self.edits.add(values, name)

    @Slot()
    def edit_plan(self) -> None:
        plan_id = self.current_plan_id()
        if plan_id is None or self._busy():
            return
        try:
            with self.context.db.read() as session:
                plan = records.get(session, plans.PLAN, plan_id)
                ref = plans.plan_ref(session, plan)
                earlier = (
                    session.get(Plan, plan.continues_plan_id) if plan.continues_plan_id else None
                )
                continues = plans.plan_ref(session, earlier) if earlier else None
        except SecretariatError as error:  # deleted meanwhile
            self.show_message(str(error), error=True)
            return
        editor = PlanEditor(self.context, self)
        editor.load(plan, ref, continues)
        loaded = editor.values()
        editor.set_save(lambda values: self._save_changes(plan_id, loaded, values))
        self._open(editor)

    def _save_changes(
        self, plan_id: uuid.UUID, loaded: dict[str, Any], values: dict[str, Any]
    ) -> uuid.UUID:
        """Only what was changed is written (and named in the undo entry)."""
        changes = {name: value for name, value in values.items() if loaded.get(name) != value}
        self.hide_message()  # before the edit: it may say the plan is hidden now
        if changes:
            name = first_text(values, "title", self.context.display_languages())
            self.edits.update(plan_id, changes, name)
        return plan_id

    @Slot()
    def delete_plans(self) -> None:
        plan_ids = self.selected_plan_ids()
        if self.context.read_only or not plan_ids:
            return
        question = self.tr("Delete %n plan(s) with their status history?", "", len(plan_ids))
        answer = QMessageBox.question(
            self,
            self.tr("Delete plans"),
            question + "\n" + self.tr("Undo brings them back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.edits.delete(plan_ids)
        except ValidationError as error:
            self.show_message(
                self.tr("Not deleted — {value}: expected {expected}.").format(
                    value=error.value, expected=error.expected_in(self.context.ui_language)
                ),
                error=True,
            )
            return
        except SecretariatError as error:
            self.show_message(str(error), error=True)
            return
        self.show_message(self.tr("Deleted %n plan(s). Undo brings them back.", "", len(plan_ids)))

    @Slot()
    def change_status(self) -> None:
        plan_ids = self.selected_plan_ids()
        if self.context.read_only or not plan_ids or self._busy():
            return
        refs, statuses = self._refs_and_statuses(plan_ids)
        dialog = StatusChangeDialog(self.context, refs, statuses, self)
        dialog.set_save(lambda values: self._save_status(plan_ids, values))
        self._open(dialog)

    def _save_status(self, plan_ids: list[uuid.UUID], values: dict[str, Any]) -> int:
        changed = self.edits.change_status(plan_ids, values)
        self.show_message(self.tr("Status changed for %n plan(s).", "", changed))
        return changed

    def _refs_and_statuses(self, plan_ids: list[uuid.UUID]) -> tuple[list[str], list[PlanStatus]]:
        refs, statuses = [], []
        with self.context.db.read() as session:
            for plan_id in plan_ids:
                plan = session.get(Plan, plan_id)
                if plan is not None:
                    refs.append(plans.plan_ref(session, plan))
                    statuses.append(plan.status)
        return refs, statuses

    @Slot()
    def carry_over(self) -> None:
        plan_ids = self.selected_plan_ids()
        if self.context.read_only or not plan_ids or self._busy():
            return
        try:
            preview = plans.preview_carry_over(self.context.db, plan_ids)
        except SecretariatError as error:
            self.show_message(str(error), error=True)
            return
        dialog = CarryOverDialog(self.context, preview, self)
        dialog.set_save(self._save_carry_over)
        self._open(dialog)

    def _save_carry_over(self, values: dict[str, Any]) -> list[uuid.UUID]:
        created = self.edits.carry_over(values["plan_ids"], values["note"])
        self.show_message(
            self.tr("Carried over %n plan(s) to the next conference.", "", len(created))
        )
        return created

    @Slot()
    def focus_search(self) -> None:
        self.filters.focus_search()

    def show_message(
        self, text: str, *, error: bool = False, action: MessageAction | None = None
    ) -> None:
        self.message_bar.show_message(text, error=error, action=action)

    def hide_message(self) -> None:
        self.message_bar.hide()

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.add_action, self.edit_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.status_action)
        menu.addAction(self.carry_action)
        menu.addSeparator()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.popup(self.view.viewport().mapToGlobal(position))

    def set_column_shown(self, column: int, shown: bool) -> None:
        set_column_shown(self.view.horizontalHeader(), column, shown)

    # -- for make screenshots -----------------------------------------------------------

    def is_busy(self) -> bool:
        """A filter or sort is still being read (screenshots wait for it)."""
        return self.model.loading

    def screenshot_dialogs(self) -> list[tuple[str, Callable[[], QWidget]]]:
        """The page's dialogs, opened over sample plans, for `make screenshots`."""

        def opened(open_dialog: Callable[[], None], plan_ids: list[uuid.UUID]) -> QWidget:
            kept = (self.selected_plan_ids(), self.current_plan_id())
            if plan_ids:
                self.select_plans(plan_ids)
            open_dialog()
            assert self.dialog is not None
            self.dialog.finished.connect(lambda _result: self.select_plans(*kept))
            return self.dialog

        current = self.current_plan_id()
        dialogs: list[tuple[str, Callable[[], QWidget]]] = [
            ("plan-editor", lambda: opened(self.edit_plan, [current] if current else []))
        ]
        if not self.context.read_only:
            samples = self._carry_over_samples()
            dialogs += [
                ("plan-status", lambda: opened(self.change_status, samples[:3])),
                ("plan-carry-over", lambda: opened(self.carry_over, samples)),
            ]
        return dialogs

    def _carry_over_samples(self) -> list[uuid.UUID]:
        """Three plans of the last conference that has a next one, and one of the conference
        before it (already carried over, most likely: the preview shows a refusal too)."""
        numbers = sorted(
            conference.number for conference in conferences.list_conferences(self.context.db)
        )
        chosen: list[uuid.UUID] = []
        for number, wanted in zip(reversed(numbers[:-1]), (3, 1), strict=False):
            conference = conferences.get_by_number(self.context.db, number)
            found = plan_query.find_plan_ids(
                self.context.db, PlanFilter(conference_id=conference.id)
            )
            chosen += found[:wanted]
        return chosen

    # -- Page ---------------------------------------------------------------------------

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
        settings.setValue(f"{self.key}/header", self.view.horizontalHeader().saveState())
        settings.setValue(f"{self.key}/splitter", self.splitter.saveState())
        save_filter(settings, f"{self.key}/filter", self.current_filter())

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(f"{self.key}/header")
        if isinstance(header, QByteArray | bytes):
            self.view.horizontalHeader().restoreState(QByteArray(header))
        splitter = settings.value(f"{self.key}/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))
        self.filters.set_plan_filter(load_filter(settings, f"{self.key}/filter"))
        self._stale = True
