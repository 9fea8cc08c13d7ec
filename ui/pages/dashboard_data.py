"""What the Dashboard draws, read from the database in one go on a worker thread: the
indicator rows, reciprocity per team, the teams' and sides' names, what needs attention and
the next planned meetings.
Plain frozen data: the page draws it in any language without reading again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from secretariat import indicators
from secretariat.db import Database
from secretariat.indicators import IndicatorRow, Reciprocity
from secretariat.services import committee, teams
from secretariat.services.attention import Attention, gather_attention
from secretariat.services.upcoming import UpcomingMeeting, upcoming_meetings
from secretariat.text import texts_of

UPCOMING = 3  # planned meetings the dashboard lists


@dataclass(frozen=True)
class TeamInfo:
    code: str
    names: dict[str, str]


@dataclass(frozen=True)
class DashboardData:
    """What the page draws, computed off the GUI thread."""

    rows: tuple[IndicatorRow, ...]
    reciprocity: dict[str | None, Reciprocity]  # per team code; None: the whole committee
    teams: tuple[TeamInfo, ...]
    side_names: dict[str, dict[str, str]]  # "A"/"B" -> name per language
    attention: Attention
    upcoming: tuple[UpcomingMeeting, ...] = ()  # the next planned meetings

    def charted(self) -> list[IndicatorRow]:
        """Committee-wide rows of the held conferences that have plans (the rates' x axis; the
        last is the latest conference). A planned conference's plans are its agenda."""
        return [row for row in indicators.select_rows(self.rows) if row.held and row.plans]

    def team_rows(self, team: str | None) -> dict[int, IndicatorRow]:
        return {row.conference: row for row in indicators.select_rows(self.rows, team=team)}


def compute_dashboard(
    db: Database, *, as_of: date, working_languages: Sequence[str]
) -> DashboardData:
    """Read everything the dashboard shows (a handful of aggregate queries)."""
    rows = indicators.conference_indicators(db)
    team_infos = tuple(TeamInfo(team.code, texts_of(team, "name")) for team in teams.list_teams(db))
    profile = committee.get_profile(db)
    side_names = {
        side: texts_of(profile, f"side_{side.lower()}_name") if profile else {}
        for side in ("A", "B")
    }
    by_team = indicators.reciprocity_by_team(db)
    attention = gather_attention(db, as_of=as_of, working_languages=working_languages)
    upcoming = tuple(upcoming_meetings(db, as_of=as_of, limit=UPCOMING))
    return DashboardData(tuple(rows), by_team, team_infos, side_names, attention, upcoming)
