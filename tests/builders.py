"""Small committees built through the services, for tests that need a few records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from secretariat.db import Database
from secretariat.models import Conference, Plan, Team
from secretariat.services import committee, conferences, plans, teams


@dataclass
class Committee:
    db: Database
    conferences: dict[int, Conference] = field(default_factory=dict)
    teams: dict[str, Team] = field(default_factory=dict)

    def plan(self, number: int, code: str, title: str = "", **fields: Any) -> Plan:
        status = fields.pop("status", "agreed")
        values = {
            "conference_id": self.conferences[number].id,
            "team_id": self.teams[code].id,
            "title_ko": title or f"{code} 사업 {number}",
            "title_zh": title or f"{code} 项目 {number}",
            "origin": "mutual",
            "horizon": "near",
            **fields,
        }
        return plans.create_plan(self.db, values, status=status)


def small_committee(
    db: Database, *, conference_dates: dict[int, tuple[date, date | None]] | None = None
) -> Committee:
    """Two held conferences and a planned third; ECO from the 1st, ENV from the 2nd."""
    committee.save_profile(
        db,
        {
            "name_en": "Test Committee",
            "side_a_name_en": "City A",
            "side_b_name_en": "City B",
            "language_a": "ko",
            "language_b": "zh",
        },
    )
    built = Committee(db)
    dates = conference_dates or {
        1: (date(2013, 5, 14), date(2013, 5, 14)),
        2: (date(2015, 10, 20), date(2015, 10, 21)),
        3: (date(2018, 11, 8), None),
    }
    for number, (planned, held) in dates.items():
        built.conferences[number] = conferences.create_conference(
            db,
            {
                "number": number,
                "planned_date": planned,
                "held_date": held,
                "host_side": "A" if number % 2 else "B",
                "status": "held" if held else "planned",
                "venue_en": f"Venue {number}",
            },
        )
    built.teams["ECO"] = teams.create_team(
        db, {"code": "ECO", "name_en": "Economy", "name_ko": "경제", "name_zh": "经济"}
    )
    built.teams["ENV"] = teams.create_team(
        db,
        {
            "code": "ENV",
            "name_en": "Environment",
            "name_ko": "환경",
            "name_zh": "环境",
            "start_conference_id": built.conferences[2].id,
        },
    )
    return built
