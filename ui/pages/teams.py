"""The Teams page: one team per field of cooperation, the conference it starts from and how
many plans it has; a team that plans still refer to cannot be deleted."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from secretariat.services import list_queries, records, teams
from secretariat.services.list_queries import TeamFilter
from ui.context import CONFERENCES, PLANS, TEAMS, AppContext
from ui.dialogs.team_editor import TeamEditor
from ui.models.sql_table import TableSpec
from ui.models.teams import team_table_spec
from ui.pages.record_list import RecordListPage
from ui.pages.record_operations import RecordOperations, first_text, team_operations


class TeamsPage(RecordListPage):
    key = "teams"
    kind = TEAMS
    watched = (PLANS, CONFERENCES)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.team_filter = TeamFilter()
        super().__init__(context, parent)
        # Few, short columns: a stretched last column would push the plan counts far away.
        self.view.horizontalHeader().setStretchLastSection(False)

    # -- list ---------------------------------------------------------------------------

    def table_spec(self) -> TableSpec:
        return team_table_spec(self.context, self.team_filter)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.active_only = QCheckBox()
        self.active_only.toggled.connect(self.apply_filters)
        bar.addWidget(self.active_only)

    def update_filter(self) -> None:
        self.team_filter.active_only = self.active_only.isChecked()
        self.team_filter.search = self.search.text()

    def total_count(self) -> int:
        return list_queries.TEAMS.count(self.context.db, TeamFilter())

    def texts(self) -> dict[str, str]:
        return {
            "new": self.tr("New team"),
            "edit": self.tr("Edit"),
            "delete": self.tr("Delete"),
            "search": self.tr("Search codes and names"),
            "count": self.tr("{shown} of {total} teams"),
            "add": self.tr("Add team {name}"),
            "change": self.tr("Edit team {name}"),
        }

    def delete_edit_text(self, count: int) -> str:
        return self.tr("Delete %n team(s)", "", count)

    def deleted_message(self, count: int) -> str:
        return self.tr("Deleted %n team(s). Undo brings them back.", "", count)

    def retranslate(self) -> None:
        self.active_only.setText(self.tr("Active teams only"))
        super().retranslate()

    # -- editing ------------------------------------------------------------------------

    def make_editor(self, record_id: uuid.UUID | None) -> TeamEditor:
        editor = TeamEditor(self.context, self)
        if record_id is not None:
            with self.context.db.read() as session:
                team = records.get(session, teams.TEAM, record_id)
            editor.load(team)
        return editor

    def record_name(self, values: dict[str, Any]) -> str:
        code = str(values["code"]).strip().upper()
        return code or first_text(values, "name", self.context.display_languages())

    def make_operations(self) -> RecordOperations:
        return team_operations(self.context.db)
