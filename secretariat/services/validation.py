"""Checks shared by the services: each turns a raw value into a clean one or raises a
ValidationError naming the field, the value and what was expected."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any, Literal, TypeVar, overload

from secretariat.errors import ValidationError
from secretariat.models import LANGUAGES
from secretariat.text import clean, column
from secretariat.text_rules import check_text, excerpt

E = TypeVar("E", bound=enum.Enum)


def as_enum(field: str, value: Any, enum_type: type[E]) -> E:
    if isinstance(value, enum_type):
        return value
    try:
        return enum_type(str(value).strip())
    except ValueError:
        choices = ", ".join(member.value for member in enum_type)
        raise ValidationError(field, value, f"one of {choices}") from None


@overload
def as_date(field: str, value: Any, *, required: Literal[True] = True) -> date: ...
@overload
def as_date(field: str, value: Any, *, required: bool) -> date | None: ...


def as_date(field: str, value: Any, *, required: bool = True) -> date | None:
    """A real calendar date from a date, a datetime or an ISO `YYYY-MM-DD` string."""
    if value is None or value == "":
        if required:
            raise ValidationError(field, value, "a date (YYYY-MM-DD)")
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(field, value, "a real date written YYYY-MM-DD")


def as_int(
    field: str, value: Any, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    expected = "a whole number"
    if minimum is not None and maximum is not None:
        expected = f"a whole number from {minimum} to {maximum}"
    elif minimum is not None:
        expected = f"a whole number of at least {minimum}"
    if isinstance(value, bool):
        raise ValidationError(field, value, expected)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value.strip())
    if not isinstance(value, int):
        raise ValidationError(field, value, expected)
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise ValidationError(field, value, expected)
    return value


@overload
def as_uuid(field: str, value: Any, *, required: Literal[True] = True) -> uuid.UUID: ...
@overload
def as_uuid(field: str, value: Any, *, required: bool) -> uuid.UUID | None: ...


def as_uuid(field: str, value: Any, *, required: bool = True) -> uuid.UUID | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, value, "a record id")
        return None
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        raise ValidationError(field, value, "a record id (UUID)") from None


def as_text(field: str, value: Any, *, max_length: int | None = None) -> str:
    """Text as stored: trimmed, within its field's limits (text_rules.py)."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, value, "text")
    text = clean(value)
    if max_length is not None and len(text) > max_length:
        raise ValidationError(field, excerpt(text), f"at most {max_length} characters")
    return check_text(field, text)


def as_language(field: str, value: Any) -> str:
    text = as_text(field, value)
    if text not in LANGUAGES:
        raise ValidationError(field, value, f"one of {', '.join(LANGUAGES)}")
    return text


def require_some_language(record: Any, field: str, languages: tuple[str, ...]) -> None:
    """Required text must be present in at least one of the working languages."""
    if any(clean(getattr(record, column(field, language), "")) for language in languages):
        return
    names = " or ".join(column(field, language) for language in languages)
    raise ValidationError(field, "", f"text in at least one working language ({names})")


def reject_unknown(fields: dict[str, Any], allowed: set[str], kind: str) -> None:
    for name in fields:
        if name not in allowed:
            raise ValidationError(name, fields[name], f"a field of a {kind}")
