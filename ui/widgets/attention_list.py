"""The dashboard's "needs attention" list: dormant teams, plans whose status has not changed in
a year, plans missing a translation in a working language.

`gather_attention` (secretariat.services.attention) reads it off the GUI thread as frozen
data; `AttentionModel` turns that data into rows in the interface language, so a
language change re-labels the list without asking the database again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from secretariat.labels import LANGUAGE_NAMES, enum_label, field_label
from secretariat.services.attention import (
    DORMANT,
    OVERDUE,
    SECTION_LIMIT,
    STALE,
    UNTRANSLATED,
    Attention,
    AttentionEntry,
    AttentionSection,
    gather_attention,
)

__all__ = [
    "DORMANT",
    "OVERDUE",
    "SECTION_LIMIT",
    "STALE",
    "UNTRANSLATED",
    "Attention",
    "AttentionEntry",
    "AttentionModel",
    "AttentionSection",
    "AttentionView",
    "gather_attention",
]

PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # uuid.UUID of the plan, or None
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "dormant" | "stale" | "untranslated" | "" (others)
HEADING_ROLE = Qt.ItemDataRole.UserRole + 3  # first line: a section, a team, a plan
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4  # second line: why it needs attention
ROW_ROLE = Qt.ItemDataRole.UserRole + 5  # "header" | "entry" | "more" | "none"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    """One line of the list: a section header, an entry, a "more" line or a "none" line."""

    kind: str
    role: str  # "header" | "entry" | "more" | "none"
    section: AttentionSection
    entry: AttentionEntry | None = None


def first_text(texts: dict[str, str], languages: Sequence[str]) -> str:
    """The text in the first of `languages` that has one (any language as a last resort)."""
    for language in (*languages, *texts):
        if texts.get(language, "").strip():
            return texts[language]
    return ""


class AttentionModel(QAbstractListModel):
    """Rows of an `Attention`, labelled in the interface language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attention: Attention | None = None
        self._rows: list[_Row] = []
        self._language = "en"
        self._display_languages: tuple[str, ...] = ("en",)

    def set_attention(self, attention: Attention) -> None:
        self.beginResetModel()
        self._attention = attention
        self._rows = []
        for section in attention.sections:
            self._rows.append(_Row(section.kind, "header", section))
            self._rows += [_Row(section.kind, "entry", section, entry) for entry in section.entries]
            if not section.entries:
                self._rows.append(_Row(section.kind, "none", section))
            elif section.total > len(section.entries):
                self._rows.append(_Row(section.kind, "more", section))
        self.endResetModel()

    def set_languages(self, ui_language: str, display_languages: Sequence[str]) -> None:
        """Label the rows in `ui_language`; show user text in the first of `display_languages`."""
        self._language = ui_language
        self._display_languages = tuple(display_languages)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def attention(self) -> Attention | None:
        return self._attention

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].role == "entry":
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row)
        if role == HEADING_ROLE:
            return self._heading(row)
        if role == DETAIL_ROLE:
            return self._detail(row)
        if role == ROW_ROLE:
            return row.role
        if role == Qt.ItemDataRole.ToolTipRole and row.entry is not None:
            return self._tooltip(row.entry)
        if role == Qt.ItemDataRole.FontRole and row.role == "header":
            font = QFont()
            font.setBold(True)
            return font
        if role == PLAN_ID_ROLE:
            return row.entry.plan_id if row.entry is not None else None
        if role == KIND_ROLE:
            return row.kind if row.role == "entry" else ""
        return None

    def _display(self, row: _Row) -> str:
        heading, detail = self._heading(row), self._detail(row)
        return f"{heading}\n{detail}" if detail else heading

    def _heading(self, row: _Row) -> str:
        if row.role == "header":
            return self._header(row.section)
        if row.role == "none":
            return self.tr("None")
        if row.role == "more":
            hidden = row.section.total - len(row.section.entries)
            return self.tr("…and %n more", "", hidden)
        assert row.entry is not None
        return self._entry_heading(row.entry)

    def _detail(self, row: _Row) -> str:
        return self._entry_detail(row.entry) if row.entry is not None else ""

    def _header(self, section: AttentionSection) -> str:
        months = self._attention.months if self._attention else 12
        # The window is a year or more: "months" needs no singular (the %1 is not a %n).
        if section.kind == DORMANT:
            text = self.tr("Dormant teams: nothing recorded for %1 months")
        elif section.kind == OVERDUE:
            text = self.tr("Open plans past their due date")
        elif section.kind == STALE:
            text = self.tr("Plans without a status change for %1 months")
        else:
            text = self.tr("Plans missing a translation")
        return f"{text.replace('%1', str(months))} ({section.total})"

    def _team_name(self, entry: AttentionEntry) -> str:
        name = first_text(entry.team_names, (self._language, *self._display_languages))
        return f"{name} ({entry.team_code})" if name else entry.team_code

    def _entry_heading(self, entry: AttentionEntry) -> str:
        if entry.kind == DORMANT:
            return self._team_name(entry)
        return f"{entry.ref}  {first_text(entry.titles, self._display_languages)}"

    def _entry_detail(self, entry: AttentionEntry) -> str:
        if entry.kind == DORMANT:
            if entry.since is None or entry.months_idle is None:
                return self.tr("Nothing recorded yet")
            text = self.tr("Idle for %1 months; last activity on %2")
            return text.replace("%1", str(entry.months_idle)).replace("%2", entry.since.isoformat())
        if entry.kind == OVERDUE:
            status = enum_label(entry.status, self._language) if entry.status else ""
            due = entry.due.isoformat() if entry.due else "?"
            return self.tr("Due %1 · %2").replace("%1", due).replace("%2", status)
        if entry.kind == STALE:
            status = enum_label(entry.status, self._language) if entry.status else ""
            when = entry.since.isoformat() if entry.since else "?"
            return self.tr("%1 since %2").replace("%1", status).replace("%2", when)
        separator = self.tr(", ", "between the items of a list")
        gaps = separator.join(self._gap(name, language) for name, language in entry.missing)
        return self.tr("Missing: %1").replace("%1", gaps)

    def _gap(self, name: str, language: str) -> str:
        language_name = LANGUAGE_NAMES[language].get(self._language)
        return f"{field_label(name, self._language)} ({language_name})"

    def _tooltip(self, entry: AttentionEntry) -> str:
        texts = entry.team_names if entry.kind == DORMANT else entry.titles
        lines = [
            f"{LANGUAGE_NAMES[language].get(self._language)}: {texts[language]}"
            for language in dict.fromkeys(self._display_languages)
            if texts.get(language)
        ]
        return "\n".join(lines)


class AttentionDelegate(QStyledItemDelegate):
    """Draws a row as a heading and a muted detail line; section headers on a band."""

    MARGIN = 6

    def _fonts(self, option: QStyleOptionViewItem, index: Index) -> tuple[QFont, QFont]:
        heading = QFont(option.font)
        heading.setBold(index.data(ROW_ROLE) == "header")
        detail = QFont(option.font)
        detail.setPointSizeF(option.font.pointSizeF() * 0.92)
        return heading, detail

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return max(80, width - 2 * self.MARGIN)

    def _lines(
        self, option: QStyleOptionViewItem, index: Index, width: int
    ) -> list[tuple[str, QFont, int]]:
        heading_font, detail_font = self._fonts(option, index)
        lines = []
        for text, font in (
            (index.data(HEADING_ROLE), heading_font),
            (index.data(DETAIL_ROLE), detail_font),
        ):
            if text:
                bounds = QFontMetrics(font).boundingRect(
                    QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text
                )
                lines.append((text, font, bounds.height()))
        return lines

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = self._text_width(option)
        height = sum(line_height for _, _, line_height in self._lines(option, index, width))
        extra = self.MARGIN * (3 if index.data(ROW_ROLE) == "header" and index.row() else 1)
        return QSize(width, height + extra)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        is_header = index.data(ROW_ROLE) == "header"
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN // 2, -self.MARGIN, 0)
        painter.save()
        if is_header:
            if index.row():
                rect.setTop(rect.top() + 2 * self.MARGIN)
            band = QRect(option.rect.left(), rect.top() - 2, option.rect.width(), rect.height())
            painter.fillRect(band, option.palette.color(QPalette.ColorRole.AlternateBase))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        for number, (text, font, height) in enumerate(self._lines(option, index, rect.width())):
            colour = option.palette.color(text_role)
            if number and not selected:
                colour = option.palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(colour)
            painter.setFont(font)
            painter.drawText(
                QRect(rect.left(), rect.top(), rect.width(), height),
                Qt.TextFlag.TextWordWrap,
                text,
            )
            rect.setTop(rect.top() + height)
        painter.restore()


class AttentionView(QListView):
    """The list. Activating (double-click, Enter) a plan's row emits `plan_activated(uuid)`."""

    plan_activated = Signal(object)  # uuid.UUID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attention_model = AttentionModel(self)
        self.setModel(self.attention_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(False)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap when the list resizes
        self.setItemDelegate(AttentionDelegate(self))
        self.activated.connect(self._on_activated)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        plan_id = index.data(PLAN_ID_ROLE)
        if plan_id is not None:
            self.plan_activated.emit(plan_id)

    def plan_rows(self, kind: str) -> list[int]:
        """Rows of one section's entries (for tests and keyboard navigation)."""
        model = self.attention_model
        return [row for row in range(model.rowCount()) if model.index(row).data(KIND_ROLE) == kind]
