"""Another process's changes appear when the window comes back to the front."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from secretariat.db import Database, open_database
from secretariat.services import teams
from tests.ui.record_pages import column_texts, row_of_text
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.teams import TeamsPage


def test_a_change_saved_elsewhere_shows_when_the_window_is_back_in_front(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(demo_db, settings, ui_language="en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages["teams"]
    assert isinstance(page, TeamsPage)
    activate = QEvent(QEvent.Type.WindowActivate)
    QApplication.sendEvent(window, activate)
    assert not window.change_watch.check()  # nothing new since it looked

    other = open_database(demo_db.describe())  # another process, as far as the file knows
    health = next(team for team in teams.list_teams(other) if team.code == "HEA")
    teams.update_team(other, health.id, {"name_ko": "공중보건"})
    other.close()
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    row = row_of_text(page, "code", "HEA")
    qtbot.waitUntil(lambda: column_texts(page, "name_0")[row] == "공중보건")
    assert window.statusBar().currentMessage() == "Updated with the latest saved changes."
