"""The editing half of a record list page: the one editor open at a time, saving through
the kind's operations as undoable edits, deleting the selected records, and asking before
typed changes are lost. `RecordListPage` is the list half; a page is both."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from secretariat.errors import SecretariatError
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.pages.record_operations import RecordOperations, create_edit, delete_edit, update_edit
from ui.pages.record_table import RecordTable
from ui.undo import Edit, perform

# For the type checker a widget (it is mixed into one); at run time a plain mixin, so that
# nothing here stands before QWidget's own methods.
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class RecordEditing(_Widget):
    """Mixed into RecordListPage; the list half provides what is declared here."""

    key: str
    kind: str
    context: AppContext
    undo_stack: QUndoStack
    view: RecordTable
    editor: RecordDialog | None
    operations: RecordOperations | None

    # -- provided by the list half ------------------------------------------------------

    def current_id(self) -> uuid.UUID | None:
        raise NotImplementedError

    def selected_ids(self) -> list[uuid.UUID]:
        raise NotImplementedError

    def select_record(self, record_id: uuid.UUID) -> None:
        raise NotImplementedError

    def texts(self) -> dict[str, str]:
        raise NotImplementedError

    def show_message(self, text: str, *, error: bool = False) -> None:
        raise NotImplementedError

    def hide_message(self) -> None:
        raise NotImplementedError

    # -- for subclasses -----------------------------------------------------------------

    def make_operations(self) -> RecordOperations | None:
        """How this kind is written (None: the page overrides delete_record, restore_record
        and writes with perform_create, perform_update)."""
        return None

    def make_editor(self, record_id: uuid.UUID | None) -> RecordDialog:
        """The editor for a new record (None) or an existing one, filled."""
        raise NotImplementedError

    def record_name(self, values: dict[str, Any]) -> str:
        """What the undo entries call the record being saved."""
        raise NotImplementedError

    def save_record(self, record_id: uuid.UUID | None, values: dict[str, Any]) -> uuid.UUID:
        """Create or update through an undoable Edit (texts "add" and "change" name it);
        returns the record's id."""
        operations = self.operations
        if operations is None:
            raise NotImplementedError
        texts, name = self.texts(), self.record_name(values)
        if record_id is None:
            create = operations.create
            return self.perform_create(
                texts["add"].format(name=name),
                lambda: create(values),
                operations.delete,
                operations.restore,
            )
        text = texts["change"].format(name=name)
        return self.perform_update(text, record_id, operations.update, values)

    def delete_record(self, record_id: uuid.UUID) -> dict[str, Any]:
        """Delete through the service; returns the snapshot that restore_record takes."""
        if self.operations is None:
            raise NotImplementedError
        return self.operations.delete(record_id)

    def restore_record(self, snapshot: dict[str, Any]) -> Any:
        if self.operations is None:
            raise NotImplementedError
        return self.operations.restore(snapshot)

    def deleted_message(self, count: int) -> str:
        """ "Deleted 2 teams. Undo brings them back." (a plural through Qt's %n)."""
        raise NotImplementedError

    # -- the editor -----------------------------------------------------------------------

    def new_record(self) -> None:
        if not self.context.read_only:
            self._open_editor(None)

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self._open_editor(record_id)

    def _open_editor(self, record_id: uuid.UUID | None) -> None:
        if self.editor is not None:
            self.editor.raise_()
            self.editor.activateWindow()
            return
        try:
            editor = self.make_editor(record_id)
        except SecretariatError as error:  # deleted meanwhile
            self.show_message(str(error), error=True)
            return
        editor.set_save(lambda values: self._saved(record_id, values))
        editor.set_read_only(self.context.read_only)
        editor.mark_clean()
        editor.finished.connect(self._editor_closed)
        self.editor = editor
        editor.open()

    def _saved(self, record_id: uuid.UUID | None, values: dict[str, Any]) -> uuid.UUID:
        saved_id = self.save_record(record_id, values)
        self.hide_message()
        self.select_record(saved_id)
        return saved_id

    def _editor_closed(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = None
        self.window().activateWindow()  # back to the list, ready for the next shortcut
        self.view.setFocus()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if self.context.read_only or not ids:
            return
        edit = self.make_delete_edit(self.delete_edit_text(len(ids)), ids)
        try:
            perform(self.undo_stack, edit)
        except SecretariatError as error:
            self.show_message(str(error), error=True)
            return
        self.show_message(self.deleted_message(len(ids)))

    # -- undoable edits -----------------------------------------------------------------

    def perform_create(
        self,
        text: str,
        create: Callable[[], Any],
        delete: Callable[[uuid.UUID], dict[str, Any]],
        restore: Callable[[dict[str, Any]], Any],
    ) -> uuid.UUID:
        """Create a record; undo deletes it, redo puts the same record (same id) back."""
        edit = create_edit(self.context, self.kind, text, create, delete, restore)
        return perform(self.undo_stack, edit)  # type: ignore[no-any-return]

    def perform_update(
        self,
        text: str,
        record_id: uuid.UUID,
        update: Callable[[uuid.UUID, dict[str, Any]], tuple[Any, dict[str, Any]]],
        changes: dict[str, Any],
    ) -> uuid.UUID:
        """Change a record; undo puts back the values it had before."""
        edit = update_edit(self.context, self.kind, text, record_id, update, changes)
        perform(self.undo_stack, edit)
        return record_id

    def delete_edit_text(self, count: int) -> str:
        """The undo text of deleting `count` records; each page names its kind."""
        raise NotImplementedError

    def make_delete_edit(self, text: str, record_ids: list[uuid.UUID]) -> Edit:
        """Delete records, all or nothing; undo restores them."""
        return delete_edit(
            self.context, self.kind, text, record_ids, self.delete_record, self.restore_record
        )

    # -- Page ---------------------------------------------------------------------------

    def screenshot_dialogs(self) -> list[tuple[str, Callable[[], QWidget]]]:
        """For `make screenshots`: the editor, opened on the first record of the list."""

        def open_first() -> QWidget:
            self.view.selectRow(0)
            self.edit_current()
            return self.editor if self.editor is not None else self

        return [(f"{self.key}-editor", open_first)]

    def may_close(self) -> bool:
        """The window may close unless an open editor holds typed changes the user keeps."""
        editor = self.editor
        if editor is None or editor.read_only or not editor.is_dirty():
            return True
        editor.raise_()
        answer = QMessageBox.question(
            editor,
            editor.windowTitle(),
            QCoreApplication.translate(
                "RecordListPage", "You typed changes that are not saved. Discard them?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
