"""Conferences: the plenary sessions, their dates, postponements and order."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func
from sqlalchemy import select as sql_select
from sqlmodel import Session, col, select

from secretariat.db import Database
from secretariat.errors import NotFoundError, ValidationError
from secretariat.messages import expected
from secretariat.models import (
    LANGUAGES,
    Conference,
    ConferencePostponement,
    ConferenceStatus,
    Plan,
    PlanStatus,
)
from secretariat.services import records
from secretariat.services.committee import working_languages_in
from secretariat.services.conference_dates import conference_date as conference_date
from secretariat.services.conference_dates import follow_conference_date
from secretariat.services.validation import as_date, as_uuid, require_some_language
from secretariat.text import clean, column


def _check_conference(session: Session, conference: Conference) -> None:
    if conference.number < 1:
        raise ValidationError("number", conference.number, expected("conference_number"))
    clash = session.scalars(
        select(Conference.id).where(
            Conference.number == conference.number, Conference.id != conference.id
        )
    ).first()
    if clash is not None:
        raise ValidationError("number", conference.number, expected("free_conference_number"))
    if conference.status == ConferenceStatus.held and conference.held_date is None:
        raise ValidationError("held_date", None, expected("held_date"))
    if conference.status == ConferenceStatus.postponed:
        require_some_language(conference, "postponement_reason", working_languages_in(session))


CONFERENCE = records.RecordSpec(Conference, "conference", check=_check_conference)


def _check_postponement(session: Session, postponement: ConferencePostponement) -> None:
    if session.get(Conference, postponement.conference_id) is None:
        raise ValidationError(
            "conference_id", postponement.conference_id, expected("existing_conference")
        )
    if postponement.new_date is not None and postponement.new_date < postponement.previous_date:
        raise ValidationError(
            "new_date",
            postponement.new_date,
            expected("date_after", date=postponement.previous_date),
        )


# A postponement as a record of its own (a workbook's Postponements sheet): history as it
# was, without moving the conference's dates (add_postponement does that).
POSTPONEMENT = records.RecordSpec(ConferencePostponement, "postponement", check=_check_postponement)


def list_conferences(db: Database) -> list[Conference]:
    return records.list_records(db, Conference, Conference.number)


def by_number(session: Session, number: int) -> Conference:
    conference = session.scalars(select(Conference).where(Conference.number == number)).first()
    if conference is None:
        raise NotFoundError("conference", number)
    return conference


def get_by_number(db: Database, number: int) -> Conference:
    with db.read() as session:
        return by_number(session, number)


def next_conference(session: Session, conference: Conference) -> Conference | None:
    """The next conference that is not cancelled."""
    return session.scalars(
        select(Conference)
        .where(
            Conference.number > conference.number,
            Conference.status != ConferenceStatus.cancelled,
        )
        .order_by(col(Conference.number))
        .limit(1)
    ).first()


def previous_conference(session: Session, conference: Conference) -> Conference | None:
    """The previous conference that is not cancelled."""
    return session.scalars(
        select(Conference)
        .where(
            Conference.number < conference.number,
            Conference.status != ConferenceStatus.cancelled,
        )
        .order_by(col(Conference.number).desc())
        .limit(1)
    ).first()


def create_conference(db: Database, fields: Mapping[str, Any]) -> Conference:
    return records.create(db, CONFERENCE, fields)


def update_conference(
    db: Database, conference_id: uuid.UUID, changes: Mapping[str, Any]
) -> tuple[Conference, dict[str, Any]]:
    """Change a conference; its plans' first history entries follow a new date."""
    with db.write() as session:
        before = conference_date(records.get(session, CONFERENCE, conference_id))
        conference, old_values = records.change_record(session, CONFERENCE, conference_id, changes)
        follow_conference_date(session, conference, before)
        return conference, old_values


def add_postponement(
    session: Session,
    conference: Conference,
    *,
    new_date: Any,
    reasons: Mapping[str, str],
    decided_on: Any = None,
) -> ConferencePostponement:
    """Inside an open transaction: move the conference, keeping the old date and the reason."""
    if conference.status in (ConferenceStatus.held, ConferenceStatus.cancelled):
        raise ValidationError("status", conference.status.value, expected("planned_or_postponed"))
    moved_to = as_date("new_date", new_date, required=False)
    if moved_to is not None and moved_to <= conference.planned_date:
        raise ValidationError(
            "new_date", moved_to, expected("date_after", date=conference.planned_date)
        )
    # Keyed by column name, known only at run time: typed as any column's value.
    reason_columns: dict[str, Any] = {
        column("reason", lang): clean(text) for lang, text in reasons.items()
    }
    postponement = ConferencePostponement(
        conference_id=conference.id,
        decided_on=as_date("decided_on", decided_on, required=False) or date.today(),
        previous_date=conference.planned_date,
        new_date=moved_to,
        **reason_columns,
    )
    require_some_language(postponement, "reason", working_languages_in(session))
    before = conference_date(conference)
    conference.status = ConferenceStatus.postponed
    if moved_to is not None:
        conference.planned_date = moved_to
    follow_conference_date(session, conference, before)
    for language, text in reasons.items():
        setattr(conference, column("postponement_reason", language), clean(text))
    session.add(postponement)
    session.flush()
    return postponement


def postpone(
    db: Database,
    conference_id: uuid.UUID,
    *,
    new_date: Any,
    reasons: Mapping[str, str],
    decided_on: Any = None,
) -> ConferencePostponement:
    """Postpone a planned conference to a later date (or to a date not yet known)."""
    with db.write() as session:
        conference = records.get(session, CONFERENCE, conference_id)
        return add_postponement(
            session, conference, new_date=new_date, reasons=reasons, decided_on=decided_on
        )


def postponements(db: Database, conference_id: uuid.UUID) -> list[ConferencePostponement]:
    with db.read() as session:
        return list(
            session.scalars(
                select(ConferencePostponement)
                .where(ConferencePostponement.conference_id == conference_id)
                .order_by(col(ConferencePostponement.decided_on))
            ).all()
        )


# -- plan counts, and undo of deleting a conference or postponing one -----------------------


@dataclass(frozen=True)
class PlanCounts:
    """How many plans a conference agreed, in total and by their status now."""

    total: int
    by_status: dict[PlanStatus, int]


def plan_counts_query(conference_ids: Iterable[uuid.UUID] | None = None) -> Select[Any]:
    """One row per conference that has plans: `conference_id`, `plans` (the total) and one
    column per status value, counted with GROUP BY (no plan is loaded)."""
    per_status = [
        func.coalesce(func.sum(case((col(Plan.status) == status, 1), else_=0)), 0).label(
            status.value
        )
        for status in PlanStatus
    ]
    query = sql_select(
        col(Plan.conference_id).label("conference_id"),
        func.count().label("plans"),
        *per_status,
    ).group_by(col(Plan.conference_id))
    if conference_ids is not None:
        query = query.where(col(Plan.conference_id).in_(list(conference_ids)))
    return query


def plan_counts(db: Database) -> dict[uuid.UUID, PlanCounts]:
    """Plan counts of every conference that has plans."""
    with db.read() as session:
        return {
            row["conference_id"]: PlanCounts(
                total=int(row["plans"]),
                by_status={status: int(row[status.value]) for status in PlanStatus},
            )
            for row in session.execute(plan_counts_query()).mappings()
        }


def delete_conference(db: Database, conference_id: Any) -> dict[str, Any]:
    """Delete a conference nothing refers to; the snapshot holds its postponements too, so
    `restore_conference` can put everything back."""
    with db.write() as session:
        conference = records.get(session, CONFERENCE, conference_id)
        history = session.scalars(
            select(ConferencePostponement).where(
                ConferencePostponement.conference_id == conference.id
            )
        ).all()
        kept = [records.snapshot(entry) for entry in history]
    values = records.delete(db, CONFERENCE, conference_id)
    values["postponements"] = kept
    return values


def restore_conference(db: Database, values: Mapping[str, Any]) -> Conference:
    """Undo of `delete_conference`: the conference and its postponements with their ids."""
    with db.write() as session:
        fields = dict(values)
        history = fields.pop("postponements", [])
        conference = Conference(**fields)
        session.add(conference)
        session.flush()
        for entry in history:
            session.add(ConferencePostponement(**entry))
        session.flush()
        return conference


def _history_of(session: Session, conference_id: uuid.UUID) -> list[ConferencePostponement]:
    """A conference's postponements in the order they were recorded."""
    query = (
        select(ConferencePostponement)
        .where(ConferencePostponement.conference_id == conference_id)
        .order_by(col(ConferencePostponement.created_at), col(ConferencePostponement.id))
    )
    return list(session.scalars(query).all())


def _set_reasons(conference: Conference, source: Any | None) -> None:
    for language in LANGUAGES:
        reason = getattr(source, column("reason", language)) if source is not None else ""
        setattr(conference, column("postponement_reason", language), reason)


def revert_postponement(
    db: Database,
    postponement_id: Any,
    *,
    conference_values: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Undo of `postpone`: remove the conference's latest postponement and move it back.

    `conference_values` (status, planned_date, reasons as they were before postponing) are
    put back when given; otherwise they follow from the history: the previous date, and the
    earlier postponement's status and reason if there was one. Returns the removed row."""
    key = as_uuid("postponement_id", postponement_id)
    with db.write() as session:
        postponement = session.get(ConferencePostponement, key)
        if postponement is None:
            raise NotFoundError("postponement", postponement_id)
        conference = records.get(session, CONFERENCE, postponement.conference_id)
        history = _history_of(session, conference.id)
        if history[-1].id != postponement.id:
            raise ValidationError(
                "postponement", postponement.decided_on, expected("latest_postponement")
            )
        earlier = history[-2] if len(history) > 1 else None
        before = conference_date(conference)
        conference.planned_date = postponement.previous_date
        conference.status = ConferenceStatus.postponed if earlier else ConferenceStatus.planned
        _set_reasons(conference, earlier)
        if conference_values:
            for name, value in records.clean_fields(CONFERENCE, conference_values).items():
                setattr(conference, name, value)
        follow_conference_date(session, conference, before)
        values = records.snapshot(postponement)
        session.delete(postponement)
        session.flush()
        return values


def restore_postponement(db: Database, values: Mapping[str, Any]) -> ConferencePostponement:
    """Redo of `postpone` after `revert_postponement`: the same row back, the conference
    moved again. Refused when the conference's date has changed meanwhile."""
    with db.write() as session:
        postponement = ConferencePostponement(**dict(values))
        conference = records.get(session, CONFERENCE, postponement.conference_id)
        if conference.planned_date != postponement.previous_date:
            raise ValidationError(
                "planned_date",
                conference.planned_date,
                expected("date_before_postponement", date=postponement.previous_date),
            )
        before = conference_date(conference)
        conference.status = ConferenceStatus.postponed
        if postponement.new_date is not None:
            conference.planned_date = postponement.new_date
        follow_conference_date(session, conference, before)
        _set_reasons(conference, postponement)
        session.add(postponement)
        session.flush()
        return postponement
