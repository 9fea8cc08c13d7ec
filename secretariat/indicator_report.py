"""The indicators as one report: a JSON-ready dict, and readable tables for the terminal."""

from __future__ import annotations

from datetime import date
from typing import Any, TextIO

from secretariat import indicators as ind
from secretariat.db import Database
from secretariat.services.conferences import get_by_number
from secretariat.services.teams import get_by_code


def build_report(
    db: Database,
    *,
    conference: int | None = None,
    team: str | None = None,
    as_of: date | None = None,
    dormancy_months: int = ind.DEFAULT_DORMANCY_MONTHS,
) -> dict[str, Any]:
    """Every indicator, for every conference (or the one asked for) and team (or one team).
    Unknown conference numbers and team codes raise NotFoundError."""
    if conference is not None:
        get_by_number(db, conference)
    if team is not None:
        team = get_by_code(db, team).code
    rows = ind.conference_indicators(db)
    committee_rows = ind.select_rows(rows, conference=conference) if team is None else []
    team_rows = [
        row
        for row in rows
        if row.team is not None
        and (team is None or row.team == team)
        and (conference is None or row.conference == conference)
    ]
    activity = ind.team_activity(db, as_of=as_of, months=dormancy_months)
    if team is not None:
        activity = [entry for entry in activity if entry.team == team]
    return {
        "conferences": [row.as_json() for row in committee_rows],
        "teams": [row.as_json() for row in team_rows],
        "reciprocity": ind.reciprocity(db, team=team).as_json(),
        "dormancy": {
            "as_of": (as_of or date.today()).isoformat(),
            "months": dormancy_months,
            "teams": [entry.as_json() for entry in activity],
        },
    }


COLUMNS = (
    ("Conf", "conference", "{}"),
    ("Date", "conference_date", "{}"),
    ("State", "conference_status", "{}"),
    ("Team", "team", "{}"),
    ("Plans", "plans", "{}"),
    ("Promo %", "promotion_rate", "{:.1f}"),
    ("Δpp", ("change_pp", "promotion_rate"), "{:+.1f}"),
    ("Impl %", "implementation_rate", "{:.1f}"),
    ("Δpp", ("change_pp", "implementation_rate"), "{:+.1f}"),
    ("Mutual %", "mutual_rate", "{:.1f}"),
    ("Δpp", ("change_pp", "mutual_rate"), "{:+.1f}"),
    ("Retain %", "retention_rate", "{:.1f}"),
    ("Δpp", ("change_pp", "retention_rate"), "{:+.1f}"),
    ("MOUs", "mous_at_conference", "{}"),
    ("MOUs Σ", "mous_cumulative", "{}"),
    ("Months", "months_since_previous", "{}"),
    ("Postp.", "postponements", "{}"),
)


def _cell(row: dict[str, Any], key: Any, pattern: str) -> str:
    value = row[key[0]][key[1]] if isinstance(key, tuple) else row[key]
    if value is None:
        return "–" if key != "team" else "all"
    return pattern.format(value)


def format_table(headers: list[str], body: list[list[str]]) -> list[str]:
    widths = [
        max(len(h), *(len(r[i]) for r in body)) if body else len(h) for i, h in enumerate(headers)
    ]
    lines = ["  ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in body]
    return lines


def print_report(report: dict[str, Any], out: TextIO) -> None:
    # Committee-wide row first, then the teams in their own order (sort is stable).
    rows = sorted(report["conferences"] + report["teams"], key=lambda r: r["conference"])
    headers = [title for title, _key, _pattern in COLUMNS]
    body = [[_cell(row, key, pattern) for _title, key, pattern in COLUMNS] for row in rows]
    out.write(
        "Indicators per conference (rates in %, Δpp: change from the previous conference;"
        " a conference not yet held has plans on its agenda, no rates)\n"
    )
    out.write("\n".join(format_table(headers, body)) + "\n\n")
    _print_reciprocity(report["reciprocity"], out)
    _print_dormancy(report["dormancy"], out)


def _print_reciprocity(reciprocity: dict[str, Any], out: TextIO) -> None:
    out.write("Exchange reciprocity (activities by direction: count and share)\n")
    directions = ("a_to_b", "b_to_a", "joint")
    lines = [["all", *(_share(reciprocity["total"][d]) for d in directions)]]
    for category, shares in reciprocity["by_category"].items():
        lines.append([category, *(_share(shares[d]) for d in directions)])
    out.write("\n".join(format_table(["Category", "A → B", "B → A", "Joint"], lines)) + "\n\n")


def _share(share: dict[str, Any]) -> str:
    if share["percent"] is None:
        return "0"
    return f"{share['count']} ({share['percent']:.0f}%)"


def _print_dormancy(dormancy: dict[str, Any], out: TextIO) -> None:
    out.write(
        f"Dormancy as of {dormancy['as_of']} "
        f"(no activity or status change in {dormancy['months']} months)\n"
    )
    lines = [
        [
            entry["team"],
            entry["last_activity"] or "never",
            entry["last_status_change"] or "never",
            "–" if entry["months_idle"] is None else str(entry["months_idle"]),
            "DORMANT" if entry["dormant"] else "active",
        ]
        for entry in dormancy["teams"]
    ]
    headers = ["Team", "Last activity", "Last status change", "Months idle", "State"]
    out.write("\n".join(format_table(headers, lines)) + "\n")
