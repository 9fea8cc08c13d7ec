"""The MOUs table: title in the working languages, signing, conference, teams, parties,
expiry and status; filtered by status, team and a search over titles and parties (the
core's list_queries.MOUS)."""

from __future__ import annotations

from secretariat.labels import field_label
from secretariat.services.list_queries import MOUS, MouFilter
from secretariat.services.record_lists import Row
from ui.context import AppContext
from ui.models.record_columns import (
    RIGHT,
    date_column,
    enum_column,
    kind_label,
    language_text_column,
)
from ui.models.sql_table import Column, TableSpec, record_spec


def _teams_display(row: Row) -> str:
    return ", ".join(sorted(filter(None, str(row["teams"] or "").split(","))))


def mou_columns(context: AppContext) -> list[Column]:
    def text(name: str) -> Column:
        return Column(name, kind_label(context, "mou", name), lambda row: row[name], sort_by=name)

    return [
        language_text_column(context, "mou", "title", 0),
        language_text_column(context, "mou", "title", 1),
        date_column(context, "mou", "signed_on"),
        Column(
            "conference",
            kind_label(context, "mou", "conference"),
            lambda row: row["conference"],
            sort_by="conference",
            alignment=RIGHT,
        ),
        Column(
            "teams",
            lambda: field_label("team", context.ui_language),
            _teams_display,
            sort_by="teams",
        ),
        text("party_a"),
        text("party_b"),
        date_column(context, "mou", "expires_on"),
        enum_column(context, "mou", "status"),
    ]


def mou_table_spec(context: AppContext, mou_filter: MouFilter) -> TableSpec:
    """The spec reads `mou_filter` each time the list reloads: the page changes it in place."""
    return record_spec(context.db, MOUS, lambda: mou_filter, mou_columns(context))
