"""The record kinds' descriptions: complete against the models, and parsing what people type."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.errors import ValidationError
from secretariat.kinds import KINDS, FieldType, kind_named
from secretariat.models import ALL_TABLES, PlanStatus
from secretariat.services.records import SYSTEM_FIELDS, table_of


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_every_column_of_a_kind_is_described_once(kind) -> None:
    columns = {column.name for column in table_of(kind.model).columns} - SYSTEM_FIELDS
    described = kind.columns()
    assert len(described) == len(set(described))
    assert set(described) == columns


def test_every_table_belongs_to_a_kind() -> None:
    owned = {kind.model for kind in KINDS} | {link.model for kind in KINDS for link in kind.links}
    assert owned == set(ALL_TABLES)


def test_references_name_known_kinds_and_natural_keys_known_fields() -> None:
    names = {kind.name for kind in KINDS}
    for kind in KINDS:
        assert set(kind.references().values()) <= names
        for field_name in kind.natural_key:
            kind.field(field_name)


def test_kinds_come_after_the_kinds_they_refer_to() -> None:
    seen: set[str] = set()
    for kind in KINDS:
        assert set(kind.references().values()) - {kind.name} <= seen, kind.name
        seen.add(kind.name)


def test_kind_named_takes_singular_and_plural() -> None:
    assert kind_named("plans") is kind_named("plan")
    assert kind_named("history").name == "status_change"
    with pytest.raises(KeyError, match="known: committee, conferences"):
        kind_named("minutes")


def test_fields_parse_what_people_type() -> None:
    plan = kind_named("plan")
    assert plan.field("status").parse("In progress") is PlanStatus.in_progress
    assert plan.field("status").parse("추진 중") is PlanStatus.in_progress
    assert plan.field("due_date").parse("2024-05-01") == date(2024, 5, 1)
    assert plan.field("progress").parse(50.0) == 50
    assert plan.field("due_date").parse("") is None
    assert kind_named("team").field("active").parse("no") is False
    assert kind_named("meeting").field("teams").parse("ECO, CUL") == ("ECO", "CUL")


@pytest.mark.parametrize(
    ("kind", "field", "value", "expected"),
    [
        ("plan", "progress", 150, "a whole number from 0 to 100"),
        ("plan", "status", "finished", "one of agreed, in_progress"),
        ("plan", "due_date", "next May", "a date (YYYY-MM-DD)"),
        ("conference", "number", "", "a value (this field is required)"),
        ("team", "code", "X" * 17, "at most 16 characters"),
    ],
)
def test_a_bad_value_names_the_field_the_value_and_what_was_expected(
    kind: str, field: str, value: object, expected: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        kind_named(kind).field(field).parse(value)
    assert caught.value.field == field
    assert expected in str(caught.value)


def test_a_field_formats_in_a_language() -> None:
    status = kind_named("plan").field("status")
    assert status.format(PlanStatus.implemented, "ko") == "이행 완료"
    assert kind_named("plan").field("title").datatype is FieldType.TEXTS
