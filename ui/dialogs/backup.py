"""File → Back up… and File → Restore…: the whole database as one archive, and back.

Back up asks for a .zip (named for today, in the last backup folder or Documents) and writes
it off the GUI thread with secretariat.transfer.archive (progress, Cancel). Restore asks for an
archive and for a NEW database file, and restores into that file off the GUI thread; a restore
that fails or is cancelled removes the file it created. The open database is never written:
both stay available in a read-only window. The window cannot switch databases while it runs,
so a finished restore says how to start Secretariat on the restored file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDir, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from secretariat.db_create import building
from secretariat.errors import SecretariatError
from secretariat.progress import Progress, Work
from secretariat.transfer import archive
from ui.context import AppContext
from ui.tasks import Task, run_task

if TYPE_CHECKING:
    from secretariat.db import Database

FOLDER_KEY = "backup/folder"


def last_folder(settings: QSettings) -> str:
    """The folder of the last backup or restore, else the user's documents, else home."""
    for folder in (
        str(settings.value(FOLDER_KEY, "") or ""),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
    ):
        if folder and Path(folder).is_dir():
            return folder
    return QDir.homePath()


def remember_folder(settings: QSettings, path: Path) -> None:
    settings.setValue(FOLDER_KEY, str(path.parent))


def backup_name(today: dt.date | None = None) -> str:
    return f"secretariat-{(today or dt.date.today()).isoformat()}.zip"


def with_suffix(chosen: str, suffix: str) -> Path:
    """The chosen file, with `suffix` added when the name has none of its own."""
    path = Path(chosen).expanduser()
    return path if path.suffix else path.with_name(path.name + suffix)


def target_problem(path: Path) -> str:
    """Why a restore may not go into `path` ("" when it may: a new or empty file)."""
    if path.is_dir():
        return QCoreApplication.translate("BackupDialogs", "{path} is a folder.").format(path=path)
    if path.exists() and path.stat().st_size > 0:
        return QCoreApplication.translate(
            "BackupDialogs",
            "{path} already exists. A restore never replaces a database: choose a new file.",
        ).format(path=path)
    if not path.parent.is_dir():
        return QCoreApplication.translate(
            "BackupDialogs", "The folder {folder} does not exist."
        ).format(folder=path.parent)
    return ""


# --- the work, on the worker thread (no widgets) ---------------------------------------------


def back_up_work(db: Database, path: Path) -> Work[archive.ArchiveSummary]:
    """write_archive, with a file system error as one line."""
    try:
        return (yield from archive.write_archive(db, path))
    except OSError as error:
        raise SecretariatError(f"{path}: {error.strerror or error}") from error


def restore_work(source: Path, target: Path, opening: str) -> Work[archive.ArchiveSummary]:
    """Create a database at `target` and restore `source` into it; unless that completes,
    the new file is removed (failure, or Cancel closing this generator)."""
    yield Progress(0, 0, opening)
    try:
        # Built beside the target and renamed at the end: a failure, Cancel (closing this
        # generator) or a killed app leaves no half-made database (secretariat/db_create.py).
        with building(target) as db:
            return (yield from archive.restore_archive(db, source))
    except OSError as error:
        raise SecretariatError(f"{source}: {error.strerror or error}") from error


# --- in the GUI thread -----------------------------------------------------------------------


def _context(window: Any) -> AppContext:
    return window.context  # type: ignore[no-any-return]


def _show_message(window: Any, title: str, text: str, *, warning: bool = False) -> QMessageBox:
    """A window-modal message that does not block the caller; its text can be copied."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("backup_message")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _status(window: Any, text: str) -> None:
    window.statusBar().showMessage(text, 10_000)


def _records(count: int, one: str, many: str, path: Path) -> str:
    """`one` or `many` (translated already: one record is not "1 records"), filled in."""
    return (one if count == 1 else many).format(count=count, path=path)


def _warn(window: Any, title: str) -> Callable[[str], None]:
    def show(message: str) -> None:
        _show_message(window, title, message, warning=True)

    return show


def back_up(window: Any) -> Task | None:
    """File → Back up…: every record of the open database into one .zip."""
    context = _context(window)
    title = QCoreApplication.translate("BackupDialogs", "Back up the database")
    start = str(Path(last_folder(context.settings)) / backup_name())
    chosen, _filter = QFileDialog.getSaveFileName(
        window,
        title,
        start,
        QCoreApplication.translate("BackupDialogs", "Secretariat archives (*.zip)"),
    )
    if not chosen:
        return None
    path = with_suffix(chosen, ".zip")
    remember_folder(context.settings, path)
    one = QCoreApplication.translate("BackupDialogs", "Backed up 1 record to {path}.")
    many = QCoreApplication.translate("BackupDialogs", "Backed up {count} records to {path}.")

    def written(summary: archive.ArchiveSummary) -> None:
        _status(window, _records(summary.records, one, many, path))

    return run_task(
        window,
        title,
        lambda: back_up_work(context.db, path),
        written,
        on_failure=_warn(window, title),
        on_cancel=lambda: _status(
            window,
            QCoreApplication.translate("BackupDialogs", "Backup cancelled; nothing was written."),
        ),
    )


def choose_archive(window: Any, context: AppContext, title: str) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        window,
        title,
        last_folder(context.settings),
        QCoreApplication.translate("BackupDialogs", "Secretariat archives (*.zip);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def choose_new_database(window: Any, source: Path, title: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        window,
        title,
        str(source.with_suffix(".db")),
        QCoreApplication.translate("BackupDialogs", "Secretariat databases (*.db)"),
        options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused anyway
    )
    return with_suffix(chosen, ".db") if chosen else None


def restore(window: Any) -> Task | QMessageBox | None:
    """File → Restore…: an archive into a new database file (never the open one)."""
    context = _context(window)
    title = QCoreApplication.translate("BackupDialogs", "Restore a backup")
    source = choose_archive(window, context, title)
    if source is None:
        return None
    remember_folder(context.settings, source)
    target = choose_new_database(
        window, source, QCoreApplication.translate("BackupDialogs", "Restore into a new database")
    )
    if target is None:
        return None
    problem = target_problem(target)
    if problem:
        return _show_message(window, title, problem, warning=True)
    opening = QCoreApplication.translate("BackupDialogs", "Creating the new database…")
    return run_task(
        window,
        title,
        lambda: restore_work(source, target, opening),
        lambda summary: _restored(window, title, summary, target),
        on_failure=_warn(window, title),
        on_cancel=lambda: _status(
            window,
            QCoreApplication.translate(
                "BackupDialogs", "Restore cancelled; no database was created."
            ),
        ),
    )


def _restored(window: Any, title: str, summary: archive.ArchiveSummary, target: Path) -> None:
    done = _records(
        summary.records,
        QCoreApplication.translate("BackupDialogs", "Restored 1 record into {path}."),
        QCoreApplication.translate("BackupDialogs", "Restored {count} records into {path}."),
        target,
    )
    _status(window, done)
    how = QCoreApplication.translate(
        "BackupDialogs",
        "This window stays on {current}. To work on the restored database, start "
        "Secretariat on it:\n\n{command}\n\nor set SECRETARIAT_DB to that file before "
        "starting Secretariat.",
    ).format(current=_context(window).db.describe(), command=f'secretariat --db "{target}" gui')
    _show_message(window, title, f"{done}\n\n{how}")
