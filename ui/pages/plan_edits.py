"""The undoable edits of the Plans page: add, edit, delete, change status, carry over.

Each is an `Edit` on the page's undo stack, applied once before it is pushed (so invalid input
pushes nothing). Before it returns, every apply and revert tells the page what changed
(`Changed`), so the page can repaint a few rows instead of reading 100,000 ids again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack

from secretariat.errors import ValidationError
from secretariat.labels import enum_label
from secretariat.messages import expected
from secretariat.models import PlanStatus
from secretariat.services import meetings, plans
from secretariat.services.plan_query import PlanFilter
from ui.context import PLANS, AppContext
from ui.undo import Edit, perform, without_version

STATUS_FIELDS = frozenset({"status", "progress", "status_changed_on"})


@dataclass(frozen=True)
class Changed:
    """What an edit (or its undo) changed. `fields` None: plans came or went."""

    plan_ids: tuple[uuid.UUID, ...]
    fields: frozenset[str] | None = None
    select: bool = False  # show these plans selected afterwards


class PlanEdits(QObject):
    """Builds and performs the page's edits; `changed` is called after each apply/revert.
    (A QObject for its tr(): lupdate finds plural forms only in tr(), not translate().)"""

    def __init__(
        self, context: AppContext, stack: QUndoStack, changed: Callable[[Changed], None]
    ) -> None:
        super().__init__()
        self.context = context
        self.stack = stack
        self._changed = changed

    @property
    def db(self) -> Any:
        return self.context.db

    def _perform(self, text: str, apply: Callable[[], Any], revert: Callable[[], Any]) -> Any:
        return perform(self.stack, Edit(self.context, text, apply, revert, [PLANS]))

    # -- add, edit, delete --------------------------------------------------------------

    def add(self, values: Mapping[str, Any], name: str) -> uuid.UUID:
        """Add a plan; undo deletes it with its history, redo puts the same plan back."""
        state: dict[str, Any] = {}

        def apply() -> uuid.UUID:
            if "removed" in state:
                (plan,) = plans.restore_plans(self.db, state["removed"])
            else:
                plan = plans.create_plan(self.db, values)
            state["id"] = plan.id
            self._changed(Changed((plan.id,), select=True))
            return plan.id

        def revert() -> None:
            state["removed"] = plans.remove_plans(self.db, [state["id"]])
            self._changed(Changed((state["id"],)))

        text = QCoreApplication.translate("PlanEdits", "Add plan “{name}”").format(name=name)
        return self._perform(text, apply, revert)  # type: ignore[no-any-return]

    def update(self, plan_id: uuid.UUID, changes: Mapping[str, Any], name: str) -> None:
        """Change a plan's fields; undo puts back the values they had."""
        state: dict[str, Any] = {}

        def apply() -> None:
            # The editor's version guards the first save only (see perform_update).
            sent = changes if "previous" not in state else without_version(changes)
            _plan, previous = plans.update_plan(self.db, plan_id, sent)
            state.setdefault("previous", previous)
            self._changed(Changed((plan_id,), frozenset(changes), select=True))

        def revert() -> None:
            previous = dict(state["previous"])
            old_seq = previous.pop("seq", None)  # moved to another conference or team
            plans.update_plan(self.db, plan_id, previous, seq=old_seq)
            self._changed(Changed((plan_id,), frozenset(changes), select=True))

        self._perform(
            QCoreApplication.translate("PlanEdits", "Edit plan “{name}”").format(name=name),
            apply,
            revert,
        )

    def delete(self, plan_ids: Sequence[uuid.UUID]) -> None:
        """Delete plans with their history, all or nothing; undo puts them back."""
        state: dict[str, Any] = {}

        def apply() -> None:
            state["removed"] = plans.remove_plans(self.db, plan_ids)
            self._changed(Changed(tuple(plan_ids)))

        def revert() -> None:
            plans.restore_plans(self.db, state["removed"])
            self._changed(Changed(tuple(plan_ids), select=True))

        count = len(plan_ids)  # (lupdate reads no call among tr()'s arguments)
        text = self.tr("Delete %n plan(s)", "", count)
        self._perform(text, apply, revert)

    def _status_label(self, status: Any) -> str:
        try:
            return enum_label(PlanStatus(status), self.context.ui_language)
        except ValueError:
            return str(status)

    # -- status and carry-over ----------------------------------------------------------

    def change_status(self, plan_ids: Sequence[uuid.UUID], values: Mapping[str, Any]) -> int:
        """One status change for many plans in one transaction; undo takes each back and
        puts the progress back (implemented means 100 %). Returns how many changed."""
        target = values.get("to_status")
        state: dict[str, Any] = {"progress": meetings.plan_progress(self.db, plan_ids)}

        def apply() -> int:
            changes = plans.change_status(
                self.db,
                plan_ids,
                target or "",
                changed_on=values.get("changed_on"),
                note=str(values.get("note") or ""),
                meeting_id=values.get("meeting_id"),
            )
            if not changes:
                raise ValidationError("to_status", target, expected("other_status"))
            state["changes"] = [change.id for change in changes]
            changed_plans = tuple(change.plan_id for change in changes)
            state["plans"] = changed_plans
            self._changed(Changed(changed_plans, STATUS_FIELDS, select=True))
            return len(changes)

        def revert() -> None:
            plans.revert_status_changes(self.db, state["changes"], progress=state["progress"])
            self._changed(Changed(state["plans"], STATUS_FIELDS, select=True))

        label = self._status_label(target)
        count = len(plan_ids)
        text = self.tr("Change status of %n plan(s) to {status}", "", count).format(status=label)
        return self._perform(text, apply, revert)  # type: ignore[no-any-return]

    def carry_over(self, plan_ids: Sequence[uuid.UUID], note: str) -> list[uuid.UUID]:
        """Continue plans at the next conference; undo deletes the new plans, redo puts the
        same ones back."""
        state: dict[str, Any] = {}

        def apply() -> list[uuid.UUID]:
            if "removed" in state:
                created = plans.restore_plans(self.db, state["removed"])
            else:
                created = plans.carry_over(self.db, plan_ids, note=note)
            state["created"] = [plan.id for plan in created]
            self._changed(Changed(tuple(state["created"]), select=True))
            return list(state["created"])

        def revert() -> None:
            state["removed"] = plans.remove_plans(self.db, state["created"])
            self._changed(Changed(tuple(plan_ids), select=True))

        count = len(plan_ids)
        text = self.tr("Carry over %n plan(s)", "", count)
        return self._perform(text, apply, revert)  # type: ignore[no-any-return]


# Which plan fields each filter and each sortable column depend on: an edit of other fields
# keeps the list's set and order, so only the edited rows are repainted.
FILTER_FIELDS = {
    "conference_id": {"conference_id"},
    "team_id": {"team_id"},
    "status": {"status"},
    "origin": {"origin"},
    "horizon": {"horizon"},
}
COLUMN_FIELDS = {
    "ref": {"conference_id", "team_id"},
    "conference": {"conference_id"},
    "team": {"team_id"},
    "origin": {"origin"},
    "horizon": {"horizon"},
    "status": {"status"},
    "progress": {"progress"},
    "last_change": {"status_changed_on"},
    "due_date": {"due_date"},
}


def keeps_rows(plan_filter: PlanFilter, sort_key: str | None, fields: frozenset[str]) -> bool:
    """Whether an edit of `fields` keeps the list showing the same plans in the same order."""
    texts = {name for name in fields if name.startswith(("title_", "description_"))}
    if texts and plan_filter.search.strip():
        return False
    watched: set[str] = set()
    for name, depends_on in FILTER_FIELDS.items():
        if getattr(plan_filter, name) is not None:
            watched |= depends_on
    if sort_key is not None:
        watched |= COLUMN_FIELDS.get(sort_key, set())
        if sort_key.startswith("title_") and any(name.startswith("title_") for name in texts):
            return False
    return not watched & fields
