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
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
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

from ui import i18n, tasks, window_menus, window_state
from ui import window_file_actions as file_actions
from ui.context import EVERYTHING, PROFILE, AppContext
from ui.meeting_export_actions import MeetingExportActions
from ui.pages import PAGES, page_title
from ui.pages.base import Page
from ui.settings import save_ui_language, ui_language
from ui.undo import UndoActions

log = logging.getLogger(__name__)

# Roomy rows, like a sidebar: the list is how people move around all day.
NAVIGATION_STYLE = (
    "QListWidget#navigation { font-size: 11pt; outline: 0; }"
    " QListWidget#navigation::item { padding: 7px 10px; }"
)


class MainWindow(QMainWindow):
    """One window over one database. Pages are made once and kept: switching is instant and
    nothing typed on a page is lost by going elsewhere.

    The menus are built and named by ui/window_menus.py, what the File menu does is in
    ui/window_file_actions.py, and what the window remembers between runs in
    ui/window_state.py."""

    page_changed = Signal(str)  # the key of the page now shown
    ready = Signal()  # attach() built the pages: the window works on its database

    # The menus and their actions (ui/window_menus.py makes them).
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    export_pdf_action: QAction
    export_xlsx_action: QAction
    import_xlsx_action: QAction
    backup_action: QAction
    restore_action: QAction
    exchange_action: QAction
    setup_action: QAction
    settings_action: QAction
    quit_action: QAction
    page_actions: list[QAction]  # Go to each page, in the navigation's order
    toggle_navigation_action: QAction
    full_screen_action: QAction
    guide_action: QAction
    about_action: QAction
    about_qt_action: QAction
    meeting_exports: MeetingExportActions  # ui/meeting_export_actions.py sets it

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
        self.guide_window: QWidget | None = None
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self.undo_actions: UndoActions | None = None
        self._build_frame()
        # Disabled until the database is open: the actions that need it or its pages.
        self._needs_database = window_menus.build_actions(self)
        self._needs_database += window_menus.build_menus(self)
        self._build_status_bar()
        self.retranslate()
        window_state.restore_window_state(self)
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
        window_state.restore_pages_state(self)
        self._show_row(self.navigation.currentRow())
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
        window_menus.retranslate_menus(self)
        for row, (key, _module, class_name) in enumerate(self.page_specs):
            page = self.pages.get(key)
            title = page_title(key, class_name) if page is None else page.title()
            self.navigation.item(row).setText(title)
            self.page_actions[row].setText(self.tr("Go to {page}").format(page=title))
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
    def set_navigation_visible(self, visible: bool) -> None:
        self.navigation.setVisible(visible)
        if self.toggle_navigation_action.isChecked() != visible:
            self.toggle_navigation_action.setChecked(visible)

    @Slot(bool)
    def set_full_screen(self, full_screen: bool) -> None:
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

    # -- dialogs of the menus ---------------------------------------------------------------

    @Slot()
    def open_settings(self) -> QWidget:
        """Open the settings dialog (window-modal); its choices apply when it is accepted."""
        return file_actions.open_settings(self)

    def offer_first_start(self) -> QWidget | None:
        """On an empty database, open the first-start dialog (window-modal) and return it."""
        return file_actions.offer_first_start(self)

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
    def show_about(self) -> None:
        from ui.dialogs.about import show_about

        show_about(self, self.context)

    # -- closing ----------------------------------------------------------------------------

    def save_state(self) -> None:
        """Remember the window's arrangement and each page's state (ui/window_state.py)."""
        window_state.save_state(self)

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
