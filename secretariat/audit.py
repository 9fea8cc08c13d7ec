"""Who changed what: the author of every write, and a trail of every edit.

A `Database` names its author when it opens (the database user on PostgreSQL, the name set in
Settings or the login name on SQLite) and registers it for its engine here. Then, for every
session on that engine:
- a status change or edit row written without an author gets it (the `author` column's
  default reads it too, for bulk inserts through SQLAlchemy Core);
- before each flush, every changed field of a record becomes a `RecordEdit` row (field,
  old -> new, author, time), and every deleted record one row with no field.
Creations are not logged: a record's `created_at` says when, and its first edit who next.
Bulk writers that bypass the ORM (the archive's restore, the import's bulk inserts) write
records that are new, so they have nothing to log.
"""

from __future__ import annotations

import enum
import getpass
import os
import uuid
from datetime import date, datetime
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, attributes

AUTHOR_ENV = "SECRETARIAT_AUTHOR"
# session.info keys: a session's own author (overriding its database's), and a session whose
# edits are not the committee's history (the demo committee being built).
SESSION_AUTHOR = "secretariat.author"
UNTRACKED = "secretariat.untracked"
NOT_LOGGED = frozenset(
    {"id", "created_at", "updated_at", "version", "search_text", "status_changed_on"}
)
MAX_VALUE_CHARS = 2000  # an edit's old and new text, as kept in the trail

_authors: WeakKeyDictionary[Engine, str] = WeakKeyDictionary()


def default_author() -> str:
    """On SQLite without a name in Settings: $SECRETARIAT_AUTHOR, else the login name."""
    name = os.environ.get(AUTHOR_ENV, "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no entry for this user id (a container)
        return ""


def set_author(engine: Engine, name: str) -> None:
    _authors[engine] = name.strip()


def author_of_engine(engine: Engine) -> str:
    return _authors.get(engine, "")


def author_of(session: Session) -> str:
    if SESSION_AUTHOR in session.info:
        return str(session.info[SESSION_AUTHOR])
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    return author_of_engine(engine)


def as_text(value: Any) -> str:
    """A field's value as the trail keeps it: enums by value, dates ISO, ids in hex."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        value = value.value
    elif isinstance(value, datetime | date):
        value = value.isoformat()
    elif isinstance(value, uuid.UUID):
        value = value.hex
    elif isinstance(value, bool):
        value = "true" if value else "false"
    text = str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


@event.listens_for(Session, "before_flush")
def _log_edits(session: Session, _context: Any, _instances: Any) -> None:
    from secretariat.models import PlanStatusChange, Record, RecordEdit

    author = author_of(session)
    for record in session.new:
        if isinstance(record, PlanStatusChange | RecordEdit) and record.author is None:
            record.author = author
    if session.info.get(UNTRACKED):
        return
    edits: list[RecordEdit] = []
    for record in session.dirty:
        if isinstance(record, Record) and not isinstance(record, RecordEdit):
            edits += _field_edits(record, author)
    for record in session.deleted:
        if isinstance(record, Record) and not isinstance(record, RecordEdit):
            edits.append(_edit(record, "", as_text(_name_of(record)), "", author))
    session.add_all(edits)


def _field_edits(record: Any, author: str) -> list[Any]:
    edits = []
    for column in inspect(type(record)).column_attrs:
        if column.key in NOT_LOGGED:
            continue
        history = attributes.get_history(record, column.key)
        if not history.has_changes():
            continue
        old = as_text(history.deleted[0]) if history.deleted else ""
        new = as_text(history.added[0]) if history.added else ""
        if old != new:
            edits.append(_edit(record, column.key, old, new, author, record.version + 1))
    return edits


def _edit(record: Any, field: str, old: str, new: str, author: str, version: int = 0) -> Any:
    from secretariat.models import RecordEdit

    return RecordEdit(
        record_kind=type(record).__tablename__,
        record_id=record.id,
        field=field,
        old_value=old,
        new_value=new,
        author=author,
        record_version=version,  # the flush adds one to the record's version: this one
    )


def _name_of(record: Any) -> str:
    """What a deleted record was, in its own words (its English title or name, or its id)."""
    for name in ("title_en", "name_en", "code", "description_en"):
        value = getattr(record, name, None)
        if value:
            return str(value)
    return str(record.id)
