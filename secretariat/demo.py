"""The demo committee: Dongju (side A, Korean) and Yunhai (side B, Chinese), 2013–2026.

Deterministic: the same records every time (only ids and timestamps differ). Written through
the same session-level service functions as real data, so every rule applies, in one
transaction. What it contains, and why, is listed in docs/demo.md.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from secretariat import audit
from secretariat.db import Database
from secretariat.demo_agenda import add_agendas
from secretariat.demo_text import PlanTheme, Text3
from secretariat.demo_text import records as texts
from secretariat.demo_text.calendar import (
    ATTENDEES,
    CATEGORY_TEAM,
    CONFERENCES,
    DEFAULT_DIRECTION_WEIGHTS,
    DIRECTION_WEIGHTS,
    FINAL_STATUS_WEIGHTS,
    MEETINGS,
    MOUS,
    MUTUAL_SHARE,
    PATHS,
    PROFILE,
    RETENTION,
    STATUS_NOTES,
    TEAMS,
    VENUE_A,
    VENUE_B,
)
from secretariat.errors import SecretariatError
from secretariat.models import (
    ActivityCategory,
    Conference,
    ConferenceStatus,
    Direction,
    Horizon,
    Meeting,
    Origin,
    Plan,
    Team,
)
from secretariat.services import activities, committee, conferences, meetings, mous, records, teams
from secretariat.services.plans import add_plan, apply_status

SEED = 20130514
LAST_RECORDED_DAY = date(2026, 10, 30)  # the demo's records run up to here
DORMANT_TEAM = "EDU"  # nothing recorded for it after the 5th conference


@dataclass
class _Built:
    """Records created so far, by natural key."""

    conferences: dict[int, Conference] = field(default_factory=dict)
    teams: dict[str, Team] = field(default_factory=dict)
    plans: dict[tuple[int, str], list[Plan]] = field(default_factory=dict)
    meetings: list[tuple[Meeting, str | None]] = field(default_factory=list)


def load_demo(db: Database) -> None:
    """Fill an empty database with the demo committee, in one transaction."""
    with db.write() as session:
        # Made-up records: no author, and building them is not an edit of anyone's.
        session.info.update({audit.SESSION_AUTHOR: "", audit.UNTRACKED: True})
        if session.scalar(select(func.count()).select_from(Conference)):
            raise SecretariatError(
                f"{db.describe()} already holds a committee; the demo needs an empty database"
            )
        rng = random.Random(SEED)
        built = _Built()
        records.add_record(session, committee.PROFILE, PROFILE)
        _add_conferences(session, built)
        _add_teams(session, built)
        _add_meetings(session, built)
        carried = _add_plans(session, built, rng)
        _add_histories(session, built, carried, rng)
        _add_mous(session, built)
        _add_activities(session, built, rng)
        add_agendas(session, built.teams)  # last: it makes no random choice


def _text_fields(prefix: str, text: Text3) -> dict[str, str]:
    return {f"{prefix}_en": text.en, f"{prefix}_ko": text.ko, f"{prefix}_zh": text.zh}


def _add_conferences(session: Session, built: _Built) -> None:
    for spec in CONFERENCES:
        venue = VENUE_A if spec.host == "A" else VENUE_B
        fields: dict[str, Any] = {
            "number": spec.number,
            "planned_date": spec.postponed_from or spec.planned,
            "host_side": spec.host,
            "status": "planned",
            "venue_en": venue[0],
            "venue_ko": venue[1],
            "venue_zh": venue[2],
        }
        conference = records.add_record(session, conferences.CONFERENCE, fields)
        if spec.reason is not None:
            conferences.add_postponement(
                session,
                conference,
                new_date=spec.planned,
                reasons=spec.reason._asdict(),
                decided_on=spec.postponed_on,
            )
        if spec.held is not None:
            conference.held_date = spec.held
            conference.status = ConferenceStatus.held
        built.conferences[spec.number] = conference
    session.flush()


def _add_teams(session: Session, built: _Built) -> None:
    for order, spec in enumerate(TEAMS, start=1):
        fields: dict[str, Any] = dict(
            zip(("name_en", "name_ko", "name_zh", "name_ja"), spec.names, strict=True)
        )
        fields.update(
            code=spec.code,
            start_conference_id=built.conferences[spec.start].id,
            sort_order=order,
        )
        built.teams[spec.code] = records.add_record(session, teams.TEAM, fields)


def _add_meetings(session: Session, built: _Built) -> None:
    for outcome_index, held_on, kind, team_code in MEETINGS:
        outcome = texts.MEETING_OUTCOMES[outcome_index % 100]
        fields: dict[str, Any] = {
            "held_on": held_on,
            "kind": kind,
            "attendees": ATTENDEES[team_code],
            "venue": "화상회의 / 视频会议" if kind == "video_call" else _meeting_venue(held_on),
            **_text_fields("outcomes", outcome),
        }
        fields["conference_id"] = _conference_before(built, held_on).id
        meeting = records.add_record(session, meetings.MEETING, fields)
        team_ids = [built.teams[team_code].id] if team_code else []
        meetings.set_meeting_teams(session, meeting.id, team_ids)
        built.meetings.append((meeting, team_code))


def _meeting_venue(held_on: date) -> str:
    return "동주시청 / 东州市政厅" if held_on.year % 2 else "云海市外事办公室 / 운해시 외사판공실"


def _conference_before(built: _Built, day: date) -> Conference:
    """The latest held conference on or before `day`: the one whose plans are being followed."""
    held = [c for c in built.conferences.values() if c.held_date and c.held_date <= day]
    return max(held, key=lambda c: c.number)


def _add_plans(session: Session, built: _Built, rng: random.Random) -> set[uuid.UUID]:
    """Plans conference by conference; returns the ids of plans continued at the next one."""
    carried: set[uuid.UUID] = set()
    for team in TEAMS:
        themes = iter(team.themes)
        for number in sorted(team.plans_per_conference):
            count = team.plans_per_conference[number]
            previous = built.plans.get((number - 1, team.code), [])
            continued = _choose_continued(previous, carried, RETENTION.get(number, 0), rng)
            plans = [_add_continuation(session, built, number, old) for old in continued[:count]]
            carried.update(old.id for old in continued[:count])
            while len(plans) < count:
                plans.append(_add_new_plan(session, built, number, team.code, next(themes), rng))
            built.plans[(number, team.code)] = plans
    return carried


def _choose_continued(
    previous: list[Plan], carried: set[uuid.UUID], share: float, rng: random.Random
) -> list[Plan]:
    """Continue chains first (so lineages span three conferences), then others at random."""
    wanted = round(share * len(previous))
    chains = [plan for plan in previous if plan.continues_plan_id is not None]
    others = [plan for plan in previous if plan.continues_plan_id is None]
    rng.shuffle(others)
    return (chains + others)[:wanted]


def _add_continuation(session: Session, built: _Built, number: int, old: Plan) -> Plan:
    fields = {
        name: getattr(old, name)
        for name in (
            "team_id",
            "origin",
            "horizon",
            "lead_agency_a",
            "lead_agency_b",
            "title_en",
            "title_ko",
            "title_zh",
            "description_en",
            "description_ko",
            "description_zh",
        )
    }
    conference = built.conferences[number]
    fields.update(
        conference_id=conference.id,
        continues_plan_id=old.id,
        horizon=Horizon.long,
        due_date=_due_date(conference, Horizon.long),
    )
    return add_plan(session, fields, note="carried over from the previous conference")


def _add_new_plan(
    session: Session,
    built: _Built,
    number: int,
    team_code: str,
    theme: PlanTheme,
    rng: random.Random,
) -> Plan:
    conference = built.conferences[number]
    horizon = Horizon.near if rng.random() < 0.55 else Horizon.long
    origin = (
        Origin.mutual if rng.random() < MUTUAL_SHARE[number] else rng.choice([Origin.A, Origin.B])
    )
    fields: dict[str, Any] = {
        "conference_id": conference.id,
        "team_id": built.teams[team_code].id,
        "origin": origin,
        "horizon": horizon,
        "lead_agency_a": theme.lead_agency_a,
        "lead_agency_b": theme.lead_agency_b,
        "due_date": _due_date(conference, horizon),
        **_text_fields("title", theme.title),
        **_text_fields("description", theme.description),
    }
    if number == 5 and rng.random() < 0.12:
        fields["description_zh"] = ""  # a translation still to come: the app shows the gap
    return add_plan(session, fields)


def _due_date(conference: Conference, horizon: Horizon) -> date:
    start = conference.held_date or conference.planned_date
    years = 2 if horizon == Horizon.near else 5
    return date(start.year + years, 12, 31)


def _add_histories(
    session: Session, built: _Built, carried: set[uuid.UUID], rng: random.Random
) -> None:
    numbers = sorted(built.conferences)
    for (number, team_code), plans in built.plans.items():
        start = built.conferences[number].held_date
        assert start is not None
        following = built.conferences.get(numbers[numbers.index(number) + 1])
        end = following.held_date if following and following.held_date else LAST_RECORDED_DAY
        if team_code == DORMANT_TEAM:
            end = min(end, built.conferences[5].held_date or end)
        for plan in plans:
            final = _final_status(number, plan.id in carried, team_code, rng)
            _walk(session, built, plan, team_code, PATHS[final], start, end, rng)


def _final_status(number: int, was_carried: bool, team_code: str, rng: random.Random) -> str:
    if team_code == DORMANT_TEAM and number == 5:
        return "agreed"
    if was_carried:
        return rng.choices(["in_progress", "on_hold", "implemented"], [70, 20, 10])[0]
    weights = FINAL_STATUS_WEIGHTS[number]
    return rng.choices(list(weights), list(weights.values()))[0]


def _walk(
    session: Session,
    built: _Built,
    plan: Plan,
    team_code: str,
    path: list[str],
    start: date,
    end: date,
    rng: random.Random,
) -> None:
    """Apply a status path with dates spread over the window, some decided at meetings."""
    day = start
    for step, status in enumerate(path):
        remaining = len(path) - step
        latest = day + (end - day) / (remaining + 0.5)
        candidates = [
            meeting
            for meeting, code in built.meetings
            if code in (team_code, None) and day < meeting.held_on <= latest
        ]
        if candidates and rng.random() < 0.6:
            meeting = rng.choice(candidates)
            day, meeting_id = meeting.held_on, meeting.id
        else:
            span = max((latest - day).days, 1)
            day, meeting_id = day + timedelta(days=rng.randint(max(span // 3, 1), span)), None
        apply_status(
            session, plan, status, changed_on=day, note=STATUS_NOTES[status], meeting_id=meeting_id
        )
        if status == "in_progress":
            plan.progress = rng.randrange(20, 85, 5)
    if path and path[-1] in ("on_hold", "dropped"):
        plan.progress = min(plan.progress, rng.randrange(10, 50, 5))


def _add_mous(session: Session, built: _Built) -> None:
    for index, number, status, signed_on, expires_on, team_codes, parties in MOUS:
        fields = {
            **_text_fields("title", texts.MOU_TITLES[index]),
            "conference_id": built.conferences[number].id,
            "status": status,
            "signed_on": signed_on,
            "expires_on": expires_on,
            "party_a": parties[0],
            "party_b": parties[1],
        }
        mou = records.add_record(session, mous.MOU, fields)
        mous.set_mou_teams(session, mou.id, [built.teams[code].id for code in team_codes])


def _add_activities(session: Session, built: _Built, rng: random.Random) -> None:
    day = date(2013, 6, 3)
    categories = list(ActivityCategory)
    used: dict[ActivityCategory, int] = {}
    while day <= LAST_RECORDED_DAY:
        category = categories[rng.randrange(len(categories))]
        team = _activity_team(built, category, day, rng)
        if team is not None or category not in CATEGORY_TEAM:
            _add_activity(session, built, category, team, day, used, rng)
        day += timedelta(days=rng.randint(20, 45))
        if date(2020, 2, 1) <= day <= date(2022, 5, 31):
            day = date(2022, 6, rng.randint(1, 28))  # no visits during the pandemic


def _activity_team(
    built: _Built, category: ActivityCategory, day: date, rng: random.Random
) -> Team | None:
    code = CATEGORY_TEAM.get(category)
    if code is None and category == ActivityCategory.youth and rng.random() < 0.5:
        code = "EDU"
    if code is None:
        return None
    team = built.teams[code]
    start = next(c for c in built.conferences.values() if c.id == team.start_conference_id)
    too_early = start.held_date is None or day < start.held_date
    dormant = code == DORMANT_TEAM and day > (built.conferences[5].held_date or day)
    return None if too_early or dormant else team


def _add_activity(
    session: Session,
    built: _Built,
    category: ActivityCategory,
    team: Team | None,
    day: date,
    used: dict[ActivityCategory, int],
    rng: random.Random,
) -> None:
    descriptions = texts.ACTIVITY_DESCRIPTIONS[category.value]
    description = descriptions[used.get(category, 0) % len(descriptions)]
    used[category] = used.get(category, 0) + 1
    weights = DIRECTION_WEIGHTS.get(category, DEFAULT_DIRECTION_WEIGHTS)
    direction = rng.choices(list(Direction), weights)[0]
    plan_id = None
    if team is not None and rng.random() < 0.5:
        current = _conference_before(built, day).number
        candidates = built.plans.get((current, team.code), [])
        plan_id = rng.choice(candidates).id if candidates else None
    records.add_record(
        session,
        activities.ACTIVITY,
        {
            "held_on": day,
            "team_id": team.id if team else None,
            "category": category,
            "direction": direction,
            "participants": rng.randint(4, 60)
            if category != ActivityCategory.youth
            else rng.randint(15, 45),
            "plan_id": plan_id,
            **_text_fields("description", description),
        },
    )
