"""What the main window remembers between runs, in its QSettings: its geometry and state, the
splitter, whether the navigation shows, the page it was on, and each page's own state."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
PAGE_KEY = "main_window/page"
NAVIGATION_KEY = "main_window/navigation_visible"

NAVIGATION_WIDTH = 190
DEFAULT_SIZE = (1280, 800)


def restore_window_state(window: MainWindow) -> None:
    """Put back the window's geometry, splitter, navigation and the page it was on."""
    settings = window.settings
    geometry = settings.value(GEOMETRY_KEY)
    if geometry is None or not window.restoreGeometry(geometry):
        default_geometry(window)
    state = settings.value(STATE_KEY)
    if state is not None:
        window.restoreState(state)
    splitter = settings.value(SPLITTER_KEY)
    if splitter is None or not window.splitter.restoreState(splitter):
        window.splitter.setSizes([NAVIGATION_WIDTH, max(window.width() - NAVIGATION_WIDTH, 400)])
    window.set_navigation_visible(bool(settings.value(NAVIGATION_KEY, True, type=bool)))
    last_page = settings.value(PAGE_KEY, "", type=str)
    keys = window.page_keys
    window.navigation.setCurrentRow(keys.index(last_page) if last_page in keys else 0)


def restore_pages_state(window: MainWindow) -> None:
    """Put back each page's state (the window then shows the page its navigation selects)."""
    for page in window.pages.values():
        page.restore_state(window.settings)


def default_geometry(window: MainWindow) -> None:
    """DEFAULT_SIZE, or 90% of the screen's free area where that is smaller."""
    width, height = DEFAULT_SIZE
    screen = window.screen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, round(available.width() * 0.9))
        height = min(height, round(available.height() * 0.9))
    window.resize(width, height)


def save_state(window: MainWindow) -> None:
    """Everything restore_window_state and restore_pages_state put back, written now."""
    settings = window.settings
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    settings.setValue(SPLITTER_KEY, window.splitter.saveState())
    settings.setValue(NAVIGATION_KEY, window.toggle_navigation_action.isChecked())
    row = window.navigation.currentRow()
    if row >= 0:
        settings.setValue(PAGE_KEY, window.page_keys[row])
    for page in window.pages.values():
        page.save_state(settings)
    settings.sync()
