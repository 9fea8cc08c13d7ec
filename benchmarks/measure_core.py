"""The core: every indicator for every conference and team."""

from __future__ import annotations

from datetime import date

from benchmarks.runner import Result, median_time
from benchmarks.setup import Bench
from secretariat import indicators
from secretariat.db import open_database

AS_OF = date(2026, 11, 23)


def run(bench: Bench) -> list[Result]:
    db = open_database(bench.db_path, read_only=True)
    try:

        def all_indicators() -> None:
            indicators.conference_indicators(db)
            indicators.reciprocity(db)
            indicators.team_activity(db, as_of=AS_OF)

        seconds, samples = median_time(all_indicators, bench.runs * 2)
        parts = []
        for name, action in (
            ("per conference × team", lambda: indicators.conference_indicators(db)),
            ("reciprocity", lambda: indicators.reciprocity(db)),
            ("dormancy", lambda: indicators.team_activity(db, as_of=AS_OF)),
        ):
            part, _ = median_time(action, bench.runs)
            parts.append(f"{name} {part * 1000:.0f} ms")
        return [
            Result(
                "all indicators, all conferences and teams",
                seconds * 1000,
                "ms",
                "≤ 100 ms",
                limit=100,
                note="; ".join(parts),
                runs=[s * 1000 for s in samples],
            )
        ]
    finally:
        db.close()
