"""The preview of a workbook import: which plans change and how, which rows are new plans,
which rows are rejected and why; Apply writes them (in one transaction), Cancel writes nothing.
When rows are rejected, Apply stays off until the user chooses to apply only the valid rows."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secretariat.labels import enum_label, field_label
from ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows (the preview is already in memory); the sort role
    gives numbers as numbers."""

    def __init__(
        self, headers: Sequence[str], rows: Sequence[Sequence[Any]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows = [list(row) for row in rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def _view(model: RowsModel, parent: QWidget) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.resizeColumnsToContents()
    return view


class ImportPreviewDialog(QDialog):
    """Shows an exports.xlsx_in.importer.ImportPreview; accepted() means "apply"."""

    def __init__(self, context: AppContext, preview: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.preview = preview
        language = context.ui_language
        self.setWindowTitle(self.tr("Import {file}").format(file=preview.file_name))
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.changes_model = RowsModel(
            [
                self.tr("Row"),
                field_label("ref", language),
                field_label("title", language),
                self.tr("Column"),
                self.tr("Now"),
                self.tr("After the import"),
            ],
            [
                (
                    change.row,
                    change.ref,
                    change.title,
                    field.header,
                    self.shown(field.old),
                    self.shown(field.new),
                )
                for change in preview.changed
                for field in change.changes
            ],
            self,
        )
        self.new_model = RowsModel(
            [
                self.tr("Row"),
                field_label("conference", language),
                field_label("team", language),
                field_label("title", language),
                field_label("status", language),
            ],
            [
                (new.row, new.conference, new.team, new.title, self.shown(new.status))
                for new in preview.new
            ],
            self,
        )
        self.rejected_model = RowsModel(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Expected")],
            [
                (r.row, self._where(r), self.shown(r.value), r.expected_in(language))
                for r in preview.every_rejection
            ],
            self,
        )
        self.records_model = RowsModel(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Record"), self.tr("What changes")],
            self._record_rows(),
            self,
        )
        self.tabs = QTabWidget()
        self.changes_view = self._add_tab(
            self.changes_model, self.tr("Changes ({count})").format(count=len(preview.changed))
        )
        self.new_view = self._add_tab(
            self.new_model, self.tr("New plans ({count})").format(count=len(preview.new))
        )
        self.rejected_view = self._add_tab(
            self.rejected_model,
            self.tr("Rejected rows ({count})").format(count=len(preview.rejected_rows)),
        )
        if preview.records:
            self.records_view = self._add_tab(
                self.records_model,
                self.tr("Other records ({count})").format(count=len(self.records_model.rows)),
            )
        self.valid_only = QCheckBox(
            self.tr(
                "Apply only the valid rows (skip the %n rejected row(s))",
                "",
                len(preview.rejected_rows),
            )
        )
        self.valid_only.setVisible(bool(preview.rejected_rows) and preview.writes_anything)
        self.valid_only.toggled.connect(self._update_apply)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._update_apply()
        if preview.rejected_rows and not preview.writes_anything:
            self.tabs.setCurrentWidget(self.rejected_view)
        elif not preview.changed and preview.new:
            self.tabs.setCurrentWidget(self.new_view)
        elif not preview.changed and self.records_model.rows:
            self.tabs.setCurrentWidget(self.records_view)

    def _where(self, rejection: Any) -> str:
        """The rejected cell; on another sheet than Plans, with the sheet's name."""
        cell = f"{rejection.column} {rejection.header}".strip()
        return cell if rejection.sheet == self.preview.sheet else f"{rejection.sheet}: {cell}"

    def _record_rows(self) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        for sheet in self.preview.records:
            rows += [(sheet.title, row, key, self.tr("New")) for row, key in sheet.new]
            if sheet.more_new:  # a sheet of a million rows is listed in part, then counted
                more = self.tr("and %n more new rows", "", sheet.more_new)
                rows.append((sheet.title, "", more, self.tr("New")))
            rows += [
                (sheet.title, change.row, change.key, "; ".join(
                    f"{field.header}: {self.shown(field.old)} → {self.shown(field.new)}"
                    for field in change.changes
                ))
                for change in sheet.changed
            ]  # fmt: skip
        return rows

    def _add_tab(self, model: RowsModel, title: str) -> QTableView:
        view = _view(model, self)
        self.tabs.addTab(view, title)
        return view

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        if self.preview.unread:
            unread = QLabel(
                self.tr("Sheets not read: {sheets}").format(sheets="; ".join(self.preview.unread))
            )
            unread.setWordWrap(True)
            layout.addWidget(unread)
        if self.preview.ignored_columns:
            ignored = QLabel(
                self.tr("Not imported (columns this app does not read): {columns}").format(
                    columns=", ".join(self.preview.ignored_columns)
                )
            )
            ignored.setWordWrap(True)
            layout.addWidget(ignored)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.buttons)
        self.resize(980, 560)

    def _summary_text(self) -> str:
        preview = self.preview
        text = self.tr(
            "{file} (sheet {sheet}): {changed} plans change, {new} new plans, "
            "{rejected} rows rejected, {unchanged} unchanged."
        ).format(
            file=preview.file_name,
            sheet=preview.sheet,
            changed=len(preview.changed),
            new=len(preview.new),
            rejected=len(preview.rejected_rows),
            unchanged=preview.unchanged,
        )
        for sheet in preview.records:
            text += " " + self.tr(
                "{sheet}: {new} new, {changed} changed, {unchanged} unchanged."
            ).format(
                sheet=sheet.title,
                new=len(sheet.new),
                changed=len(sheet.changed),
                unchanged=sheet.unchanged,
            )
        if not preview.writes_anything:
            text += " " + self.tr("There is nothing to import.")
        elif preview.rejected_rows:
            text += " " + self.tr(
                "Nothing is written while rows are rejected, unless you apply only the valid rows."
            )
        return text

    def shown(self, value: Any) -> str:
        if isinstance(value, enum.Enum):
            return enum_label(value, self.context.ui_language)
        if value is None or value == "":
            return self.tr("(empty)")
        if hasattr(value, "isoformat"):
            return str(value.isoformat())
        return str(value).replace("\n", " ⏎ ")

    def valid_rows_only(self) -> bool:
        return self.valid_only.isChecked()

    def _update_apply(self) -> None:
        allowed = self.preview.writes_anything and (
            not self.preview.rejected_rows or self.valid_only.isChecked()
        )
        self.apply_button.setEnabled(allowed)
