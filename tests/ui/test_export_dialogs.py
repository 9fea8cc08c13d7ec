"""File → Export briefing pack / Export workbook / Import workbook, driven as a person does:
choose in the dialog, press the button, find the file; import through the preview."""

from __future__ import annotations

import re
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from secretariat.db import Database, open_database
from secretariat.progress import Progress
from secretariat.services import plans
from tests.exports.xlsx_helpers import awkward_committee, by_header, export, sheet_rows
from ui.context import AppContext
from ui.dialogs import exports


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Files the app asked the desktop to open (nothing really opens)."""
    urls: list[str] = []

    def fake_open(url: Any) -> bool:
        urls.append(url.toLocalFile())
        return True  # a program took it

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    return urls


def make_window(qtbot: QtBot, db: Database, tmp_path: Path) -> QMainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = QMainWindow()
    window.context = AppContext(db, settings)  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    return window


def choose_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def fake(parent: Any, title: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def ok(dialog: exports.ExportDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_export_workbook_through_the_dialog(qtbot, db, tmp_path, monkeypatch, opened) -> None:
    awkward_committee(db)
    window = make_window(qtbot, db, tmp_path)
    target = tmp_path / "out" / "mine.xlsx"
    target.parent.mkdir()
    choose_save(monkeypatch, target.with_suffix(""))  # the suffix is added
    dialog = exports.export_workbook(window)
    assert dialog.conference.currentText() == "All conferences"
    assert dialog.chosen_languages() == ("ko", "zh")
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(target)
    dialog.conference.setCurrentIndex(dialog.conference.findData(2))
    dialog.languages[0].setCurrentIndex(dialog.languages[0].findData("en"))
    ok(dialog, qtbot)
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=10_000)
    rows = sheet_rows(target, 1)
    assert "Title / 标题 (en)" in rows[0]
    assert {row[2] for row in rows[1:]} == {2}
    assert window.statusBar().currentMessage() == f"Wrote {target} (4 plans)."
    # The folder and the choice are remembered for next time.
    again = exports.export_workbook(window)
    assert Path(again.path.text()).parent == target.parent
    again.reject()


def test_the_dialog_refuses_what_cannot_be_written(qtbot, db, tmp_path, opened) -> None:
    awkward_committee(db)
    window = make_window(qtbot, db, tmp_path)
    dialog = exports.export_workbook(window)
    dialog.languages[1].setCurrentIndex(dialog.languages[1].findData("ko"))
    ok(dialog, qtbot)
    assert dialog.isVisible() and dialog.error.text() == "Choose two different languages."
    dialog.languages[1].setCurrentIndex(dialog.languages[1].findData("zh"))
    dialog.path.setText(str(tmp_path / "missing" / "x.xlsx"))
    ok(dialog, qtbot)
    assert "does not exist" in dialog.error.text()
    dialog.path.setText(str(tmp_path / "x.pdf"))
    ok(dialog, qtbot)
    assert dialog.error.text() == "The file name must end in .xlsx."
    dialog.open_when_done.setChecked(False)
    dialog.path.setText(str(tmp_path / "x.xlsx"))
    ok(dialog, qtbot)
    qtbot.waitUntil(lambda: (tmp_path / "x.xlsx").exists(), timeout=10_000)
    qtbot.waitUntil(lambda: "Wrote" in window.statusBar().currentMessage(), timeout=10_000)
    assert opened == []
    assert not exports.export_workbook(window).open_when_done.isChecked()


def test_a_failed_export_keeps_the_dialog_and_the_folder(
    qtbot, db, tmp_path, monkeypatch, opened
) -> None:
    """The file cannot be written: the dialog stays open with the reason and every choice,
    the failed folder is not remembered, and a second try into a good folder works."""
    awkward_committee(db)
    window = make_window(qtbot, db, tmp_path)
    good = tmp_path / "good"
    good.mkdir()
    first = exports.export_workbook(window)
    first.path.setText(str(good / "first.xlsx"))
    ok(first, qtbot)
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=10_000)
    locked = tmp_path / "locked"
    (locked / "x.xlsx").mkdir(parents=True)  # a folder where the file would go: unwritable
    dialog = exports.export_workbook(window)
    dialog.conference.setCurrentIndex(dialog.conference.findData(2))
    dialog.path.setText(str(locked / "x.xlsx"))
    ok(dialog, qtbot)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert dialog.isVisible() and "x.xlsx" in dialog.error.text()
    assert dialog.conference.currentData() == 2  # the choices are still there
    assert Path(exports.last_folder(window.context.settings)) == good
    dialog.path.setText(str(good / "second.xlsx"))
    ok(dialog, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert (good / "second.xlsx").exists()
    assert [path.name for path in locked.iterdir()] == ["x.xlsx"]  # nothing half-made beside


def test_no_program_to_open_the_file_is_said(qtbot, db, tmp_path, monkeypatch) -> None:
    awkward_committee(db)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    window = make_window(qtbot, db, tmp_path)
    dialog = exports.export_workbook(window)
    dialog.path.setText(str(tmp_path / "x.xlsx"))
    dialog.open_when_done.setChecked(True)
    ok(dialog, qtbot)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "export_message") is not None)
    box = window.findChild(QMessageBox, "export_message")
    assert "no program is set up to open it" in box.text() and "x.xlsx" in box.text()


def fake_pack_writer(monkeypatch: pytest.MonkeyPatch, pages: int) -> list[dict[str, Any]]:
    """The briefing pack writer replaced by one that writes `pages` pages; what it was asked."""
    calls: list[dict[str, Any]] = []

    def fake_pack(db: Database, path: Path, **options: Any) -> Generator[Progress, None, int]:
        calls.append(options)
        yield Progress(1, 2, "page 1")
        Path(path).write_bytes(b"%PDF-1.4 fake")
        return pages

    monkeypatch.setattr("exports.pdf.briefing.write_briefing_pack", fake_pack)
    return calls


def test_export_briefing_pack_passes_the_choices(qtbot, db, tmp_path, monkeypatch, opened):
    awkward_committee(db)
    calls = fake_pack_writer(monkeypatch, pages=12)
    window = make_window(qtbot, db, tmp_path)
    target = tmp_path / "pack.pdf"
    choose_save(monkeypatch, target)
    dialog = exports.export_briefing_pack(window)
    assert dialog.conference.currentData() == 2  # the latest conference held
    dialog.team.setCurrentIndex(dialog.team.findData("ENV"))
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    ok(dialog, qtbot)
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=10_000)
    assert calls == [{"conference": 2, "team": "ENV", "languages": ("ko", "zh")}]
    assert window.statusBar().currentMessage() == f"Wrote {target} (12 pages)."


def test_a_one_page_export_says_one_page(qtbot, db, tmp_path, monkeypatch, opened):
    awkward_committee(db)
    fake_pack_writer(monkeypatch, pages=1)
    window = make_window(qtbot, db, tmp_path)
    target = tmp_path / "sheet.pdf"
    choose_save(monkeypatch, target)
    dialog = exports.export_briefing_pack(window)
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    ok(dialog, qtbot)
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=10_000)
    assert window.statusBar().currentMessage() == f"Wrote {target} (1 page)."


def edited_workbook(db: Database, tmp_path: Path, made: dict[str, Any], progress: Any) -> Path:
    path = export(db, tmp_path / "c.xlsx")
    workbook = load_workbook(path)
    sheet = workbook.worksheets[1]
    column = by_header(sheet)
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 1).value == str(made["zero"].id):
            sheet.cell(row, column["진척도 / 进度"]).value = 60
        if sheet.cell(row, 1).value == str(made["plus"].id):
            sheet.cell(row, column["진척도 / 进度"]).value = progress
    workbook.save(tmp_path / "edited.xlsx")
    return tmp_path / "edited.xlsx"


def choose_open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))


def test_import_through_the_preview(qtbot, db, tmp_path, monkeypatch) -> None:
    _built, made = awkward_committee(db)
    choose_open(monkeypatch, edited_workbook(db, tmp_path, made, 0))
    window = make_window(qtbot, db, tmp_path)
    changed: list[str] = []
    window.context.data_changed.connect(changed.append)
    exports.import_workbook(window)
    qtbot.waitUntil(lambda: hasattr(window, "import_preview_dialog"), timeout=10_000)
    dialog = window.import_preview_dialog
    assert dialog.tabs.tabText(0) == "Changes (1)"
    assert dialog.changes_model.rows[0][3:] == ["진척도 / 进度", "0", "60"]
    assert not dialog.valid_only.isVisible()
    assert dialog.apply_button.isEnabled()
    assert plans.get_plan(db, made["zero"].id).progress == 0  # nothing written yet
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: changed == ["*"], timeout=10_000)
    assert plans.get_plan(db, made["zero"].id).progress == 60
    assert "imported edited.xlsx: 1 plan changed" in window.statusBar().currentMessage()
    box = window.findChild(QMessageBox, "export_message")
    assert box is not None
    box.close()


def test_rejected_rows_need_a_choice(qtbot, db, tmp_path, monkeypatch) -> None:
    _built, made = awkward_committee(db)
    choose_open(monkeypatch, edited_workbook(db, tmp_path, made, 150))
    window = make_window(qtbot, db, tmp_path)
    exports.import_workbook(window)
    qtbot.waitUntil(lambda: hasattr(window, "import_preview_dialog"), timeout=10_000)
    dialog = window.import_preview_dialog
    assert dialog.tabs.tabText(2) == "Rejected rows (1)"
    assert dialog.rejected_model.rows[0][1:] == [
        "H 진척도 / 进度",
        "150",
        "a whole number from 0 to 100",
    ]
    assert dialog.valid_only.isVisible() and not dialog.apply_button.isEnabled()
    dialog.valid_only.click()
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plans.get_plan(db, made["zero"].id).progress == 60, timeout=10_000)
    assert plans.get_plan(db, made["plus"].id).progress == 0


def test_a_bad_file_is_one_message(qtbot, db, tmp_path, monkeypatch) -> None:
    notes = tmp_path / "notes.xlsx"
    notes.write_text("not a workbook")
    choose_open(monkeypatch, notes)
    window = make_window(qtbot, db, tmp_path)
    exports.import_workbook(window)
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "export_message") is not None, timeout=10_000
    )
    box = window.findChild(QMessageBox, "export_message")
    assert "notes.xlsx is not an Excel workbook" in box.text()
    box.close()


def test_import_is_refused_read_only(qtbot, db, db_path, tmp_path, monkeypatch) -> None:
    awkward_committee(db)
    asked: list[Any] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: asked.append(args))
    read_only = open_database(db_path, read_only=True)
    try:
        window = make_window(qtbot, read_only, tmp_path)
        box = exports.import_workbook(window)
        assert isinstance(box, QMessageBox) and "read-only" in box.text()
        assert asked == []
        box.close()
    finally:
        read_only.close()


def test_a_failed_export_is_said_in_korean_with_the_systems_words_in_parentheses(
    qtbot, db, tmp_path
) -> None:
    """In Korean, "cannot write … : No such file or directory" read English: our part is
    phrased in the interface language, the system's own words kept in parentheses."""
    from ui import i18n

    awkward_committee(db)
    i18n.install_translators("ko")
    try:
        window = make_window(qtbot, db, tmp_path)
        locked = tmp_path / "locked"
        (locked / "x.xlsx").mkdir(parents=True)  # a folder where the file would go
        dialog = exports.export_workbook(window)
        dialog.path.setText(str(locked / "x.xlsx"))
        ok(dialog, qtbot)
        qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
        shown = dialog.error.text()
        assert "파일을 쓸 수 없습니다 (" in shown and "cannot write" not in shown, shown
    finally:
        i18n.install_translators("en")


def test_rejections_read_korean_in_a_korean_interface(qtbot, db, tmp_path, monkeypatch) -> None:
    """The preview's "Expected" column read English in Korean ("a whole number from 0 to
    100"): a rejection carries its message key and parameters, phrased when shown."""
    _built, made = awkward_committee(db)
    path = edited_workbook(db, tmp_path, made, 150)
    workbook = load_workbook(path)
    sheet = workbook.worksheets[1]
    column = by_header(sheet)
    team = next(header for header in column if header.startswith("분과"))
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 1).value == str(made["zero"].id):
            sheet.cell(row, column[team]).value = "ENV"  # an import never moves a plan
    workbook.save(path)
    choose_open(monkeypatch, path)
    window = make_window(qtbot, db, tmp_path)
    window.context.ui_language = "ko"
    exports.import_workbook(window)
    qtbot.waitUntil(lambda: hasattr(window, "import_preview_dialog"), timeout=10_000)
    dialog = window.import_preview_dialog
    wanted = {row[1].split(" ", 1)[1]: row[3] for row in dialog.rejected_model.rows}
    assert wanted["진척도 / 进度"] == "0에서 100 사이의 정수"
    assert wanted[team] == "ECO(이 사업의 분과: 가져오기로 바꾸지 않음)"
    for text in wanted.values():  # no English words left but codes
        assert not set(re.findall(r"[A-Za-z]{2,}", text)) - {"ECO"}, text
    english = {r.header: r.expected for r in dialog.preview.every_rejection}
    assert english["진척도 / 进度"] == "a whole number from 0 to 100"  # the report's text
    dialog.reject()
