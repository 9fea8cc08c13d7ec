"""Columns the record tables share: text in one working language (with the gap shown),
dates, enum labels in the interface language; headers are the fields' labels from the
record kinds' descriptions (secretariat.kinds). Each sorts by the core list's key of the
same name (secretariat.services.list_queries)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from secretariat.kinds import kind_named
from secretariat.labels import enum_label
from secretariat.services.record_lists import Row
from secretariat.text import column
from ui.context import AppContext
from ui.models.sql_table import Column

GAP_COLOUR = QColor("#b45309")  # amber, as the editor's "missing translation" mark
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def missing_text() -> str:
    return QCoreApplication.translate("RecordColumns", "(missing)")


def kind_label(context: AppContext, kind: str, field: str) -> Callable[[], str]:
    """The header of a kind's field, in the interface language (asked each time)."""
    label = kind_named(kind).field(field).label
    return lambda: label.get(context.ui_language)


def language_text_column(context: AppContext, kind: str, field: str, position: int) -> Column:
    """`field` in the committee's working language number `position` (0 or 1). An empty
    text shows "(missing)" in amber: a gap to see, never filled from another language."""
    language = context.working_languages[position]
    name = column(field, language)
    label = kind_label(context, kind, field)

    def header() -> str:
        return f"{label()} ({language})"

    def display(row: Row) -> str:
        return str(row[name] or "").replace("\n", " ") or missing_text()

    def foreground(row: Row) -> QColor | None:
        return None if row[name] else GAP_COLOUR

    def tooltip(row: Row) -> str | None:
        return str(row[name]) if row[name] else None

    return Column(
        f"{field}_{position}",
        header,
        display,
        sort_by=name,
        tooltip=tooltip,
        foreground=foreground,
    )


def date_column(context: AppContext, kind: str, key: str) -> Column:
    def display(row: Row) -> str:
        value = row[key]
        return value.isoformat() if isinstance(value, date) else ""

    return Column(key, kind_label(context, kind, key), display, sort_by=key)


def enum_column(context: AppContext, kind: str, key: str) -> Column:
    def display(row: Row) -> str:
        value = row[key]
        return enum_label(value, context.ui_language) if isinstance(value, enum.Enum) else ""

    return Column(key, kind_label(context, kind, key), display, sort_by=key)
