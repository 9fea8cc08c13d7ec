"""The Conferences page: the conferences with their plan counts, the selected one's
postponement history, the editor and "Postpone…"; every edit undoable."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from secretariat.errors import NotFoundError
from secretariat.models import LANGUAGES, Conference, ConferenceStatus
from secretariat.services import conferences, list_queries, records
from secretariat.services.conferences import CONFERENCE
from secretariat.text import column
from ui.context import CONFERENCES, PLANS, AppContext
from ui.dialogs.conference_editor import ConferenceEditor
from ui.dialogs.postpone import PostponeDialog
from ui.dialogs.record_dialog import RecordDialog
from ui.models.conferences import SideNames, conference_spec, postponement_spec
from ui.models.sql_table import SqlTableModel, TableSpec
from ui.pages.record_list import RecordListPage
from ui.undo import Edit, perform

POSTPONABLE = (ConferenceStatus.planned, ConferenceStatus.postponed)
# What postponing changes on the conference itself, put back exactly by its undo.
POSTPONE_FIELDS = ["status", "planned_date"] + [
    column("postponement_reason", language) for language in LANGUAGES
]


class ConferencesPage(RecordListPage):
    key = "conferences"
    kind = CONFERENCES
    watched = (PLANS,)  # the plan counts

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.sides = SideNames(context)
        super().__init__(context, parent)
        self._add_postpone_action()
        self._add_history()
        self.retranslate()
        self._update_actions()

    # -- building ---------------------------------------------------------------------------

    def _add_postpone_action(self) -> None:
        self.postpone_action = QAction(self)
        self.postpone_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.postpone_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.postpone_action.triggered.connect(self.postpone_selected)
        self.addAction(self.postpone_action)
        self.toolbar.insertAction(self.undo_action, self.postpone_action)
        self.toolbar.insertSeparator(self.undo_action)

    def _add_history(self) -> None:
        """The selected conference's postponements, under the list."""
        self.history_model = SqlTableModel(
            self.context.db, postponement_spec(self.context, self.current_id), self
        )
        self.history_title = QLabel()
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(False)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.history_title)
        below_layout.addWidget(self.history)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        # RecordListPage lays itself out in a QVBoxLayout; the splitter takes the view's place.
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.replaceWidget(self.view, self.splitter)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_history())

    # -- list -------------------------------------------------------------------------------

    def table_spec(self) -> TableSpec:
        return conference_spec(self.context, self.sides, self.search.text)

    def update_filter(self) -> None:
        self.sides.reload()  # the profile's side names may have changed

    def total_count(self) -> int:
        return list_queries.CONFERENCES.count(self.context.db, "")

    def texts(self) -> dict[str, str]:
        return {
            "new": self.tr("New conference"),
            "edit": self.tr("Edit"),
            "delete": self.tr("Delete"),
            "search": self.tr("Search numbers and venues"),
            "count": self.tr("{shown} of {total} conferences"),
        }

    def delete_edit_text(self, count: int) -> str:
        return self.tr("Delete %n conference(s)", "", count)

    def deleted_message(self, count: int) -> str:
        return self.tr("Deleted %n conference(s). Undo brings them back.", "", count)

    def retranslate(self) -> None:
        self.sides.reload()
        super().retranslate()
        if not hasattr(self, "postpone_action"):
            return  # the base class's first call, before this page's own parts exist
        self.postpone_action.setText(self.tr("Postpone…"))
        self.postpone_action.setToolTip(self.tr("Postpone the selected conference (Ctrl+Shift+P)"))
        self.history_model.retranslate()
        self._show_history()

    def _after_reload(self) -> None:
        super()._after_reload()
        if hasattr(self, "history_model"):
            self._show_history()

    def selected_conference(self) -> Conference | None:
        conference_id = self.current_id()
        if conference_id is None:
            return None
        try:
            with self.context.db.read() as session:
                return records.get(session, CONFERENCE, conference_id)
        except NotFoundError:
            return None

    def _show_history(self) -> None:
        conference = self.selected_conference()
        self.history_model.reload()
        self.history.resizeColumnsToContents()
        if conference is None:
            text = self.tr("Select a conference to see its postponements.")
        elif not self.history_model.rowCount():
            text = self.tr("Conference {number} has not been postponed.")
        else:
            text = self.tr("Postponements of conference {number}")
        number = conference.number if conference is not None else ""
        self.history_title.setText(text.format(number=number))
        self._update_actions()

    def _update_actions(self) -> None:
        super()._update_actions()
        if hasattr(self, "postpone_action"):
            conference = self.selected_conference()
            postponable = conference is not None and conference.status in POSTPONABLE
            self.postpone_action.setEnabled(not self.context.read_only and postponable)

    def apply_read_only(self, read_only: bool) -> None:
        super().apply_read_only(read_only)
        self._update_actions()

    # -- editing ----------------------------------------------------------------------------

    def make_editor(self, record_id: uuid.UUID | None) -> RecordDialog:
        if record_id is None:
            numbers = [c.number for c in conferences.list_conferences(self.context.db)]
            return ConferenceEditor(
                self.context, next_number=max(numbers, default=0) + 1, parent=self
            )
        with self.context.db.read() as session:
            conference = records.get(session, CONFERENCE, record_id)
        return ConferenceEditor(self.context, conference=conference, parent=self)

    def save_record(self, record_id: uuid.UUID | None, values: dict[str, Any]) -> uuid.UUID:
        db = self.context.db
        number = values.get("number", "")
        if record_id is None:
            return self.perform_create(
                self.tr("Add conference {number}").format(number=number),
                lambda: conferences.create_conference(db, values),
                self.delete_record,
                self.restore_record,
            )
        return self.perform_update(
            self.tr("Edit conference {number}").format(number=number),
            record_id,
            lambda key, changes: conferences.update_conference(db, key, changes),
            values,
        )

    def delete_record(self, record_id: uuid.UUID) -> dict[str, Any]:
        return conferences.delete_conference(self.context.db, record_id)

    def restore_record(self, snapshot: dict[str, Any]) -> Any:
        return conferences.restore_conference(self.context.db, snapshot)

    def postpone_selected(self) -> None:
        conference = self.selected_conference()
        if self.context.read_only or conference is None or conference.status not in POSTPONABLE:
            return
        if self.editor is not None:
            self.editor.raise_()
            return
        dialog = PostponeDialog(
            self.context, lambda values: self._postpone(conference, values), conference, self
        )
        dialog.mark_clean()
        dialog.finished.connect(self._editor_closed)
        self.editor = dialog
        dialog.open()

    def _postpone(self, conference: Conference, values: dict[str, Any]) -> uuid.UUID:
        db = self.context.db
        before = {name: getattr(conference, name) for name in POSTPONE_FIELDS}
        state: dict[str, Any] = {}

        def apply() -> None:
            if "row" in state:
                conferences.restore_postponement(db, state.pop("row"))
            elif "id" not in state:
                state["id"] = conferences.postpone(db, conference.id, **values).id

        def revert() -> None:
            state["row"] = conferences.revert_postponement(
                db, state["id"], conference_values=before
            )

        text = self.tr("Postpone conference {number}").format(number=conference.number)
        perform(self.undo_stack, Edit(self.context, text, apply, revert, [CONFERENCES]))
        self.select_record(conference.id)
        return conference.id

    # -- screenshots and remembered state ---------------------------------------------------

    def prepare_screenshot(self) -> None:
        """For `make screenshots`: the latest postponed conference, its history shown."""
        db = self.context.db
        postponed = [
            c for c in conferences.list_conferences(db) if conferences.postponements(db, c.id)
        ]
        if postponed:
            self.select_record(postponed[-1].id)

    def screenshot_dialogs(self) -> list[tuple[str, Callable[[], QWidget]]]:
        def open_postpone() -> QWidget:
            every_conference = conferences.list_conferences(self.context.db)
            postponable = [c for c in every_conference if c.status in POSTPONABLE]
            if postponable:
                self.select_record(postponable[-1].id)
                self.postpone_selected()
            return self.editor if self.editor is not None else self

        return [*super().screenshot_dialogs(), (f"{self.key}-postpone", open_postpone)]

    def save_state(self, settings: QSettings) -> None:
        super().save_state(settings)
        settings.setValue(f"{self.key}/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        super().restore_state(settings)
        splitter = settings.value(f"{self.key}/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))
