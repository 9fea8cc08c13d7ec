"""Models of the Meetings page: the meetings table (over the core's list_queries.MEETINGS),
and the status updates listed in the meeting form (those being typed, or those decided at a
saved meeting)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from secretariat.labels import LANGUAGE_NAMES, enum_label, field_label
from secretariat.models import LANGUAGES, MeetingState, PlanStatus
from secretariat.services.list_queries import MEETINGS, MeetingFilter
from secretariat.services.record_lists import Row
from secretariat.text import column
from ui.context import AppContext
from ui.models.sql_table import Column, TableSpec, record_spec

GAP_COLOR = QColor("#b45309")  # amber, as the editors' "missing translation" mark
EXCERPT_LENGTH = 34  # per language: both fit side by side
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


def outcome(row: Row, language: str) -> str:
    return str(row.get(column("outcomes", language)) or "").strip()


def outcome_gaps(row: Row, working: Sequence[str]) -> list[str]:
    """Working languages without outcomes while another language has some."""
    if not any(outcome(row, language) for language in LANGUAGES):
        return []
    return [language for language in working if not outcome(row, language)]


def excerpt(text: str, length: int = EXCERPT_LENGTH) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


def outcomes_excerpt(row: Row, working: Sequence[str], ui_language: str) -> str:
    """The outcomes in the working languages side by side, a mark where one is missing
    (and, when neither has any, the first other language that has); a meeting not held yet
    says so, with its time."""
    if row.get("state") == MeetingState.planned:
        return (
            f"{enum_label(MeetingState.planned, ui_language)} {row.get('start_time') or ''}".strip()
        )
    gaps = outcome_gaps(row, working)
    parts = []
    for language in working:
        if outcome(row, language):
            parts.append(excerpt(outcome(row, language)))
        elif language in gaps:
            name = LANGUAGE_NAMES[language].get(ui_language)
            parts.append(
                QCoreApplication.translate("MeetingsModel", "⚠ {language} missing").format(
                    language=name
                )
            )
    if len(gaps) == len(working):
        others = [outcome(row, language) for language in LANGUAGES if outcome(row, language)]
        parts.append(excerpt(others[0]))
    return "  │  ".join(parts)


def outcomes_tooltip(row: Row, ui_language: str) -> str | None:
    texts = [
        f"{LANGUAGE_NAMES[language].get(ui_language)}: {outcome(row, language)}"
        for language in LANGUAGES
        if outcome(row, language)
    ]
    return "\n\n".join(texts) or None


def meeting_spec(context: AppContext, filters: MeetingFilter) -> TableSpec:
    """The meetings table: newest first, filtered by the page's search and team."""

    def ui() -> str:
        return context.ui_language

    def gap_color(row: Row) -> QColor | None:
        return GAP_COLOR if outcome_gaps(row, context.working_languages) else None

    columns = [
        Column(
            "date",
            lambda: field_label("date", ui()),
            lambda row: row["held_on"].isoformat(),
            sort_by="date",
        ),
        Column(
            "kind",
            lambda: field_label("kind", ui()),
            lambda row: enum_label(row["kind"], ui()),
            sort_by="kind",
        ),
        Column(
            "conference",
            lambda: field_label("conference", ui()),
            lambda row: row["conference"],
            sort_by="conference",
            alignment=RIGHT,
        ),
        Column(
            "teams",
            lambda: field_label("team", ui()),
            lambda row: ", ".join(sorted((row["teams"] or "").split(","))).strip(", "),
        ),
        Column(
            "venue",
            lambda: field_label("venue", ui()),
            lambda row: row["venue"],
            sort_by="venue",
        ),
        Column(
            "updates",
            lambda: QCoreApplication.translate("MeetingsModel", "Status updates"),
            lambda row: row["updates"],
            sort_by="updates",
            alignment=RIGHT,
        ),
        Column(
            "outcomes",
            lambda: field_label("outcomes", ui()),
            lambda row: outcomes_excerpt(row, context.working_languages, ui()),
            tooltip=lambda row: outcomes_tooltip(row, ui()),
            foreground=gap_color,
        ),
    ]
    return record_spec(context.db, MEETINGS, lambda: filters, columns)


# -- the status updates of one meeting (in the form) --------------------------------------


@dataclass(frozen=True)
class UpdateRow:
    """One plan's status update: being typed (`change_id` None) or decided and saved."""

    plan_id: uuid.UUID
    ref: str
    titles: dict[str, str]
    from_status: PlanStatus | None  # the plan's status now (typed) or before (saved)
    to_status: PlanStatus
    note: str = ""
    change_id: uuid.UUID | None = None


class StatusUpdatesModel(QAbstractTableModel):
    """The meeting's status updates. New status and note are editable unless read-only."""

    COLUMNS = ("ref", "title", "from_status", "to_status", "note")
    TO_STATUS = 3
    NOTE = 4

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.rows: list[UpdateRow] = []
        self.read_only = False

    def set_rows(self, rows: list[UpdateRow], *, read_only: bool) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.read_only = read_only
        self.endResetModel()

    def add(self, row: UpdateRow) -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()

    def remove(self, position: int) -> None:
        if 0 <= position < len(self.rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self.rows[position]
            self.endRemoveRows()

    def plan_ids(self) -> list[uuid.UUID]:
        return [row.plan_id for row in self.rows]

    def _title(self, row: UpdateRow) -> str:
        for language in (*self._context.display_languages(), *LANGUAGES):
            if row.titles.get(language):
                return row.titles[language]
        return ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        ui = self._context.ui_language
        if self.COLUMNS[section] == "to_status":
            return (
                QCoreApplication.translate("MeetingsModel", "New status")
                if not self.read_only
                else field_label("to_status", ui)
            )
        if self.COLUMNS[section] == "from_status" and not self.read_only:
            return QCoreApplication.translate("MeetingsModel", "Status now")
        return field_label(self.COLUMNS[section], ui)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        name = self.COLUMNS[index.column()]
        ui = self._context.ui_language
        if role == Qt.ItemDataRole.EditRole and name == "to_status":
            return row.to_status
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = {
                "ref": row.ref,
                "title": self._title(row),
                "from_status": enum_label(row.from_status, ui) if row.from_status else "",
                "to_status": enum_label(row.to_status, ui),
                "note": row.note,
            }
            return values[name]
        if role == Qt.ItemDataRole.ToolTipRole and name == "title":
            return "\n".join(text for text in row.titles.values() if text) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in (self.TO_STATUS, self.NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row = self.rows[index.row()]
        if index.column() == self.TO_STATUS:
            if not isinstance(value, PlanStatus):
                return False
            self.rows[index.row()] = replace(row, to_status=value)
        else:
            self.rows[index.row()] = replace(row, note=str(value))
        self.dataChanged.emit(index, index)
        return True
