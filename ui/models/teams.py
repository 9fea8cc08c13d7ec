"""The teams table: code, names in the working languages, the conference a team starts from,
whether it is active, its order, and how many plans it has (the core's list_queries.TEAMS:
one GROUP BY per block)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from secretariat.services.list_queries import TEAMS, TeamFilter
from ui.context import AppContext
from ui.models.record_columns import RIGHT, kind_label, language_text_column
from ui.models.sql_table import Column, TableSpec, record_spec


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("TeamsTable", "Yes")
        if value
        else QCoreApplication.translate("TeamsTable", "No")
    )


def team_columns(context: AppContext) -> list[Column]:
    def label(name: str) -> Callable[[], str]:
        return kind_label(context, "team", name)

    return [
        Column("code", label("code"), lambda row: row["code"], sort_by="code"),
        language_text_column(context, "team", "name", 0),
        language_text_column(context, "team", "name", 1),
        Column(
            "start_conference",
            label("start_conference"),
            lambda row: row["start_conference"] or "",
            sort_by="start_conference",
            alignment=RIGHT,
        ),
        Column("active", label("active"), lambda row: yes_no(row["active"]), sort_by="active"),
        Column(
            "sort_order",
            lambda: QCoreApplication.translate("TeamsTable", "Order"),
            lambda row: row["sort_order"],
            sort_by="sort_order",
            alignment=RIGHT,
        ),
        Column(
            "plans",
            lambda: QCoreApplication.translate("TeamsTable", "Plans"),
            lambda row: row["plans"],
            sort_by="plans",
            alignment=RIGHT,
        ),
    ]


def team_table_spec(context: AppContext, team_filter: TeamFilter) -> TableSpec:
    """The spec reads `team_filter` each time the list reloads: the page changes it in place."""
    return record_spec(context.db, TEAMS, lambda: team_filter, team_columns(context))
