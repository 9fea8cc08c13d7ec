"""The Conferences page: the conferences with their plan counts, the selected one's
postponement history, the editor and "Postpone…"; every edit undoable."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import NotFoundError, SecretariatError
from secretariat.models import Conference, ConferenceStatus
from secretariat.services import conferences, records
from secretariat.services.conferences import CONFERENCE
from secretariat.text import column
from ui.context import CONFERENCES, EVERYTHING, PLANS, PROFILE, AppContext
from ui.dialogs.conference_editor import ConferenceEditor
from ui.dialogs.postpone import PostponeDialog
from ui.dialogs.record_dialog import RecordDialog
from ui.models.conferences import SideNames, conference_spec, postponement_spec
from ui.models.sql_table import SqlTableModel
from ui.pages.base import Page
from ui.undo import Edit, perform

WATCHED = {CONFERENCES, PLANS, PROFILE, EVERYTHING}
POSTPONABLE = (ConferenceStatus.planned, ConferenceStatus.postponed)
# What postponing changes on the conference itself, put back exactly by its undo.
POSTPONE_FIELDS = ["status", "planned_date"] + [
    column("postponement_reason", language) for language in ("en", "ko", "zh", "ja")
]


class ConferencesPage(Page):
    key = "conferences"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.sides = SideNames(context)
        self.model = SqlTableModel(context.db, conference_spec(context, self.sides), self)
        self.history_model = SqlTableModel(
            context.db, postponement_spec(context, self.selected_id), self
        )
        self.dialog: RecordDialog | None = None
        self._stale = True
        self._sized = False
        self._build_actions()
        self._build_widgets()
        self.retranslate()
        self.apply_read_only(context.read_only)
        context.data_changed.connect(self._data_changed)

    # -- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = self._action(self.new_conference, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.open_selected, "Ctrl+E")
        self.delete_action = self._action(self.delete_selected, QKeySequence.StandardKey.Delete)
        self.postpone_action = self._action(self.postpone_selected, "Ctrl+Shift+P")

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
        bar = QHBoxLayout()
        for action in (self.new_action, self.open_action, self.delete_action):
            bar.addWidget(self._button(action))
        bar.addSpacing(12)
        bar.addWidget(self._button(self.postpone_action))
        bar.addStretch(1)
        self.table = self._make_table(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        self.history_title = QLabel()
        self.history = self._make_table(self.history_model)
        self.history.horizontalHeader().setStretchLastSection(True)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.history_title)
        below_layout.addWidget(self.history)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _make_table(self, model: SqlTableModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    def title(self) -> str:
        return self.tr("Conferences")

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("New conference"))
        self.open_action.setText(self.tr("Open") if self.context.read_only else self.tr("Edit"))
        self.delete_action.setText(self.tr("Delete"))
        self.postpone_action.setText(self.tr("Postpone…"))
        self.postpone_action.setToolTip(self.tr("Postpone the selected conference (Ctrl+Shift+P)"))
        self.sides.reload()
        self.model.retranslate()
        self.history_model.retranslate()
        self._selection()

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
        selected = self.selected_id()
        self._stale = False
        self.sides.reload()
        self.model.reload()
        if not self._sized:  # once: later reloads keep the widths the user set
            self._sized = True
            self.table.resizeColumnsToContents()
        if selected is not None:
            self.select(selected)
        self._selection()

    @Slot(str)
    def _data_changed(self, kind: str) -> None:
        if kind not in WATCHED:
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex() if hasattr(self, "table") else None
        if index is None or not index.isValid():
            return None
        if not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.id_at(index.row())

    def select(self, conference_id: uuid.UUID) -> None:
        row = self.model.row_of(conference_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected(self) -> Conference | None:
        conference_id = self.selected_id()
        if conference_id is None:
            return None
        try:
            with self.context.db.read() as session:
                return records.get(session, CONFERENCE, conference_id)  # type: ignore[no-any-return]
        except NotFoundError:
            return None

    def _selection(self) -> None:
        conference = self.selected()
        self.history_model.reload()
        if not self.history.horizontalHeader().sectionSize(1) or self.history_model.rowCount():
            self.history.resizeColumnsToContents()
        if conference is None:
            self.history_title.setText(self.tr("Select a conference to see its postponements."))
        elif not self.history_model.rowCount():
            self.history_title.setText(
                self.tr("Conference {number} has not been postponed.").format(
                    number=conference.number
                )
            )
        else:
            self.history_title.setText(
                self.tr("Postponements of conference {number}").format(number=conference.number)
            )
        writable = not self.context.read_only
        self.postpone_action.setEnabled(
            writable and conference is not None and conference.status in POSTPONABLE
        )
        self.delete_action.setEnabled(writable and conference is not None)
        self.open_action.setEnabled(conference is not None)

    # -- read-only --------------------------------------------------------------------------

    def apply_read_only(self, read_only: bool) -> None:
        self.new_action.setEnabled(not read_only)
        self.open_action.setText(self.tr("Open") if read_only else self.tr("Edit"))
        self._selection()

    # -- dialogs ----------------------------------------------------------------------------

    def _open_dialog(self, dialog: RecordDialog) -> RecordDialog:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.window().activateWindow()  # back to the list (without a window manager too)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_conference(self) -> RecordDialog | None:
        if self.context.read_only or self.dialog is not None:
            return None
        numbers = [c.number for c in conferences.list_conferences(self.context.db)]
        editor = ConferenceEditor(
            self.context, self._create, next_number=max(numbers, default=0) + 1, parent=self
        )
        return self._open_dialog(editor)

    def open_selected(self) -> RecordDialog | None:
        conference = self.selected()
        if conference is None or self.dialog is not None:
            return None
        editor = ConferenceEditor(
            self.context,
            lambda values: self._update(conference.id, values),
            conference=conference,
            parent=self,
        )
        return self._open_dialog(editor)

    def postpone_selected(self) -> RecordDialog | None:
        conference = self.selected()
        if conference is None or self.dialog is not None or self.context.read_only:
            return None
        if conference.status not in POSTPONABLE:
            return None
        dialog = PostponeDialog(
            self.context, lambda values: self._postpone(conference, values), conference, self
        )
        return self._open_dialog(dialog)

    # -- undoable edits ---------------------------------------------------------------------

    def _perform(self, text: str, apply: Any, revert: Any) -> Any:
        return perform(self.undo_stack, Edit(self.context, text, apply, revert, [CONFERENCES]))

    def _create(self, values: dict[str, Any]) -> Conference:
        db = self.context.db
        state: dict[str, Any] = {}

        def apply() -> Conference:
            if "snapshot" in state:
                return conferences.restore_conference(db, state["snapshot"])
            created = conferences.create_conference(db, values)
            state["snapshot"] = records.snapshot(created)
            return created

        def revert() -> None:
            conferences.delete_conference(db, state["snapshot"]["id"])

        text = self.tr("Add conference {number}").format(number=values["number"])
        created: Conference = self._perform(text, apply, revert)
        self.select(created.id)
        return created

    def _update(self, conference_id: uuid.UUID, values: dict[str, Any]) -> None:
        db = self.context.db
        state: dict[str, Any] = {}

        def apply() -> None:
            _conference, previous = conferences.update_conference(db, conference_id, values)
            state.setdefault("previous", previous)

        def revert() -> None:
            conferences.update_conference(db, conference_id, state["previous"])

        text = self.tr("Edit conference {number}").format(number=values["number"])
        self._perform(text, apply, revert)

    def _postpone(self, conference: Conference, values: dict[str, Any]) -> None:
        db = self.context.db
        before = {name: getattr(conference, name) for name in POSTPONE_FIELDS}
        state: dict[str, Any] = {}

        def apply() -> None:
            if "row" in state:
                conferences.restore_postponement(db, state["row"])
            else:
                entry = conferences.postpone(db, conference.id, **values)
                state["id"] = entry.id

        def revert() -> None:
            state["row"] = conferences.revert_postponement(
                db, state["id"], conference_values=before
            )

        text = self.tr("Postpone conference {number}").format(number=conference.number)
        self._perform(text, apply, revert)

    def delete_selected(self) -> None:
        conference = self.selected()
        if conference is None or self.context.read_only:
            return
        number = conference.number
        answer = QMessageBox.question(
            self,
            self.tr("Delete conference"),
            self.tr("Delete conference {number}?").format(number=number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.context.db
        state: dict[str, Any] = {}

        def apply() -> None:
            state["values"] = conferences.delete_conference(db, conference.id)

        def revert() -> None:
            conferences.restore_conference(db, state["values"])

        text = self.tr("Delete conference {number}").format(number=number)
        try:
            self._perform(text, apply, revert)
        except SecretariatError as error:  # still referred to: nothing was deleted
            QMessageBox.warning(self, text, str(error))

    # -- remembered state -------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"{self.key}/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(f"{self.key}/header")
        if isinstance(header, QByteArray | bytes):
            self.table.horizontalHeader().restoreState(QByteArray(header))
        splitter = settings.value(f"{self.key}/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))
