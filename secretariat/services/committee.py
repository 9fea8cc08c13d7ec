"""The committee profile: names, the two sides, the two working languages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, select

from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.messages import expected
from secretariat.models import LANGUAGES, CommitteeProfile
from secretariat.services import records
from secretariat.services.validation import require_some_language

DEFAULT_LANGUAGES: tuple[str, str] = ("ko", "zh")


def _check_profile(_session: Session, profile: CommitteeProfile) -> None:
    for name in ("language_a", "language_b"):
        if getattr(profile, name) not in LANGUAGES:
            raise ValidationError(
                name, getattr(profile, name), expected("one_of", choices=LANGUAGES)
            )
    if profile.language_a == profile.language_b:
        raise ValidationError("language_b", profile.language_b, expected("other_language"))
    languages = (profile.language_a, profile.language_b, "en")
    for field in ("name", "side_a_name", "side_b_name"):
        require_some_language(profile, field, languages)


PROFILE = records.RecordSpec(CommitteeProfile, "committee profile", check=_check_profile)


def profile_in(session: Session) -> CommitteeProfile | None:
    return session.scalars(select(CommitteeProfile).limit(1)).first()


def get_profile(db: Database) -> CommitteeProfile | None:
    with db.read() as session:
        return profile_in(session)


# Work that checks many records in one session (an import's comparison) may pin the working
# languages here for its duration, so the rules need not read the profile once per record.
PINNED_LANGUAGES = "secretariat.working_languages"


def working_languages_in(session: Session) -> tuple[str, str]:
    pinned: tuple[str, str] | None = session.info.get(PINNED_LANGUAGES)
    if pinned is not None:
        return pinned
    profile = profile_in(session)
    if profile is None:
        return DEFAULT_LANGUAGES
    return (profile.language_a, profile.language_b)


def working_languages(db: Database) -> tuple[str, str]:
    with db.read() as session:
        return working_languages_in(session)


def save_profile(db: Database, fields: Mapping[str, Any]) -> CommitteeProfile:
    """Create the profile, or update the one there is (a database holds one committee)."""
    with db.write() as session:
        existing = profile_in(session)
        if existing is None:
            return records.add_record(session, PROFILE, fields)
        profile, _previous = records.change_record(session, PROFILE, existing.id, fields)
        return profile
