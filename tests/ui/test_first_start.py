"""First start on an empty database: typing the committee profile, errors next to the fields,
loading the demo committee, and cancelling."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from secretariat.db import Database, open_database
from secretariat.models import Plan
from secretariat.services import committee, conferences
from ui.context import AppContext
from ui.dialogs.first_start import FirstStartDialog, needs_first_start
from ui.main_window import MainWindow


def open_window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def first_start(qtbot: QtBot, window: MainWindow) -> FirstStartDialog:
    dialog = window.offer_first_start()
    assert isinstance(dialog, FirstStartDialog)
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot: QtBot, dialog: FirstStartDialog, field: str, language: str, text: str) -> None:
    edit = dialog.name_edits[field, language]
    assert edit.isVisible(), f"{field} in {language} is not shown"
    type_text(qtbot, edit, text)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as a person would: keys for ASCII, an input method's commit for Korean and
    Chinese (QTest cannot press keys that are not ASCII)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose_language(dialog: FirstStartDialog, field: str, language: str) -> None:
    combo = dialog.language_combos[field]
    combo.setCurrentIndex(combo.findData(language))


def test_typing_a_profile_creates_it_and_names_the_window(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = open_window(qtbot, db, tmp_path)
    assert window.windowTitle() == ""
    dialog = first_start(qtbot, window)
    assert [title.text() for title in dialog.column_titles if title.isVisible()] == [
        "Korean",
        "Chinese (Simplified)",
        "English",
    ]
    type_into(qtbot, dialog, "name", "en", "Harbour Cities Joint Committee")
    type_into(qtbot, dialog, "name", "ko", "항구도시 공동위원회")
    type_into(qtbot, dialog, "side_a_name", "ko", "남항시")
    type_into(qtbot, dialog, "side_b_name", "zh", "北港市")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    profile = committee.get_profile(db)
    assert profile is not None
    assert (profile.name_en, profile.name_ko, profile.side_a_name_ko, profile.side_b_name_zh) == (
        "Harbour Cities Joint Committee",
        "항구도시 공동위원회",
        "남항시",
        "北港市",
    )
    assert (profile.language_a, profile.language_b) == ("ko", "zh")
    assert window.windowTitle() == "Harbour Cities Joint Committee"
    assert not needs_first_start(db)


def test_a_missing_name_is_shown_next_to_its_row_and_nothing_is_saved(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = open_window(qtbot, db, tmp_path)
    dialog = first_start(qtbot, window)
    type_into(qtbot, dialog, "name", "en", "Harbour Cities Joint Committee")
    type_into(qtbot, dialog, "side_a_name", "en", "Namhang")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    error = dialog.error_labels["side_b_name"]
    assert error.isVisible()
    assert error.text() == "Enter this name in at least one of the languages shown."
    assert not dialog.error_labels["name"].isVisible()
    # The message sits right under side B's row of fields.
    grid = dialog.names_grid
    error_row = grid.getItemPosition(grid.indexOf(error))[0]
    title_row = grid.getItemPosition(grid.indexOf(dialog.row_titles["side_b_name"]))[0]
    assert error_row == title_row + 1
    assert dialog.focusWidget() is dialog.name_edits["side_b_name", "ko"]
    assert committee.get_profile(db) is None
    # Typing in the row clears its message; the corrected form saves.
    type_into(qtbot, dialog, "side_b_name", "en", "Bukhang")
    assert not error.isVisible()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert committee.get_profile(db).side_b_name_en == "Bukhang"  # type: ignore[union-attr]


def test_the_same_language_twice_is_refused_next_to_side_b(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = open_window(qtbot, db, tmp_path)
    dialog = first_start(qtbot, window)
    choose_language(dialog, "language_b", "ko")
    for field in ("name", "side_a_name", "side_b_name"):
        type_into(qtbot, dialog, field, "ko", "이름")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_labels["language_b"].text() == "Choose a language other than side A's."
    assert dialog.error_labels["language_b"].isVisible()
    assert committee.get_profile(db) is None


def test_changing_languages_moves_columns_and_keeps_what_was_typed(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = open_window(qtbot, db, tmp_path)
    dialog = first_start(qtbot, window)
    type_into(qtbot, dialog, "name", "zh", "港城联合委员会")
    choose_language(dialog, "language_b", "ja")
    shown = [title.text() for title in dialog.column_titles if title.isVisible()]
    assert shown == ["Korean", "Japanese", "English"]
    assert not dialog.name_edits["name", "zh"].isVisible()
    type_into(qtbot, dialog, "name", "ja", "港町共同委員会")
    choose_language(dialog, "language_b", "zh")
    assert dialog.name_edits["name", "zh"].text() == "港城联合委员会"
    assert dialog.profile_fields()["name_ja"] == "港町共同委員会"


def test_loading_the_demo_from_the_first_start_dialog(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = open_window(qtbot, db, tmp_path)
    dialog = first_start(qtbot, window)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
        assert not dialog.create_button.isEnabled()  # busy while the demo is written
    assert dialog.outcome == "demo"
    assert len(conferences.list_conferences(db)) >= 5
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Plan)) > 100
    profile = committee.get_profile(db)
    assert profile is not None
    assert window.windowTitle() == profile.name_en


def test_cancelling_leaves_the_database_empty_and_the_window_open(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = open_window(qtbot, db, tmp_path)
    dialog = first_start(qtbot, window)
    type_into(qtbot, dialog, "name", "en", "Never saved")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.isVisible()
    assert needs_first_start(db)
    assert committee.get_profile(db) is None
    # File → Set up the committee… offers it again; once set up, no more.
    assert window.setup_action in window.file_menu.actions()
    assert window.setup_action.isEnabled()
    window.setup_action.trigger()
    again = window.first_start_dialog
    assert again is not None and again is not dialog and again.isVisible()
    with qtbot.waitSignal(again.accepted, timeout=60_000):
        qtbot.mouseClick(again.demo_button, Qt.MouseButton.LeftButton)
    assert not needs_first_start(db)
    qtbot.waitUntil(lambda: not window.setup_action.isEnabled())


def test_not_offered_on_a_committee_or_read_only(
    qtbot: QtBot, demo_db: Database, db_path: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_db, tmp_path)
    assert window.offer_first_start() is None
    open_database(db_path).close()
    read_only = open_database(db_path, read_only=True)
    assert needs_first_start(read_only)
    (tmp_path / "other").mkdir()
    other = open_window(qtbot, read_only, tmp_path / "other")
    assert other.offer_first_start() is None
    assert not window.setup_action.isEnabled() and not other.setup_action.isEnabled()


@pytest.mark.parametrize("row", ["name", "side_a_name", "side_b_name"])
def test_each_name_row_has_a_field_per_shown_language(
    qtbot: QtBot, db: Database, tmp_path: Path, row: str
) -> None:
    window = open_window(qtbot, db, tmp_path)
    dialog = first_start(qtbot, window)
    visible = [
        lang
        for (field, lang), edit in dialog.name_edits.items()
        if field == row and edit.isVisible()
    ]
    assert sorted(visible) == ["en", "ko", "zh"]


def test_the_name_typed_at_first_start_is_who_the_history_records(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from ui.settings import author_name

    window = open_window(qtbot, db, tmp_path)
    dialog = first_start(qtbot, window)
    assert dialog.author_edit.text() == db.author  # the login name, until one is typed
    dialog.author_edit.selectAll()
    type_text(qtbot, dialog.author_edit, "김민지")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert db.author == "김민지"
    assert author_name(window.settings) == "김민지"
