"""The pages of the main window, in navigation order: (key, module, class)."""

from __future__ import annotations

PAGES: tuple[tuple[str, str, str], ...] = (
    ("dashboard", "ui.pages.dashboard", "DashboardPage"),
    ("conferences", "ui.pages.conferences", "ConferencesPage"),
    ("plans", "ui.pages.plans", "PlansPage"),
    ("meetings", "ui.pages.meetings", "MeetingsPage"),
    ("mous", "ui.pages.mous", "MousPage"),
    ("activities", "ui.pages.activities", "ActivitiesPage"),
    ("teams", "ui.pages.teams", "TeamsPage"),
)
