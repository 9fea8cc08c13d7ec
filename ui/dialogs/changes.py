"""A record's changes: every edit of a field (old -> new), who made it and when, newest
first; reached from the record's editor."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.labels import FIELD_LABELS, field_label
from secretariat.models import LANGUAGES
from secretariat.services.audit_trail import Edit, edits_of, readable
from ui.context import AppContext

MAX_SHOWN_CHARS = 200  # a long text's old and new value, in a cell (the tooltip has it all)


class ChangesDialog(QDialog):
    def __init__(
        self, context: AppContext, record_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.edits = edits_of(context.db, record_id)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model = QStandardItemModel(0, 5, self)
        self.table = QTableView()
        self.table.setObjectName("changes")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changes"))
        self.heading.setText(
            self.tr("%n change(s), newest first.", "", len(self.edits))
            if self.edits
            else self.tr("No change has been recorded since this record was created.")
        )
        self.model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.model.setRowCount(0)
        for edit in self.edits:
            self.model.appendRow(self._row(edit))
        self.table.resizeColumnsToContents()

    def _row(self, edit: Edit) -> list[QStandardItem]:
        when = edit.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        texts = [when, edit.author or self.tr("(unknown)"), self._field(edit)]
        language = self.context.ui_language
        before = readable(edit.record_kind, edit.field, edit.old_value, language)
        after = readable(edit.record_kind, edit.field, edit.new_value, language)
        texts += [before, after if edit.field else self.tr("(deleted)")]
        items = []
        for text in texts:
            item = QStandardItem(text if len(text) <= MAX_SHOWN_CHARS else text[:199] + "…")
            item.setToolTip(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            items.append(item)
        return items

    def _field(self, edit: Edit) -> str:
        if not edit.field:
            return self.tr("(the record)")
        return field_caption(edit.field, self.context.ui_language)

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and screen readers alike)."""
        return [
            [self.model.item(row, column).text() for column in range(5)]
            for row in range(self.model.rowCount())
        ]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def field_caption(field: str, language: str) -> str:
    """A model field's caption in the interface language ("Title (ko)" for one language)."""
    name, _, suffix = field.rpartition("_")
    if suffix in LANGUAGES and name in FIELD_LABELS:
        return f"{field_label(name, language)} ({suffix})"
    name = field.removesuffix("_id")
    return field_label(name, language) if name in FIELD_LABELS else field


def show_changes(parent: QWidget, context: AppContext, record_id: uuid.UUID) -> QDialog:
    """Open a record's changes over its editor (window-modal, deleted when closed)."""
    dialog = ChangesDialog(context, record_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
