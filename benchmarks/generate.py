"""A deterministic committee at benchmark scale, written straight into a SQLite file.

100,000 plans over 20 conferences and 5 teams with texts in three languages (the demo's plan
themes, varied), 1,000,000 status changes, 200,000 activities, 2,000 meetings and 500 MOUs
at full scale; `scale` divides every count. The schema comes from the app's own migrations;
the rows go in with executemany in one transaction, in the formats SQLAlchemy writes, and the
search index is rebuilt once at the end.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from secretariat.db import open_database
from secretariat.demo_text import PlanTheme, culture, economy, education, environment, health
from secretariat.demo_text import records as texts
from secretariat.text import fold

SEED = 100_000
TEAMS = (
    ("ECO", "Economy", "경제", "经济", economy.THEMES),
    ("CUL", "Culture", "문화", "文化", culture.THEMES),
    ("EDU", "Education", "교육", "教育", education.THEMES),
    ("ENV", "Environment", "환경", "环境", environment.THEMES),
    ("HEA", "Health and Medical", "보건의료", "卫生健康", health.THEMES),
)
STATUSES = ("agreed", "in_progress", "implemented", "on_hold", "dropped")
CATEGORIES = (
    "administrative",
    "youth",
    "people",
    "culture",
    "economy",
    "education",
    "environment",
    "health",
    "other",
)
DIRECTIONS = ("a_to_b", "b_to_a", "joint")
STAMP = "2026-01-01 00:00:00.000000"
# No record is dated after this day: the workbook import refuses dates after today, and the
# generated committee must be one a secretariat could have typed (it is imported whole in the
# bench). A fixed day, so that the data stays the same from one run to the next.
LAST_DAY = date(2026, 10, 31)


@dataclass(frozen=True)
class Scale:
    conferences: int = 20
    plans: int = 100_000
    status_changes: int = 1_000_000
    activities: int = 200_000
    meetings: int = 2_000
    mous: int = 500

    def divided(self, by: int) -> Scale:
        return Scale(
            conferences=self.conferences,
            plans=self.plans // by,
            status_changes=self.status_changes // by,
            activities=self.activities // by,
            meetings=self.meetings // by,
            mous=self.mous // by,
        )


def new_id(rng: random.Random) -> str:
    """A UUID4 from the seeded generator, as SQLAlchemy stores it on SQLite (32 hex digits)."""
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


def generate(path: Path, scale: Scale) -> None:
    """Write a fresh database at `path` (replacing any file there)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(path).close()  # the schema, by the app's migrations
    rng = random.Random(SEED)
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = OFF")
        with connection:
            _fill(connection, scale, rng)
            connection.execute("INSERT INTO plan_search(plan_search) VALUES ('rebuild')")
        connection.execute("ANALYZE")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _fill(connection: sqlite3.Connection, scale: Scale, rng: random.Random) -> None:
    # The search index is rebuilt once at the end instead of row by row.
    connection.execute("DROP TRIGGER plan_search_insert")
    _profile(connection)
    conferences = _conferences(connection, scale, rng)
    teams = _teams(connection, conferences[0][0], rng)
    plan_rows = list(_plans(scale, conferences, teams, rng))
    connection.executemany(PLAN_INSERT, (row.values for row in plan_rows))
    meetings = _meetings(connection, scale, conferences, teams, rng)
    connection.executemany(
        named(connection, CHANGE_INSERT),
        _status_changes(scale, plan_rows, conferences, meetings, rng),
    )
    _update_last_status(connection, plan_rows)
    connection.executemany(
        named(connection, ACTIVITY_INSERT), _activities(scale, teams, plan_rows, rng)
    )
    _mous(connection, scale, conferences, teams, rng)
    connection.execute(TRIGGER_SQL)


def named(connection: sqlite3.Connection, statement: str) -> str:
    """`INSERT INTO t VALUES (?,...)` with the table's first columns named: the rows give the
    columns the first schema had; later ones (author, version) take their defaults."""
    table = statement.split()[2]
    count = statement.count("?")
    columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')][:count]
    return statement.replace(" VALUES ", f" ({', '.join(columns)}) VALUES ", 1)


TRIGGER_SQL = """CREATE TRIGGER plan_search_insert AFTER INSERT ON plan BEGIN
        INSERT INTO plan_search(rowid, search_text) VALUES (new.rowid, new.search_text);
    END"""


def _profile(connection: sqlite3.Connection) -> None:
    connection.execute(
        named(
            connection, "INSERT INTO committee_profile VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        ),
        (
            uuid.UUID(int=1).hex,
            STAMP,
            STAMP,
            "Benchmark Joint Committee",
            "벤치마크 공동위원회",
            "基准联合委员会",
            "",
            "Dongju",
            "동주",
            "东州",
            "",
            "Yunhai",
            "운해",
            "云海",
            "",
            "ko",
            "zh",
        ),
    )


def _conferences(
    connection: sqlite3.Connection, scale: Scale, rng: random.Random
) -> list[tuple[str, int, date]]:
    rows = []
    for number in range(1, scale.conferences + 1):
        held = date(1986 + 2 * number, 5, 10 + number % 15)
        rows.append((new_id(rng), number, held))
    connection.executemany(
        named(connection, "INSERT INTO conference VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        [
            (
                key,
                STAMP,
                STAMP,
                number,
                held.isoformat(),
                held.isoformat(),
                "A" if number % 2 else "B",
                f"Venue {number}",
                f"회의장 {number}",
                f"会场 {number}",
                "",
                "held",
                "",
                "",
                "",
                "",
            )
            for key, number, held in rows
        ],
    )
    return rows


TeamRow = tuple[str, str, tuple[PlanTheme, ...]]  # id, code, themes


def _teams(
    connection: sqlite3.Connection, first_conference: str, rng: random.Random
) -> list[TeamRow]:
    teams = []
    for order, (code, en, ko, zh, themes) in enumerate(TEAMS, start=1):
        key = new_id(rng)
        connection.execute(
            named(connection, "INSERT INTO team VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
            (key, STAMP, STAMP, code, en, ko, zh, "", first_conference, 1, order),
        )
        teams.append((key, code, tuple(themes)))
    return teams


@dataclass
class PlanRow:
    values: tuple[object, ...]
    key: str
    conference_index: int
    status: str = "agreed"
    last_change: date | None = None


PLAN_INSERT = (
    "INSERT INTO plan (id, created_at, updated_at, conference_id, team_id, seq, title_en,"
    " title_ko, title_zh, title_ja, description_en, description_ko, description_zh,"
    " description_ja, origin, horizon, status, progress, lead_agency_a, lead_agency_b, due_date,"
    " continues_plan_id, status_changed_on, search_text)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def _plans(
    scale: Scale,
    conferences: list[tuple[str, int, date]],
    teams: list[TeamRow],
    rng: random.Random,
) -> Iterator[PlanRow]:
    per_group = max(1, scale.plans // (len(conferences) * len(teams)))
    previous: dict[str, list[str]] = {}
    for index, (conference_id, number, held) in enumerate(conferences):
        for team_id, _code, themes in teams:
            earlier = list(previous.get(team_id, []))
            rng.shuffle(earlier)
            continued = earlier[: int(len(earlier) * 0.4)]
            current = []
            for seq in range(1, per_group + 1):
                theme = themes[rng.randrange(len(themes))]
                row = _plan_row(conference_id, team_id, seq, number, theme, held, rng)
                if continued:
                    row.values = (*row.values[:21], continued.pop(), *row.values[22:])
                row.conference_index = index
                current.append(row.key)
                yield row
            previous[team_id] = current


def _plan_row(
    conference_id: str,
    team_id: str,
    seq: int,
    number: int,
    theme: PlanTheme,
    held: date,
    rng: random.Random,
) -> PlanRow:
    key = new_id(rng)
    phase = rng.randint(1, 9)
    titles = (
        f"{theme.title.en} (phase {phase})",
        f"{theme.title.ko} ({phase}단계)",
        f"{theme.title.zh}（第{phase}期）",
    )
    descriptions = (theme.description.en, theme.description.ko, theme.description.zh)
    search = "".join(fold(text) + "\n" for text in (*titles, *descriptions))
    origin = rng.choices(("A", "B", "mutual"), (20, 20, 60))[0]
    horizon = "near" if rng.random() < 0.55 else "long"
    due = date(held.year + (2 if horizon == "near" else 5), 12, 31).isoformat()
    values = (
        key,
        STAMP,
        STAMP,
        conference_id,
        team_id,
        seq,
        *titles,
        "",
        *descriptions,
        "",
        origin,
        horizon,
        "agreed",
        rng.randrange(0, 101, 5),
        theme.lead_agency_a,
        theme.lead_agency_b,
        due,
        None,
        held.isoformat(),
        search,
    )
    return PlanRow(values=values, key=key, conference_index=0)


def _meetings(
    connection: sqlite3.Connection,
    scale: Scale,
    conferences: list[tuple[str, int, date]],
    teams: list[TeamRow],
    rng: random.Random,
) -> list[tuple[str, date]]:
    meetings = []
    kinds = ("team", "secretariat", "video_call", "other")
    first, last = conferences[0][2], conferences[-1][2]
    span = (last - first).days
    # One meeting a day at most, so that the Status history sheet's meeting date names one.
    for offset in rng.sample(range(span), scale.meetings):
        key, held = new_id(rng), first + timedelta(days=offset)
        outcome = texts.MEETING_OUTCOMES[rng.randrange(len(texts.MEETING_OUTCOMES))]
        connection.execute(
            named(connection, "INSERT INTO meeting VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
            (
                key,
                STAMP,
                STAMP,
                held.isoformat(),
                rng.choice(kinds),
                None,
                "",
                "",
                outcome.en,
                outcome.ko,
                outcome.zh,
                "",
            ),
        )
        connection.execute("INSERT INTO meeting_team VALUES (?,?)", (key, rng.choice(teams)[0]))
        meetings.append((key, held))
    meetings.sort(key=lambda meeting: meeting[1])
    return meetings


CHANGE_INSERT = "INSERT INTO plan_status_change VALUES (?,?,?,?,?,?,?,?,?)"


def _status_changes(
    scale: Scale,
    plan_rows: list[PlanRow],
    conferences: list[tuple[str, int, date]],
    meetings: list[tuple[str, date]],
    rng: random.Random,
) -> Iterator[tuple[object, ...]]:
    """Each plan: its first row at agreement, then changes spread until the next conference."""
    per_plan = max(1, scale.status_changes // max(1, len(plan_rows)))
    for row in plan_rows:
        start = conferences[row.conference_index][2]
        window = 730 if row.conference_index + 1 < len(conferences) else 365
        window = min(window, (LAST_DAY - start).days)
        yield (new_id(rng), STAMP, STAMP, row.key, None, "agreed", start.isoformat(), "", None)
        status, day = "agreed", start
        for _ in range(per_plan - 1):
            following = rng.choice([s for s in STATUSES if s != status])
            day += timedelta(days=rng.randint(1, max(1, window // per_plan)))
            meeting = None
            if meetings and rng.random() < 0.2:
                meeting = meetings[rng.randrange(len(meetings))][0]
            yield (
                new_id(rng),
                STAMP,
                STAMP,
                row.key,
                status,
                following,
                day.isoformat(),
                "Reviewed by both secretariats.",
                meeting,
            )
            status = following
        row.status, row.last_change = status, day


def _update_last_status(connection: sqlite3.Connection, plan_rows: list[PlanRow]) -> None:
    connection.executemany(
        "UPDATE plan SET status = ?, status_changed_on = ?, progress = CASE WHEN ? ="
        " 'implemented' THEN 100 ELSE progress END WHERE id = ?",
        (
            (
                row.status,
                row.last_change.isoformat() if row.last_change else None,
                row.status,
                row.key,
            )
            for row in plan_rows
        ),
    )


ACTIVITY_INSERT = "INSERT INTO activity VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"


def _activities(
    scale: Scale,
    teams: list[TeamRow],
    plan_rows: list[PlanRow],
    rng: random.Random,
) -> Iterator[tuple[object, ...]]:
    first = date(1990, 1, 1)
    seen: set[tuple[object, ...]] = set()  # natural keys (day, team, category, direction, text)
    while len(seen) < scale.activities:
        category = rng.choice(CATEGORIES)
        described = texts.ACTIVITY_DESCRIPTIONS[category]
        text = described[rng.randrange(len(described))]
        held = (first + timedelta(days=rng.randrange(13_000))).isoformat()
        team = rng.choice(teams)[0] if rng.random() < 0.7 else None
        direction = rng.choice(DIRECTIONS)
        if (held, team, category, direction, text.en) in seen:
            continue  # the same activity twice: the import would take it for one
        seen.add((held, team, category, direction, text.en))
        yield (
            new_id(rng),
            STAMP,
            STAMP,
            held,
            team,
            category,
            direction,
            rng.randint(2, 80),
            None,
            text.en,
            text.ko,
            text.zh,
            "",
        )


def _mous(
    connection: sqlite3.Connection,
    scale: Scale,
    conferences: list[tuple[str, int, date]],
    teams: list[TeamRow],
    rng: random.Random,
) -> None:
    for index in range(scale.mous):
        conference_id, _number, held = conferences[index % len(conferences)]
        # Signed a day apart when the titles come round again: (date, title) names an MOU.
        held += timedelta(days=index // len(conferences))
        title = texts.MOU_TITLES[index % len(texts.MOU_TITLES)]
        key = new_id(rng)
        connection.execute(
            named(connection, "INSERT INTO mou VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            (
                key,
                STAMP,
                STAMP,
                title.en,
                title.ko,
                title.zh,
                "",
                held.isoformat(),
                conference_id,
                "동주시",
                "云海市",
                None,
                "signed",
            ),
        )
        connection.execute("INSERT INTO mou_team VALUES (?,?)", (key, rng.choice(teams)[0]))
