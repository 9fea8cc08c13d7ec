"""What the rows of one records sheet name (teams, conferences, plans), read once for the
sheet rather than queried row by row: the sheets it depends on are staged before it, and no
row of a sheet adds a record of a kind it names (an activity adds no team or plan).

New activities (two per plan: 200,000 at a large committee) are not written one by one in a
savepoint each: each row is checked by the activity rules with these lookups and the rows go
in through one executemany at the end of the sheet (20,000 rows: ~15 s -> ~1 s).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, SQLModel, col

from exports.xlsx_in.refs import RefIds, plans_of_conferences
from secretariat.bulk_load import insert_rows
from secretariat.models import Conference, Plan, Team, utc_now
from secretariat.services.committee import working_languages_in


class References:
    """Teams by code, conferences by number and plans by ref, each read at its first use."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._teams: dict[str, uuid.UUID] | None = None
        self._conferences: dict[int, uuid.UUID] | None = None
        self._plans: RefIds = {}
        self._plan_teams: dict[uuid.UUID, uuid.UUID] = {}
        self._conferences_read: set[int] = set()
        self.languages = working_languages_in(session)

    def team(self, code: Any) -> uuid.UUID | None:
        if self._teams is None:
            query = select(col(Team.code), col(Team.id))
            self._teams = dict(self.session.execute(query).all())
        return self._teams.get(str(code).upper())

    def team_exists(self, team_id: Any) -> bool:
        self.team("")
        assert self._teams is not None
        return team_id in self._teams.values() or self.session.get(Team, team_id) is not None

    def conference(self, number: int) -> uuid.UUID | None:
        if self._conferences is None:
            query = select(col(Conference.number), col(Conference.id))
            self._conferences = dict(self.session.execute(query).all())
        return self._conferences.get(number)

    def plan(self, parts: tuple[int, str, int]) -> uuid.UUID | None:
        number = parts[0]
        if number not in self._conferences_read:
            found = plans_of_conferences(self.session, {number})
            self._plans.update(found)
            for (_, code, _), plan_id in found.items():
                team_id = self.team(code)
                if team_id is not None:
                    self._plan_teams[plan_id] = team_id
            self._conferences_read.add(number)
        return self._plans.get(parts)

    def plan_team(self, plan_id: Any) -> tuple[bool, Any]:
        """(whether the plan exists, its team), for the activity rules."""
        if plan_id in self._plan_teams:
            return True, self._plan_teams[plan_id]
        plan = self.session.get(Plan, plan_id)
        return plan is not None, plan.team_id if plan is not None else None


WRITE_EVERY = 10_000


@dataclass
class NewRows:
    """Checked new records of one sheet, written `WRITE_EVERY` at a time (200,000 activities'
    rows are not all held) and the rest when the sheet is done."""

    model: type[SQLModel]
    now: datetime = field(default_factory=utc_now)
    rows: list[dict[str, Any]] = field(default_factory=list)

    def add(self, session: Session, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= WRITE_EVERY:
            self.write(session)

    def write(self, session: Session) -> None:
        insert_rows(session, self.model, self.rows)
        self.rows.clear()
