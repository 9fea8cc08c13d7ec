"""The MOUs page: every MOU signed (or being negotiated) between the sides, filtered by
status and team, edited in a dialog, with undo."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QWidget

from secretariat.models import MouStatus
from secretariat.services import list_queries, mous, records
from secretariat.services.list_queries import MouFilter
from ui.context import CONFERENCES, MOUS, TEAMS, AppContext
from ui.dialogs.mou_editor import MouEditor
from ui.models.mous import mou_table_spec
from ui.models.sql_table import TableSpec
from ui.pages.record_list import RecordListPage
from ui.pages.record_operations import RecordOperations, first_text, mou_operations
from ui.widgets.form_choices import team_choices
from ui.widgets.form_fields import EnumCombo, KeyedCombo


class MousPage(RecordListPage):
    key = "mous"
    kind = MOUS
    watched = (TEAMS, CONFERENCES)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.mou_filter = MouFilter()
        super().__init__(context, parent)

    # -- list ---------------------------------------------------------------------------

    def table_spec(self) -> TableSpec:
        return mou_table_spec(self.context, self.mou_filter)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.status_filter = EnumCombo(MouStatus, self.context.ui_language, empty_label="")
        self.team_filter = KeyedCombo()
        for combo in (self.status_filter, self.team_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
            bar.addWidget(combo)

    def refresh_choices(self) -> None:
        self.team_filter.blockSignals(True)
        choices = team_choices(self.context.db, self.context.display_languages())
        self.team_filter.set_choices(choices, self.tr("All teams"))
        self.team_filter.blockSignals(False)

    def update_filter(self) -> None:
        self.mou_filter.status = self.status_filter.value()
        self.mou_filter.team_id = self.team_filter.value()
        self.mou_filter.search = self.search.text()

    def total_count(self) -> int:
        return list_queries.MOUS.count(self.context.db, MouFilter())

    def texts(self) -> dict[str, str]:
        return {
            "new": self.tr("New MOU"),
            "edit": self.tr("Edit"),
            "delete": self.tr("Delete"),
            "search": self.tr("Search titles and parties"),
            "count": self.tr("{shown} of {total} MOUs"),
            "add": self.tr("Add MOU “{name}”"),
            "change": self.tr("Edit MOU “{name}”"),
        }

    def delete_edit_text(self, count: int) -> str:
        return self.tr("Delete %n MOU(s)", "", count)

    def deleted_message(self, count: int) -> str:
        return self.tr("Deleted %n MOU(s). Undo brings them back.", "", count)

    def retranslate(self) -> None:
        self.status_filter.blockSignals(True)
        self.status_filter.set_language(self.context.ui_language, self.tr("All statuses"))
        self.status_filter.blockSignals(False)
        self.refresh_choices()
        super().retranslate()

    # -- editing ------------------------------------------------------------------------

    def make_editor(self, record_id: uuid.UUID | None) -> MouEditor:
        editor = MouEditor(self.context, self)
        if record_id is not None:
            with self.context.db.read() as session:
                mou = records.get(session, mous.MOU, record_id)
                team_ids = mous.mou_team_ids(session, mou.id)
            editor.load(mou, team_ids)
        return editor

    def record_name(self, values: dict[str, Any]) -> str:
        return first_text(values, "title", self.context.display_languages())

    def make_operations(self) -> RecordOperations:
        return mou_operations(self.context.db)
