"""A page that lists one kind of record and edits it: toolbar, filters, a table over SQL,
context menu, keyboard shortcuts, undoable create/edit/delete and read-only mode.

MOUs, Activities and Teams are such pages; each says how its table is read, which editor it
opens and which services write it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import SecretariatError
from secretariat.models import LANGUAGES
from secretariat.text import column as text_column
from ui.context import EVERYTHING, PROFILE, AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.models.sql_table import ID_ROLE, SqlTableModel, TableSpec
from ui.pages.base import Page
from ui.undo import Edit, UndoActions, perform, without_version
from ui.widgets.message_bar import MessageBar
from ui.widgets.prepared_rows import paint_cells_prepared

Shortcut = QKeySequence.StandardKey  # New, Delete, Find: as the platform spells them

MAX_COLUMN_WIDTH = 260
MIN_SHRUNK_WIDTH = 140  # text columns shrink to fit the view, not below this
MIN_SQUEEZED_WIDTH = 90  # ...unless the numbers and dates beside them need the room
SEARCH_DELAY_MS = 250  # typing pauses this long before the list is filtered again


def first_text(values: Mapping[str, Any], field: str, languages: Iterable[str]) -> str:
    """A form's text field in the first language that has it (names undo entries)."""
    for language in (*languages, *LANGUAGES):
        text = str(values.get(text_column(field, language)) or "").strip()
        if text:
            return text
    return ""


class RecordListPage(Page):
    """List + editor of one kind of record. Subclasses implement the abstract methods."""

    kind = ""  # the AppContext kind this page writes (MOUS, ACTIVITIES, TEAMS)
    watched: tuple[str, ...] = ()  # other kinds whose changes this list shows

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editor: RecordDialog | None = None  # the open editor, if any
        self._stale = True
        self._pending_selection: tuple[list[uuid.UUID], uuid.UUID | None] | None = None
        self._sized = False  # columns fitted to their contents once (unless restored)
        self._build_actions()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
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
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
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

    def make_editor(self, record_id: uuid.UUID | None) -> RecordDialog:
        """The editor for a new record (None) or an existing one, filled."""
        raise NotImplementedError

    def save_record(self, record_id: uuid.UUID | None, values: dict[str, Any]) -> uuid.UUID:
        """Create or update through an undoable Edit; returns the record's id."""
        raise NotImplementedError

    def delete_record(self, record_id: uuid.UUID) -> dict[str, Any]:
        """Delete through the service; returns the snapshot that restore_record takes."""
        raise NotImplementedError

    def restore_record(self, snapshot: dict[str, Any]) -> Any:
        raise NotImplementedError

    def summary(self) -> str:
        """A line under the table about the records shown (counts per direction...)."""
        return ""

    def texts(self) -> dict[str, str]:
        """Translated texts: new, edit, delete, search placeholder, count ({shown}/{total})."""
        raise NotImplementedError

    def deleted_message(self, count: int) -> str:
        """ "Deleted 2 teams. Undo brings them back." (a plural through Qt's %n)."""
        raise NotImplementedError

    def total_count(self) -> int:
        raise NotImplementedError

    # -- building -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(handler: Callable[[], None], *keys: QKeySequence | Shortcut | str) -> QAction:
            made = QAction(self)
            made.setShortcuts([QKeySequence(key) for key in keys])
            # Shortcuts work while the focus is in this page, so pages never collide.
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(handler)
            self.addAction(made)
            return made

        self.new_action = action(self.new_record, QKeySequence.StandardKey.New)
        self.edit_action = action(self.edit_current, "Return", "Enter")
        self.delete_action = action(self.delete_selected, QKeySequence.StandardKey.Delete)
        self.find_action = action(self.focus_search, QKeySequence.StandardKey.Find)
        self.undo_actions = UndoActions(self.undo_stack, self)
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        self.model.reloaded.connect(self._after_reload)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # No column sorted at first: the spec's default order (newest first, say) applies.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.horizontalHeader().sortIndicatorChanged.connect(self._remember_selection)
        view.setAlternatingRowColors(True)
        paint_cells_prepared(view)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionsMovable(True)
        view.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.doubleClicked.connect(lambda _index: self.edit_current())
        return view

    def _layout(self) -> None:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.toolbar = toolbar
        footer = QHBoxLayout()
        footer.addWidget(self.summary_label, 1)
        footer.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
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
        """Read the list again, keeping the selected records selected."""
        if self._pending_selection is None:
            self._pending_selection = (self.selected_ids(), self.current_id())
        self.update_filter()
        self._stale = False
        self.model.reload()  # reloaded -> _after_reload, at once or when a worker answers

    def _after_reload(self) -> None:
        pending, self._pending_selection = self._pending_selection, None
        if pending is not None:
            self.select_records(*pending)
        if not self._sized and self.model.rowCount():
            self.resize_columns()
        self._update_counts()

    def _remember_selection(self) -> None:
        """A header click started a background sort: keep the selection across its reset."""
        if self._pending_selection is None and getattr(self.model, "loading", False):
            self._pending_selection = (self.selected_ids(), self.current_id())

    def apply_filters(self) -> None:
        self._search_timer.stop()
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
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows]

    def current_id(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        if index.isValid():
            return index.data(ID_ROLE)  # type: ignore[no-any-return]
        selected = self.selected_ids()
        return selected[0] if selected else None

    def select_records(self, ids: Iterable[uuid.UUID], current: uuid.UUID | None = None) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for key in ids:
            row = self.model.row_of(key)
            if row >= 0:
                selection.select(self.model.index(row, 0), flags)
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
            self.view.scrollTo(index)
        self._update_actions()

    def select_record(self, record_id: uuid.UUID) -> None:
        """Select a record, once the list has it (after a pending reload)."""
        if self._stale:
            self.reload()
        if self._pending_selection is not None:
            self._pending_selection = ([record_id], record_id)
        else:
            self.select_records([record_id], record_id)

    # -- actions ------------------------------------------------------------------------

    def new_record(self) -> None:
        if not self.context.read_only:
            self._open_editor(None)

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self._open_editor(record_id)

    def _open_editor(self, record_id: uuid.UUID | None) -> None:
        if self.editor is not None:
            self.editor.raise_()
            self.editor.activateWindow()
            return
        try:
            editor = self.make_editor(record_id)
        except SecretariatError as error:  # deleted meanwhile
            self.show_message(str(error), error=True)
            return
        editor.set_save(lambda values: self._saved(record_id, values))
        editor.set_read_only(self.context.read_only)
        editor.mark_clean()
        editor.finished.connect(self._editor_closed)
        self.editor = editor
        editor.open()

    def _saved(self, record_id: uuid.UUID | None, values: dict[str, Any]) -> uuid.UUID:
        saved_id = self.save_record(record_id, values)
        self.hide_message()
        self.select_record(saved_id)
        return saved_id

    def _editor_closed(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = None
        self.window().activateWindow()  # back to the list, ready for the next shortcut
        self.view.setFocus()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if self.context.read_only or not ids:
            return
        edit = self.make_delete_edit(self.delete_edit_text(len(ids)), ids)
        try:
            perform(self.undo_stack, edit)
        except SecretariatError as error:
            self.show_message(str(error), error=True)
            return
        self.show_message(self.deleted_message(len(ids)))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_bar.show_message(text, error=error)

    def hide_message(self) -> None:
        self.message_bar.hide()

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.new_action, self.edit_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.popup(self.view.viewport().mapToGlobal(position))

    def _header_menu(self, position: QPoint) -> None:
        """Right-click on the header: show or hide columns."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            toggle = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            toggle.setCheckable(True)
            toggle.setChecked(not header.isSectionHidden(column))
            toggle.toggled.connect(
                lambda shown, column=column: header.setSectionHidden(column, not shown)
            )
        menu.popup(header.mapToGlobal(position))

    def _update_actions(self) -> None:
        writable = not self.context.read_only
        has_current = self.current_id() is not None
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(has_current)
        self.delete_action.setEnabled(writable and bool(self.selected_ids()))

    # -- undoable edits -----------------------------------------------------------------

    def perform_create(
        self,
        text: str,
        create: Callable[[], Any],
        delete: Callable[[uuid.UUID], dict[str, Any]],
        restore: Callable[[dict[str, Any]], Any],
    ) -> uuid.UUID:
        """Create a record; undo deletes it, redo puts the same record (same id) back."""
        state: dict[str, Any] = {}

        def apply() -> uuid.UUID:
            record = restore(state["snapshot"]) if "snapshot" in state else create()
            state["id"] = record.id
            return record.id  # type: ignore[no-any-return]

        def revert() -> None:
            state["snapshot"] = delete(state["id"])

        return perform(  # type: ignore[no-any-return]
            self.undo_stack, Edit(self.context, text, apply, revert, [self.kind])
        )

    def perform_update(
        self,
        text: str,
        record_id: uuid.UUID,
        update: Callable[[uuid.UUID, dict[str, Any]], tuple[Any, dict[str, Any]]],
        changes: dict[str, Any],
    ) -> uuid.UUID:
        """Change a record; undo puts back the values it had before."""
        state: dict[str, Any] = {}

        def apply() -> None:
            # The version the editor showed guards the first save; a redo follows an undo
            # this very page made, so it saves over whatever version that left.
            sent = changes if "previous" not in state else without_version(changes)
            _record, previous = update(record_id, sent)
            state.setdefault("previous", previous)

        def revert() -> None:
            update(record_id, state["previous"])

        perform(self.undo_stack, Edit(self.context, text, apply, revert, [self.kind]))
        return record_id

    def delete_edit_text(self, count: int) -> str:
        """The undo text of deleting `count` records; each page names its kind."""
        raise NotImplementedError

    def make_delete_edit(self, text: str, record_ids: list[uuid.UUID]) -> Edit:
        """Delete records; undo restores them from the snapshots the deletes returned.
        All or nothing: when one is refused, those already deleted are put back."""
        snapshots: list[dict[str, Any]] = []

        def apply() -> None:
            snapshots.clear()
            try:
                for record_id in record_ids:
                    snapshots.append(self.delete_record(record_id))
            except SecretariatError:
                revert()
                raise

        def revert() -> None:
            for snapshot in reversed(snapshots):
                self.restore_record(snapshot)
            snapshots.clear()

        return Edit(self.context, text, apply, revert, [self.kind])

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

    def screenshot_dialogs(self) -> list[tuple[str, Callable[[], QWidget]]]:
        """For `make screenshots`: the editor, opened on the first record of the list."""

        def open_first() -> QWidget:
            self.view.selectRow(0)
            self.edit_current()
            return self.editor if self.editor is not None else self

        return [(f"{self.key}-editor", open_first)]

    def may_close(self) -> bool:
        """The window may close unless an open editor holds typed changes the user keeps."""
        editor = self.editor
        if editor is None or editor.read_only or not editor.is_dirty():
            return True
        editor.raise_()
        answer = QMessageBox.question(
            editor,
            editor.windowTitle(),
            QCoreApplication.translate(
                "RecordListPage", "You typed changes that are not saved. Discard them?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/header", self.view.horizontalHeader().saveState())
        settings.setValue(f"{self.key}/search", self.search.text())

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(f"{self.key}/header")
        if isinstance(header, QByteArray | bytes):
            self._sized = self.view.horizontalHeader().restoreState(QByteArray(header))
        search = settings.value(f"{self.key}/search", "")
        self.search.blockSignals(True)
        self.search.setText(str(search or ""))
        self.search.blockSignals(False)
        self._stale = True

    def resize_columns(self) -> None:
        """Fit the columns to what they show, none wider than MAX_COLUMN_WIDTH; when they
        still overflow the view, the wide (text) columns give up space so all are seen:
        down to MIN_SHRUNK_WIDTH, and if that is not enough, to MIN_SQUEEZED_WIDTH."""
        self._sized = True
        header = self.view.horizontalHeader()
        # A stretched last column keeps at least the width it had before it was stretched:
        # measured and set without the stretch, it asks for what it shows and no more.
        stretch = header.stretchLastSection()
        header.setStretchLastSection(False)
        self.view.resizeColumnsToContents()
        widths = [
            min(header.sectionSize(column), MAX_COLUMN_WIDTH)
            for column in range(self.model.columnCount())
        ]
        wide = {column for column, width in enumerate(widths) if width > MIN_SHRUNK_WIDTH}
        available = self.view.viewport().width()
        for floor in (MIN_SHRUNK_WIDTH, MIN_SQUEEZED_WIDTH):
            widths = _shrink(widths, wide, floor, sum(widths) - available)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        header.setStretchLastSection(stretch)


def _shrink(widths: list[int], columns: set[int], floor: int, excess: int) -> list[int]:
    """Take `excess` pixels from these columns in proportion to what each has above `floor`."""
    spare = sum(max(0, widths[column] - floor) for column in columns)
    if excess <= 0 or spare <= 0:
        return widths
    share = min(1.0, excess / spare)
    return [
        width - round((width - floor) * share) if column in columns and width > floor else width
        for column, width in enumerate(widths)
    ]
