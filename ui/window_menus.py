"""The main window's menu bar: File, Edit, View and Help, their actions with the platform's
standard shortcuts, and their texts in the interface language.

The actions and menus stay attributes of the window (`window.export_pdf_action`,
`window.file_menu`, ...), where the meeting exports and the tests reach them. Their texts keep
the MainWindow translation context they had when the window named them itself, so the
translations still find them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from ui import window_file_actions as file_actions
from ui.meeting_export_actions import add_meeting_exports
from ui.undo import UndoActions

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None
Launcher = Callable[["MainWindow"], object]

FALLBACK_KEYS = {
    QKeySequence.StandardKey.Print: QKeySequence("Ctrl+P"),
    QKeySequence.StandardKey.Preferences: QKeySequence("Ctrl+,"),
    QKeySequence.StandardKey.Quit: QKeySequence("Ctrl+Q"),
    QKeySequence.StandardKey.FullScreen: QKeySequence("F11"),
    QKeySequence.StandardKey.HelpContents: QKeySequence("F1"),
}


def make_action(
    window: MainWindow, slot: Callable[..., object], shortcut: Shortcut = None
) -> QAction:
    action = QAction(window)
    if isinstance(shortcut, QKeySequence.StandardKey):
        # Some platforms define no key for a standard action: use the common one there.
        action.setShortcuts(QKeySequence.keyBindings(shortcut) or [FALLBACK_KEYS[shortcut]])
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def _launcher(window: MainWindow, launch: Launcher, shortcut: Shortcut = None) -> QAction:
    """An action opening a dialog on the window (ui/window_file_actions.py)."""
    return make_action(window, lambda: launch(window), shortcut)


def build_actions(window: MainWindow) -> list[QAction]:
    """Every menu action, as an attribute of the window; returns those that need the
    database, disabled until it is open (page actions wait too: they need the pages)."""
    needs_database = [*_build_file_actions(window), *_build_view_actions(window)]
    window.guide_action = make_action(
        window, window.show_guide, QKeySequence.StandardKey.HelpContents
    )
    window.about_action = make_action(window, window.show_about)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.about_qt_action = make_action(window, QApplication.aboutQt)
    window.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
    needs_database.append(window.about_action)
    for action in needs_database:
        action.setEnabled(False)
    return needs_database


def _build_file_actions(window: MainWindow) -> list[QAction]:
    """The File menu's actions; returns those that need the database."""
    print_key = QKeySequence.StandardKey.Print
    window.export_pdf_action = _launcher(window, file_actions.export_briefing_pack, print_key)
    window.export_xlsx_action = _launcher(window, file_actions.export_workbook, "Ctrl+Shift+E")
    window.import_xlsx_action = _launcher(window, file_actions.import_workbook, "Ctrl+Shift+I")
    window.backup_action = _launcher(window, file_actions.back_up)
    window.restore_action = _launcher(window, file_actions.restore)
    window.exchange_action = _launcher(window, file_actions.exchange)
    # The welcome dialog again, for a user who closed it on an empty database.
    window.setup_action = make_action(window, window.offer_first_start)
    window.setup_action.setEnabled(False)
    window.settings_action = make_action(
        window, window.open_settings, QKeySequence.StandardKey.Preferences
    )
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.quit_action = make_action(window, window.close, QKeySequence.StandardKey.Quit)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    return [
        window.export_pdf_action,
        window.export_xlsx_action,
        window.import_xlsx_action,
        window.backup_action,
        window.restore_action,
        window.exchange_action,
        window.settings_action,
    ]


def _build_view_actions(window: MainWindow) -> list[QAction]:
    """Go to each page (Ctrl+1, Ctrl+2, ...), the navigation and full screen; returns the
    page actions, which need the pages."""
    window.page_actions = []
    for number, key in enumerate(window.page_keys, start=1):
        action = make_action(
            window, lambda _=False, key=key: window.show_page(key), f"Ctrl+{number}"
        )
        window.page_actions.append(action)
    window.toggle_navigation_action = make_action(window, window.set_navigation_visible, "F9")
    window.toggle_navigation_action.setCheckable(True)
    window.toggle_navigation_action.setChecked(True)
    window.full_screen_action = make_action(
        window, window.set_full_screen, QKeySequence.StandardKey.FullScreen
    )
    window.full_screen_action.setCheckable(True)
    return list(window.page_actions)


def build_menus(window: MainWindow) -> list[QAction]:
    """The menu bar, from the actions build_actions made; returns the actions it added that
    need the database (the meeting exports)."""
    menu_bar = window.menuBar()
    file_menu = window.file_menu = menu_bar.addMenu("")
    file_menu.addActions(
        [window.export_pdf_action, window.export_xlsx_action, window.import_xlsx_action]
    )
    file_menu.addSeparator()
    file_menu.addActions([window.backup_action, window.restore_action])
    file_menu.addAction(window.exchange_action)
    file_menu.addSeparator()
    file_menu.addAction(window.setup_action)
    file_menu.addAction(window.settings_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    # Export agenda / minutes / calendar, before Import workbook (ui/meeting_export_actions).
    meeting_exports = add_meeting_exports(window, before=window.import_xlsx_action)
    window.edit_menu = menu_bar.addMenu("")  # Undo and Redo come with the database
    window.view_menu = menu_bar.addMenu("")
    window.view_menu.addActions(window.page_actions)
    window.view_menu.addSeparator()
    window.view_menu.addActions([window.toggle_navigation_action, window.full_screen_action])
    window.help_menu = menu_bar.addMenu("")
    window.help_menu.addAction(window.guide_action)
    window.help_menu.addSeparator()
    window.help_menu.addActions([window.about_action, window.about_qt_action])
    return meeting_exports


def make_undo_actions(window: MainWindow) -> None:
    """Edit → Undo/Redo over the window's one history, named in the interface language
    (ui.undo.UndoActions); made once the database is open, named again after that."""
    if not window.is_ready():
        return  # the undo history comes with the database
    if window.undo_actions is not None:
        window.undo_actions.update()
        return
    window.undo_actions = UndoActions(window.context.undo_stack, window)
    undo, redo = window.undo_actions.undo, window.undo_actions.redo
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    replace_in_menu(window.edit_menu, window.undo_action, undo)
    replace_in_menu(window.edit_menu, window.redo_action, redo)
    window.undo_action, window.redo_action = undo, redo


def replace_in_menu(menu: QMenu, old: QAction | None, new: QAction) -> None:
    """Put `new` where `old` was (or at the end), and drop `old`."""
    if old is None:
        menu.addAction(new)
        return
    menu.insertAction(old, new)
    menu.removeAction(old)
    old.deleteLater()


def retranslate_menus(window: MainWindow) -> None:
    """The menus' and their actions' texts in the interface language now installed (the
    page actions are named with the navigation, by the window)."""
    translate = QCoreApplication.translate
    _retranslate_file_menu(window)
    window.edit_menu.setTitle(translate("MainWindow", "&Edit"))
    make_undo_actions(window)
    window.view_menu.setTitle(translate("MainWindow", "&View"))
    window.toggle_navigation_action.setText(translate("MainWindow", "Show &navigation"))
    window.full_screen_action.setText(translate("MainWindow", "&Full screen"))
    window.help_menu.setTitle(translate("MainWindow", "&Help"))
    window.guide_action.setText(translate("MainWindow", "User &guide"))
    window.about_action.setText(translate("MainWindow", "&About Secretariat"))
    window.about_qt_action.setText(translate("MainWindow", "About &Qt"))


def _retranslate_file_menu(window: MainWindow) -> None:
    translate = QCoreApplication.translate
    window.file_menu.setTitle(translate("MainWindow", "&File"))
    window.export_pdf_action.setText(translate("MainWindow", "Export &briefing pack…"))
    window.export_xlsx_action.setText(translate("MainWindow", "Export &workbook…"))
    window.import_xlsx_action.setText(translate("MainWindow", "&Import workbook…"))
    window.backup_action.setText(translate("MainWindow", "Back &up…"))
    window.restore_action.setText(translate("MainWindow", "&Restore…"))
    window.exchange_action.setText(translate("MainWindow", "E&xchange with the partner…"))
    window.setup_action.setText(translate("MainWindow", "Se&t up the committee…"))
    window.setup_action.setToolTip(
        translate(
            "MainWindow",
            "Name the committee and its working languages, or load the demo committee",
        )
    )
    window.settings_action.setText(translate("MainWindow", "&Settings…"))
    window.quit_action.setText(translate("MainWindow", "&Quit"))
