"""Undoable edits: each page pushes `Edit`s on its own QUndoStack.

An edit is two callables over the services, `apply` and `revert`. `perform()` runs `apply`
once *before* pushing, so a validation error reaches the form (and nothing is pushed); the
stack's first automatic redo is then skipped. Later redos and undos call the services again
and tell the context which kinds of records changed, so every page refreshes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from secretariat.errors import SecretariatError
from ui.context import AppContext

log = logging.getLogger(__name__)


class Edit(QUndoCommand):
    """One user action, undoable. `apply()` may return a value (e.g. the created record)."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        apply: Callable[[], Any],
        revert: Callable[[], Any],
        kinds: Iterable[str],
    ) -> None:
        super().__init__(text)
        self._context = context
        self._apply = apply
        self._revert = revert
        self._kinds = tuple(kinds)
        self._skip_next_redo = False
        self.result: Any = None

    def run_first(self) -> Any:
        """Apply the edit now; raises SecretariatError (nothing changed) on invalid input."""
        self.result = self._apply()
        self._skip_next_redo = True
        self._notify()
        return self.result

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._guarded(self._apply)

    def undo(self) -> None:
        self._guarded(self._revert)

    def _guarded(self, action: Callable[[], Any]) -> None:
        # An undo can fail when the data moved on (another window, an import): say so
        # rather than crash; the database is unchanged because each service call is atomic.
        try:
            action()
        except SecretariatError as error:
            log.warning("undo/redo failed: %s", error)
            parent = self._context.parent()
            QMessageBox.warning(
                parent if isinstance(parent, QWidget) else None,
                self.text(),
                str(error),
            )
        self._notify()

    def _notify(self) -> None:
        for kind in self._kinds:
            self._context.notify(kind)


def perform(stack: QUndoStack, edit: Edit) -> Any:
    """Run the edit (raising on invalid input, pushing nothing) then make it undoable."""
    result = edit.run_first()
    stack.push(edit)
    return result


def without_version(changes: Mapping[str, Any]) -> dict[str, Any]:
    """An edit's changes without the version its editor showed: what a redo sends, since the
    undo before it moved the version on."""
    return {name: value for name, value in changes.items() if name != "version"}
