"""Models of the Conferences page: the conferences with their plan counts (GROUP BY in SQL,
no plan loaded), and one conference's postponement history; both lists are the core's
(list_queries.CONFERENCES and POSTPONEMENTS)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from secretariat.labels import (
    LANGUAGE_NAMES,
    enum_label,
    field_label,
    indicator_label,
)
from secretariat.models import LANGUAGES, ConferenceStatus, PlanStatus, Side
from secretariat.services import committee
from secretariat.services.list_queries import CONFERENCES, POSTPONEMENTS
from secretariat.services.record_lists import Row
from secretariat.text import column, display_text
from ui.context import AppContext
from ui.models.sql_table import Column, TableSpec, record_spec

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GAP_COLOR = QColor("#b45309")


def status_text(row: Row, ui_language: str) -> str:
    """`Held (postponed 2×)`: the status and how often the conference was postponed."""
    label = enum_label(row["status"], ui_language)
    count = int(row["postponements"] or 0)
    if not count:
        return str(label)
    if row["status"] == ConferenceStatus.postponed:
        return QCoreApplication.translate("ConferencesModel", "{status} ({count}×)").format(
            status=label, count=count
        )
    return QCoreApplication.translate("ConferencesModel", "{status} (postponed {count}×)").format(
        status=label, count=count
    )


def date_text(value: Any) -> str:
    return value.isoformat() if value else ""


class SideNames:
    """The sides' names from the committee profile, read once per reload."""

    def __init__(self, context: AppContext) -> None:
        self._context = context
        self._names: dict[Side, str] = {}

    def reload(self) -> None:
        profile = committee.get_profile(self._context.db)
        languages = self._context.display_languages()
        self._names = {}
        if profile is not None:
            self._names[Side.A] = display_text(profile, "side_a_name", languages)
            self._names[Side.B] = display_text(profile, "side_b_name", languages)

    def text(self, side: Side) -> str:
        label = enum_label(side, self._context.ui_language)
        name = self._names.get(side)
        return f"{name} ({side.value})" if name else label


def conference_spec(
    context: AppContext, sides: SideNames, search: Callable[[], str] = lambda: ""
) -> TableSpec:
    def ui() -> str:
        return context.ui_language

    def count_column(status: PlanStatus) -> Column:
        return Column(
            status.value,
            lambda: enum_label(status, ui()),
            lambda row: row[status.value],
            alignment=RIGHT,
        )

    columns = [
        Column(
            "number",
            lambda: QCoreApplication.translate("ConferencesModel", "No."),
            lambda row: row["number"],
            sort_by="number",
            alignment=RIGHT,
        ),
        Column(
            "planned_date",
            lambda: field_label("planned_date", ui()),
            lambda row: date_text(row["planned_date"]),
            sort_by="planned_date",
        ),
        Column(
            "held_date",
            lambda: field_label("held_date", ui()),
            lambda row: date_text(row["held_date"]),
            sort_by="held_date",
        ),
        Column(
            "host_side",
            lambda: field_label("host_side", ui()),
            lambda row: sides.text(row["host_side"]),
            sort_by="host_side",
        ),
        Column(
            "venue",
            lambda: field_label("venue", ui()),
            lambda row: display_text(_Record(row), "venue", context.display_languages()),
        ),
        Column(
            "status",
            lambda: field_label("record_status", ui()),
            lambda row: status_text(row, ui()),
            sort_by="status",
            tooltip=lambda row: _reason_tooltip(row, ui()),
        ),
        Column(
            "plans",
            lambda: indicator_label("plans", ui()),
            lambda row: row["plans"],
            alignment=RIGHT,
        ),
        *(count_column(status) for status in PlanStatus),
    ]
    return record_spec(context.db, CONFERENCES, search, columns)


class _Record:
    """A row mapping seen as a record, for the text helpers (`display_text`)."""

    def __init__(self, row: Row) -> None:
        self._row = row

    def __getattr__(self, name: str) -> Any:
        return self._row.get(name, "")


def _reason_tooltip(row: Row, ui_language: str) -> str | None:
    if row["status"] != ConferenceStatus.postponed:
        return None
    return _texts_tooltip(row, "postponement_reason", ui_language)


def _texts_tooltip(row: Row, field: str, ui_language: str) -> str | None:
    texts = [
        f"{LANGUAGE_NAMES[language].get(ui_language)}: {row[column(field, language)]}"
        for language in LANGUAGES
        if row.get(column(field, language))
    ]
    return "\n".join(texts) or None


# -- one conference's postponements ---------------------------------------------------------


def reasons_text(row: Row, working: Sequence[str], ui_language: str) -> str:
    """The reason in both working languages side by side; a mark where one is missing."""
    parts = []
    for language in working:
        text = str(row.get(column("reason", language)) or "").strip()
        if text:
            parts.append(" ".join(text.split()))
        else:
            name = LANGUAGE_NAMES[language].get(ui_language)
            parts.append(
                QCoreApplication.translate("ConferencesModel", "⚠ {language} missing").format(
                    language=name
                )
            )
    return "  │  ".join(parts)


def postponement_spec(
    context: AppContext, conference_id: Callable[[], uuid.UUID | None]
) -> TableSpec:
    """The postponements of the conference `conference_id()` returns, in the order decided."""

    def ui() -> str:
        return context.ui_language

    def moved(row: Row) -> str:
        new_date = date_text(row["new_date"]) or QCoreApplication.translate(
            "ConferencesModel", "date not yet known"
        )
        return f"{date_text(row['previous_date'])} → {new_date}"

    def has_gap(row: Row) -> QColor | None:
        working = context.working_languages
        missing = [lang for lang in working if not str(row.get(column("reason", lang)) or "")]
        return GAP_COLOR if missing else None

    columns = [
        Column(
            "decided_on",
            lambda: QCoreApplication.translate("ConferencesModel", "Decided on"),
            lambda row: date_text(row["decided_on"]),
            sort_by="decided_on",
        ),
        Column(
            "moved",
            lambda: QCoreApplication.translate("ConferencesModel", "Previous date → new date"),
            moved,
        ),
        Column(
            "reason",
            lambda: QCoreApplication.translate("ConferencesModel", "Reason"),
            lambda row: reasons_text(row, context.working_languages, ui()),
            tooltip=lambda row: _texts_tooltip(row, "reason", ui()),
            foreground=has_gap,
        ),
    ]
    return record_spec(context.db, POSTPONEMENTS, conference_id, columns)
