"""Another process's changes appear when the window comes back to the front."""

from __future__ import annotations

from pathlib import Path

import pytest
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


@pytest.mark.postgres
def test_on_a_server_others_changes_appear_and_a_lost_server_is_said(
    pg_url: str, qtbot: QtBot, tmp_path: Path
) -> None:
    from sqlalchemy import text

    from secretariat.demo import load_demo

    db = open_database(pg_url)
    load_demo(db)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, settings, ui_language="en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages["teams"]
    assert isinstance(page, TeamsPage)
    listener = window.change_watch.watcher.listener
    assert listener is not None and listener.connected.wait(5)
    qtbot.waitUntil(lambda: window.change_watch.reachable is True)

    other = open_database(pg_url)  # a colleague's app
    health = next(team for team in teams.list_teams(other) if team.code == "HEA")
    teams.update_team(other, health.id, {"name_ko": "공중보건"})
    row = row_of_text(page, "code", "HEA")
    qtbot.waitUntil(lambda: column_texts(page, "name_0")[row] == "공중보건", timeout=2000)

    first = listener.backend_pid  # the server drops the app's connection
    with other.engine.connect() as connection:
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
    other.close()
    lost = window.change_watch.lost_label
    qtbot.waitUntil(lost.isVisible, timeout=3000)
    assert "cannot be reached" in lost.text() and not window.import_xlsx_action.isEnabled()
    qtbot.waitUntil(lambda: not lost.isVisible(), timeout=15000)  # back by itself
    assert window.import_xlsx_action.isEnabled()
    window.change_watch.close()
    db.close()
