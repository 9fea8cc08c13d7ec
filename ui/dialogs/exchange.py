"""File → Exchange…: this database as a site, its partners, and the files between them.

Making a file and bringing one in run off the GUI thread (ui/tasks.py). A file is first
merged as a dry run; with conflicts, the review (exchange_review.py) shows them and nothing
is written until Apply, which merges again with the choices made, in one transaction, after
a backup of a SQLite database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import SecretariatError
from secretariat.exchange import apply as exchange_apply
from secretariat.exchange.export import ExportSummary, export_exchange
from secretariat.exchange.keys import SiteKey
from secretariat.exchange.sites import init_site, overview, trust, write_key_file
from ui.context import EVERYTHING, AppContext
from ui.dialogs.backup import last_folder, remember_folder, with_suffix
from ui.tasks import Task, run_task


class ExchangeDialog(QDialog):
    """The site, its partners, and the buttons that move files between them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None
        self.review: QDialog | None = None
        self.setObjectName("exchange_dialog")
        self.setWindowTitle(
            QCoreApplication.translate("ExchangeDialog", "Exchange with the partner")
        )
        self.site_label = QLabel()
        self.site_label.setObjectName("exchange_site")
        self.site_label.setWordWrap(True)
        self.site_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The site's ID on a line of its own, not wrapped: a UUID has no place to break, and
        # glued to a sentence ("사이트 …입니다") it made one word wider than the label.
        self.site_id = QLabel()
        self.site_id.setObjectName("exchange_site_id")
        self.site_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setup_box = self._setup_box()
        self.partner_table = QTableWidget(0, 4)
        self.partner_table.setObjectName("exchange_partners")
        self.partner_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ExchangeDialog", "Partner"),
                QCoreApplication.translate("ExchangeDialog", "Side"),
                QCoreApplication.translate("ExchangeDialog", "Files made for it"),
                QCoreApplication.translate("ExchangeDialog", "Its files applied here"),
            ]
        )
        # Each column as wide as its header or its cells, the last one taking what is left;
        # shared out evenly they cut "Files made for it" and "已导入的对方文件".
        header = self.partner_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.partner_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.partner_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.key_button = QPushButton(
            QCoreApplication.translate("ExchangeDialog", "Save this site's key…")
        )
        self.trust_button = QPushButton(
            QCoreApplication.translate("ExchangeDialog", "Trust a partner's key…")
        )
        self.export_button = QPushButton(
            QCoreApplication.translate("ExchangeDialog", "Make a file for the partner…")
        )
        self.import_button = QPushButton(
            QCoreApplication.translate("ExchangeDialog", "Bring in a partner's file…")
        )
        for button, slot in (
            (self.key_button, self.save_key),
            (self.trust_button, self.trust_key),
            (self.export_button, self.make_file),
            (self.import_button, self.bring_in),
        ):
            button.clicked.connect(slot)
        self.setLayout(self._layout())
        self.refresh()

    def _setup_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("ExchangeDialog", "Make this database a site"))
        self.side_choice = QComboBox()
        self.side_choice.setObjectName("exchange_side")
        self.side_choice.addItem(QCoreApplication.translate("ExchangeDialog", "Side A"), "A")
        self.side_choice.addItem(QCoreApplication.translate("ExchangeDialog", "Side B"), "B")
        self.name_field = QLineEdit()
        self.name_field.setObjectName("exchange_name")
        self.name_field.setPlaceholderText(
            QCoreApplication.translate("ExchangeDialog", "e.g. Dongju office")
        )
        self.setup_button = QPushButton(
            QCoreApplication.translate("ExchangeDialog", "Make it a site")
        )
        self.setup_button.setObjectName("exchange_setup")
        self.setup_button.clicked.connect(self.set_up)
        form = QFormLayout(box)
        form.addRow(
            QCoreApplication.translate("ExchangeDialog", "This city's side"), self.side_choice
        )
        form.addRow(
            QCoreApplication.translate("ExchangeDialog", "Name partners see"), self.name_field
        )
        form.addRow(self.setup_button)
        return box

    def _layout(self) -> QVBoxLayout:
        layout = QVBoxLayout()
        layout.addWidget(self.site_label)
        layout.addWidget(self.site_id)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.partner_table)
        keys = QHBoxLayout()
        keys.addWidget(self.key_button)
        keys.addWidget(self.trust_button)
        files = QHBoxLayout()
        files.addWidget(self.export_button)
        files.addWidget(self.import_button)
        layout.addLayout(keys)
        layout.addLayout(files)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        return layout

    # --- what the database says ------------------------------------------------------------

    def refresh(self) -> None:
        site, pinned = overview(self.context.db)
        rows = [
            (entry.name or entry.site_id.hex[:8], entry.side, entry.sent_seq, entry.received_seq)
            for entry in pinned
        ]
        self.site_label.setText(_describe_site(site))
        self.site_id.setText(_site_id_line(site))
        self.site_id.setVisible(site is not None)
        self.setup_box.setVisible(site is None)
        self.partner_table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.partner_table.setItem(row, column, QTableWidgetItem(str(value)))
        self._fit_partner_columns()
        writable = not self.context.read_only
        self.setup_button.setEnabled(writable)
        for button in (self.key_button, self.trust_button):
            button.setEnabled(site is not None and writable)
        for button in (self.export_button, self.import_button):
            button.setEnabled(bool(rows) and writable)

    def _fit_partner_columns(self) -> None:
        """The table no narrower than its columns at their headers' (or cells') width, so the
        dialog opens wide enough for every header, the stretched last one too."""
        table = self.partner_table
        header = table.horizontalHeader()
        columns = sum(
            max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            for column in range(table.columnCount())
        )
        rows_header = table.verticalHeader().sizeHint().width()
        # The vertical scroll bar counted even when hidden: more partners may bring it.
        scroll_bar = table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(columns + rows_header + scroll_bar + 2 * table.frameWidth())

    def chosen_partner(self) -> str | None:
        row = self.partner_table.currentRow()
        if self.partner_table.rowCount() == 1:
            row = 0
        item = self.partner_table.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else None

    # --- the actions -----------------------------------------------------------------------

    def set_up(self) -> None:
        try:
            init_site(self.context.db, str(self.side_choice.currentData()), self.name_field.text())
        except SecretariatError as error:
            self._warn(str(error))
        self.refresh()

    def save_key(self) -> Path | None:
        path = self._save_path(
            QCoreApplication.translate("ExchangeDialog", "Save this site's key"),
            "site.key",
            QCoreApplication.translate("ExchangeDialog", "Site keys (*.key)"),
        )
        if path is not None:
            self._guarded(lambda: write_key_file(self.context.db, path))
        return path

    def trust_key(self) -> None:
        path = self._open_path(
            QCoreApplication.translate("ExchangeDialog", "Trust a partner's key"),
            QCoreApplication.translate("ExchangeDialog", "Site keys (*.key);;All files (*)"),
        )
        if path is not None:
            self._guarded(lambda: trust(self.context.db, path))
            self.refresh()

    def make_file(self) -> Task | None:
        partner = self.chosen_partner()
        path = self._save_path(
            QCoreApplication.translate("ExchangeDialog", "Make a file for the partner"),
            "exchange.secx",
            QCoreApplication.translate("ExchangeDialog", "Exchange files (*.secx)"),
        )
        if path is None or partner is None:
            return None
        title = QCoreApplication.translate("ExchangeDialog", "Make a file for the partner")
        self.task = run_task(
            self,
            title,
            lambda: export_exchange(self.context.db, path, partner),
            lambda summary: self._made(summary, path),
            on_failure=self._warn,
        )
        return self.task

    def _made(self, summary: ExportSummary, path: Path) -> None:
        self.refresh()
        text = QCoreApplication.translate(
            "ExchangeDialog", "File {number} for {partner}: {count} records in {path}."
        ).format(number=summary.sequence, partner=summary.partner, count=summary.records, path=path)
        self._inform(text)

    def bring_in(self, path: Path | None = None) -> Task | None:
        path = path or self._open_path(
            QCoreApplication.translate("ExchangeDialog", "Bring in a partner's file"),
            QCoreApplication.translate("ExchangeDialog", "Exchange files (*.secx);;All files (*)"),
        )
        if path is None:
            return None
        self.task = run_task(
            self,
            QCoreApplication.translate("ExchangeDialog", "Reading the partner's file"),
            lambda: _dry_run(self.context.db, path),
            lambda report: self._reviewed(report, path),
            on_failure=self._warn,
        )
        return self.task

    def _reviewed(self, report: exchange_apply.ImportReport, path: Path) -> None:
        from ui.dialogs.exchange_review import ReviewDialog

        if report.already_applied:
            self._inform("\n".join(report.notes))
            return
        review = ReviewDialog(self.context, report, self)
        review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        review.applied.connect(lambda choices: self.apply(path, choices))
        self.review = review
        review.open()

    def apply(self, path: Path, choices: dict[tuple[str, str, str], Any]) -> Task:
        def resolve(conflict: Any) -> Any:
            return choices.get((conflict.table, conflict.record_id.hex, conflict.field))

        self.task = run_task(
            self,
            QCoreApplication.translate("ExchangeDialog", "Bringing in the partner's file"),
            lambda: exchange_apply.import_exchange(self.context.db, path, resolve, backup=True),
            self._applied,
            on_failure=self._warn,
        )
        return self.task

    def _applied(self, report: exchange_apply.ImportReport) -> None:
        self.context.notify(EVERYTHING)
        self.refresh()
        from ui.dialogs.exchange_review import counted

        counts = counted(report.counts)
        text = QCoreApplication.translate(
            "ExchangeDialog", "File {number} from {partner} is in: {counts}."
        ).format(number=report.sequence, partner=report.sender, counts=counts)
        if report.backup is not None:
            text += "\n" + QCoreApplication.translate(
                "ExchangeDialog", "The database as it was before: {path}"
            ).format(path=report.backup)
        self._inform(text)

    # --- small helpers ---------------------------------------------------------------------

    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        start = str(Path(last_folder(self.context.settings)) / name)
        chosen, _filter = QFileDialog.getSaveFileName(self, title, start, pattern)
        if not chosen:
            return None
        path = with_suffix(chosen, Path(name).suffix)
        remember_folder(self.context.settings, path)
        return path

    def _open_path(self, title: str, pattern: str) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, title, last_folder(self.context.settings), pattern
        )
        if not chosen:
            return None
        remember_folder(self.context.settings, Path(chosen))
        return Path(chosen)

    def _guarded(self, action: Any) -> None:
        try:
            action()
        except (SecretariatError, OSError) as error:
            self._warn(str(error))

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)

    def _inform(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), message, parent=self)
        box.setObjectName("exchange_message")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _describe_site(site: SiteKey | None) -> str:
    if site is None:
        return QCoreApplication.translate(
            "ExchangeDialog", "This database is not a site yet: make it one to exchange records."
        )
    name = f" · {site.name}" if site.name else ""
    return QCoreApplication.translate(
        "ExchangeDialog", "This database is a site (side {side}{name})."
    ).format(side=site.side, name=name)


def _site_id_line(site: SiteKey | None) -> str:
    if site is None:
        return ""
    return QCoreApplication.translate("ExchangeDialog", "Site ID: {id}").format(id=site.site_id)


def _dry_run(db: Any, path: Path) -> Any:
    """The file merged without writing: the report, conflicts and all."""
    try:
        return (yield from exchange_apply.import_exchange(db, path, dry_run=True))
    except exchange_apply.UnresolvedConflictsError as found:
        return found.report


def open_exchange(window: Any) -> ExchangeDialog:
    dialog = ExchangeDialog(window.context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["ExchangeDialog", "open_exchange"]
