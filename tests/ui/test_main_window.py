"""The main window: navigation by list and keys, menus, status bar, title, remembered state,
read-only mode, and closing cleanly."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

import ui.dialogs
from secretariat import __version__
from secretariat.db import Database, open_database
from secretariat.services import committee, conferences
from tests.ui.plans_driver import wait_count
from ui import main_window as main_window_module
from ui.context import CONFERENCES, PROFILE, AppContext
from ui.main_window import MainWindow
from ui.pages import PAGES
from ui.pages.base import Page


class NotesPage(Page):
    """A page standing in for the real ones where a test needs to watch the window's calls."""

    key = "notes"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.edit = QLineEdit()
        QVBoxLayout(self).addWidget(self.edit)
        self.read_only_calls: list[bool] = []
        self.allow_close = True

    def title(self) -> str:
        return self.tr("Notes")

    def apply_read_only(self, read_only: bool) -> None:
        self.read_only_calls.append(read_only)
        self.edit.setReadOnly(read_only)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/text", self.edit.text())

    def restore_state(self, settings: QSettings) -> None:
        self.edit.setText(settings.value(f"{self.key}/text", "", type=str))

    def may_close(self) -> bool:
        return self.allow_close


class MoreNotesPage(NotesPage):
    key = "more"

    def title(self) -> str:
        return self.tr("More notes")


def open_window(
    qtbot: QtBot, db: Database, settings_file: Path, language: str = "en"
) -> MainWindow:
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, settings, ui_language=language))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def with_notes_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real pages plus NotesPage at the end (reached with Ctrl+8)."""
    notes = ("notes", __name__, "NotesPage")
    monkeypatch.setattr(main_window_module, "PAGES", (*PAGES, notes))


def click_navigation(qtbot: QtBot, window: MainWindow, title: str) -> None:
    items = window.navigation.findItems(title, Qt.MatchFlag.MatchExactly)
    assert len(items) == 1, f"no navigation entry {title!r}"
    rect = window.navigation.visualItemRect(items[0])
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_navigation_lists_every_page_by_its_title(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = open_window(qtbot, db, tmp_path / "s.ini")
    shown = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert shown == [window.pages[key].title() for key, _, _ in PAGES]
    assert shown == ["Dashboard", "Conferences", "Plans", "Meetings", "MOUs", "Activities", "Teams"]
    assert window.current_key() == "dashboard"


def test_clicking_the_list_shows_the_page(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, db, tmp_path / "s.ini")
    with qtbot.waitSignal(window.page_changed) as shown:
        click_navigation(qtbot, window, "Meetings")
    assert shown.args == ["meetings"]
    assert window.stack.currentWidget() is window.pages["meetings"]
    click_navigation(qtbot, window, "Teams")
    assert window.stack.currentWidget() is window.pages["teams"]


def test_ctrl_number_goes_to_the_page(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, db, tmp_path / "s.ini")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "plans"
    assert window.navigation.currentItem().text() == "Plans"
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "teams"
    assert window.page_actions[2].shortcut() == QKeySequence("Ctrl+3")
    assert window.page_actions[2].text() == "Go to Plans"


def test_showing_a_page_activates_its_undo_stack(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = open_window(qtbot, db, tmp_path / "s.ini")
    page = window.show_page("plans")
    assert window.context.undo_group.activeStack() is page.undo_stack
    assert not window.undo_action.isEnabled()
    undone: list[str] = []

    class Note(QUndoCommand):
        def undo(self) -> None:
            undone.append(self.text())

    page.undo_stack.push(Note("Change a note"))
    assert window.undo_action.isEnabled()
    assert "Change a note" in window.undo_action.text()
    window.undo_action.trigger()
    assert undone == ["Change a note"]
    assert window.redo_action.isEnabled()
    assert window.undo_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)


def test_status_bar_names_the_database(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, db, tmp_path / "s.ini")
    assert window.database_label.text() == f"Database: {db.describe()}"
    assert window.database_label.isVisible()
    assert not window.read_only_label.isVisible()
    assert window.import_xlsx_action.isEnabled()


def test_read_only_window_disables_edits_and_says_so(
    qtbot: QtBot, db_path: Path, tmp_path: Path, with_notes_page: None
) -> None:
    open_database(db_path).close()
    read_only_db = open_database(db_path, read_only=True)
    window = open_window(qtbot, read_only_db, tmp_path / "s.ini")
    assert window.read_only_label.isVisible()
    assert window.read_only_label.text() == "Read-only"
    assert not window.import_xlsx_action.isEnabled()
    assert window.export_pdf_action.isEnabled() and window.export_xlsx_action.isEnabled()
    notes = window.pages["notes"]
    assert notes.read_only_calls == [True]
    assert notes.edit.isReadOnly()
    # SQLite itself refuses writes: nothing can be saved even by mistake.
    with pytest.raises(OperationalError, match="readonly"), read_only_db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE scribble (x INTEGER)")


def test_read_only_pages_offer_open_not_edit(
    qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    """A team lead's window: no page offers "Edit", and a plan opened shows no way to change
    its status."""
    path = tmp_path / "demo.db"
    path.write_bytes(demo_template.read_bytes())
    open_database(path).close()
    window = open_window(qtbot, open_database(path, read_only=True), tmp_path / "s.ini")
    for key, page in window.pages.items():
        texts = [action.text() for action in page.findChildren(QAction) if action.isVisible()]
        assert not any(text.startswith("Edit") for text in texts), (key, texts)
    plans_page = window.show_page("plans")
    wait_count(qtbot, plans_page, 179, 179)
    plans_page.select_plans([plans_page.model.plan_id_at(0)])
    qtbot.waitUntil(lambda: plans_page.current_plan_id() is not None)
    plans_page.edit_action.trigger()
    qtbot.waitUntil(lambda: plans_page.dialog is not None and plans_page.dialog.isVisible())
    about = plans_page.dialog.about.text()
    assert "· status:" in about and "Change status" not in about
    plans_page.dialog.reject()


def test_one_undo_history_for_the_window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    """A conference deleted on its page, then Edit → Undo from the Plans page: the window goes
    back to the Conferences page, says what it undid, and the conference is back."""
    seventh = conferences.create_conference(
        demo_db, {"number": 7, "planned_date": "2029-10-01", "status": "planned", "host_side": "A"}
    )
    window = open_window(qtbot, demo_db, tmp_path / "s.ini")
    page = window.show_page("conferences")
    qtbot.waitUntil(lambda: page.model.rowCount() == 7)
    page.select_record(seventh.id)
    page.delete_action.trigger()
    assert [c.number for c in conferences.list_conferences(demo_db)][-1] == 6
    window.show_page("plans")
    assert window.undo_action is not None and window.undo_action.isEnabled()
    assert "Delete" in window.undo_action.text()
    window.undo_action.trigger()
    assert window.current_key() == "conferences"
    assert conferences.get_by_number(demo_db, 7).id == seventh.id
    message = window.statusBar().currentMessage()
    assert message == "Undone on Conferences: Delete 1 conference"
    window.show_page("teams")
    window.redo_action.trigger()  # redone from a third page: back to Conferences again
    assert window.current_key() == "conferences"
    assert window.statusBar().currentMessage().startswith("Redone on Conferences: ")


def test_undo_speaks_the_language_switched_to(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    """Switched to Korean in Settings, then an edit: the page's and the Edit menu's Undo say
    it in Korean (Qt's own undo actions kept the English they were made in)."""
    window = open_window(qtbot, demo_db, tmp_path / "s.ini")
    try:
        window.apply_ui_language("ko")
        page = window.show_page("conferences")
        qtbot.waitUntil(lambda: page.model.rowCount() == 6)
        conference = conferences.create_conference(
            demo_db,
            {"number": 7, "planned_date": "2029-10-01", "status": "planned", "host_side": "A"},
        )
        window.context.notify(CONFERENCES)
        qtbot.waitUntil(lambda: page.model.rowCount() == 7)
        page.select_record(conference.id)
        page.delete_action.trigger()
        assert page.undo_action.text() == "전체회의 1회 삭제 실행 취소"
        assert window.undo_action is not None
        assert window.undo_action.text().startswith("전체회의 1회 삭제")
        page.undo_action.trigger()
        assert page.redo_action.text() == "전체회의 1회 삭제 다시 실행"
        assert page.undo_action.text() == "실행 취소"
    finally:
        window.apply_ui_language("en")


def test_title_is_the_committee_name_in_the_interface_language(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    profile = committee.get_profile(demo_db)
    assert profile is not None
    window = open_window(qtbot, demo_db, tmp_path / "s.ini", language="ko")
    assert window.windowTitle() == profile.name_ko
    committee.save_profile(demo_db, {"name_ko": "새 이름 위원회"})
    window.context.notify(PROFILE)
    assert window.windowTitle() == "새 이름 위원회"


def test_size_splitter_and_page_state_are_remembered(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small pages only: the real ones may need more room than the offscreen screen has,
    # which would hide whether the size was remembered.
    small_pages = (("notes", __name__, "NotesPage"), ("more", __name__, "MoreNotesPage"))
    monkeypatch.setattr(main_window_module, "PAGES", small_pages)
    settings_file = tmp_path / "s.ini"
    first = open_window(qtbot, db, settings_file)
    first.resize(610, 430)
    assert (first.width(), first.height()) == (610, 430)
    first.show_page("more")
    first.splitter.setSizes([230, 380])
    first.pages["notes"].edit.setText("half-typed note")
    first.close()

    second = open_window(qtbot, db, settings_file)
    assert (second.width(), second.height()) == (610, 430)
    assert second.current_key() == "more"
    assert second.navigation.currentItem().text() == "More notes"
    assert second.splitter.sizes()[0] == 230
    assert second.pages["notes"].edit.text() == "half-typed note"
    assert second.navigation.isVisible()


def test_the_last_page_is_shown_again(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    settings_file = tmp_path / "s.ini"
    first = open_window(qtbot, db, settings_file)
    click_navigation(qtbot, first, "Meetings")
    first.close()
    second = open_window(qtbot, db, settings_file)
    assert second.current_key() == "meetings"
    assert second.navigation.currentItem().text() == "Meetings"
    assert second.stack.currentWidget() is second.pages["meetings"]


def test_hidden_navigation_is_remembered(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    settings_file = tmp_path / "s.ini"
    first = open_window(qtbot, db, settings_file)
    first.toggle_navigation_action.trigger()
    first.close()
    second = open_window(qtbot, db, settings_file)
    assert not second.navigation.isVisible()
    assert not second.toggle_navigation_action.isChecked()


def test_closing_stops_tasks_saves_and_closes_the_database(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(
        main_window_module.tasks, "cancel_all_and_wait", lambda: calls.append("tasks")
    )
    monkeypatch.setattr(db, "close", lambda: calls.append("db"))
    window = open_window(qtbot, db, tmp_path / "s.ini")
    window.show_page("mous")
    window.quit_action.trigger()
    assert not window.isVisible()
    assert calls == ["tasks", "db"]
    assert (
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat).value("main_window/page")
        == "mous"
    )


def test_a_page_may_keep_the_window_open(
    qtbot: QtBot, db: Database, tmp_path: Path, with_notes_page: None
) -> None:
    window = open_window(qtbot, db, tmp_path / "s.ini")
    window.pages["notes"].allow_close = False
    window.close()
    assert window.isVisible()
    window.pages["notes"].allow_close = True
    window.close()
    assert not window.isVisible()


def test_file_menu_runs_the_export_dialogs(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    called: list[tuple[str, object]] = []
    fake = types.ModuleType("ui.dialogs.exports")
    for name in ("export_briefing_pack", "export_workbook", "import_workbook"):
        setattr(fake, name, lambda window, name=name: called.append((name, window)))
    monkeypatch.setitem(sys.modules, "ui.dialogs.exports", fake)
    monkeypatch.setattr(ui.dialogs, "exports", fake, raising=False)
    window = open_window(qtbot, db, tmp_path / "s.ini")
    file_actions = [action.text() for action in window.file_menu.actions() if action.text()]
    assert file_actions[:6] == [
        "Export &briefing pack…",
        "Export &workbook…",
        "Export &agenda…",
        "Export &minutes…",
        "Export &calendar…",
        "&Import workbook…",
    ]
    window.export_pdf_action.trigger()
    window.export_xlsx_action.trigger()
    window.import_xlsx_action.trigger()
    assert called == [
        ("export_briefing_pack", window),
        ("export_workbook", window),
        ("import_workbook", window),
    ]


def test_menus_use_standard_shortcuts(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, db, tmp_path / "s.ini")
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    assert not window.quit_action.shortcut().isEmpty()
    assert not window.settings_action.shortcut().isEmpty()
    assert window.redo_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert window.edit_menu.actions()[:2] == [window.undo_action, window.redo_action]


def test_navigation_row_is_where_a_click_lands(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    # Guards click_navigation itself: a click outside every row changes nothing.
    window = open_window(qtbot, db, tmp_path / "s.ini")
    below_rows = QPoint(10, window.navigation.viewport().height() - 2)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=below_rows)
    assert window.current_key() == "dashboard"


def test_about_names_the_version_and_the_database(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "about", lambda _parent, title, text: shown.append((title, text))
    )
    window = open_window(qtbot, db, tmp_path / "s.ini")
    window.about_action.trigger()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "About Secretariat"
    assert f"Secretariat {__version__}" in text
    assert db.describe() in text
    assert "WenQuanYi Micro Hei" in text


def test_the_window_shows_before_the_database_is_open(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    """As the app starts: the window is up with every page named, and waits for the database
    (edits, exports and page keys off); attaching it builds the pages and shows the page the
    user was on last."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("main_window/page", "meetings")
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.is_ready()
    shown = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert shown == ["Dashboard", "Conferences", "Plans", "Meetings", "MOUs", "Activities", "Teams"]
    assert window.navigation.currentItem().text() == "Meetings"
    assert window.stack.currentWidget().text() == "Opening the database…"
    assert window.pages == {}
    off = [window.export_pdf_action, window.import_xlsx_action, window.settings_action]
    assert not any(action.isEnabled() for action in off + window.page_actions)
    assert window.quit_action.isEnabled()

    with qtbot.waitSignal(window.ready):
        window.attach(AppContext(db, settings))
    assert window.is_ready()
    assert window.current_key() == "meetings"
    assert window.stack.currentWidget() is window.pages["meetings"]
    assert all(action.isEnabled() for action in off + window.page_actions)
    assert window.database_label.text() == f"Database: {db.describe()}"
    assert window.undo_action is not None


def test_closing_while_the_database_opens_waits_for_it(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    """Stopping an upgrade half-way helps no one: the window closes once the database is in."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert window.isVisible()
    window.attach(AppContext(db, settings))
    qtbot.waitUntil(lambda: not window.isVisible())
