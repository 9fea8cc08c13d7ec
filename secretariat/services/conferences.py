"""Conferences: the plenary sessions, their dates, postponements and order."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlmodel import Session, select

from secretariat.db import Database
from secretariat.errors import NotFoundError, ValidationError
from secretariat.models import Conference, ConferencePostponement, ConferenceStatus
from secretariat.services import records
from secretariat.services.committee import working_languages_in
from secretariat.services.validation import as_date, require_some_language
from secretariat.text import clean, column


def _check_conference(session: Session, conference: Conference) -> None:
    if conference.number < 1:
        raise ValidationError("number", conference.number, "a conference number of 1 or more")
    clash = session.scalars(
        select(Conference.id).where(
            Conference.number == conference.number, Conference.id != conference.id
        )
    ).first()
    if clash is not None:
        raise ValidationError("number", conference.number, "a number no other conference has")
    if conference.status == ConferenceStatus.held and conference.held_date is None:
        raise ValidationError("held_date", None, "the date a held conference took place")
    if conference.status == ConferenceStatus.postponed:
        require_some_language(conference, "postponement_reason", working_languages_in(session))


CONFERENCE = records.RecordSpec(Conference, "conference", check=_check_conference)


def conference_date(conference: Conference) -> date:
    """When the conference took place, or is planned to."""
    return conference.held_date or conference.planned_date


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
        .order_by(Conference.number)
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
        .order_by(Conference.number.desc())  # type: ignore[attr-defined]
        .limit(1)
    ).first()


def create_conference(db: Database, fields: Mapping[str, Any]) -> Conference:
    return records.create(db, CONFERENCE, fields)  # type: ignore[no-any-return]


def update_conference(
    db: Database, conference_id: uuid.UUID, changes: Mapping[str, Any]
) -> tuple[Conference, dict[str, Any]]:
    return records.update(db, CONFERENCE, conference_id, changes)


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
        raise ValidationError(
            "status", conference.status.value, "a planned or postponed conference"
        )
    moved_to = as_date("new_date", new_date, required=False)
    if moved_to is not None and moved_to <= conference.planned_date:
        raise ValidationError("new_date", moved_to, f"a date after {conference.planned_date}")
    postponement = ConferencePostponement(
        conference_id=conference.id,
        decided_on=as_date("decided_on", decided_on, required=False) or date.today(),
        previous_date=conference.planned_date,
        new_date=moved_to,
        **{column("reason", lang): clean(text) for lang, text in reasons.items()},
    )
    require_some_language(postponement, "reason", working_languages_in(session))
    conference.status = ConferenceStatus.postponed
    if moved_to is not None:
        conference.planned_date = moved_to
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
                .order_by(ConferencePostponement.decided_on)  # type: ignore[arg-type]
            ).all()
        )
