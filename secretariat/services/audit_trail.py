"""A record's trail of edits, as an editor's "Changes" view shows it (secretariat/audit.py
writes it)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from secretariat.db import Database
from secretariat.models import RecordEdit


@dataclass(frozen=True)
class Edit:
    record_kind: str
    field: str  # the model's field ("" for the record as a whole)
    old_value: str
    new_value: str
    author: str
    changed_at: datetime


def edits_of(db: Database, record_id: uuid.UUID) -> list[Edit]:
    """Every recorded edit of one record, newest first."""
    query = (
        select(RecordEdit)
        .where(col(RecordEdit.record_id) == record_id)
        .order_by(col(RecordEdit.created_at).desc(), col(RecordEdit.field))
    )
    with db.read() as session:
        return [
            Edit(
                edit.record_kind,
                edit.field,
                edit.old_value,
                edit.new_value,
                edit.author,
                edit.created_at,
            )
            for edit in session.exec(query)
        ]


def readable(record_kind: str, field: str, text: str, language: str) -> str:
    """A trail's stored value as people read it: an enum by its label, yes/no in the
    language, anything else as it is."""
    from secretariat.kinds import KINDS, FieldType
    from secretariat.kinds.fields import NO_LABEL, YES_LABEL
    from secretariat.labels import enum_label

    kind = next((kind for kind in KINDS if kind.model.__tablename__ == record_kind), None)
    spec = next((spec for spec in kind.fields if spec.attribute == field), None) if kind else None
    if spec is None or not text:
        return text
    if spec.datatype is FieldType.BOOLEAN and text in ("true", "false"):
        return (YES_LABEL if text == "true" else NO_LABEL).get(language)
    if spec.datatype is FieldType.ENUM and spec.enum is not None:
        try:
            return enum_label(spec.enum(text), language)
        except ValueError:
            return text
    return text
