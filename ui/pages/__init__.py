"""The pages of the main window, in navigation order: (key, module, class).

Their titles are here too, so the window can list the pages before their modules (and the
database code they import) are loaded: the window shows at once, the pages follow."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

PAGES: tuple[tuple[str, str, str], ...] = (
    ("dashboard", "ui.pages.dashboard", "DashboardPage"),
    ("conferences", "ui.pages.conferences", "ConferencesPage"),
    ("plans", "ui.pages.plans", "PlansPage"),
    ("meetings", "ui.pages.meetings", "MeetingsPage"),
    ("mous", "ui.pages.mous", "MousPage"),
    ("activities", "ui.pages.activities", "ActivitiesPage"),
    ("teams", "ui.pages.teams", "TeamsPage"),
)

# Translated in each page class's own context (the class name), as its title() does. The stubs
# say QT_TRANSLATE_NOOP returns object; it returns its text.
TITLES = cast(
    "dict[str, str]",
    {
        "dashboard": QT_TRANSLATE_NOOP("DashboardPage", "Dashboard"),
        "conferences": QT_TRANSLATE_NOOP("ConferencesPage", "Conferences"),
        "plans": QT_TRANSLATE_NOOP("PlansPage", "Plans"),
        "meetings": QT_TRANSLATE_NOOP("MeetingsPage", "Meetings"),
        "mous": QT_TRANSLATE_NOOP("MousPage", "MOUs"),
        "activities": QT_TRANSLATE_NOOP("ActivitiesPage", "Activities"),
        "teams": QT_TRANSLATE_NOOP("TeamsPage", "Teams"),
    },
)


def page_title(key: str, class_name: str) -> str:
    """A page's title in the interface language, without loading the page (its key when the
    page is not in TITLES)."""
    source = TITLES.get(key)
    return key if source is None else QCoreApplication.translate(class_name, source)
