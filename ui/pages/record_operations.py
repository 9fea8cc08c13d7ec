"""How a list page writes one kind of record, and its undoable edits.

One `RecordOperations` per kind says which service calls create, update, delete and restore
its records; `create_edit`, `update_edit` and `delete_edit` make the undoable `Edit`s every
record page pushes from such calls, the same way for every kind."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from secretariat.db import Database
from secretariat.errors import SecretariatError
from secretariat.models import LANGUAGES
from secretariat.services import activities, mous, teams
from secretariat.text import column as text_column
from ui.context import ACTIVITIES, MOUS, TEAMS, AppContext
from ui.undo import Edit, without_version

Values = dict[str, Any]


def first_text(values: Mapping[str, Any], field: str, languages: Iterable[str]) -> str:
    """A form's text field in the first language that has it (names undo entries)."""
    for language in (*languages, *LANGUAGES):
        text = str(values.get(text_column(field, language)) or "").strip()
        if text:
            return text
    return ""


@dataclass(frozen=True)
class RecordOperations:
    """The service calls that write one kind of record (`kind` is what they change)."""

    kind: str
    create: Callable[[Values], Any]  # returns the new record (its .id)
    update: Callable[[uuid.UUID, Values], tuple[Any, Values]]  # the record, values before
    delete: Callable[[uuid.UUID], Values]  # returns the snapshot restore takes
    restore: Callable[[Values], Any]


def create_edit(
    context: AppContext,
    kind: str,
    text: str,
    create: Callable[[], Any],
    delete: Callable[[uuid.UUID], Values],
    restore: Callable[[Values], Any],
) -> Edit:
    """Create a record; undo deletes it, redo puts the same record (same id) back."""
    state: dict[str, Any] = {}

    def apply() -> uuid.UUID:
        record = restore(state["snapshot"]) if "snapshot" in state else create()
        state["id"] = record.id
        return record.id  # type: ignore[no-any-return]

    def revert() -> None:
        state["snapshot"] = delete(state["id"])

    return Edit(context, text, apply, revert, [kind])


def update_edit(
    context: AppContext,
    kind: str,
    text: str,
    record_id: uuid.UUID,
    update: Callable[[uuid.UUID, Values], tuple[Any, Values]],
    changes: Values,
) -> Edit:
    """Change a record; undo puts back the values it had before."""
    state: dict[str, Any] = {}

    def apply() -> None:
        # The version the editor showed guards the first save; a redo follows an undo
        # this very page made, so it saves over whatever version that left.
        sent = changes if "previous" not in state else without_version(changes)
        _record, previous = update(record_id, sent)
        state.setdefault("previous", previous)

    def revert() -> None:
        update(record_id, state["previous"])

    return Edit(context, text, apply, revert, [kind])


def delete_edit(
    context: AppContext,
    kind: str,
    text: str,
    record_ids: list[uuid.UUID],
    delete: Callable[[uuid.UUID], Values],
    restore: Callable[[Values], Any],
) -> Edit:
    """Delete records; undo restores them from the snapshots the deletes returned.
    All or nothing: when one is refused, those already deleted are put back."""
    snapshots: list[Values] = []

    def apply() -> None:
        snapshots.clear()
        try:
            for record_id in record_ids:
                snapshots.append(delete(record_id))
        except SecretariatError:
            revert()
            raise

    def revert() -> None:
        for snapshot in reversed(snapshots):
            restore(snapshot)
        snapshots.clear()

    return Edit(context, text, apply, revert, [kind])


# -- the kinds --------------------------------------------------------------------------


def mou_operations(db: Database) -> RecordOperations:
    """MOUs: the teams concerned travel with the fields, and are written beside them."""

    def create(values: Values) -> Any:
        fields = dict(values)
        team_ids = fields.pop("team_ids")
        return mous.create_mou(db, fields, team_ids=team_ids)

    def update(record_id: uuid.UUID, changes: Values) -> tuple[Any, Values]:
        fields = dict(changes)
        team_ids = fields.pop("team_ids", None)
        return mous.update_mou(db, record_id, fields, team_ids=team_ids)

    return RecordOperations(
        MOUS,
        create,
        update,
        lambda record_id: mous.delete_mou(db, record_id),
        lambda snapshot: mous.restore_mou(db, snapshot),
    )


def activity_operations(db: Database) -> RecordOperations:
    return RecordOperations(
        ACTIVITIES,
        lambda values: activities.create_activity(db, values),
        lambda record_id, changes: activities.update_activity(db, record_id, changes),
        lambda record_id: activities.delete_activity(db, record_id),
        lambda snapshot: activities.restore_activity(db, snapshot),
    )


def team_operations(db: Database) -> RecordOperations:
    return RecordOperations(
        TEAMS,
        lambda values: teams.create_team(db, values),
        lambda record_id, changes: teams.update_team(db, record_id, changes),
        lambda record_id: teams.delete_team(db, record_id),
        lambda snapshot: teams.restore_team(db, snapshot),
    )
