"""Reading plans for lists: the filter shared by the Plans page and the benchmarks, the search
over titles and descriptions in every language, and the small views the page shows beside a
plan (its history with the meetings, its lineage).

Queries are built here and run by the caller (plan_list for the app's list, which adds its
own ordering and fetches rows per block); nothing here holds a session open.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    CompoundSelect,
    Select,
    and_,
    case,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    union,
)
from sqlalchemy import column as sql_column
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from secretariat.db import Database
from secretariat.models import (
    LANGUAGES,
    Conference,
    Horizon,
    Meeting,
    MeetingKind,
    Origin,
    Plan,
    PlanStatus,
    PlanStatusChange,
    Team,
)
from secretariat.services import records
from secretariat.services.plans import PLAN, plan_ref
from secretariat.services.teams import exists_at
from secretariat.text import column, display_text, fold

FTS_MIN_CHARACTERS = 3  # the trigram index answers substrings of three characters or more
LIKE_ESCAPE = "\\"

# The FTS5 table of migration 0002 (SQLite only); `rowid` is the plan's rowid.
_plan_search = table("plan_search", sql_column("rowid"), sql_column("search_text"))
# Migration 0006's fts5vocab view of it: one row per indexed trigram.
_vocabulary = table("plan_search_vocab", sql_column("term"))
LAST_CHARACTER = "\U0010ffff"  # sorts after every character, as UTF-8 bytes do
NO_SUCH_TRIGRAM = "\x01\x01\x01"  # matches nothing: the answer when no trigram starts so
# A plan's reference as typed into the search box, folded: `5-eco-04` (that plan) or `eco-04`
# (that team and number at every conference). Digits are bounded so they fit an integer.
REFERENCE_TERM = re.compile(r"(?:(\d{1,9})-)?([a-z][a-z0-9_]{0,15})-(\d{1,9})", re.ASCII)
_plan_rowid: ColumnClause[Any] = literal_column("plan.rowid")


@dataclass(frozen=True)
class PlanFilter:
    """Which plans a list shows. None (or an empty search) means "all"."""

    conference_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    status: PlanStatus | None = None
    origin: Origin | None = None
    horizon: Horizon | None = None
    search: str = ""
    overdue_on: date | None = None  # only open plans whose due date is before this day

    def is_empty(self) -> bool:
        """True when every plan passes."""
        return replace(self, search="") == PlanFilter() and not search_terms(self.search)

    def with_changes(self, **changes: Any) -> PlanFilter:
        return replace(self, **changes)


def search_terms(query: str) -> list[str]:
    """The search box's text as folded terms; a plan must contain every term."""
    return list(dict.fromkeys(fold(query).split()))


def like_pattern(term: str) -> str:
    """`%term%` with the user's own % and _ (and the escape character) taken literally."""
    escaped = (term.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%")).replace(
        "_", LIKE_ESCAPE + "_"
    )
    return f"%{escaped}%"


def fts_phrase(term: str) -> str:
    """The term as one FTS5 phrase: taken literally, quotes doubled."""
    return '"' + term.replace('"', '""') + '"'


def term_condition(term: str, dialect: str) -> ColumnElement[bool]:
    """Plans whose titles or descriptions (any language) contain the folded term, or whose
    reference it is (`5-eco-04`, `eco-04`)."""
    text_match = text_condition(term, dialect)
    by_reference = reference_condition(term)
    return text_match if by_reference is None else or_(text_match, by_reference)


def text_condition(term: str, dialect: str) -> ColumnElement[bool]:
    """Plans whose titles or descriptions (any language) contain the folded term."""
    in_index = indexed_term_match(term) if dialect == "sqlite" else None
    if in_index is not None:
        return _plan_rowid.in_(in_index)
    search_column: Any = Plan.search_text
    return search_column.like(like_pattern(term), escape=LIKE_ESCAPE)  # type: ignore[no-any-return]


def reference_condition(term: str) -> ColumnElement[bool] | None:
    """The plan a folded term names by its reference (`5-eco-04`), or the plans of that team
    and number at every conference (`eco-04`); None when the term is not shaped like one.
    Answered from the plan's unique (conference, team, seq) index, not the texts."""
    match = REFERENCE_TERM.fullmatch(term)
    if match is None:
        return None
    number, code, seq = match.groups()
    team = select(col(Team.id)).where(col(Team.code) == code.upper())
    conditions = [col(Plan.team_id).in_(team), col(Plan.seq) == int(seq)]
    if number is not None:
        conference = select(col(Conference.id)).where(col(Conference.number) == int(number))
        conditions.append(col(Plan.conference_id).in_(conference))
    return and_(*conditions)


def indexed_term_match(term: str) -> Select[Any] | None:
    """Rowids of the plans whose texts contain the term, from the SQLite search index alone;
    None for a one-character term (the trigram index cannot answer it)."""
    if len(term) == 2:
        return two_character_match(term)
    if len(term) >= FTS_MIN_CHARACTERS:
        # A trigram phrase matches exactly the texts containing the term as a substring,
        # answered from the index alone (a LIKE on plan_search re-reads every candidate).
        return select(_plan_search.c.rowid).where(
            literal_column("plan_search").op("MATCH")(fts_phrase(term))
        )
    return None


def two_character_match(term: str) -> Select[Any]:
    """Rowids of the texts containing a two-character term: those matching any indexed
    trigram that starts with it (migration 0006 explains why that is exact). The trigrams
    come from a range lookup in the index's vocabulary, in the same statement."""
    trigrams = (
        select(
            func.group_concat(
                literal('"') + func.replace(_vocabulary.c.term, '"', '""') + literal('"'),
                " OR ",
            )
        )
        .where(_vocabulary.c.term >= term, _vocabulary.c.term < term + LAST_CHARACTER)
        .scalar_subquery()
    )
    nothing = fts_phrase(NO_SUCH_TRIGRAM)
    return select(_plan_search.c.rowid).where(
        literal_column("plan_search").op("MATCH")(func.coalesce(trigrams, nothing))
    )


def filter_conditions(plan_filter: PlanFilter, dialect: str) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    exact: list[tuple[Any, Any]] = [
        (Plan.conference_id, plan_filter.conference_id),
        (Plan.team_id, plan_filter.team_id),
        (Plan.status, plan_filter.status),
        (Plan.origin, plan_filter.origin),
        (Plan.horizon, plan_filter.horizon),
    ]
    conditions.extend(attribute == value for attribute, value in exact if value is not None)
    conditions.extend(term_condition(term, dialect) for term in search_terms(plan_filter.search))
    if plan_filter.overdue_on is not None:
        conditions.extend(overdue_conditions(plan_filter.overdue_on))
    return conditions


def overdue_conditions(on: date) -> list[ColumnElement[bool]]:
    """Plans still open (agreed, in progress, on hold) whose due date has passed by `on`, and
    not carried over: a plan continued at a later conference lives on in its successor."""
    from secretariat.indicators import OPEN_STATUSES

    successor = aliased(Plan)
    continued = exists().where(col(successor.continues_plan_id) == col(Plan.id))
    return [col(Plan.status).in_(OPEN_STATUSES), col(Plan.due_date) < on, ~continued]


def plan_ids_query(plan_filter: PlanFilter, dialect: str, key: Any = None) -> Select[Any]:
    """The ids of the plans the filter shows, joined to conference and team so a caller can
    order by conference number, team code or anything of the plan. `key` replaces the id
    column (the app selects it as stored, sparing 100,000 UUID conversions)."""
    return (
        select(col(Plan.id) if key is None else key)
        .select_from(Plan)
        .join(Conference, col(Plan.conference_id) == col(Conference.id))
        .join(Team, col(Plan.team_id) == col(Team.id))
        .where(*filter_conditions(plan_filter, dialect))
    )


REFERENCE_ORDER: tuple[Any, ...] = (
    Conference.number,
    Team.sort_order,
    Team.code,
    Plan.seq,
    Plan.id,
)
"""How plans are listed by default: by conference, the teams in the committee's order, then
number (3-ECO-07); ids last for a stable order."""


def search_only_rowids(
    plan_filter: PlanFilter, dialect: str
) -> Select[Any] | CompoundSelect[Any] | None:
    """The rowids of the plans a search-only filter shows, answered by the SQLite search
    index without reading a single plan row; None when the filter needs the plan table
    (another condition, a one-character term, no search at all, not SQLite).

    Looking 14,000 matches up in the plan table to order them cost ten times the search
    itself at 100,000 plans; with a `ReferenceOrder` the caller orders them in memory."""
    terms = search_terms(plan_filter.search)
    if dialect != "sqlite" or not terms or replace(plan_filter, search="") != PlanFilter():
        return None
    matches = [term_rowids(term) for term in terms]
    if any(match is None for match in matches):
        return None
    if len(matches) == 1:
        return matches[0]
    # SQLite takes no parenthesised compound inside a compound: a union goes in a subquery.
    first, *others = [_plain_select(match) for match in matches if match is not None]
    return first.intersect(*others)


def term_rowids(term: str) -> Select[Any] | CompoundSelect[Any] | None:
    """The rowids of the plans one folded term finds (term_condition), from the SQLite
    search index and, for a reference-shaped term, the plan's reference index."""
    text_match = indexed_term_match(term)
    by_reference = reference_condition(term)
    if text_match is None or by_reference is None:
        return text_match
    return union(text_match, select(_plan_rowid).select_from(Plan).where(by_reference))


def _plain_select(query: Select[Any] | CompoundSelect[Any]) -> Select[Any]:
    if isinstance(query, Select):
        return query
    rowids = query.subquery()
    return select(*rowids.c)


@dataclass(frozen=True)
class ReferenceOrder:
    """Every plan's key in the reference order (REFERENCE_ORDER), and each SQLite rowid's
    position in it: what orders the search index's answers without the plan table.

    The keys are a tuple: Python's cycle collector stops walking a tuple of plain values
    after its first look, but walks a list of 100,000 keys in every full collection (a
    desktop app's window stalls for those milliseconds)."""

    keys: tuple[Any, ...]
    position: dict[int, int]

    def ordered(self, rowids: Sequence[int]) -> list[Any] | None:
        """The keys of these plans in reference order; None when one is not known here
        (added since this order was read: read it again)."""
        try:
            positions = sorted(self.position[rowid] for rowid in rowids)
        except KeyError:
            return None
        return [self.keys[position] for position in positions]


def read_reference_order(session: Session, key: Any = None) -> ReferenceOrder:
    """Every plan in reference order, with its SQLite rowid (`key` as in plan_ids_query)."""
    query = (
        plan_ids_query(PlanFilter(), "sqlite", key)
        .add_columns(literal_column("plan.rowid"))
        .order_by(*REFERENCE_ORDER)
    )
    keys: list[Any] = []
    position: dict[int, int] = {}
    for index, (plan_key, rowid) in enumerate(session.connection().execute(query)):
        keys.append(plan_key)
        position[rowid] = index
    return ReferenceOrder(tuple(keys), position)


def enum_order(attribute: Any, enum_type: type[PlanStatus | Origin | Horizon]) -> Any:
    """Sort an enum column in the vocabulary's order (agreed before in_progress...)."""
    return case({member.value: rank for rank, member in enumerate(enum_type)}, value=attribute)


def plan_rows_query(
    ids: Sequence[Any], languages: Sequence[str] = LANGUAGES, key: Any = None
) -> Select[Any]:
    """What a list shows of each plan (few, short columns), for a block of ids. Conference
    and team come from correlated lookups, so the plan is always found by its primary key
    whatever the planner's statistics say."""
    number = select(col(Conference.number)).where(col(Conference.id) == col(Plan.conference_id))
    held_or_planned = func.coalesce(col(Conference.held_date), col(Conference.planned_date))
    held = select(held_or_planned).where(col(Conference.id) == col(Plan.conference_id))
    code = select(col(Team.code)).where(col(Team.id) == col(Plan.team_id))
    texts: list[Any] = [getattr(Plan, column("title", language)) for language in languages]
    columns: list[Any] = [
        (col(Plan.id) if key is None else key).label("id"),
        col(Plan.seq),
        number.scalar_subquery().label("conference_number"),
        held.scalar_subquery().label("conference_date"),
        code.scalar_subquery().label("team_code"),
        col(Plan.team_id),
        *texts,
        col(Plan.origin),
        col(Plan.horizon),
        col(Plan.status),
        col(Plan.progress),
        col(Plan.status_changed_on),
        col(Plan.due_date),
    ]
    return select(*columns).where(col(Plan.id).in_(list(ids)))


def reference(conference_number: int, team_code: str, seq: int) -> str:
    """The reference people use for a plan (as plans.plan_ref, from plain values)."""
    return f"{conference_number}-{team_code}-{seq:02d}"


def count_plans(db: Database, plan_filter: PlanFilter | None = None) -> int:
    """How many plans the filter lets through (every plan, counted from an index, when
    there is no filter)."""
    with db.read() as session:
        if plan_filter is None or plan_filter.is_empty():
            return int(session.scalar(select(func.count()).select_from(Plan)) or 0)
        query = plan_ids_query(plan_filter, db.dialect)
        return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def find_plan_ids(
    db: Database, plan_filter: PlanFilter, order: Sequence[Any] = REFERENCE_ORDER
) -> list[uuid.UUID]:
    """The ids the filter shows, in order (what the Plans page's list holds)."""
    with db.read() as session:
        return list(session.scalars(plan_ids_query(plan_filter, db.dialect).order_by(*order)))


def teams_at(db: Database, conference_id: uuid.UUID) -> list[Team]:
    """The teams a plan of this conference may belong to (those existing at it)."""
    with db.read() as session:
        conference = session.get(Conference, conference_id)
        if conference is None:
            return []
        every_team = session.scalars(select(Team).order_by(Team.sort_order, Team.code))  # type: ignore[arg-type]
        return [team for team in every_team if exists_at(session, team, conference)]


@dataclass(frozen=True)
class HistoryEntry:
    """One status change as a timeline shows it."""

    change_id: uuid.UUID
    changed_on: date
    from_status: PlanStatus | None
    to_status: PlanStatus
    note: str
    meeting_id: uuid.UUID | None
    meeting_held_on: date | None
    meeting_kind: MeetingKind | None
    author: str = ""  # who recorded it ("" before authors were kept)


def history_entries(db: Database, plan_id: uuid.UUID) -> list[HistoryEntry]:
    """The plan's status changes, newest first, with the meeting each was decided at."""
    query = (
        select(PlanStatusChange, col(Meeting.held_on), col(Meeting.kind))
        .outerjoin(Meeting, col(PlanStatusChange.meeting_id) == col(Meeting.id))
        .where(col(PlanStatusChange.plan_id) == plan_id)
        .order_by(col(PlanStatusChange.changed_on).desc(), col(PlanStatusChange.created_at).desc())
    )
    with db.read() as session:
        return [
            HistoryEntry(
                change_id=change.id,
                changed_on=change.changed_on,
                from_status=change.from_status,
                to_status=change.to_status,
                note=change.note,
                meeting_id=change.meeting_id,
                meeting_held_on=held_on,
                meeting_kind=kind,
                author=change.author or "",
            )
            for change, held_on, kind in session.execute(query).all()
        ]


@dataclass(frozen=True)
class LineageEntry:
    """One plan of a lineage: the plans a plan continues, itself, and those continuing it."""

    plan_id: uuid.UUID
    ref: str
    title: str
    status: PlanStatus
    is_current: bool


def lineage_entries(
    db: Database, plan_id: uuid.UUID, languages: Sequence[str]
) -> list[LineageEntry]:
    """The whole chain through a plan, oldest first (empty when the plan stands alone)."""
    with db.read() as session:
        current: Plan = records.get(session, PLAN, plan_id)
        chain = [current]
        while chain[0].continues_plan_id is not None:
            earlier = session.get(Plan, chain[0].continues_plan_id)
            if earlier is None or earlier in chain:
                break
            chain.insert(0, earlier)
        while (later := _successor(session, chain[-1])) is not None and later not in chain:
            chain.append(later)
        if len(chain) == 1:
            return []
        return [
            LineageEntry(
                plan_id=plan.id,
                ref=plan_ref(session, plan),
                title=display_text(plan, "title", languages),
                status=plan.status,
                is_current=plan.id == current.id,
            )
            for plan in chain
        ]


def _successor(session: Session, plan: Plan) -> Plan | None:
    """The plan continuing this one (carried over once into the next conference)."""
    query = (
        select(Plan)
        .join(Conference, col(Plan.conference_id) == col(Conference.id))
        .where(col(Plan.continues_plan_id) == plan.id)
        .order_by(col(Conference.number))
        .limit(1)
    )
    return session.scalars(query).first()
