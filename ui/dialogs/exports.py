"""File → Export briefing pack / Export workbook / Import workbook.

Each export asks what to write (conference, team, the two languages, the file) in a small
window-modal dialog, then runs the Qt-free exporter off the GUI thread with ui.tasks.run_task
(progress after a moment, Cancel). The last folder and "open when done" are remembered. The
import asks for a file, previews it off the GUI thread, shows the preview
(ui/dialogs/import_preview.py) and applies it only when the user says so.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.labels import LANGUAGE_NAMES, field_label
from secretariat.models import LANGUAGES, ConferenceStatus
from secretariat.services.conferences import list_conferences
from secretariat.services.teams import list_teams
from ui.context import EVERYTHING, AppContext
from ui.dialogs.export_task import run_export
from ui.tasks import run_task

FOLDER_KEY = "exports/folder"
OPEN_WHEN_DONE_KEY = "exports/open_when_done"


def last_folder(settings: QSettings) -> str:
    folder = str(settings.value(FOLDER_KEY, "") or "")
    return folder if folder and Path(folder).is_dir() else QDir.homePath()


def remember_folder(settings: QSettings, path: str | Path) -> None:
    settings.setValue(FOLDER_KEY, str(Path(path).parent))


class ExportDialog(QDialog):
    """What to export: a conference (or all), a team (briefing pack only), the two languages
    side by side, and the file; "open when done" is remembered."""

    confirmed = Signal()  # Export pressed and the choices hold: start writing

    def __init__(
        self,
        context: AppContext,
        *,
        title: str,
        suffix: str,
        file_filter: str,
        all_conferences: bool,
        with_team: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.suffix = suffix
        self.file_filter = file_filter
        self.setWindowTitle(title)
        language = context.ui_language
        self.conference = QComboBox()
        if all_conferences:
            self.conference.addItem(self.tr("All conferences"), None)
        for conference in list_conferences(context.db):
            when = (conference.held_date or conference.planned_date).isoformat()
            self.conference.addItem(f"{conference.number} — {when}", conference.number)
        self.conference.setCurrentIndex(self._default_conference(all_conferences))
        self.team = QComboBox()
        self.team.addItem(self.tr("Every team (the briefing pack)"), None)
        for team in list_teams(context.db):
            name = team.name_en if language == "en" else getattr(team, f"name_{language}", "")
            self.team.addItem(f"{team.code} — {name or team.name_en}", team.code)
        self.languages = (QComboBox(), QComboBox())
        for combo, chosen in zip(self.languages, context.working_languages, strict=True):
            for code in LANGUAGES:
                combo.addItem(LANGUAGE_NAMES[code].get(language), code)
            combo.setCurrentIndex(LANGUAGES.index(chosen))
        self.path = QLineEdit()
        self._suggested = ""
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose_file)
        self.open_when_done = QCheckBox(self.tr("Open the file when it is written"))
        self.open_when_done.setChecked(
            str(context.settings.value(OPEN_WHEN_DONE_KEY, "true")).lower() == "true"
        )
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(language, with_team)
        self.conference.currentIndexChanged.connect(self._suggest_name)
        self.team.currentIndexChanged.connect(self._suggest_name)
        self._suggest_name()

    def _default_conference(self, all_conferences: bool) -> int:
        if all_conferences:
            return 0
        held = [
            index
            for index, conference in enumerate(list_conferences(self.context.db))
            if conference.status == ConferenceStatus.held
        ]
        return held[-1] if held else max(0, self.conference.count() - 1)

    def _lay_out(self, language: str, with_team: bool) -> None:
        form = QFormLayout()
        form.addRow(field_label("conference", language), self.conference)
        if with_team:
            form.addRow(field_label("team", language), self.team)
        else:
            self.team.hide()
        pair = QHBoxLayout()
        pair.addWidget(self.languages[0])
        pair.addWidget(QLabel("+"))
        pair.addWidget(self.languages[1])
        form.addRow(self.tr("Languages side by side"), pair)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form.addRow(self.tr("File"), file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_when_done)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _suggest_name(self) -> None:
        """A file name that says what is inside, in the last folder; a name the user chose
        or typed is left alone."""
        current = self.path.text().strip()
        if current and current != self._suggested:
            return
        number, team = self.conference.currentData(), self.team.currentData()
        if self.suffix == ".xlsx":
            name = f"committee-{'all' if number is None else f'conference-{number}'}.xlsx"
        elif team:
            name = f"team-{team}-conference-{number}.pdf"
        else:
            name = f"briefing-conference-{number}.pdf"
        folder = Path(current).parent if current else Path(last_folder(self.context.settings))
        self._suggested = str(folder / name)
        self.path.setText(self._suggested)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path.text(), self.file_filter
        )
        if chosen:
            if not chosen.lower().endswith(self.suffix):
                chosen += self.suffix
            self.path.setText(chosen)

    def chosen_languages(self) -> tuple[str, str]:
        return (self.languages[0].currentData(), self.languages[1].currentData())

    def output(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def check_and_accept(self) -> None:
        """Export when the choices hold; the dialog stays open until the file is written, so
        a failed export can be corrected and tried again (confirmed starts the work)."""
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            return
        self.error.setText("")
        self.confirmed.emit()

    def written(self) -> None:
        """The file is written: its folder and "open when done" are what next time offers."""
        settings = self.context.settings
        remember_folder(settings, self.output())
        settings.setValue(
            OPEN_WHEN_DONE_KEY, "true" if self.open_when_done.isChecked() else "false"
        )
        self.accept()

    def failed(self, message: str) -> None:
        """Nothing was written: say why here, keep every choice for another try."""
        self.error.setText(message)
        self.path.setFocus()

    def _problem(self) -> str:
        first, second = self.chosen_languages()
        if first == second:
            return self.tr("Choose two different languages.")
        if self.conference.currentIndex() < 0:
            return self.tr("There is no conference to export yet.")
        text = self.path.text().strip()
        if not text:
            return self.tr("Choose the file to write.")
        path = self.output()
        if path.suffix.lower() != self.suffix:
            return self.tr("The file name must end in {suffix}.").format(suffix=self.suffix)
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        return ""


def _context(window: Any) -> AppContext:
    return window.context  # type: ignore[no-any-return]


def _show_message(window: Any, title: str, text: str, *, warning: bool = False) -> QMessageBox:
    """A window-modal message that does not block the caller (tests and the event loop)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("export_message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _status(window: Any, text: str) -> None:
    status_bar = getattr(window, "statusBar", None)
    if callable(status_bar):
        status_bar().showMessage(text, 10_000)


def export_briefing_pack(window: Any) -> ExportDialog:
    """File → Export briefing pack…: a conference's bilingual PDF, or one team's sheet."""
    context = _context(window)
    title = QCoreApplication.translate("ExportDialogs", "Export briefing pack")
    dialog = ExportDialog(
        context,
        title=title,
        suffix=".pdf",
        file_filter=QCoreApplication.translate("ExportDialogs", "PDF documents (*.pdf)"),
        all_conferences=False,
        with_team=True,
        parent=window,
    )

    def start() -> None:
        from exports.pdf.briefing import write_briefing_pack

        number, team = dialog.conference.currentData(), dialog.team.currentData()
        languages = dialog.chosen_languages()
        run_export(
            window,
            dialog,
            title,
            lambda path: write_briefing_pack(
                context.db, path, conference=number, team=team, languages=languages
            ),
            lambda count: (
                QCoreApplication.translate("ExportDialogs", "Wrote {path} (1 page).")
                if count == 1
                else QCoreApplication.translate("ExportDialogs", "Wrote {path} ({count} pages).")
            ),
        )

    dialog.confirmed.connect(start)
    dialog.open()
    return dialog


def export_workbook(window: Any) -> ExportDialog:
    """File → Export workbook…: the Excel workbook of every conference, or one."""
    context = _context(window)
    title = QCoreApplication.translate("ExportDialogs", "Export workbook")
    dialog = ExportDialog(
        context,
        title=title,
        suffix=".xlsx",
        file_filter=QCoreApplication.translate("ExportDialogs", "Excel workbooks (*.xlsx)"),
        all_conferences=True,
        with_team=False,
        parent=window,
    )

    def start() -> None:
        from exports.xlsx.workbook import write_workbook

        number = dialog.conference.currentData()
        languages = dialog.chosen_languages()
        run_export(
            window,
            dialog,
            title,
            lambda path: write_workbook(context.db, path, conference=number, languages=languages),
            lambda count: (
                QCoreApplication.translate("ExportDialogs", "Wrote {path} (1 plan).")
                if count == 1
                else QCoreApplication.translate("ExportDialogs", "Wrote {path} ({count} plans).")
            ),
        )

    dialog.confirmed.connect(start)
    dialog.open()
    return dialog


def import_workbook(window: Any) -> Any:
    """File → Import workbook…: choose a file, preview it, apply it when confirmed."""
    context = _context(window)
    title = QCoreApplication.translate("ExportDialogs", "Import workbook")
    if context.read_only:
        return _show_message(
            window,
            title,
            QCoreApplication.translate(
                "ExportDialogs", "The database is open read-only: nothing can be imported."
            ),
        )
    chosen, _filter = QFileDialog.getOpenFileName(
        window,
        title,
        last_folder(context.settings),
        QCoreApplication.translate("ExportDialogs", "Excel workbooks (*.xlsx);;All files (*)"),
    )
    if not chosen:
        return None
    remember_folder(context.settings, chosen)
    from exports.xlsx_in.importer import preview_import

    return run_task(
        window,
        title,
        lambda: preview_import(context.db, chosen),
        lambda preview: _show_preview(window, preview),
        on_failure=partial(_warn, window, title),
    )


def _warn(window: Any, title: str, message: str) -> None:
    _show_message(window, title, message, warning=True)


def _show_preview(window: Any, preview: Any) -> None:
    from ui.dialogs.import_preview import ImportPreviewDialog

    context = _context(window)
    dialog = ImportPreviewDialog(context, preview, window)
    window.import_preview_dialog = dialog  # found by tests and kept alive while open
    dialog.accepted.connect(lambda: _apply(window, preview, dialog.valid_rows_only()))
    dialog.open()


def _apply(window: Any, preview: Any, valid_rows_only: bool) -> None:
    from exports.xlsx_in.importer import apply_import

    context = _context(window)
    title = QCoreApplication.translate("ExportDialogs", "Import workbook")

    def applied(summary: str) -> None:
        context.notify(EVERYTHING)
        _status(window, summary)
        _show_message(window, title, summary)

    run_task(
        window,
        title,
        lambda: apply_import(context.db, preview, valid_rows_only=valid_rows_only),
        applied,
        on_failure=partial(_warn, window, title),
        on_cancel=lambda: _status(
            window,
            QCoreApplication.translate("ExportDialogs", "Import cancelled; nothing was written."),
        ),
    )
