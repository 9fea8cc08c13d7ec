"""The activities table, built for 200,000 rows: the filter, the ids as stored and the rows
are the core's (secretariat.services.activity_list); the model holds ids only."""

from __future__ import annotations

from collections.abc import Callable

from secretariat.services.activity_list import ACTIVITIES, ActivityFilter
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


def plan_reference(row: Row) -> str:
    """`3-ECO-07`, as plan_ref writes it; empty when the activity belongs to no plan."""
    if row["plan_seq"] is None:
        return ""
    return f"{row['plan_conference']}-{row['plan_team']}-{row['plan_seq']:02d}"


def activity_columns(context: AppContext) -> list[Column]:
    def label(name: str) -> Callable[[], str]:
        return kind_label(context, "activity", name)

    return [
        date_column(context, "activity", "held_on"),
        Column("team", label("team"), lambda row: row["team"] or "", sort_by="team"),
        enum_column(context, "activity", "category"),
        enum_column(context, "activity", "direction"),
        Column(
            "participants",
            label("participants"),
            lambda row: row["participants"],
            sort_by="participants",
            alignment=RIGHT,
        ),
        Column("plan", label("plan"), plan_reference),
        language_text_column(context, "activity", "description", 0),
        language_text_column(context, "activity", "description", 1),
    ]


def activity_table_spec(context: AppContext, activity_filter: ActivityFilter) -> TableSpec:
    """Ids held as stored (see record_lists.stored_key); the page's model converts them."""
    return record_spec(context.db, ACTIVITIES, lambda: activity_filter, activity_columns(context))
