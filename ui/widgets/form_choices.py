"""The records a record editor offers to choose from, labelled as people know them: teams by
code and name, conferences by number and date."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from secretariat.db import Database
from secretariat.labels import enum_label
from secretariat.services import conferences, teams
from secretariat.text import display_text


def team_choices(db: Database, languages: Sequence[str]) -> list[tuple[str, uuid.UUID]]:
    """Teams in their order, labelled `ECO — 경제` in the first of `languages` with a name."""
    return [
        (f"{team.code} — {display_text(team, 'name', languages)}", team.id)
        for team in teams.list_teams(db)
    ]


def conference_choices(db: Database, ui_language: str | None = None) -> list[tuple[str, uuid.UUID]]:
    """Conferences by number, labelled `3 · 2018-11-08` (held date, else planned), and with
    `ui_language` their state too (`6 · 2027-10-12 · Planned`): an editor's list says which
    conferences are held."""
    choices = []
    for conference in conferences.list_conferences(db):
        label = f"{conference.number} · {conferences.conference_date(conference).isoformat()}"
        if ui_language is not None:
            label += f" · {enum_label(conference.status, ui_language)}"
        choices.append((label, conference.id))
    return choices


def latest_held_conference(db: Database) -> uuid.UUID | None:
    """The latest held conference (where new plans were last agreed), else the latest one."""
    every = conferences.list_conferences(db)
    held = [conference for conference in every if conference.held_date is not None]
    chosen = held or every
    return max(chosen, key=lambda conference: conference.number).id if chosen else None
