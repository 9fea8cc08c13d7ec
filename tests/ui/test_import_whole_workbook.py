"""File → Import workbook with a whole committee typed by hand: the preview shows the other
sheets' records and the sheets it does not read; Apply builds the committee."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from secretariat.services import conferences, teams
from tests.exports.test_workbook_import import hand_filled
from tests.ui.test_export_dialogs import choose_open, make_window
from ui.dialogs import exports


def test_a_committee_typed_by_hand_through_the_preview(qtbot, db, tmp_path, monkeypatch) -> None:
    from openpyxl import load_workbook

    path = hand_filled(tmp_path / "committee.xlsx")
    workbook = load_workbook(path)
    workbook.create_sheet("Notes").append(["call Beijing"])
    workbook.save(path)
    choose_open(monkeypatch, path)
    window = make_window(qtbot, db, tmp_path)
    exports.import_workbook(window)
    qtbot.waitUntil(lambda: hasattr(window, "import_preview_dialog"), timeout=10_000)
    dialog = window.import_preview_dialog
    assert dialog.tabs.tabText(1) == "New plans (7)"
    assert dialog.tabs.tabText(3) == "Other records (6)"
    assert dialog.tabs.currentIndex() == 1
    assert ("Conferences", 3, "1", "New") in [tuple(row) for row in dialog.records_model.rows]
    assert "Conferences: 2 new, 0 changed, 0 unchanged." in dialog.summary.text()
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith("Sheets not read: Notes: not read") for text in notes)
    assert conferences.list_conferences(db) == []  # nothing written yet
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "export_message") is not None, timeout=10_000
    )
    assert len(conferences.list_conferences(db)) == 2
    assert [team.code for team in teams.list_teams(db)] == ["ECO", "CUL"]
    window.findChild(QMessageBox, "export_message").close()


def test_the_preview_names_a_bad_record_cell_with_its_sheet(
    qtbot, db, tmp_path: Path, monkeypatch
) -> None:
    from openpyxl import load_workbook

    path = hand_filled(tmp_path / "committee.xlsx")
    workbook = load_workbook(path)
    workbook["Conferences"]["E2"] = "finished"
    workbook.save(path)
    choose_open(monkeypatch, path)
    window = make_window(qtbot, db, tmp_path)
    exports.import_workbook(window)
    qtbot.waitUntil(lambda: hasattr(window, "import_preview_dialog"), timeout=10_000)
    dialog = window.import_preview_dialog
    assert dialog.rejected_model.rows[0][:2] == [2, "Conferences: E Status"]
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
