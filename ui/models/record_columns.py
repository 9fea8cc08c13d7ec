"""Columns the record tables share: text in one working language (with the gap shown),
dates, enum labels in the interface language, and the search condition over text columns."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from sqlalchemy import ColumnElement, false, or_

from secretariat.labels import enum_label, field_label
from secretariat.text import column
from ui.context import AppContext
from ui.models.sql_table import Column, Row

GAP_COLOUR = QColor("#b45309")  # amber, as the editor's "missing translation" mark
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def missing_text() -> str:
    return QCoreApplication.translate("RecordColumns", "(missing)")


def language_text_column(
    context: AppContext, model: type[Any], field: str, position: int, label: str | None = None
) -> Column:
    """`field` in the committee's working language number `position` (0 or 1). An empty
    text shows "(missing)" in amber: a gap to see, never filled from another language."""
    language = context.working_languages[position]
    name = column(field, language)

    def header() -> str:
        return f"{field_label(label or field, context.ui_language)} ({language})"

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
        sort_by=getattr(model, name),
        tooltip=tooltip,
        foreground=foreground,
    )


def date_column(context: AppContext, key: str, label: str, attribute: Any) -> Column:
    def display(row: Row) -> str:
        value = row[key]
        return value.isoformat() if isinstance(value, date) else ""

    return Column(key, lambda: field_label(label, context.ui_language), display, sort_by=attribute)


def enum_column(context: AppContext, key: str, label: str, attribute: Any) -> Column:
    def display(row: Row) -> str:
        value = row[key]
        return enum_label(value, context.ui_language) if isinstance(value, enum.Enum) else ""

    return Column(key, lambda: field_label(label, context.ui_language), display, sort_by=attribute)


def text_search(term: str, columns: Sequence[Any]) -> ColumnElement[bool]:
    """Rows where any of `columns` contains `term` (case-insensitive for Latin letters;
    Korean and Chinese have no case). `%` and `_` in the term are matched literally."""
    term = term.strip()
    if not term:
        return ~false()
    return or_(*(attribute.icontains(term, autoescape=True) for attribute in columns))
