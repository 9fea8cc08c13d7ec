"""The Plans page's list at 100,000 plans: the ordered ids of a filter (with the rows of the
first screen, in the same session), the rows of a block of ids, and every plan's reference
order, which orders the search index's answers in memory.

The filter and the search are plan_query's. On SQLite the ids are held as stored (32 hex
digits, see record_lists.stored_key): converting 100,000 of them to UUID objects would cost
more than the query itself. Sort keys are the list's column names; `title_0` and `title_1`
are the titles in the first and second of the languages the caller names.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col

from secretariat.db import Database
from secretariat.models import Conference, Horizon, Origin, Plan, PlanStatus, Team
from secretariat.services import plan_query
from secretariat.services.plan_query import PlanFilter, ReferenceOrder
from secretariat.services.record_lists import ListSort, Row, key_of, key_to_id, read_rows
from secretariat.services.record_lists import stored_key as _stored_key
from secretariat.text import column

Languages = Sequence[str]


def _fixed(*expressions: Any) -> Callable[[Languages], tuple[Any, ...]]:
    return lambda _languages: expressions


def _title(position: int) -> Callable[[Languages], tuple[Any, ...]]:
    return lambda languages: (getattr(Plan, column("title", languages[position])),)


PLAN_SORTS: dict[str, Callable[[Languages], tuple[Any, ...]]] = {
    "ref": _fixed(*plan_query.REFERENCE_ORDER[:4]),
    "conference": _fixed(col(Conference.number)),
    "team": _fixed(col(Team.sort_order), col(Team.code)),
    "title_0": _title(0),
    "title_1": _title(1),
    "origin": _fixed(plan_query.enum_order(col(Plan.origin), Origin)),
    "horizon": _fixed(plan_query.enum_order(col(Plan.horizon), Horizon)),
    "status": _fixed(plan_query.enum_order(col(Plan.status), PlanStatus)),
    "progress": _fixed(col(Plan.progress)),
    "last_change": _fixed(col(Plan.status_changed_on)),
    "due_date": _fixed(col(Plan.due_date)),
}
"""What each sortable column orders by, before the reference order."""


def key_column(dialect: str) -> Any:
    """The plan id as the list holds it."""
    return _stored_key(col(Plan.id), dialect)


def plan_key(dialect: str, plan_id: uuid.UUID) -> Any:
    """The key the list holds for a plan id."""
    return key_of(dialect, plan_id)


def plan_id(key: Any) -> uuid.UUID:
    """The plan id of a key the list holds."""
    return key_to_id(key)


def id_order(sort: ListSort, languages: Languages) -> list[Any]:
    """ORDER BY of the ids: the sort's column (when it has one), then the reference order."""
    ordering: list[Any] = list(plan_query.REFERENCE_ORDER)
    if sort.key is not None:
        expressions = PLAN_SORTS[sort.key](languages)
        ordering[:0] = [e.desc() if sort.descending else e.asc() for e in expressions]
    return ordering


def _ordered_ids_query(
    plan_filter: PlanFilter, dialect: str, sort: ListSort, languages: Languages
) -> Any:
    query = plan_query.plan_ids_query(plan_filter, dialect, key_column(dialect))
    return query.order_by(None).order_by(*id_order(sort, languages))


def plan_ids(
    db: Database, plan_filter: PlanFilter, sort: ListSort, languages: Languages
) -> tuple[Any, ...]:
    """The keys of the plans the filter shows, in the sort's order (read at once)."""
    query = _ordered_ids_query(plan_filter, db.dialect, sort, languages)
    with db.read() as session:
        return tuple(session.scalars(query))


def _rows_query(keys: Sequence[Any], languages: Languages, dialect: str) -> Any:
    plan_ids_ = [plan_id(key) for key in keys]
    return plan_query.plan_rows_query(plan_ids_, languages, key_column(dialect))


def plan_rows(db: Database, keys: Sequence[Any], languages: Languages) -> list[Row]:
    """What the list shows of the plans with these keys, in this order."""
    query = _rows_query(keys, languages, db.dialect)
    with db.read() as session:
        return read_rows(session.connection(), query, keys)


def read_reference_order(db: Database) -> ReferenceOrder:
    """Every plan in reference order, with its SQLite rowid (keys as the list holds them)."""
    with db.read() as session:
        return plan_query.read_reference_order(session, key_column(db.dialect))


@dataclass(frozen=True)
class PlanIdsRequest:
    """What a list asks for when its filter or sort changes. `reference` is the reference
    order it knows (from an earlier read), `first_rows` how many rows to read with the ids."""

    plan_filter: PlanFilter
    sort: ListSort
    languages: tuple[str, str]
    reference: ReferenceOrder | None = None
    first_rows: int = 0


@dataclass(frozen=True)
class PlanIds:
    """The ordered keys, the reference order read (or used) on the way, the first rows."""

    ids: Sequence[Any]
    reference: ReferenceOrder | None = None
    first_rows: list[Row] = field(default_factory=list)


def read_plan_ids(db: Database, request: PlanIdsRequest) -> PlanIds:
    """The ids for a filter and sort, in one session (safe to call off the GUI thread).

    Every plan in the reference order is that order itself (read once, then kept by the
    caller until an edit); a search the index answers alone is ordered in memory with it."""
    dialect = db.dialect
    plan_filter = request.plan_filter
    in_reference_order = dialect == "sqlite" and request.sort.key is None
    unfiltered = plan_filter.is_empty()
    searched = plan_query.search_only_rowids(plan_filter, dialect)
    with db.read() as session:
        if in_reference_order and (unfiltered or searched is not None):
            read = _in_reference_order(session, request.reference, unfiltered, searched)
        else:
            query = _ordered_ids_query(plan_filter, dialect, request.sort, request.languages)
            read = PlanIds(list(session.scalars(query)))
        if request.first_rows:  # the rows shown first, read here too
            wanted = list(read.ids[: request.first_rows])
            query = _rows_query(wanted, request.languages, dialect)
            read.first_rows.extend(read_rows(session.connection(), query, wanted))
        return read


def _in_reference_order(
    session: Session, reference: ReferenceOrder | None, unfiltered: bool, searched: Any
) -> PlanIds:
    key = key_column("sqlite")
    known = reference or plan_query.read_reference_order(session, key)
    ids: Sequence[Any] | None = known.keys if unfiltered else None
    if searched is not None:
        rowids = session.connection().execute(searched).scalars().all()
        ids = known.ordered(rowids)
        if ids is None:  # plans added since the order was read
            known = plan_query.read_reference_order(session, key)
            ids = known.ordered(rowids) or []
    return PlanIds(ids or (), known)
