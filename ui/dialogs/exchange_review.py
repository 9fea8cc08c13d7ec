"""The review of a partner's file: what it would change, and each conflict side by side, the
record by its reference and title, the agreed value, ours and theirs with who and when, and a
choice per conflict (keep ours, take theirs, or a value typed here). Apply is offered once
every conflict has a choice; nothing is written before it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.exchange.apply import ImportReport
from secretariat.exchange.merge import Conflict
from ui.context import AppContext
from ui.dialogs.changes import field_caption

KEEP, TAKE, EDIT = "ours", "theirs", "edit"
COLUMNS = ("record", "field", "base", "ours", "theirs", "choice", "value")
WIDEST = (260, 140, 200, 200, 200, 140, 400)  # px: long texts wrap rather than push Apply away


def counted(counts: dict[str, int]) -> str:
    """What a file changes, in words of the interface language; nothing for a zero."""
    words = {
        "inserted": QCoreApplication.translate("ExchangeReview", "{count} new"),
        "updated": QCoreApplication.translate("ExchangeReview", "{count} changed"),
        "deleted": QCoreApplication.translate("ExchangeReview", "{count} deleted"),
        "unchanged": QCoreApplication.translate("ExchangeReview", "{count} already the same"),
    }
    parts = [
        words.get(name, "{count} " + name).format(count=count)
        for name, count in sorted(counts.items())
        if count
    ]
    return ", ".join(parts)


def shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        return ", ".join(str(item)[:8] for item in value) or "—"
    if isinstance(value, dict):
        return QCoreApplication.translate("ExchangeReview", "(the whole record)")
    return str(value)


class ReviewDialog(QDialog):
    applied = Signal(object)  # {(table, record id hex, field): choice}

    def __init__(self, context: AppContext, report: ImportReport, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.report = report
        self.setObjectName("exchange_review")
        self.setWindowTitle(
            QCoreApplication.translate("ExchangeReview", "A file from {partner}").format(
                partner=report.sender
            )
        )
        self.resize(1100, 520)
        self.summary = QLabel(self._summary())
        self.summary.setObjectName("exchange_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(report.conflicts), len(COLUMNS))
        self.table.setObjectName("exchange_conflicts")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ExchangeReview", "Record"),
                QCoreApplication.translate("ExchangeReview", "Field"),
                QCoreApplication.translate("ExchangeReview", "Agreed before"),
                QCoreApplication.translate("ExchangeReview", "Here"),
                QCoreApplication.translate("ExchangeReview", "There"),
                QCoreApplication.translate("ExchangeReview", "Choice"),
                QCoreApplication.translate("ExchangeReview", "Value to keep"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.choices: list[QComboBox] = []
        self.values: list[QLineEdit] = []
        for row, conflict in enumerate(report.conflicts):
            self._fill_row(row, conflict)
        self.table.resizeColumnsToContents()
        for column, widest in enumerate(WIDEST):
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)
        self.table.resizeRowsToContents()
        self.keep_all = QPushButton(QCoreApplication.translate("ExchangeReview", "Keep all ours"))
        self.take_all = QPushButton(QCoreApplication.translate("ExchangeReview", "Take all theirs"))
        self.keep_all.clicked.connect(lambda: self._choose_all(KEEP))
        self.take_all.clicked.connect(lambda: self._choose_all(TAKE))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            QCoreApplication.translate("ExchangeReview", "Apply"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.apply_button.setObjectName("exchange_apply")
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setObjectName("exchange_problem")
        self.problem.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        bulk = QHBoxLayout()
        bulk.addWidget(self.keep_all)
        bulk.addWidget(self.take_all)
        bulk.addStretch()
        layout.addLayout(bulk)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.keep_all.setVisible(bool(report.conflicts))
        self.take_all.setVisible(bool(report.conflicts))
        self._update_apply()

    def _summary(self) -> str:
        report = self.report
        changes = counted(report.counts)
        lines = [
            QCoreApplication.translate(
                "ExchangeReview", "File {number} from {partner} would change: {changes}."
            ).format(
                number=report.sequence,
                partner=report.sender,
                changes=changes or QCoreApplication.translate("ExchangeReview", "nothing"),
            ),
            *report.notes,
        ]
        if report.conflicts:
            lines.append(
                QCoreApplication.translate(
                    "ExchangeReview",
                    "Conflicts: {count}. The same field changed on both sides, or a record "
                    "deleted on one side and edited on the other. Choose for each; nothing is "
                    "written until Apply, and the database is backed up first.",
                ).format(count=len(report.conflicts))
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "ExchangeReview", "No conflicts. Apply brings the file in (after a backup)."
                )
            )
        return "\n".join(lines)

    def _fill_row(self, row: int, conflict: Conflict) -> None:
        whole = not conflict.field
        field = (
            QCoreApplication.translate("ExchangeReview", "the whole record")
            if whole
            else field_caption(conflict.field, self.context.ui_language)
        )
        if whole:
            ours = (
                QCoreApplication.translate("ExchangeReview", "deleted here")
                if conflict.ours is None
                else QCoreApplication.translate("ExchangeReview", "edited here")
            )
            theirs = (
                QCoreApplication.translate("ExchangeReview", "deleted there")
                if conflict.theirs is None
                else QCoreApplication.translate("ExchangeReview", "edited there")
            )
            base = "—"
        else:
            ours, theirs, base = shown(conflict.ours), shown(conflict.theirs), shown(conflict.base)
        texts = (
            f"{conflict.reference}\n{conflict.title}".strip(),
            field,
            base,
            _with_who(ours, conflict.ours_by, conflict.ours_at),
            _with_who(theirs, conflict.theirs_by, conflict.theirs_at),
        )
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))
        choice = QComboBox()
        choice.addItem(QCoreApplication.translate("ExchangeReview", "Choose…"), None)
        choice.addItem(QCoreApplication.translate("ExchangeReview", "Keep ours"), KEEP)
        choice.addItem(QCoreApplication.translate("ExchangeReview", "Take theirs"), TAKE)
        if not whole:
            choice.addItem(QCoreApplication.translate("ExchangeReview", "Type a value"), EDIT)
        value = QLineEdit()
        value.setEnabled(False)
        value.setText("" if whole else str(conflict.ours if conflict.ours is not None else ""))
        choice.currentIndexChanged.connect(lambda _index: self._choice_changed(row))
        value.textChanged.connect(lambda _text: self._update_apply())
        self.table.setCellWidget(row, 5, choice)
        self.table.setCellWidget(row, 6, value)
        self.choices.append(choice)
        self.values.append(value)

    def _choice_changed(self, row: int) -> None:
        self.values[row].setEnabled(self.choices[row].currentData() == EDIT)
        self._update_apply()

    def _choose_all(self, choice: str) -> None:
        for combo in self.choices:
            combo.setCurrentIndex(combo.findData(choice))

    def _update_apply(self) -> None:
        open_count = sum(1 for combo in self.choices if combo.currentData() is None)
        self.apply_button.setEnabled(open_count == 0 and not self.context.read_only)
        self.problem.setText(
            QCoreApplication.translate(
                "ExchangeReview", "Conflicts still without a choice: {count}."
            ).format(count=open_count)
            if open_count
            else ""
        )

    def chosen(self) -> dict[tuple[str, str, str], Any]:
        """The choices, keyed as the import asks for them; a typed value in the field's type."""
        made: dict[tuple[str, str, str], Any] = {}
        for conflict, combo, value in zip(
            self.report.conflicts, self.choices, self.values, strict=True
        ):
            choice = combo.currentData()
            key = (conflict.table, conflict.record_id.hex, conflict.field)
            made[key] = (EDIT, _typed(value.text(), conflict)) if choice == EDIT else choice
        return made

    def _apply(self) -> None:
        try:
            made = self.chosen()
        except ValueError as error:
            self.problem.setText(str(error))
            return
        self.applied.emit(made)
        self.accept()


def _with_who(text: str, by: str, at: str) -> str:
    who = " · ".join(part for part in (by, at[:16].replace("T", " ")) if part)
    return f"{text}\n({who})" if who else text


def _typed(text: str, conflict: Conflict) -> Any:
    """A typed value as the field holds it (a whole number where the field is one)."""
    sample = conflict.ours if conflict.ours is not None else conflict.theirs
    if isinstance(sample, bool) or not isinstance(sample, int):
        return text
    try:
        return int(text.strip())
    except ValueError:
        raise ValueError(
            QCoreApplication.translate(
                "ExchangeReview", "{field}: {value!r} is not a whole number."
            ).format(field=conflict.field, value=text)
        ) from None
