"""Undoable edits: every page pushes `Edit`s on the window's one QUndoStack.

An edit is two callables over the services, `apply` and `revert`. `perform()` runs `apply`
once *before* pushing, so a validation error reaches the form (and nothing is pushed); the
stack's first automatic redo is then skipped. Later redos and undos call the services again
and tell the context which kinds of records changed, so every page refreshes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from secretariat.errors import SecretariatError
from ui.context import AppContext

log = logging.getLogger(__name__)


UNDO_TEXT_LIMIT = 60  # characters of an edit's name in the Edit menu and the Undo button


def short_text(text: str, limit: int = UNDO_TEXT_LIMIT) -> str:
    """An edit's name as a menu shows it: a 500-character title would fill the Edit menu
    and push the Undo button off the toolbar, so a long one ends in "…"."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


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
        super().__init__(short_text(text))
        self._context = context
        self._apply = apply
        self._revert = revert
        self._kinds = tuple(kinds)
        self._skip_next_redo = False
        self.result: Any = None
        self.page = context.current_page  # where it was made: an undo elsewhere goes there

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
        self._tell_if_elsewhere(redone=True)
        self._guarded(self._apply)

    def undo(self) -> None:
        self._tell_if_elsewhere(redone=False)
        self._guarded(self._revert)

    def _tell_if_elsewhere(self, *, redone: bool) -> None:
        """Undone from another page than the edit's own: the window shows its page and says
        what it undid, so nothing changes out of sight."""
        if self.page and self.page != self._context.current_page:
            self._context.edit_elsewhere.emit(self.page, self.text(), redone)

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


class UndoActions(QObject):
    """Undo and Redo for a page's toolbar and menus, named in the interface language at every
    change of the history and of the language: Qt's own undo actions keep the language they
    were made in ("Undo 1850-01-01 회의 기록" after switching to Korean)."""

    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = stack
        self.undo = QAction(parent)
        self.redo = QAction(parent)
        self.undo.triggered.connect(stack.undo)
        self.redo.triggered.connect(stack.redo)
        stack.indexChanged.connect(self.update)
        stack.cleanChanged.connect(self.update)
        self.update()

    @Slot()
    def update(self) -> None:
        if not isValid(self.stack):  # the history goes with its window's context, first
            return
        translate = QCoreApplication.translate
        for action, can, text, plain, named in (
            (
                self.undo,
                self.stack.canUndo(),
                self.stack.undoText(),
                translate("UndoActions", "Undo"),
                translate("UndoActions", "Undo {edit}"),
            ),
            (
                self.redo,
                self.stack.canRedo(),
                self.stack.redoText(),
                translate("UndoActions", "Redo"),
                translate("UndoActions", "Redo {edit}"),
            ),
        ):
            action.setEnabled(can)
            action.setText(named.format(edit=text) if can and text else plain)
