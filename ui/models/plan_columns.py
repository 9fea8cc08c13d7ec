"""The plans table's columns: reference, conference, team, title in both working languages,
origin, horizon, status (with its colour), progress (with a small bar), last change and due
date; the widths they start at and those hidden at first. `PlansModel` reads its rows."""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from secretariat.labels import LANGUAGE_NAMES, enum_label, field_label
from secretariat.models import PlanStatus
from secretariat.services import plan_query
from secretariat.services.record_lists import Row
from secretariat.text import column
from ui.context import AppContext
from ui.models.record_columns import GAP_COLOUR, RIGHT, missing_text
from ui.models.sql_table import Column

STATUS_COLOURS: dict[PlanStatus, QColor] = {
    PlanStatus.agreed: QColor("#64748b"),  # slate: adopted, not started
    PlanStatus.in_progress: QColor("#2563eb"),  # blue: under way
    PlanStatus.implemented: QColor("#16a34a"),  # green: done
    PlanStatus.on_hold: QColor("#d97706"),  # amber: waiting
    PlanStatus.dropped: QColor("#b91c1c"),  # red: discontinued
}


PROGRESS_BAR_SIZE = (28, 7)


# Decorations are pixmaps made once: Qt's delegate turns a QImage into a pixmap, and fills a
# new pixmap for a QColor, in every cell of every repaint (~15 % of a scroll step's time).


@lru_cache(maxsize=101)
def progress_bar(percent: int) -> QPixmap:
    """A small bar filled to `percent`, drawn once per value: a repaint only copies it."""
    width, height = PROGRESS_BAR_SIZE
    pixmap = QPixmap(width, height)
    pixmap.fill(QColor("#e2e8f0"))
    painter = QPainter(pixmap)
    painter.fillRect(
        0, 0, round(width * max(0, min(percent, 100)) / 100), height, QColor("#60a5fa")
    )
    painter.end()
    return pixmap


@lru_cache(maxsize=16)
def status_swatch(status: str) -> QPixmap | None:
    """The status colour as the square Qt draws for a colour decoration (a small icon)."""
    colour = STATUS_COLOURS.get(status)  # type: ignore[call-overload]
    if colour is None:
        return None
    side = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    pixmap = QPixmap(side, side)
    pixmap.fill(colour)
    return pixmap


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else ""


def plan_columns(context: AppContext, team_name: Callable[[uuid.UUID], str]) -> list[Column]:
    """The columns, keyed for settings; headers and labels in the interface language."""

    def label(name: str) -> str:
        return field_label(name, context.ui_language)

    def enum_text(name: str) -> Callable[[Row], str]:
        def display(row: Row) -> str:
            value = row[name]
            return enum_label(value, context.ui_language) if isinstance(value, enum.Enum) else ""

        return display

    def conference(row: Row) -> str:
        held = row["conference_date"]
        return (
            f"{row['conference_number']} · {held.year}" if held else str(row["conference_number"])
        )

    return [
        Column(
            "ref",
            lambda: label("ref"),
            lambda row: plan_query.reference(
                row["conference_number"], row["team_code"], row["seq"]
            ),
            sort_by="ref",
        ),
        Column("conference", lambda: label("conference"), conference, sort_by="conference"),
        Column(
            "team",
            lambda: label("team"),
            lambda row: team_name(row["team_id"]),
            sort_by="team",
            tooltip=lambda row: f"{row['team_code']} — {team_name(row['team_id'])}",
        ),
        title_column(context, 0),
        title_column(context, 1),
        Column(
            "origin",
            lambda: label("origin"),
            enum_text("origin"),
            sort_by="origin",
        ),
        Column(
            "horizon",
            lambda: label("horizon"),
            enum_text("horizon"),
            sort_by="horizon",
        ),
        Column(
            "status",
            lambda: label("status"),
            enum_text("status"),
            sort_by="status",
            decoration=lambda row: status_swatch(row["status"]),
        ),
        Column(
            "progress",
            lambda: label("progress"),
            lambda row: f"{row['progress']} %",
            decoration=lambda row: progress_bar(row["progress"]),
            sort_by="progress",
            alignment=RIGHT,
        ),
        Column(
            "last_change",
            lambda: label("last_change"),
            lambda row: _iso(row["status_changed_on"]),
            sort_by="last_change",
        ),
        Column(
            "due_date",
            lambda: label("due_date"),
            lambda row: _iso(row["due_date"]),
            sort_by="due_date",
        ),
    ]


# The columns as they start, by key (the header's saved state overrides both).
COLUMN_WIDTHS = {
    "ref": 76,
    "conference": 84,
    "team": 92,
    "title_0": 224,
    "title_1": 224,
    "origin": 84,
    "horizon": 84,
    "status": 110,
    "progress": 86,
}
HIDDEN_AT_FIRST = ("due_date",)


def short_language_name(language: str, ui_language: str) -> str:
    """ "Chinese" for "Chinese (Simplified)": a column header has little room."""
    return re.sub(r"\s*[(（].*[)）]\s*$", "", LANGUAGE_NAMES[language].get(ui_language))


def title_column(context: AppContext, position: int) -> Column:
    """The title in working language number `position`, named in the header; an empty title
    shows "(missing)" in amber (a gap to see, never filled from another language)."""

    def name() -> str:
        return column("title", context.working_languages[position])

    def header() -> str:
        language = short_language_name(context.working_languages[position], context.ui_language)
        return f"{field_label('title', context.ui_language)} · {language}"

    def display(row: Row) -> str:
        return str(row[name()] or "").replace("\n", " ") or missing_text()

    def tooltip(row: Row) -> str | None:
        if row[name()]:
            return str(row[name()])
        language = context.working_languages[position]
        return QCoreApplication.translate("PlansModel", "No title in {language} yet").format(
            language=LANGUAGE_NAMES[language].get(context.ui_language)
        )

    return Column(
        f"title_{position}",
        header,
        display,
        sort_by=f"title_{position}",  # plan_list: the title in this working language
        tooltip=tooltip,
        foreground=lambda row: None if row[name()] else GAP_COLOUR,
    )
