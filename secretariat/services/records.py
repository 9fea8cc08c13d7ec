"""Create, update, delete and restore any record, validated, in one transaction each.

Each kind of record has a `RecordSpec`: which fields a user may set, how a raw value becomes a
clean one (derived from the column's type), and the rules that involve the database. The
subject modules (teams, conferences, plans...) define their spec and call these functions.
Updates and deletes return what was there before, so the app can undo them exactly.
"""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from types import SimpleNamespace
from typing import Any, Generic, TypeVar

from sqlalchemy import Boolean, Date, Integer, String, Table, Uuid, func, inspect, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.types import TypeDecorator
from sqlmodel import Session, SQLModel

from secretariat.db import Database
from secretariat.errors import ConflictError, InUseError, NotFoundError, ValidationError
from secretariat.messages import expected
from secretariat.rules import Problem, problem_of, raise_errors
from secretariat.services import validation as v

R = TypeVar("R", bound=SQLModel)
_LANGUAGE_SUFFIX = re.compile(r"_(en|ko|zh|ja)$")
SYSTEM_FIELDS = frozenset({"id", "created_at", "updated_at", "version"})


_TABLES: dict[type[SQLModel], Table] = {}


def table_of(model: type[SQLModel]) -> Table:
    """The table a SQLModel table class is mapped to (`__table__`, typed). Kept once found:
    a model's table never changes, and an import asks for it per cell."""
    known = _TABLES.get(model)
    if known is not None:
        return known
    table = inspect(model).local_table
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a table")
    _TABLES[model] = table
    return table


@dataclass(frozen=True)
class RecordSpec(Generic[R]):
    """How one kind of record is edited."""

    model: type[R]
    kind: str  # a word for messages: "team", "conference"
    # Rules that need the session; they raise ValidationError.
    check: Callable[[Session, R], None] | None = None
    # Rules between fields (secretariat/rules.py): every problem at once; errors refuse.
    rules: Callable[[Session, R], list[Problem]] | None = None
    readonly_fields: frozenset[str] = field(default_factory=frozenset)
    # Sets the columns kept from other fields (a plan's search text) before the record is
    # written, so an edit is one UPDATE and one version.
    derive: Callable[[R], None] | None = None

    def editable_fields(self) -> frozenset[str]:
        return _editable_fields(self.model, self.readonly_fields)


@cache
def _editable_fields(model: type[SQLModel], readonly: frozenset[str]) -> frozenset[str]:
    names = {column.name for column in table_of(model).columns}
    return frozenset(names - SYSTEM_FIELDS - readonly)


def coerce(model: type[SQLModel], name: str, value: Any) -> Any:
    """A raw value (from a form, a workbook, the command line) as the column's Python type."""
    return _coercer(model, name)(value)


@cache
def _coercer(model: type[SQLModel], name: str) -> Callable[[Any], Any]:
    """`coerce` for one column, its type looked at once (an import coerces every cell of
    300,000 records)."""
    column = table_of(model).columns[name]
    column_type = column.type
    required = not column.nullable
    if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
        enum_class = column_type.enum_class
        if required:
            return lambda value: v.as_enum(name, value, enum_class)
        return lambda value: None if value in (None, "") else v.as_enum(name, value, enum_class)
    if isinstance(column_type, Date):
        return lambda value: v.as_date(name, value, required=required)
    if isinstance(column_type, Boolean):
        return lambda value: _as_bool(name, value)
    if isinstance(column_type, Integer):
        return lambda value: v.as_int(name, value)
    if isinstance(column_type, Uuid):
        return lambda value: v.as_uuid(name, value, required=required)
    if isinstance(column_type, TypeDecorator):  # SQLModel's AutoString wraps a String
        column_type = column_type.impl_instance
    if isinstance(column_type, String):
        length, nullable = column_type.length, column.nullable
        return lambda value: (
            None if value is None and nullable else v.as_text(name, value, max_length=length)
        )
    return lambda value: value


def _as_bool(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(name, value, expected("yes_or_no"))
    return value


def clean_fields(spec: RecordSpec[Any], fields: Mapping[str, Any]) -> dict[str, Any]:
    if not fields.keys() <= spec.editable_fields():
        v.reject_unknown(dict(fields), spec.editable_fields(), spec.kind)
    model: type[SQLModel] = spec.model
    return {name: _coercer(model, name)(value) for name, value in fields.items()}


def get(session: Session, spec: RecordSpec[R], record_id: Any) -> R:
    key = v.as_uuid("id", record_id)
    record = session.get(spec.model, key)
    if record is None:
        raise NotFoundError(spec.kind, record_id)
    return record


def snapshot(record: SQLModel) -> dict[str, Any]:
    """Every column's value, enough to put the record back exactly (undo of a delete)."""
    return {
        attribute.key: getattr(record, attribute.key)
        for attribute in inspect(type(record)).column_attrs
    }


def add_record(session: Session, spec: RecordSpec[R], fields: Mapping[str, Any]) -> R:
    """Validate and add a new record inside an open transaction."""
    record = spec.model(**clean_fields(spec, fields))
    _check_required(spec, record)
    if spec.check:
        spec.check(session, record)
    if spec.rules:
        raise_errors(spec.rules(session, record))
    session.add(record)
    session.flush()
    return record


def new_row(spec: RecordSpec[Any], fields: Mapping[str, Any], now: Any) -> SimpleNamespace:
    """A new record's every column as `add_record` would write it, checked like it (the
    fields cleaned, required columns present), without an ORM object: for an import that
    checks thousands of rows and inserts them at once. `spec.check` is the caller's to run,
    with lookups it read once."""
    values = {**column_defaults(spec.model), **clean_fields(spec, fields)}
    values.update(id=uuid.uuid4(), created_at=now, updated_at=now)
    record = SimpleNamespace(**values)
    _check_required(spec, record)
    return record


def column_defaults(model: type[SQLModel]) -> dict[str, Any]:
    """Every column a new record has before its fields are set (the model's plain defaults;
    ids and timestamps are set per record): a copy, the caller's to change."""
    return dict(_column_defaults(model))


@cache
def _column_defaults(model: type[SQLModel]) -> dict[str, Any]:
    defaults: dict[str, Any] = {}
    for column in table_of(model).columns:
        value = getattr(column.default, "arg", None)
        if not callable(value):
            defaults[column.name] = value
    return defaults


def change_record(
    session: Session, spec: RecordSpec[R], record_id: Any, changes: Mapping[str, Any]
) -> tuple[R, dict[str, Any]]:
    """Validate and apply changes inside an open transaction; returns (record, old values).
    With a `version` among the changes (the one the user saw), a record changed since is
    refused with ConflictError instead of overwritten."""
    record = get(session, spec, record_id)
    changes = dict(changes)
    seen = changes.pop("version", None)
    versioned: Any = record  # every Record has one (models.Record.version)
    if seen is not None and int(seen) != versioned.version:
        raise conflict(session, spec, record, int(seen))
    cleaned = clean_fields(spec, changes)
    previous = {name: getattr(record, name) for name in cleaned}
    for name, value in cleaned.items():
        setattr(record, name, value)
    _check_required(spec, record)
    if spec.check:
        # Rules must not see the record's own pending state as a different row.
        with session.no_autoflush:
            spec.check(session, record)
    if spec.rules:
        with session.no_autoflush:
            raise_errors(spec.rules(session, record))
    if spec.derive:
        spec.derive(record)
    session.flush()
    return record, previous


def conflict(session: Session, spec: RecordSpec[Any], record: Any, seen: int) -> ConflictError:
    """What changed in the record since version `seen`, by whom, as its values are now."""
    from secretariat.models import RecordEdit

    edits = session.scalars(
        select(RecordEdit)
        .where(RecordEdit.record_id == record.id, RecordEdit.record_version > seen)  # type: ignore[arg-type]
        .order_by(RecordEdit.created_at)  # type: ignore[arg-type]
    ).all()
    fields = [edit.field for edit in edits if edit.field]
    theirs = {name: getattr(record, name) for name in dict.fromkeys(fields)}
    authors = list(dict.fromkeys(edit.author or "someone else" for edit in edits))
    changed_at = edits[-1].created_at if edits else record.updated_at
    return ConflictError(spec.kind, seen, record.version, theirs, authors, changed_at)


def _check_required(spec: RecordSpec[Any], record: Any) -> None:
    model: type[SQLModel] = spec.model
    for name in _required_columns(model):
        if getattr(record, name, None) is None:
            raise ValidationError(name, None, expected("required"))


@cache
def _required_columns(model: type[SQLModel]) -> tuple[str, ...]:
    """The columns a new record must be given: not null, and with no default."""
    return tuple(
        column.name
        for column in table_of(model).columns
        if column.name not in SYSTEM_FIELDS and not column.nullable and column.default is None
    )


def review(
    db: Database,
    spec: RecordSpec[R],
    fields: Mapping[str, Any],
    record_id: Any = None,
    *,
    more: Callable[[Session, R], list[Problem]] | None = None,
    new: Mapping[str, Any] | None = None,
) -> list[Problem]:
    """Every problem of a record as typed (`fields`, over the stored record when it has an
    id), errors and warnings, at once; nothing is written. A field that cannot be read is
    reported once, by its own problem, not again by the rules that use it. `new`: what the
    service sets itself on a new record (a plan's number and first status)."""
    with db.read() as session:
        base = snapshot(get(session, spec, record_id)) if record_id is not None else {}
        if record_id is None:
            base.update(new or {})
        problems: list[Problem] = []
        cleaned: dict[str, Any] = {}
        editable = spec.editable_fields()
        for name, value in fields.items():
            if name not in editable:
                continue  # a dialog's own values (team_ids) are the caller's to review
            try:
                cleaned[name] = coerce(spec.model, name, value)
            except ValidationError as error:
                problems += problem_of(error)
        draft = spec.model(**{**base, **cleaned})
        problems += _problems_of_checks(session, spec, draft)
        for rules in (spec.rules, more):
            if rules is not None:
                problems += rules(session, draft)
    return _once_per_field(problems)


def _problems_of_checks(session: Session, spec: RecordSpec[R], draft: R) -> list[Problem]:
    """What the required fields and the kind's own check (which raise on the first) say."""
    problems: list[Problem] = []
    try:
        _check_required(spec, draft)
    except ValidationError as error:
        problems += problem_of(error)
    if spec.check is not None:
        try:
            with session.no_autoflush:
                spec.check(session, draft)
        except ValidationError as error:
            problems += problem_of(error)
    return problems


def _once_per_field(problems: list[Problem]) -> list[Problem]:
    """The first error of each field (one at a time is what a person fixes), and every
    warning of a field without an error."""
    shown: list[Problem] = []
    failed: set[str] = set()
    for problem in sorted(problems, key=lambda problem: not problem.is_error):
        if problem.field in failed:
            continue
        if problem.is_error:
            # title_ko unreadable: "no title in any language" would only repeat it
            failed.update({problem.field, _LANGUAGE_SUFFIX.sub("", problem.field)})
        shown.append(problem)
    return shown


def create(db: Database, spec: RecordSpec[R], fields: Mapping[str, Any]) -> R:
    with db.write() as session:
        return add_record(session, spec, fields)


def update(
    db: Database, spec: RecordSpec[R], record_id: Any, changes: Mapping[str, Any]
) -> tuple[R, dict[str, Any]]:
    with db.write() as session:
        return change_record(session, spec, record_id, changes)


def delete(db: Database, spec: RecordSpec[Any], record_id: Any) -> dict[str, Any]:
    """Delete one record; returns its snapshot for undo. Records still referred to by others
    are refused with a message saying by what."""
    with db.write() as session:
        record = get(session, spec, record_id)
        users = references_to(session, spec.model, record.id)
        if users:
            listed = ", ".join(f"{count} {table}" for table, count in users.items())
            raise InUseError(f"the {spec.kind} cannot be deleted: {listed} still refer to it")
        values = snapshot(record)
        session.delete(record)
        session.flush()
        return values


def references_to(session: Session, model: type[SQLModel], record_id: uuid.UUID) -> dict[str, int]:
    """How many rows of each other table point at this record through a foreign key that
    would block deleting it (cascading and nulling keys do not)."""
    target = table_of(model)
    counts: dict[str, int] = {}
    for table in SQLModel.metadata.sorted_tables:
        for foreign_key in table.foreign_keys:
            if foreign_key.column.table is not target or foreign_key.ondelete:
                continue
            column = foreign_key.parent
            count = session.scalar(
                select(func.count()).select_from(table).where(column == record_id)
            )
            if count:
                counts[table.name] = counts.get(table.name, 0) + int(count)
    return counts


def restore(db: Database, spec: RecordSpec[R], values: Mapping[str, Any]) -> R:
    """Put a deleted record back with its id and timestamps (the undo of `delete`)."""
    with db.write() as session:
        record = spec.model(**dict(values))
        session.add(record)
        session.flush()
        keep_version(session, record, values.get("version"))
        return record


def keep_version(session: Session, record: SQLModel, version: int | None) -> None:
    """A record put back (undo of a delete) gets the version it had: the ORM numbers every
    insert 1. Set directly, as the row was inserted in this very transaction."""
    if version is None or getattr(record, "version", None) == version:
        return
    table = table_of(type(record))
    restated = {"version": version, "updated_at": table.c.updated_at}  # else onupdate stamps now
    session.execute(table.update().where(table.c.id == record.id).values(restated))  # type: ignore[attr-defined]
    session.expire(record, ["version", "updated_at"])


def list_records(db: Database, model: type[R], *order_by: Any) -> list[R]:
    with db.read() as session:
        return list(session.scalars(select(model).order_by(*order_by)).all())


def as_plain(value: Any) -> Any:
    """A value in a form JSON and messages can carry (enums by value, dates ISO, ids text)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value
