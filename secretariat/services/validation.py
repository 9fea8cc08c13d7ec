"""Checks shared by the services: each turns a raw value into a clean one or raises a
ValidationError naming the field, the value and what was expected."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Set as AbstractSet
from datetime import date, datetime
from typing import Any, Literal, TypeVar, overload

from secretariat.errors import ValidationError
from secretariat.messages import FieldName, expected
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
        raise ValidationError(
            field, value, expected("one_of", choices=tuple(member.value for member in enum_type))
        ) from None


@overload
def as_date(field: str, value: Any, *, required: Literal[True] = True) -> date: ...
@overload
def as_date(field: str, value: Any, *, required: bool) -> date | None: ...


def as_date(field: str, value: Any, *, required: bool = True) -> date | None:
    """A real calendar date from a date, a datetime or an ISO `YYYY-MM-DD` string."""
    if value is None or value == "":
        if required:
            raise ValidationError(field, value, expected("date"))
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
    raise ValidationError(field, value, expected("real_date"))


def as_int(
    field: str, value: Any, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    wanted = expected("whole_number")
    if minimum is not None and maximum is not None:
        wanted = expected("whole_number_between", minimum=minimum, maximum=maximum)
    elif minimum is not None:
        wanted = expected("whole_number_at_least", minimum=minimum)
    if isinstance(value, bool):
        raise ValidationError(field, value, wanted)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value.strip())
    if not isinstance(value, int):
        raise ValidationError(field, value, wanted)
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise ValidationError(field, value, wanted)
    return value


@overload
def as_uuid(field: str, value: Any, *, required: Literal[True] = True) -> uuid.UUID: ...
@overload
def as_uuid(field: str, value: Any, *, required: bool) -> uuid.UUID | None: ...


def as_uuid(field: str, value: Any, *, required: bool = True) -> uuid.UUID | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, value, expected("record_id"))
        return None
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        raise ValidationError(field, value, expected("record_uuid")) from None


def as_text(field: str, value: Any, *, max_length: int | None = None) -> str:
    """Text as stored: trimmed, within its field's limits (text_rules.py)."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, value, expected("text"))
    text = clean(value)
    if max_length is not None and len(text) > max_length:
        raise ValidationError(
            field,
            excerpt(text),
            expected("at_most_characters", limit=max_length, length=len(text)),
        )
    return check_text(field, text)


def as_language(field: str, value: Any) -> str:
    text = as_text(field, value)
    if text not in LANGUAGES:
        raise ValidationError(field, value, expected("one_of", choices=LANGUAGES))
    return text


def require_some_language(record: Any, field: str, languages: tuple[str, ...]) -> None:
    """Required text must be present in at least one of the working languages."""
    if any(clean(getattr(record, column(field, language), "")) for language in languages):
        return
    names = tuple(FieldName(column(field, language)) for language in languages)
    raise ValidationError(field, "", expected("some_language", fields=names))


def reject_unknown(fields: dict[str, Any], allowed: AbstractSet[str], kind: str) -> None:
    for name in fields:
        if name not in allowed:
            raise ValidationError(name, fields[name], expected("a_field_of", kind=FieldName(kind)))
