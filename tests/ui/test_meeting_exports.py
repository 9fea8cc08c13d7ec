"""File → Export agenda / Export minutes / Export calendar, driven as a person does: the menu
entries are there, the dialog offers the meetings, Export writes the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from tests.ui.test_export_dialogs import make_window, ok
from ui.dialogs import meeting_exports


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Files the app asked the desktop to open (nothing really opens)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


def test_export_agenda_of_a_planned_meeting(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, opened: list[str]
) -> None:
    window = make_window(qtbot, demo_db, tmp_path)
    dialog = meeting_exports.export_meeting_document(window, "agenda")
    day, _team = dialog.chosen_meeting()
    assert day > date(2026, 12, 3)  # planned meetings first
    assert dialog.meeting.currentText().endswith("Planned")
    target = tmp_path / "agenda.pdf"
    dialog.path.setText(str(target))
    ok(dialog, qtbot)
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=10_000)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "회의 안건" in text and "会议议程" in text
    assert window.statusBar().currentMessage() == f"Wrote {target} (1 page)."


def test_export_minutes_of_a_held_meeting_and_the_calendar(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, opened: list[str]
) -> None:
    window = make_window(qtbot, demo_db, tmp_path)
    dialog = meeting_exports.export_meeting_document(window, "minutes")
    index = dialog.meeting.findData("2026-03-10/ECO")
    assert index >= 0
    dialog.meeting.setCurrentIndex(index)
    assert dialog.meeting.currentText().endswith("Held")
    assert dialog.path.text().endswith("minutes-2026-03-10.pdf")
    dialog.path.setText(str(tmp_path / "minutes.pdf"))
    ok(dialog, qtbot)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    assert "会议纪要" in PdfReader(tmp_path / "minutes.pdf").pages[0].extract_text()

    calendar = meeting_exports.export_calendar(window)
    assert calendar.meeting.isHidden() and not calendar.team.isHidden()
    calendar.team.setCurrentIndex(calendar.team.findData("ECO"))
    assert calendar.path.text().endswith("calendar-ECO.ics")
    calendar.path.setText(str(tmp_path / "eco.ics"))
    ok(calendar, qtbot)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10_000)
    events = Calendar.from_ical((tmp_path / "eco.ics").read_bytes()).walk("VEVENT")
    assert any(str(e["UID"]).startswith("meeting-") for e in events)


def test_the_file_menu_offers_the_three_exports(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from ui.context import AppContext
    from ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(demo_db, settings))
    qtbot.addWidget(window)
    texts = [action.text() for action in window.file_menu.actions()]
    position = texts.index("&Import workbook…")
    assert texts[position - 3 : position] == [
        "Export &agenda…",
        "Export &minutes…",
        "Export &calendar…",
    ]
    assert all(action.isEnabled() for action in window.meeting_exports.actions)
