"""Starting the app: the window on a good database, one clear message (and a non-zero exit,
the file untouched) on a bad one, read-only from the flag or the setting, logging, fonts."""

from __future__ import annotations

import gc
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from secretariat.cli import EXIT_DATABASE
from secretariat.db import open_database
from secretariat.paths import APP_AUTHOR, APP_NAME, data_dir
from ui import i18n
from ui.app import run_app
from ui.dialogs.first_start import FirstStartDialog
from ui.fonts import register_bundled_fonts
from ui.idle_collector import NEVER
from ui.main_window import MainWindow
from ui.settings import save_open_read_only

GIVE_UP_MS = 30_000  # a broken start-up fails the test instead of hanging it


@pytest.fixture(autouse=True)
def user_settings(tmp_path: Path) -> Iterator[QSettings]:
    """The app's own QSettings() lands in this test's folder; Qt and logging put back after."""
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "config"))
    yield QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)
    i18n.install_translators("en")
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "secretariat", False)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every critical message box the app shows, instead of showing it."""
    shown: list[tuple[str, str]] = []

    def critical(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


@contextmanager
def closing_the_window(seen: dict[str, Any]) -> Iterator[None]:
    """While run_app runs: once its window is up, note what it shows and close it, as a user
    would. Both timers stop when run_app returns, so none fires in a later test."""

    def look() -> None:
        windows = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.is_ready()
        ]
        if not windows:
            return
        poll.stop()
        window = windows[0]
        seen["title"] = window.windowTitle()
        seen["read_only"] = window.context.read_only
        seen["marker"] = window.read_only_label.isVisible()
        seen["database"] = window.database_label.text()
        seen["full_collections"] = gc.get_threshold()[2]
        dialog = window.first_start_dialog
        seen["first_start"] = isinstance(dialog, FirstStartDialog) and dialog.isVisible()
        if dialog is not None:
            dialog.reject()
        window.close()

    poll = QTimer(interval=20)
    poll.timeout.connect(look)
    give_up = QTimer(singleShot=True, interval=GIVE_UP_MS)
    give_up.timeout.connect(lambda: QApplication.exit(99))
    poll.start()
    give_up.start()
    try:
        yield
    finally:
        poll.stop()
        give_up.stop()


def newer_schema_database(path: Path) -> Path:
    database = open_database(path)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    database.close()
    return path


def test_a_newer_schema_is_refused_with_one_message(
    tmp_path: Path, messages: list[tuple[str, str]], qapp: QApplication
) -> None:
    path = newer_schema_database(tmp_path / "committee.db")
    before = path.read_bytes()
    with closing_the_window({}):
        code = run_app(str(path), read_only=False, explicit=True)
    assert code == EXIT_DATABASE
    assert len(messages) == 1
    title, text = messages[0]
    assert title == "Secretariat cannot start"
    assert "written by a newer version of Secretariat" in text
    assert str(path) in text
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("committee")) == [
        "committee.db"
    ]  # no backup, no upgrade


def test_a_file_that_is_not_a_database_is_refused(
    tmp_path: Path, messages: list[tuple[str, str]], qapp: QApplication
) -> None:
    path = tmp_path / "minutes.db"
    path.write_text("Minutes of the 5th conference, not a database.\n", encoding="utf-8")
    before = path.read_bytes()
    with closing_the_window({}):
        assert run_app(str(path), read_only=False, explicit=True) == EXIT_DATABASE
    assert len(messages) == 1
    assert "not a database" in messages[0][1]
    assert "Traceback" not in messages[0][1]
    assert path.read_bytes() == before


def test_a_named_database_that_does_not_exist_is_not_created(
    tmp_path: Path, messages: list[tuple[str, str]], qapp: QApplication
) -> None:
    path = tmp_path / "missing" / "committee.db"
    with closing_the_window({}):
        assert run_app(str(path), read_only=False, explicit=True) == EXIT_DATABASE
    assert len(messages) == 1
    assert f"no database at {path}" in messages[0][1]
    assert not path.parent.exists()


def test_the_window_opens_on_a_committee_and_closes_cleanly(
    tmp_path: Path, demo_template: Path, messages: list[tuple[str, str]], qapp: QApplication
) -> None:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    seen: dict[str, Any] = {}
    python_rule = gc.get_threshold()
    with closing_the_window(seen):
        assert run_app(str(path), read_only=False, explicit=True) == 0
    assert seen["full_collections"] == NEVER  # from the event loop while the window was up
    assert gc.get_threshold() == python_rule  # Python's again after it
    assert messages == []
    assert seen["title"] == "Dongju–Yunhai Joint Committee for Exchanges and Cooperation"
    assert seen["database"] == f"Database: {path}"
    assert (seen["read_only"], seen["marker"], seen["first_start"]) == (False, False, False)
    log_text = (data_dir() / "secretariat.log").read_text(encoding="utf-8")
    assert f"opened {path}" in log_text


@pytest.mark.parametrize("how", ["flag", "setting"])
def test_read_only_from_the_flag_or_the_setting(
    how: str,
    tmp_path: Path,
    demo_template: Path,
    user_settings: QSettings,
    messages: list[tuple[str, str]],
    qapp: QApplication,
) -> None:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    if how == "setting":
        save_open_read_only(user_settings, True)
        user_settings.sync()
    seen: dict[str, Any] = {}
    with closing_the_window(seen):
        assert run_app(str(path), read_only=how == "flag", explicit=True) == 0
    assert (seen["read_only"], seen["marker"]) == (True, True)


def test_first_start_creates_the_default_database_and_offers_the_profile(
    tmp_path: Path, messages: list[tuple[str, str]], qapp: QApplication
) -> None:
    path = tmp_path / "data" / "secretariat.db"
    seen: dict[str, Any] = {}
    with closing_the_window(seen):
        assert run_app(str(path), read_only=False, explicit=False) == 0
    assert path.exists()
    assert seen["first_start"] is True
    assert seen["title"] == ""  # no committee yet: the platform shows the app's name


def test_the_bundled_font_is_registered(qapp: QApplication) -> None:
    families = register_bundled_fonts()
    assert "WenQuanYi Micro Hei" in families
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    assert register_bundled_fonts() == families  # once only


@pytest.mark.postgres
def test_a_reader_signs_in_and_the_app_opens_read_only_by_itself(
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
    qapp: QApplication,
) -> None:
    from PySide6.QtWidgets import QInputDialog
    from sqlalchemy.engine import make_url

    from secretariat.cli import main

    assert main(["--db", pg_url, "init", "--demo"]) == 0
    secret = tmp_path / "password"
    secret.write_text("lee's password\n")
    name = f"{make_url(pg_url).database}_lee"
    command = ["--db", pg_url, "users", "add", name, "--role", "reader", "--password-file"]
    assert main([*command, str(secret)]) == 0
    typed = iter(["a guess", "lee's password"])
    prompts: list[str] = []

    def get_text(_parent: Any, _title: str, label: str, *_args: Any) -> tuple[str, bool]:
        prompts.append(label)
        return next(typed), True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    reader_url = make_url(pg_url).set(username=name).render_as_string(hide_password=False)
    seen: dict[str, Any] = {}
    with closing_the_window(seen):
        assert run_app(reader_url, read_only=False, explicit=True) == 0
    for widget in QApplication.topLevelWidgets():  # before its database and login are dropped
        if isinstance(widget, MainWindow):
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert messages == []
    assert prompts[0] == f"Password of {name} on 127.0.0.1:"
    assert prompts[1].startswith("That password was refused.")
    assert (seen["read_only"], seen["marker"]) == (True, True)  # not asked for: the server's
    assert "lee's password" not in (data_dir() / "secretariat.log").read_text(encoding="utf-8")


def run_smoke(db_path: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SECRETARIAT_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "secretariat", "--db", str(db_path), "gui", "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        check=False,
    )


def test_gui_smoke_quits_with_0_once_the_dashboard_has_painted(
    demo_template: Path, tmp_path: Path
) -> None:
    """`secretariat gui --smoke`, which the bundle's smoke test runs: the real window on the
    database, the Dashboard painted, exit 0; a database that cannot be opened: exit 3 and the
    reason printed (no message box waits for a click)."""
    demo = tmp_path / "demo.db"
    demo.write_bytes(demo_template.read_bytes())
    done = run_smoke(demo, tmp_path)
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "data" / "secretariat.log").read_text(encoding="utf-8")
    assert "smoke test: DashboardPage painted" in log
    missing = run_smoke(tmp_path / "missing.db", tmp_path)
    assert missing.returncode == 3
    assert "cannot open the database" in missing.stderr and "missing.db" in missing.stderr
