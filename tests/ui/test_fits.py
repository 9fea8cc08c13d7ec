"""Every page of the main window and its dialogs, in each interface language, at the default
1280×800 window: no label, button, field hint, tab, table header or chart axis label has a
text wider than the room it is given ("Months since previous conferer", "Conf. 1 (201…"),
and no dialog is larger than the screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from tests.exports.xlsx_helpers import by_header, export
from tests.ui.fits import clipped
from ui import i18n
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.screenshots import AS_OF, _window_dialogs, settle

WINDOW = (1280, 800)
LANGUAGES = ("en", "ko", "zh")

Opener = Callable[[], QWidget]


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    from ui.fonts import register_bundled_fonts

    register_bundled_fonts()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(AppContext(demo_db, settings))
    qtbot.addWidget(shown)
    shown.resize(*WINDOW)
    shown.show()
    dashboard = shown.pages.get("dashboard")
    if dashboard is not None and hasattr(dashboard, "set_as_of"):
        dashboard.set_as_of(AS_OF)  # the figures the guide shows
    yield shown
    i18n.install_translators("en")


def import_preview(window: MainWindow, folder: Path) -> Opener:
    """The preview of a workbook with one cell changed and one refused."""

    def opened() -> QWidget:
        from exports.xlsx_in.importer import preview_import
        from secretariat.progress import run_to_end
        from ui.dialogs.import_preview import ImportPreviewDialog

        path = export(window.context.db, folder / "edited.xlsx")
        workbook = load_workbook(path)
        sheet = workbook.worksheets[1]
        progress = next(column for header, column in by_header(sheet).items() if "진척" in header)
        sheet.cell(2, progress).value = 150
        sheet.cell(3, progress).value = 99
        workbook.save(path)
        preview = run_to_end(preview_import(window.context.db, path))
        dialog = ImportPreviewDialog(window.context, preview, window)
        dialog.show()
        return dialog

    return opened


def dialogs_of(window: MainWindow, folder: Path) -> list[tuple[str, Opener]]:
    return [
        *_window_dialogs(window),  # settings, first start, the two exports
        ("import-preview", import_preview(window, folder)),
    ]


def problems_of(name: str, widget: QWidget) -> list[str]:
    found = [f"{name}: {problem}" for problem in clipped(widget)]
    if isinstance(widget, QDialog):
        size = widget.frameGeometry().size()
        if size.width() > WINDOW[0] or size.height() > WINDOW[1]:
            found.append(f"{name}: {size.width()}×{size.height()} is larger than the screen")
    return found


def close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.done(0)  # without asking about typed text
    else:
        widget.close()
    widget.deleteLater()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_and_dialog_fits_a_1280_by_800_window(
    window: MainWindow, language: str, tmp_path: Path
) -> None:
    window.apply_ui_language(language)
    settle()
    problems: list[str] = []
    walked: list[str] = []
    for key in list(window.pages):
        page = window.show_page(key)
        window.resize(*WINDOW)
        settle(page)
        assert window.size().toTuple() == WINDOW
        walked.append(key)
        problems += problems_of(key, window)
        for name, open_dialog in getattr(page, "screenshot_dialogs", list)():
            dialog = open_dialog()
            settle(dialog)
            if dialog is not page:  # a dialog that could not open returns its page
                walked.append(name)
                problems += problems_of(name, dialog)
                close(dialog)
            settle()
    for name, open_dialog in dialogs_of(window, tmp_path):
        dialog = open_dialog()
        settle(dialog)
        walked.append(name)
        problems += problems_of(name, dialog)
        close(dialog)
    expected = {"dashboard", "plans", "plan-editor", "plan-status", "plan-carry-over"}
    expected |= {"meetings-form", "conferences-postpone", "teams-editor", "import-preview"}
    expected |= {"settings", "first-start", "export-pack", "export-workbook"}
    assert expected <= set(walked), sorted(expected - set(walked))
    assert problems == [], "\n".join(problems)


def test_the_check_sees_a_cut_label_header_and_hint_but_not_a_wrapped_label(
    qtbot: QtBot,
) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    cut = QLabel("Months since previous conference")
    wrapped = QLabel("Months since previous conference")
    wrapped.setWordWrap(True)
    search = QLineEdit()
    search.setPlaceholderText("Search titles and descriptions, any language (Ctrl+F)")
    table = QTableView()
    model = QStandardItemModel(1, 2, table)
    model.setHorizontalHeaderLabels(["From conference", "Code"])
    table.setModel(model)
    table.setColumnWidth(0, 40)
    layout = QVBoxLayout(top)
    for widget in (cut, wrapped, search, table):
        widget.setFixedWidth(120)
        layout.addWidget(widget)
    wrapped.setFixedHeight(wrapped.heightForWidth(120))
    top.show()
    qtbot.waitExposed(top)
    found = "\n".join(clipped(top))
    assert found.count("Months since previous conference") == 1, found
    assert "Search titles" in found and "header “From conference”" in found, found
    assert "“Code”" not in found, found


def test_the_exchange_dialogs_fit_in_every_language(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Exchange dialog and the review of a partner's reply (one conflict, one change),
    as `make screenshots` builds them over the demo committee."""
    import shutil

    from secretariat.db import open_database
    from secretariat.exchange.keys import CONFIG_DIR_ENV
    from secretariat.progress import run_to_end
    from ui.dialogs.exchange import ExchangeDialog, _dry_run
    from ui.dialogs.exchange_review import ReviewDialog
    from ui.screenshot_exchange import _sites

    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    office = tmp_path / "office.db"
    shutil.copyfile(demo_template, office)
    reply = _sites(tmp_path, office)
    db = open_database(office)
    problems: list[str] = []
    try:
        report = run_to_end(_dry_run(db, reply))
        for language in LANGUAGES:
            i18n.install_translators(language)
            settings = QSettings(str(tmp_path / "exchange.ini"), QSettings.Format.IniFormat)
            context = AppContext(db, settings, ui_language=language)
            for name, dialog in (
                ("exchange", ExchangeDialog(context)),
                ("exchange-review", ReviewDialog(context, report, None)),
            ):
                qtbot.addWidget(dialog)
                dialog.show()
                settle(dialog)
                problems += problems_of(f"{name}-{language}", dialog)
                close(dialog)
    finally:
        i18n.install_translators("en")
        db.close()
    assert problems == [], "\n".join(problems)
