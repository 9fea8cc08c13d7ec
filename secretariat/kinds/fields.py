"""The fields a record kind is described by: type, label in every language, required-ness, and
how a value is parsed from and formatted to a JSON value or a spreadsheet cell.

One `FieldSpec` per field a person sees (a multilingual text is one field of four columns);
the archive, `secretariat list` and the workbook read these instead of keeping lists of their
own (see docs/record-kinds.md).
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from secretariat.errors import ValidationError
from secretariat.labels import ENUM_LABELS, Label
from secretariat.messages import Expected, expected
from secretariat.models import LANGUAGES
from secretariat.text_rules import check_text, excerpt

YES_LABEL = Label("Yes", "예", "是", "はい")
NO_LABEL = Label("No", "아니오", "否", "いいえ")


class FieldType(enum.StrEnum):
    TEXT = "text"  # one text
    TEXTS = "texts"  # one text per language: columns NAME_en, NAME_ko, ...
    INTEGER = "integer"
    BOOLEAN = "boolean"
    DATE = "date"
    ENUM = "enum"
    REFERENCE = "reference"  # another record, by id in the database, by natural key outside
    REFERENCES = "references"  # several records of one kind, through a link table


# One value a person types as it is (a text, a number, a date): what a place that lays out no
# field of its own for a kind (the Plans sheet, the plan editor) can still offer generically.
PLAIN_TYPES = frozenset({FieldType.TEXT, FieldType.INTEGER, FieldType.DATE})


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record kind.

    `column` is the model attribute (for TEXTS the stem: `title` -> `title_en`...; for
    REFERENCES the link table's name); `name` is what people and files call the field.
    """

    name: str
    datatype: FieldType
    label: Label
    column: str = ""
    required: bool = False
    enum: type[Enum] | None = None
    references: str | None = None  # the kind a REFERENCE(S) field points at
    minimum: int | None = None
    maximum: int | None = None
    max_length: int | None = None

    @property
    def attribute(self) -> str:
        return self.column or self.name

    def columns(self) -> tuple[str, ...]:
        """The model attributes that hold this field's value."""
        if self.datatype is FieldType.TEXTS:
            return tuple(f"{self.attribute}_{language}" for language in LANGUAGES)
        if self.datatype is FieldType.REFERENCES:
            return ()
        return (self.attribute,)

    def parse(self, value: Any) -> Any:
        """A value from a cell, the command line or JSON as the field's Python value.

        Raises ValidationError naming the field, the value and what was expected."""
        if value is None or (isinstance(value, str) and not value.strip()):
            if self.required:
                raise ValidationError(self.name, value, expected("required"))
            return "" if self.datatype is FieldType.TEXT else None
        parser = _PARSERS[self.datatype]
        return parser(self, value)

    def to_json(self, value: Any) -> Any:
        """The value as JSON carries it (enums by value, dates ISO, ids as text)."""
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, uuid.UUID):
            return str(value)
        return value

    def format(self, value: Any, language: str = "en") -> str:
        """The value as people read it, in one language (enums by their label)."""
        if value is None:
            return ""
        if isinstance(value, enum.Enum):
            label = ENUM_LABELS.get(value)
            return label.get(language) if label else str(value.value)
        if isinstance(value, bool):
            return {True: "yes", False: "no"}[value]
        if isinstance(value, date):
            return value.isoformat()
        return str(value)


def _parse_text(spec: FieldSpec, value: Any) -> str:
    text = str(value).strip() if not isinstance(value, str) else value.strip()
    if spec.max_length is not None and len(text) > spec.max_length:
        raise ValidationError(
            spec.name,
            excerpt(text),
            expected("at_most_characters", limit=spec.max_length, length=len(text)),
        )
    return check_text(spec.attribute, text)


def _parse_integer(spec: FieldSpec, value: Any) -> int:
    if isinstance(value, bool):
        raise ValidationError(spec.name, value, expected("whole_number"))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise ValidationError(spec.name, value, expected("whole_number")) from None
    if not isinstance(value, int):
        raise ValidationError(spec.name, value, expected("whole_number"))
    low, high = spec.minimum, spec.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValidationError(spec.name, value, _bounds(low, high))
    return value


def _bounds(low: int | None, high: int | None) -> Expected:
    if low is not None and high is not None:
        return expected("whole_number_between", minimum=low, maximum=high)
    if low is not None:
        return expected("whole_number_at_least", minimum=low)
    return expected("whole_number_at_most", maximum=high)


_TRUE = {"true", "1", "y", *(word.casefold() for word in YES_LABEL)}
_FALSE = {"false", "0", "n", *(word.casefold() for word in NO_LABEL)}


def _words(text: str) -> list[str]:
    """A cell's text and, for a bilingual label ("Held / 개최"), each of its halves."""
    folded = " ".join(text.split()).casefold()
    return [folded, *(part.strip() for part in folded.split("/") if "/" in folded)]


def _parse_boolean(spec: FieldSpec, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    for word in _words(str(value)):
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    raise ValidationError(spec.name, value, expected("yes_or_no"))


def _parse_date(spec: FieldSpec, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValidationError(spec.name, value, expected("date")) from None


def _parse_enum(spec: FieldSpec, value: Any) -> Enum:
    assert spec.enum is not None
    if isinstance(value, spec.enum):
        return value
    spellings = _enum_spellings(spec.enum)
    for word in _words(str(value)):
        member = spellings.get(word)
        if member is not None:
            return member
    allowed = ", ".join(str(member.value) for member in spec.enum)
    raise ValidationError(spec.name, value, expected("one_of", choices=allowed))


@cache
def _enum_spellings(enum_type: type[Enum]) -> dict[str, Enum]:
    """Every way a member may be written (its value, its label in each language), folded."""
    spellings: dict[str, Enum] = {}
    for member in enum_type:
        label = ENUM_LABELS.get(member)
        names = [" ".join(name.split()) for name in label] if label else []
        for name in [str(member.value), *names]:
            spellings.setdefault(name.casefold(), member)
    return spellings


def _parse_reference(spec: FieldSpec, value: Any) -> str:
    # A natural key (or an id): the kind's resolver turns it into a record later.
    return str(value).strip()


def _parse_references(spec: FieldSpec, value: Any) -> tuple[str, ...]:
    if isinstance(value, list | tuple):
        return tuple(str(item).strip() for item in value if str(item).strip())
    return tuple(part.strip() for part in str(value).replace(";", ",").split(",") if part.strip())


def _parse_texts(spec: FieldSpec, value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValidationError(spec.name, value, expected("text_per_language"))
    unknown = set(value) - set(LANGUAGES)
    if unknown:
        raise ValidationError(spec.name, value, expected("one_of", choices=LANGUAGES))
    return {
        language: check_text(f"{spec.attribute}_{language}", str(value.get(language) or "").strip())
        for language in LANGUAGES
    }


_PARSERS = {
    FieldType.TEXT: _parse_text,
    FieldType.TEXTS: _parse_texts,
    FieldType.INTEGER: _parse_integer,
    FieldType.BOOLEAN: _parse_boolean,
    FieldType.DATE: _parse_date,
    FieldType.ENUM: _parse_enum,
    FieldType.REFERENCE: _parse_reference,
    FieldType.REFERENCES: _parse_references,
}
