"""The main window: a navigation list beside the stacked pages, menus with standard shortcuts,
a status bar naming the database, and everything a user arranged remembered between runs.

The window can show before the database is open (`MainWindow(settings=...)`, then `attach()`):
the app starts that way, so the user sees the window at once while the database code loads
and the database opens on a worker thread; the pages are built when it is there."""

from __future__ import annotations

import importlib
import logging
import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ui import i18n, tasks
from ui.context import EVERYTHING, PROFILE, AppContext
from ui.meeting_export_actions import add_meeting_exports
from ui.pages import PAGES, page_title
from ui.pages.base import Page
from ui.settings import save_author_name, save_open_read_only, save_ui_language, ui_language
from ui.undo import UndoActions

log = logging.getLogger(__name__)

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
PAGE_KEY = "main_window/page"
NAVIGATION_KEY = "main_window/navigation_visible"

NAVIGATION_WIDTH = 190
# Roomy rows, like a sidebar: the list is how people move around all day.
NAVIGATION_STYLE = (
    "QListWidget#navigation { font-size: 11pt; outline: 0; }"
    " QListWidget#navigation::item { padding: 7px 10px; }"
)
DEFAULT_SIZE = (1280, 800)
FALLBACK_KEYS = {
    QKeySequence.StandardKey.Print: QKeySequence("Ctrl+P"),
    QKeySequence.StandardKey.Preferences: QKeySequence("Ctrl+,"),
    QKeySequence.StandardKey.Quit: QKeySequence("Ctrl+Q"),
    QKeySequence.StandardKey.FullScreen: QKeySequence("F11"),
    QKeySequence.StandardKey.HelpContents: QKeySequence("F1"),
}


class MainWindow(QMainWindow):
    """One window over one database. Pages are made once and kept: switching is instant and
    nothing typed on a page is lost by going elsewhere."""

    page_changed = Signal(str)  # the key of the page now shown
    ready = Signal()  # attach() built the pages: the window works on its database

    def __init__(
        self,
        context: AppContext | None = None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        """On `context`, the window is ready at once; with only `settings`, it shows the
        pages' names and "Opening the database…" until `attach(context)`."""
        super().__init__(parent)
        self.setObjectName("MainWindow")  # saveState() needs object names
        if context is not None:
            settings = context.settings
        if settings is None:
            raise TypeError("MainWindow needs a context or the settings")
        self.settings: QSettings = settings
        self.first_start_dialog: QWidget | None = None
        self.page_specs = PAGES  # (key, module, class) of each page, as at this window's start
        self.page_keys = [key for key, _module, _class in self.page_specs]
        self.pages: dict[str, Page] = {}
        self._closed = False
        self._close_when_ready = False
        self._build_frame()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.retranslate()
        self._restore_window_state()
        if context is not None:
            self.attach(context)

    def is_ready(self) -> bool:
        return bool(self.pages)

    def attach(self, context: AppContext) -> None:
        """The database is open: build the pages on it, put back their state, enable all."""
        self.context = context
        self._build_pages()
        self.statusBar().clearMessage()
        for action in self._needs_database:
            action.setEnabled(True)
        self.retranslate()
        self._restore_pages_state()
        context.data_changed.connect(self._on_data_changed)
        context.read_only_changed.connect(self._apply_read_only)
        context.edit_elsewhere.connect(self._show_edit_elsewhere)
        context.read_only_changed.emit(context.read_only)
        from ui.change_watch import ChangeWatch

        self.change_watch = ChangeWatch(self, context)
        self.ready.emit()
        if self._close_when_ready:
            QTimer.singleShot(0, self.close)

    # -- building ---------------------------------------------------------------------------

    def _build_frame(self) -> None:
        """The navigation (every page by name) and the page area, before any page exists."""
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(120)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        for key in self.page_keys:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.stack = QStackedWidget()
        self.opening_label = QLabel()
        self.opening_label.setObjectName("opening_label")
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening_label.setEnabled(False)  # greyed: a state, not content
        self.stack.addWidget(self.opening_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

    def _build_pages(self) -> None:
        for key, module_name, class_name in self.page_specs:
            page_class = getattr(importlib.import_module(module_name), class_name)
            page: Page = page_class(self.context)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.stack.removeWidget(self.opening_label)
        self.opening_label.deleteLater()
        dashboard = self.pages.get("dashboard")
        if dashboard is not None and hasattr(dashboard, "show_plan"):
            dashboard.show_plan.connect(self.show_plan)

    def _build_actions(self) -> None:
        self.export_pdf_action = self._action(
            self._export_briefing_pack, QKeySequence.StandardKey.Print
        )
        self.export_xlsx_action = self._action(self._export_workbook, "Ctrl+Shift+E")
        self.import_xlsx_action = self._action(self._import_workbook, "Ctrl+Shift+I")
        self.backup_action = self._action(self._back_up)
        self.restore_action = self._action(self._restore)
        self.exchange_action = self._action(self._exchange)
        # The welcome dialog again, for a user who closed it on an empty database.
        self.setup_action = self._action(self.offer_first_start)
        self.setup_action.setEnabled(False)
        self.settings_action = self._action(
            self.open_settings, QKeySequence.StandardKey.Preferences
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.page_actions: list[QAction] = []
        for number, key in enumerate(self.page_keys, start=1):
            action = self._action(lambda _=False, key=key: self.show_page(key), f"Ctrl+{number}")
            self.page_actions.append(action)
        self.toggle_navigation_action = self._action(self._set_navigation_visible, "F9")
        self.toggle_navigation_action.setCheckable(True)
        self.toggle_navigation_action.setChecked(True)
        self.full_screen_action = self._action(
            self._set_full_screen, QKeySequence.StandardKey.FullScreen
        )
        self.full_screen_action.setCheckable(True)
        self.guide_action = self._action(self.show_guide, QKeySequence.StandardKey.HelpContents)
        self.guide_window: QWidget | None = None
        self.about_action = self._action(self._show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(QApplication.aboutQt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self.undo_actions: UndoActions | None = None
        # Until the database is open (page actions wait too: they need the pages).
        self._needs_database = [
            self.export_pdf_action,
            self.export_xlsx_action,
            self.import_xlsx_action,
            self.backup_action,
            self.restore_action,
            self.exchange_action,
            self.settings_action,
            self.about_action,
            *self.page_actions,
        ]
        for action in self._needs_database:
            action.setEnabled(False)

    def _action(
        self, slot: object, shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Some platforms define no key for a standard action: use the common one there.
            action.setShortcuts(QKeySequence.keyBindings(shortcut) or [FALLBACK_KEYS[shortcut]])
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.file_menu.addActions(
            [self.export_pdf_action, self.export_xlsx_action, self.import_xlsx_action]
        )
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self.file_menu.addAction(self.exchange_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.setup_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        # Export agenda / minutes / calendar, before Import workbook (ui/meeting_export_actions).
        self._needs_database += add_meeting_exports(self, before=self.import_xlsx_action)
        self.edit_menu = menu_bar.addMenu("")
        self.view_menu = menu_bar.addMenu("")
        self.view_menu.addActions(self.page_actions)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.toggle_navigation_action, self.full_screen_action])
        self.help_menu = menu_bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.about_action, self.about_qt_action])

    def _make_undo_actions(self) -> None:
        """Edit → Undo/Redo over the window's one history, named in the interface language
        (ui.undo.UndoActions); made once the database is open, named again after that."""
        if not self.is_ready():
            return  # the undo history comes with the database
        if self.undo_actions is not None:
            self.undo_actions.update()
            return
        self.undo_actions = UndoActions(self.context.undo_stack, self)
        undo, redo = self.undo_actions.undo, self.undo_actions.redo
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        replace_in_menu(self.edit_menu, self.undo_action, undo)
        replace_in_menu(self.edit_menu, self.redo_action, redo)
        self.undo_action, self.redo_action = undo, redo

    def _build_status_bar(self) -> None:
        self.database_label = QLabel()
        self.database_label.setObjectName("database_label")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("read_only_label")
        # Plain colours on purpose: a team lead must see at a glance that nothing can be saved.
        self.read_only_label.setStyleSheet(
            "QLabel { background: #f4c542; color: #3b2f00; font-weight: bold;"
            " border-radius: 3px; padding: 1px 8px; }"
        )
        self.read_only_label.hide()  # until the database says so
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.database_label)

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text again, in the interface language now installed."""
        self.file_menu.setTitle(self.tr("&File"))
        self.export_pdf_action.setText(self.tr("Export &briefing pack…"))
        self.export_xlsx_action.setText(self.tr("Export &workbook…"))
        self.import_xlsx_action.setText(self.tr("&Import workbook…"))
        self.backup_action.setText(self.tr("Back &up…"))
        self.restore_action.setText(self.tr("&Restore…"))
        self.exchange_action.setText(self.tr("E&xchange with the partner…"))
        self.setup_action.setText(self.tr("Se&t up the committee…"))
        self.setup_action.setToolTip(
            self.tr("Name the committee and its working languages, or load the demo committee")
        )
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._make_undo_actions()
        self.view_menu.setTitle(self.tr("&View"))
        for row, (key, _module, class_name) in enumerate(self.page_specs):
            page = self.pages.get(key)
            title = page_title(key, class_name) if page is None else page.title()
            self.navigation.item(row).setText(title)
            self.page_actions[row].setText(self.tr("Go to {page}").format(page=title))
        self.toggle_navigation_action.setText(self.tr("Show &navigation"))
        self.full_screen_action.setText(self.tr("&Full screen"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("User &guide"))
        self.about_action.setText(self.tr("&About Secretariat"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.read_only_label.setText(self.tr("Read-only"))
        self.read_only_label.setToolTip(
            self.tr("The database is open read-only: nothing can be changed.")
        )
        if not self.is_ready():
            # The same words as the start-up's progress dialog (one translation).
            self.opening_label.setText(
                QCoreApplication.translate("Startup", "Opening the database…")
            )
            return
        self.database_label.setText(
            self.tr("Database: {location}").format(location=self.context.db.describe())
        )
        self.update_title()

    def update_title(self) -> None:
        """The committee's name in the interface language (Qt appends the app's name)."""
        from secretariat.services import committee
        from secretariat.text import display_text

        profile = committee.get_profile(self.context.db)
        name = "" if profile is None else display_text(profile, "name", self._languages())
        self.setWindowTitle(name)

    def _languages(self) -> tuple[str, ...]:
        return self.context.display_languages()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply_ui_language(self, language: str) -> None:
        """Switch the interface language now, in place: nothing is rebuilt, nothing typed lost."""
        save_ui_language(self.settings, language)
        # The context first, so pages that retranslate on LanguageChange read the new language.
        self.context.set_ui_language(language)
        i18n.install_translators(language)

    # -- navigation -------------------------------------------------------------------------

    def show_page(self, key: str) -> Page:
        """Show the page with this key (see ui.pages.PAGES) and return it."""
        self.navigation.setCurrentRow(self.page_keys.index(key))
        return self.pages[key]

    @Slot(object)
    def show_plan(self, plan_id: uuid.UUID) -> None:
        """Switch to the Plans page with this plan selected and its history shown."""
        page = self.show_page("plans")
        page.show_plan(plan_id)  # type: ignore[attr-defined]

    def current_page(self) -> Page:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def current_key(self) -> str:
        return self.current_page().key

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if row < 0 or not self.is_ready():
            return  # before the pages exist, the list only remembers where to go
        page = self.pages[self.page_keys[row]]
        self.stack.setCurrentWidget(page)
        page.activated()
        self.page_changed.emit(page.key)

    @Slot(str, str, bool)
    def _show_edit_elsewhere(self, key: str, edit: str, redone: bool) -> None:
        """Edit → Undo of an edit made on another page: go there first, and say what it was."""
        if key not in self.pages:
            return
        page = self.show_page(key)
        text = (
            self.tr("Redone on {page}: {edit}") if redone else self.tr("Undone on {page}: {edit}")
        )
        self.statusBar().showMessage(text.format(page=page.title(), edit=edit), 10_000)

    @Slot(bool)
    def _set_navigation_visible(self, visible: bool) -> None:
        self.navigation.setVisible(visible)
        if self.toggle_navigation_action.isChecked() != visible:
            self.toggle_navigation_action.setChecked(visible)

    @Slot(bool)
    def _set_full_screen(self, full_screen: bool) -> None:
        if full_screen:
            self.showFullScreen()
        else:
            self.showNormal()

    # -- reacting to the context ------------------------------------------------------------

    @Slot(str)
    def _on_data_changed(self, kind: str) -> None:
        if kind in (PROFILE, EVERYTHING):
            self.update_title()
            self._offer_setup()

    def _offer_setup(self) -> None:
        """File → Set up the committee… while the database is empty and may be written."""
        from ui.dialogs.first_start import needs_first_start

        empty = self.is_ready() and needs_first_start(self.context.db)
        self.setup_action.setEnabled(empty and not self.context.read_only)

    @Slot(bool)
    def _apply_read_only(self, read_only: bool) -> None:
        self.import_xlsx_action.setEnabled(not read_only)
        self._offer_setup()
        self.read_only_label.setVisible(read_only)

    # -- menu actions -----------------------------------------------------------------------

    # The export dialogs are imported when used: they pull in reportlab and openpyxl, which
    # the window does not need to start.
    @Slot()
    def _export_briefing_pack(self) -> None:
        from ui.dialogs import exports

        exports.export_briefing_pack(self)

    @Slot()
    def _export_workbook(self) -> None:
        from ui.dialogs import exports

        exports.export_workbook(self)

    @Slot()
    def _import_workbook(self) -> None:
        from ui.dialogs import exports

        exports.import_workbook(self)

    # Both only read the open database (Restore writes a new file), so a read-only window
    # keeps them: ui/dialogs/backup.py.
    @Slot()
    def _back_up(self) -> None:
        from ui.dialogs import backup

        backup.back_up(self)

    @Slot()
    def _restore(self) -> None:
        from ui.dialogs import backup

        backup.restore(self)

    @Slot()
    def _exchange(self) -> None:
        from ui.dialogs.exchange import open_exchange

        open_exchange(self)

    @Slot()
    def open_settings(self) -> QWidget:
        """Open the settings dialog (window-modal); its choices apply when it is accepted."""
        from ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.settings, self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_settings(dialog))
        dialog.open()
        return dialog

    def _remember_author(self, name: str) -> None:
        if name:
            save_author_name(self.settings, name)
            self.context.db.set_author(name)

    def _apply_settings(self, dialog: object) -> None:
        from ui.dialogs.settings import SettingsDialog

        assert isinstance(dialog, SettingsDialog)
        save_open_read_only(self.settings, dialog.open_read_only())
        if self.context.db.dialect != "postgresql":
            self._remember_author(dialog.author_name())
        if dialog.ui_language() != self.context.ui_language:
            self.apply_ui_language(dialog.ui_language())

    @Slot()
    def show_guide(self) -> QWidget:
        """Help → User guide (F1): the guide in the interface language, at the page about the
        screen shown (the contents until the database is open)."""
        from ui.dialogs.guide import GuideWindow

        if self.guide_window is None:
            self.guide_window = GuideWindow(self.settings, self)
        assert isinstance(self.guide_window, GuideWindow)
        ready = self.is_ready()
        language = self.context.ui_language if ready else ui_language(self.settings)
        self.guide_window.open_topic(language, self.current_key() if ready else None)
        return self.guide_window

    @Slot()
    def _show_about(self) -> None:
        from ui.dialogs.about import show_about

        show_about(self, self.context)

    def offer_first_start(self) -> QWidget | None:
        """On an empty database, open the first-start dialog (window-modal) and return it."""
        from ui.dialogs.first_start import FirstStartDialog, needs_first_start

        if self.context.read_only or not needs_first_start(self.context.db):
            return None
        dialog = FirstStartDialog(self.context, self)
        dialog.accepted.connect(lambda: self._remember_author(dialog.author_name()))
        dialog.accepted.connect(lambda: self.context.notify(EVERYTHING))
        self.first_start_dialog = dialog
        dialog.open()
        return dialog

    # -- remembered state -------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        """Put back the window's geometry, splitter, navigation and the page it was on."""
        settings = self.settings
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_geometry()
        state = settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        splitter = settings.value(SPLITTER_KEY)
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([NAVIGATION_WIDTH, max(self.width() - NAVIGATION_WIDTH, 400)])
        self._set_navigation_visible(bool(settings.value(NAVIGATION_KEY, True, type=bool)))
        last_page = settings.value(PAGE_KEY, "", type=str)
        keys = self.page_keys
        self.navigation.setCurrentRow(keys.index(last_page) if last_page in keys else 0)

    def _restore_pages_state(self) -> None:
        """Put back each page's state, then show the page the navigation has selected."""
        for page in self.pages.values():
            page.restore_state(self.settings)
        self._show_row(self.navigation.currentRow())

    def _default_geometry(self) -> None:
        width, height = DEFAULT_SIZE
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, round(available.width() * 0.9))
            height = min(height, round(available.height() * 0.9))
        self.resize(width, height)

    def save_state(self) -> None:
        settings = self.settings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.setValue(NAVIGATION_KEY, self.toggle_navigation_action.isChecked())
        row = self.navigation.currentRow()
        if row >= 0:
            settings.setValue(PAGE_KEY, self.page_keys[row])
        for page in self.pages.values():
            page.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._closed:
            event.accept()
            return
        if not self.is_ready():
            # The database is being opened (perhaps upgraded after a backup): stopping that
            # half-way helps no one, so the window closes as soon as it is open.
            self._close_when_ready = True
            event.ignore()
            return
        if not all(page.may_close() for page in self.pages.values()):
            event.ignore()
            return
        tasks.cancel_all_and_wait()
        self.save_state()
        self.change_watch.close()
        self.context.db.close()
        self._closed = True
        event.accept()


def replace_in_menu(menu: QMenu, old: QAction | None, new: QAction) -> None:
    """Put `new` where `old` was (or at the end), and drop `old`."""
    if old is None:
        menu.addAction(new)
        return
    menu.insertAction(old, new)
    menu.removeAction(old)
    old.deleteLater()
