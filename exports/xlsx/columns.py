"""Columns of the workbook's sheets, and the Plans sheet's: written by the export, recognised
by the import.

Each Plans column has a key (`title_ko`, `status`...) and a bilingual header in the export's two
languages. The import recognises a header in any pair of languages (the partner city may export
with its own pair), in one language, or as the bare key, so workbooks from either secretariat
come back in; `find_key` is that lookup.
"""

from __future__ import annotations

import enum
import itertools
from dataclasses import dataclass
from functools import cache

from secretariat.kinds import PLAIN_TYPES, PLAN, FieldSpec, FieldType
from secretariat.labels import ENUM_LABELS, FIELD_LABELS, SHEET_LABELS, Label, bilingual
from secretariat.models import LANGUAGES, Horizon, Origin, PlanStatus
from secretariat.text import column

ID_LABEL = Label("ID", "ID", "ID", "ID")
PLANS_SHEET_LABEL = SHEET_LABELS["plans"]
SHEET_SEPARATOR = " · "  # "/" is not allowed in sheet titles
ENUM_FIELDS: dict[str, type[enum.Enum]] = {
    "status": PlanStatus,
    "origin": Origin,
    "horizon": Horizon,
}


@dataclass(frozen=True)
class SheetColumn:
    """A column of a table sheet: its key, its header label, its width."""

    key: str  # for Plans: the Plan field (or id, ref, conference, team, last_change...)
    label: Label
    language: str | None = None  # for per-language text
    width: float = 14

    def header(self, languages: tuple[str, str]) -> str:
        text = bilingual(self.label, languages)
        return f"{text} ({self.language})" if self.language else text


def _text_columns(field: str, languages: tuple[str, ...], width: float) -> list[SheetColumn]:
    return [
        SheetColumn(column(field, language), FIELD_LABELS[field], language, width)
        for language in languages
    ]


def plan_columns(languages: tuple[str, str]) -> list[SheetColumn]:
    """The columns in sheet order: the two chosen languages' titles next to the status, the
    other languages' texts at the end."""
    others = tuple(language for language in LANGUAGES if language not in languages)
    return [
        SheetColumn("id", ID_LABEL, width=38),  # a whole UUID
        SheetColumn("ref", FIELD_LABELS["ref"], width=10),
        SheetColumn("conference", FIELD_LABELS["conference"], width=9),
        SheetColumn("team", FIELD_LABELS["team"], width=8),
        *_text_columns("title", languages, 42),
        SheetColumn("status", FIELD_LABELS["status"], width=20),
        SheetColumn("progress", FIELD_LABELS["progress"], width=9),
        SheetColumn("note", FIELD_LABELS["note"], width=24),
        SheetColumn("origin", FIELD_LABELS["origin"], width=14),
        SheetColumn("horizon", FIELD_LABELS["horizon"], width=14),
        SheetColumn("due_date", FIELD_LABELS["due_date"], width=12),
        SheetColumn("last_change", FIELD_LABELS["last_change"], width=12),
        SheetColumn("lead_agency_a", FIELD_LABELS["lead_agency_a"], width=24),
        SheetColumn("lead_agency_b", FIELD_LABELS["lead_agency_b"], width=24),
        *_unplaced_columns(),
        SheetColumn("continues", FIELD_LABELS["continues"], width=11),
        *_text_columns("description", languages, 60),
        *_text_columns("title", others, 42),
        *_text_columns("description", others, 60),
    ]


# The Plans sheet's own columns, in the order and widths people read them in. A plain field
# the plan's description (kinds.PLAN) has beyond these comes after them (`_unplaced_columns`),
# so a field added to Plan is exported and imported with no change here.
PLACED_KEYS = frozenset(
    {"conference_id", "team_id", "seq", "status", "progress", "origin", "horizon", "due_date"}
    | {"lead_agency_a", "lead_agency_b", "continues_plan_id"}
)


def unplaced_fields() -> list[FieldSpec]:
    """The plan's plain fields (one text, number or date) the sheet does not place itself."""
    return [
        spec
        for spec in PLAN.fields
        if spec.datatype in PLAIN_TYPES and spec.attribute not in PLACED_KEYS
    ]


def _unplaced_columns() -> list[SheetColumn]:
    return [
        SheetColumn(spec.attribute, spec.label, width=24 if spec.datatype is FieldType.TEXT else 12)
        for spec in unplaced_fields()
    ]


def plans_sheet_title(languages: tuple[str, str]) -> str:
    return bilingual(PLANS_SHEET_LABEL, languages, SHEET_SEPARATOR)


def enum_text(value: enum.Enum, languages: tuple[str, str]) -> str:
    """How a status, origin or horizon is written in a cell: its label in both languages."""
    return bilingual(ENUM_LABELS[value], languages)


def normalise(text: str) -> str:
    """Headers and labels compared loosely: case, spacing and the separator's spacing."""
    return " ".join(text.replace("/", " / ").split()).casefold()


def _pairs() -> list[tuple[str, str]]:
    return list(itertools.permutations(LANGUAGES, 2))


def spellings(label: Label, separator: str = " / ") -> set[str]:
    """Every way an export (in any language pair) or a person may write a label, normalised."""
    words = {label.get(language) for language in LANGUAGES}
    words |= {bilingual(label, pair, separator) for pair in _pairs()}
    return {normalise(word) for word in words}


@cache
def header_keys() -> dict[str, str]:
    """Normalised header text -> column key, for every language pair."""
    keys: dict[str, str] = {}
    for spec in plan_columns(("en", "ko")):
        names = {normalise(spec.key)}
        for word in spellings(spec.label):
            names.add(f"{word} ({spec.language})" if spec.language else word)
        for spelling in names:
            if keys.setdefault(spelling, spec.key) != spec.key:
                raise AssertionError(f"header {spelling!r} names two columns")
    return keys


def find_key(header: str) -> str | None:
    return header_keys().get(normalise(header))


@cache
def enum_values(field: str) -> dict[str, enum.Enum]:
    """Normalised cell text -> enum member: the value itself or its label in any language."""
    values: dict[str, enum.Enum] = {}
    for member in ENUM_FIELDS[field]:
        for spelling in {normalise(str(member.value)), *spellings(ENUM_LABELS[member])}:
            if values.setdefault(spelling, member) != member:
                raise AssertionError(f"{field} {spelling!r} names two values")
    return values


def sheet_title_matches(title: str) -> bool:
    """Is this the Plans sheet of an export in any language pair?"""
    return normalise(title) in spellings(PLANS_SHEET_LABEL, SHEET_SEPARATOR)
