"""A page that lists one kind of record and edits it: toolbar, filters, a table over SQL,
context menu, keyboard shortcuts, undoable create/edit/delete and read-only mode.

MOUs, Activities, Teams and Conferences are such pages; each says how its table is read,
which editor it opens and which operations write it. This module is the list half; the
editing half is `record_editing.RecordEditing`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.context import EVERYTHING, PROFILE, AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.models.sql_table import SqlTableModel, TableSpec
from ui.pages.base import Page
from ui.pages.page_actions import (
    Layout,
    attach_context_menu,
    context_menu,
    page_action,
    page_toolbar,
)
from ui.pages.record_editing import RecordEditing
from ui.pages.record_table import RecordTable
from ui.undo import UndoActions
from ui.widgets.message_bar import MessageBar
from ui.widgets.search_box import SearchBox

SEARCH_DELAY_MS = 250  # typing pauses this long before the list is filtered again


class RecordListPage(RecordEditing, Page):
    """List + editor of one kind of record. Subclasses implement the abstract methods."""

    kind = ""  # the AppContext kind this page writes (MOUS, ACTIVITIES, TEAMS)
    watched: tuple[str, ...] = ()  # other kinds whose changes this list shows

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editor: RecordDialog | None = None  # the open editor, if any
        self.operations = self.make_operations()
        self._stale = True
        self._sized = False  # columns fitted to their contents once (unless restored)
        self._build_actions()
        self.search = SearchBox(SEARCH_DELAY_MS)
        self.search.setMinimumWidth(200)
        self.search.paused.connect(self.apply_filters)
        self.filter_bar = QHBoxLayout()
        self.build_filters(self.filter_bar)
        self.filter_bar.addWidget(self.search, 1)
        self.model = self.make_model(self.table_spec())
        self.view = self._build_view()
        self.count_label = QLabel()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.message_bar = MessageBar()
        self.message = self.message_bar.label
        self._layout()
        context.data_changed.connect(self._on_data_changed)
        context.ui_language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()
        self.apply_read_only(context.read_only)

    # -- for subclasses -----------------------------------------------------------------

    def table_spec(self) -> TableSpec:
        raise NotImplementedError

    def make_model(self, spec: TableSpec) -> SqlTableModel:
        """The table model; pages of very many rows return one that loads in the background."""
        return SqlTableModel(self.context.db, spec, self)

    def build_filters(self, bar: QHBoxLayout) -> None:
        """Add filter widgets to the bar (left of the search box); call apply_filters on change."""

    def update_filter(self) -> None:
        """Read the filter widgets into whatever table_spec's queries read."""

    def refresh_choices(self) -> None:
        """Reload filter choices (teams, conferences) after they changed."""

    def summary(self) -> str:
        """A line under the table about the records shown (counts per direction...)."""
        return ""

    def texts(self) -> dict[str, str]:
        """Translated texts: new, edit, delete, search placeholder, count ({shown}/{total}),
        and the undo entries' add and change ({name})."""
        raise NotImplementedError

    def total_count(self) -> int:
        raise NotImplementedError

    # -- building -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = page_action(self, self.new_record, QKeySequence.StandardKey.New)
        self.edit_action = page_action(self, self.edit_current, "Return", "Enter")
        self.delete_action = page_action(
            self, self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.find_action = page_action(self, self.focus_search, QKeySequence.StandardKey.Find)
        self.undo_actions = UndoActions(self.undo_stack, self)
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo

    def _actions_layout(self) -> Layout:
        return [
            self.new_action,
            self.edit_action,
            self.delete_action,
            None,
            self.undo_action,
            self.redo_action,
        ]

    def _build_view(self) -> RecordTable:
        view = RecordTable(self.model)
        self.model.reloaded.connect(self._after_reload)
        view.selection_kept.connect(self._update_actions)
        view.selectionModel().selectionChanged.connect(self._update_actions)
        attach_context_menu(self, view, self._actions_layout())
        view.doubleClicked.connect(lambda _index: self.edit_current())
        return view

    def _context_menu(self, position: QPoint) -> None:
        context_menu(self, self.view, self._actions_layout(), position)

    def _layout(self) -> None:
        self.toolbar = page_toolbar(self._actions_layout())
        footer = QHBoxLayout()
        footer.addWidget(self.summary_label, 1)
        footer.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)

    # -- loading ------------------------------------------------------------------------

    def activated(self) -> None:
        super().activated()
        if self._stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the list again (the table keeps the selected records selected)."""
        self.update_filter()
        self._stale = False
        self.model.reload()  # reloaded -> _after_reload, at once or when a worker answers

    def _after_reload(self) -> None:
        if not self._sized and self.model.rowCount():
            self.resize_columns()
        self._update_counts()

    def apply_filters(self) -> None:
        self.search.stop_delay()
        self.reload()

    def _on_data_changed(self, kind: str) -> None:
        if kind in (PROFILE, EVERYTHING):
            self.model = self._replace_model()
        if kind in (self.kind, *self.watched, PROFILE, EVERYTHING):
            if kind != self.kind:
                self.refresh_choices()
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def _replace_model(self) -> SqlTableModel:
        """Columns depend on the working languages: build the model again when they change."""
        header = self.view.horizontalHeader().saveState()
        model = self.make_model(self.table_spec())
        model.reloaded.connect(self._after_reload)
        old = self.model
        self.view.setModel(model)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.horizontalHeader().restoreState(header)
        old.deleteLater()
        self._stale = True
        return model

    def _update_counts(self) -> None:
        texts = self.texts()
        self.count_label.setText(
            texts["count"].format(
                shown=f"{self.model.rowCount():,}", total=f"{self.total_count():,}"
            )
        )
        self.summary_label.setText(self.summary())
        self._update_actions()

    # -- selection ----------------------------------------------------------------------

    def selected_ids(self) -> list[uuid.UUID]:
        return self.view.selected_ids()

    def current_id(self) -> uuid.UUID | None:
        """The current row's record, selected or not (Enter edits what the cursor is on)."""
        return self.view.current_id(selected_only=False)

    def select_records(self, ids: Iterable[uuid.UUID], current: uuid.UUID | None = None) -> None:
        self.view.select_ids(ids, current)
        self._update_actions()

    def select_record(self, record_id: uuid.UUID) -> None:
        """Select a record, once the list has it (after a pending reload)."""
        if self._stale:
            self.reload()
        if getattr(self.model, "loading", False):
            self.view.select_after_reset([record_id], record_id)
        else:
            self.select_records([record_id], record_id)

    # -- actions ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.focus()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_bar.show_message(text, error=error)

    def hide_message(self) -> None:
        self.message_bar.hide()

    def _update_actions(self) -> None:
        writable = not self.context.read_only
        has_current = self.current_id() is not None
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(has_current)
        self.delete_action.setEnabled(writable and bool(self.selected_ids()))

    # -- Page ---------------------------------------------------------------------------

    def apply_read_only(self, read_only: bool) -> None:
        self._update_actions()
        self._label_edit_action()
        self.undo_action.setVisible(not read_only)
        self.redo_action.setVisible(not read_only)
        if self.editor is not None:
            self.editor.set_read_only(read_only)

    def _label_edit_action(self) -> None:
        """ "Open" when nothing can be changed: the editor then only shows the record."""
        read_only = self.context.read_only
        opened = QCoreApplication.translate("RecordListPage", "Open")
        self.edit_action.setText(opened if read_only else self.texts()["edit"])

    def retranslate(self) -> None:
        texts = self.texts()
        self.new_action.setText(texts["new"])
        self._label_edit_action()
        self.delete_action.setText(texts["delete"])
        self.undo_actions.update()
        shortcut = self.find_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.search.setPlaceholderText(f"{texts['search']} ({shortcut})")
        self.model.retranslate()
        if self._sized and self.model.rowCount():
            self.resize_columns()  # the headers' words changed length with the language
        if not self._stale:
            self._update_counts()

    def is_busy(self) -> bool:
        """The list is being read off the GUI thread (screenshots and tests wait for it)."""
        return bool(getattr(self.model, "loading", False))

    def save_state(self, settings: QSettings) -> None:
        self.view.save_state(settings, f"{self.key}/header")
        settings.setValue(f"{self.key}/search", self.search.text())

    def restore_state(self, settings: QSettings) -> None:
        if self.view.restore_state(settings, f"{self.key}/header"):
            self._sized = True
        search = settings.value(f"{self.key}/search", "")
        self.search.blockSignals(True)
        self.search.setText(str(search or ""))
        self.search.blockSignals(False)
        self._stale = True

    def resize_columns(self) -> None:
        """Fit the columns to what they show (once, unless restored; again for a language)."""
        self._sized = True
        self.view.fit_columns()
