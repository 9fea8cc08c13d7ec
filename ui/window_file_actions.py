"""What the main window's File menu does: the exports and the workbook import, back up and
restore, the exchange with the partner, the settings and the first-start dialog, each opened
on the window.

The dialogs are imported when used: they pull in reportlab, openpyxl and the database code,
which the window does not need to start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.context import EVERYTHING
from ui.settings import save_author_name, save_open_read_only

if TYPE_CHECKING:
    from ui.dialogs.settings import SettingsDialog
    from ui.main_window import MainWindow


def export_briefing_pack(window: MainWindow) -> None:
    from ui.dialogs import exports

    exports.export_briefing_pack(window)


def export_workbook(window: MainWindow) -> None:
    from ui.dialogs import exports

    exports.export_workbook(window)


def import_workbook(window: MainWindow) -> None:
    from ui.dialogs import exports

    exports.import_workbook(window)


# Both only read the open database (Restore writes a new file), so a read-only window
# keeps them: ui/dialogs/backup.py.
def back_up(window: MainWindow) -> None:
    from ui.dialogs import backup

    backup.back_up(window)


def restore(window: MainWindow) -> None:
    from ui.dialogs import backup

    backup.restore(window)


def exchange(window: MainWindow) -> None:
    from ui.dialogs.exchange import open_exchange

    open_exchange(window)


def open_settings(window: MainWindow) -> QWidget:
    """Open the settings dialog (window-modal); its choices apply when it is accepted."""
    from ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(window.settings, window.context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _apply_settings(window, dialog))
    dialog.open()
    return dialog


def _apply_settings(window: MainWindow, dialog: SettingsDialog) -> None:
    save_open_read_only(window.settings, dialog.open_read_only())
    if window.context.db.dialect != "postgresql":
        remember_author(window, dialog.author_name())
    if dialog.ui_language() != window.context.ui_language:
        window.apply_ui_language(dialog.ui_language())


def remember_author(window: MainWindow, name: str) -> None:
    """The name edits are recorded under, kept for the next runs too."""
    if name:
        save_author_name(window.settings, name)
        window.context.db.set_author(name)


def offer_first_start(window: MainWindow) -> QWidget | None:
    """On an empty database, open the first-start dialog (window-modal) and return it."""
    from ui.dialogs.first_start import FirstStartDialog, needs_first_start

    if window.context.read_only or not needs_first_start(window.context.db):
        return None
    dialog = FirstStartDialog(window.context, window)
    dialog.accepted.connect(lambda: remember_author(window, dialog.author_name()))
    dialog.accepted.connect(lambda: window.context.notify(EVERYTHING))
    window.first_start_dialog = dialog
    dialog.open()
    return dialog
