"""File → Exchange…, driven as a secretariat member does: the site made from the dialog, the
partner's key trusted, a file with a conflict brought in, the review read and answered."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from secretariat.db import open_database
from tests.ui.keyboard import type_text
from tests.unit.exchange_sites import plan_field, records_at, run
from ui.context import AppContext
from ui.dialogs.exchange import ExchangeDialog
from ui.dialogs.exchange_review import ReviewDialog
from ui.main_window import MainWindow

TIMEOUT = 20_000


def answer_file_dialogs(monkeypatch: pytest.MonkeyPatch, *answers: Path) -> None:
    queue = list(answers)

    def answer(parent: Any, title: str, start: str, filters: str, **_: Any) -> tuple[str, str]:
        return str(queue.pop(0)), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)


@pytest.fixture
def office_window(qtbot: QtBot, demo_template: Path, tmp_path: Path) -> tuple[MainWindow, Path]:
    office = tmp_path / "office.db"
    shutil.copyfile(demo_template, office)
    db = open_database(office)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, settings))
    qtbot.addWidget(window)
    window.show()
    return window, office


def open_dialog(qtbot: QtBot, window: MainWindow) -> ExchangeDialog:
    assert window.exchange_action in window.file_menu.actions()
    window.exchange_action.trigger()
    dialog = window.findChild(ExchangeDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    return dialog


def test_a_conflict_is_reviewed_side_by_side_and_applied_as_chosen(
    qtbot: QtBot,
    office_window: tuple[MainWindow, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, office = office_window
    dialog = open_dialog(qtbot, window)
    assert "not a site yet" in dialog.site_label.text()
    dialog.side_choice.setCurrentIndex(dialog.side_choice.findData("A"))
    qtbot.keyClicks(dialog.name_field, "Dongju office")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert "side A · Dongju office" in dialog.site_label.text()
    assert not dialog.setup_box.isVisible()

    # The partner: an empty database that starts from the office's first file.
    partner = tmp_path / "partner.db"
    assert run("--db", partner, "init") == 0
    assert run("--db", partner, "exchange", "init", "--side", "B", "--name", "Yunhai") == 0
    assert run("--db", partner, "exchange", "key", "-o", tmp_path / "yunhai.key") == 0
    answer_file_dialogs(
        monkeypatch, tmp_path / "dongju.key", tmp_path / "yunhai.key", tmp_path / "first.secx"
    )
    dialog.save_key()
    dialog.trust_key()
    assert dialog.partner_table.rowCount() == 1
    assert dialog.partner_table.item(0, 0).text() == "Yunhai"
    task = dialog.make_file()
    assert task is not None
    qtbot.waitUntil(lambda: (tmp_path / "first.secx").exists(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dialog.partner_table.item(0, 2).text() == "1", timeout=TIMEOUT)
    assert run("--db", partner, "exchange", "trust", tmp_path / "dongju.key") == 0
    assert run("--db", partner, "exchange", "import", tmp_path / "first.secx") == 0

    # The same title edited on both sides; the partner also sets a progress.
    assert run("--db", office, "edit", "plan", "1-ECO-01", "--set", "title_ko=동주 포럼") == 0
    assert (
        run(
            "--db",
            partner,
            "edit",
            "plan",
            "1-ECO-01",
            "--set",
            "title_ko=윈하이 포럼",
            "--set",
            "progress=65",
        )
        == 0
    )
    assert run("--db", partner, "exchange", "export", "-o", tmp_path / "reply.secx") == 0
    before = records_at(office)

    dialog.bring_in(tmp_path / "reply.secx")
    qtbot.waitUntil(lambda: dialog.findChild(ReviewDialog) is not None, timeout=TIMEOUT)
    review = dialog.findChild(ReviewDialog)
    assert review is not None
    qtbot.waitUntil(review.isVisible, timeout=TIMEOUT)
    assert review.table.rowCount() == 1
    record = review.table.item(0, 0).text()
    assert "1-ECO-01" in record and "윈하이" not in record.split("\n")[0]
    assert "Title (ko)" in review.table.item(0, 1).text()
    assert "동주 포럼" in review.table.item(0, 3).text()
    assert "윈하이 포럼" in review.table.item(0, 4).text()
    assert not review.apply_button.isEnabled()  # a choice is still to be made
    assert "without a choice: 1" in review.findChild(QLabel, "exchange_problem").text()
    assert records_at(office) == before  # nothing written by the review

    choice = review.table.cellWidget(0, 5)
    assert isinstance(choice, QComboBox)
    choice.setCurrentIndex(choice.findData("edit"))
    value = review.values[0]
    value.clear()
    type_text(qtbot, value, "동주·윈하이 공동 포럼")
    assert review.apply_button.isEnabled()
    qtbot.mouseClick(review.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: plan_field(office, "1-ECO-01", "title")["ko"] == "동주·윈하이 공동 포럼",
        timeout=TIMEOUT,
    )
    assert plan_field(office, "1-ECO-01", "progress") == 65

    def told() -> list[str]:
        boxes = dialog.findChildren(QMessageBox, "exchange_message")
        return [box.text() for box in boxes if "is in" in box.text()]

    qtbot.waitUntil(lambda: bool(told()), timeout=TIMEOUT)
    assert ".bak" in told()[0]  # backed up before it went in
    assert "1 changed" in told()[0]
