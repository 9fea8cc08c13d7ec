"""An export's run, for any dialog that asks what to write: progress and Cancel off the GUI
thread (ui.tasks.run_task), the status bar's message when the file is written, and the file
opened when the user asked for it.

The dialog is described by `ExportTarget` rather than a class, so the briefing pack's and the
workbook's dialog (ui/dialogs/exports.py) and the meeting exports' (ui/dialogs/meeting_exports.py)
run the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from ui.tasks import run_task


class ExportTarget(Protocol):
    """What an export asks of its dialog (which is a QWidget too: the progress is its child)."""

    open_when_done: QCheckBox

    def output(self) -> Path: ...

    def written(self) -> None: ...

    def failed(self, message: str) -> None: ...


def run_export(
    window: Any,
    dialog: ExportTarget,
    title: str,
    work: Callable[[Path], Any],
    done: Callable[[int], str],
) -> None:
    """Run `work` with progress and cancel; `done(count)` is the message once it finished,
    with `{path}` and `{count}` in it (a function: one page is not "1 pages")."""
    # A Protocol cannot also be a QWidget; every dialog is one, and run_task needs it so.
    assert isinstance(dialog, QWidget)
    path = dialog.output()
    open_after = dialog.open_when_done.isChecked()

    def finished(result: Any) -> None:
        dialog.written()
        _status(window, done(int(result)).format(path=path, count=result))
        if open_after and not _open_file(path):
            text = QCoreApplication.translate(
                "ExportDialogs", "{path} is written, but no program is set up to open it."
            )
            _show_warning(window, title, text.format(path=path))

    def cancelled() -> None:
        text = QCoreApplication.translate("ExportDialogs", "Export cancelled; nothing was written.")
        dialog.failed(text)
        _status(window, text)

    run_task(
        dialog, title, lambda: work(path), finished, on_failure=dialog.failed, on_cancel=cancelled
    )


def _open_file(path: Path) -> bool:
    """Ask the desktop to open `path`; False when no program is set up to open it."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def _show_warning(window: Any, title: str, text: str) -> None:
    """A window-modal warning that does not block the caller (tests and the event loop)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("export_message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _status(window: Any, text: str) -> None:
    status_bar = getattr(window, "statusBar", None)
    if callable(status_bar):
        status_bar().showMessage(text, 10_000)
