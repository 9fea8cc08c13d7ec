"""File → Back up… and File → Restore…, driven from the menu as a person does: the file
dialogs answered, the progress dialog's Cancel pressed, the result read back from disk."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from secretariat.db import Database, open_database
from secretariat.progress import Progress
from secretariat.transfer import archive
from secretariat.transfer.tables import count_rows
from ui.context import AppContext
from ui.main_window import MainWindow

TIMEOUT = 20_000


def make_window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, settings))
    qtbot.addWidget(window)
    window.show()
    return window


def answer_dialogs(
    monkeypatch: pytest.MonkeyPatch, *, save: list[Path], open_: Path | None = None
) -> list[str]:
    """The file dialogs answer `save` in turn and `open_`; returns where each one started."""
    asked: list[str] = []
    answers = list(save)

    def fake_save(parent: Any, title: str, start: str, filters: str, **_: Any) -> tuple[str, str]:
        asked.append(start)
        return str(answers.pop(0)), filters

    def fake_open(parent: Any, title: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(open_), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    return asked


def records(path: Path) -> dict[str, int]:
    db = open_database(path)
    try:
        with db.engine.connect() as connection:
            return count_rows(connection)
    finally:
        db.close()


def message(window: MainWindow, qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "backup_message") is not None, timeout=TIMEOUT
    )
    box = window.findChild(QMessageBox, "backup_message")
    assert isinstance(box, QMessageBox)
    return box


def database_files(path: Path) -> list[Path]:
    """The database and its side files, and the temporary ones it is built under."""
    return sorted([*path.parent.glob(path.name + "*"), *path.parent.glob(f".{path.name}.*")])


def back_up(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, target: Path
) -> list[str]:
    asked = answer_dialogs(monkeypatch, save=[target.with_suffix("")])  # the suffix is added
    assert window.backup_action in window.file_menu.actions()
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage(), timeout=TIMEOUT)
    return asked


def test_back_up_then_restore_into_a_new_file(qtbot, demo_db, tmp_path, monkeypatch) -> None:
    window = make_window(qtbot, demo_db, tmp_path)
    target = tmp_path / "backups" / "today.zip"
    target.parent.mkdir()
    asked = back_up(window, qtbot, monkeypatch, target)
    assert Path(asked[0]).name.startswith("secretariat-") and asked[0].endswith(".zip")
    expected = records(Path(demo_db.describe()))
    total = sum(expected.values())
    assert window.statusBar().currentMessage() == f"Backed up {total} records to {target}."
    assert zipfile.ZipFile(target).testzip() is None

    restored = tmp_path / "restored.db"
    asked = answer_dialogs(monkeypatch, save=[restored.with_suffix("")], open_=target)
    window.restore_action.trigger()
    box = message(window, qtbot)
    assert asked[0] == str(target.parent)  # the folder of the backup is remembered
    assert f"Restored {total} records into {restored}." in box.text()
    assert f'secretariat --db "{restored}" gui' in box.text()
    assert records(restored) == expected
    assert expected["plan"] > 0


def test_a_read_only_window_backs_up_and_restores(qtbot, demo_db, tmp_path, monkeypatch):
    path = Path(demo_db.describe())
    demo_db.close()
    read_only = open_database(path, read_only=True)
    try:
        window = make_window(qtbot, read_only, tmp_path)
        assert window.backup_action.isEnabled() and window.restore_action.isEnabled()
        back_up(window, qtbot, monkeypatch, tmp_path / "lead.zip")
        assert (tmp_path / "lead.zip").is_file()
    finally:
        read_only.close()


def test_restore_refuses_an_existing_database(qtbot, demo_db, tmp_path, monkeypatch) -> None:
    window = make_window(qtbot, demo_db, tmp_path)
    source = tmp_path / "a.zip"
    back_up(window, qtbot, monkeypatch, source)
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"precious")
    answer_dialogs(monkeypatch, save=[existing], open_=source)
    window.restore_action.trigger()
    box = message(window, qtbot)
    assert "already exists" in box.text() and "new file" in box.text()
    assert existing.read_bytes() == b"precious"


def altered_copy(source: Path, target: Path) -> Path:
    """The archive with one byte of the plans changed (its manifest left as it was)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "plan.jsonl":
                data = data.replace(b'"', b"'", 1)
            new.writestr(info, data)
    return target


def test_an_altered_archive_is_refused_and_leaves_no_file(qtbot, demo_db, tmp_path, monkeypatch):
    window = make_window(qtbot, demo_db, tmp_path)
    back_up(window, qtbot, monkeypatch, tmp_path / "good.zip")
    bad = altered_copy(tmp_path / "good.zip", tmp_path / "bad.zip")
    restored = tmp_path / "restored.db"
    answer_dialogs(monkeypatch, save=[restored], open_=bad)
    window.restore_action.trigger()
    box = message(window, qtbot)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == f"{bad}: part plan.jsonl was altered (SHA-256 differs)"
    qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog), timeout=TIMEOUT)
    assert database_files(restored) == []


def gate_restore(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """The restore stops after its first step until released: (reached, release)."""
    reached, release = threading.Event(), threading.Event()
    real = archive.restore_archive

    def gated(db: Database, path: Path) -> Generator[Progress, None, Any]:
        work = real(db, path)
        yield next(work)
        reached.set()
        release.wait(TIMEOUT / 1000)
        return (yield from work)

    monkeypatch.setattr(archive, "restore_archive", gated)
    return reached, release


def test_cancel_during_restore_leaves_no_file(qtbot, demo_db, tmp_path, monkeypatch) -> None:
    window = make_window(qtbot, demo_db, tmp_path)
    back_up(window, qtbot, monkeypatch, tmp_path / "b.zip")
    reached, release = gate_restore(monkeypatch)
    restored = tmp_path / "restored.db"
    answer_dialogs(monkeypatch, save=[restored], open_=tmp_path / "b.zip")
    window.restore_action.trigger()
    qtbot.waitUntil(reached.is_set, timeout=TIMEOUT)
    # While the restore runs the new database is built beside its place, not at it.
    assert not restored.exists()
    building = [p.name for p in restored.parent.glob(".restored.db.*")]
    assert [name for name in building if name.endswith(".part")], building
    progress = window.findChild(QProgressDialog)
    assert isinstance(progress, QProgressDialog)
    qtbot.waitUntil(progress.isVisible, timeout=TIMEOUT)  # after a moment, as always
    cancel = progress.findChild(QPushButton)
    assert isinstance(cancel, QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage() == "Restore cancelled; no database was created."
        ),
        timeout=TIMEOUT,
    )
    assert database_files(restored) == []
