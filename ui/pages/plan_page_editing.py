"""The editing half of the Plans page: one dialog open at a time (the plan editor, the status
change, the carry-over), each saving through the page's undoable `PlanEdits`; deleting the
selected plans once the user agreed; and those dialogs opened over sample plans for `make
screenshots`. `PlansPage` is the list half; the page is both.

The texts stay filed under "PlansPage", where the translations have them: the counted ones
come from the list half's tr() (lupdate finds plural forms only in tr()), the others are
translated here under that literal context (in a base class, self.tr() would look them up
under the subclass's name, where lupdate never files them)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from secretariat.errors import SecretariatError, ValidationError
from secretariat.models import Plan, PlanStatus
from secretariat.services import conferences, plan_query, plans, records
from secretariat.services.plan_query import PlanFilter
from ui.context import AppContext
from ui.dialogs.carry_over import CarryOverDialog
from ui.dialogs.plan_editor import PlanEditor
from ui.dialogs.record_dialog import RecordDialog
from ui.dialogs.status_change import StatusChangeDialog
from ui.pages.plan_edits import PlanEdits
from ui.pages.record_operations import first_text
from ui.pages.record_table import RecordTable
from ui.widgets.message_bar import MessageAction

# For the type checker a widget (it is mixed into one); at run time a plain mixin, so that
# nothing here stands before QWidget's own methods.
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class PlanPageEditing(_Widget):
    """Mixed into PlansPage; the list half provides what is declared here."""

    context: AppContext
    view: RecordTable
    edits: PlanEdits
    dialog: QDialog | None  # the open editor or status/carry-over dialog

    # -- provided by the list half ------------------------------------------------------

    def selected_plan_ids(self) -> list[uuid.UUID]:
        raise NotImplementedError

    def current_plan_id(self) -> uuid.UUID | None:
        raise NotImplementedError

    def select_plans(self, plan_ids: Iterable[uuid.UUID], current: uuid.UUID | None = None) -> None:
        raise NotImplementedError

    def current_filter(self) -> PlanFilter:
        raise NotImplementedError

    def show_message(
        self, text: str, *, error: bool = False, action: MessageAction | None = None
    ) -> None:
        raise NotImplementedError

    def hide_message(self) -> None:
        raise NotImplementedError

    def delete_question(self, count: int) -> str:
        """ "Delete 2 plans with their status history?" (the counted texts are the list
        half's, see the module's docstring)."""
        raise NotImplementedError

    def deleted_message(self, count: int) -> str:
        raise NotImplementedError

    def status_changed_message(self, count: int) -> str:
        raise NotImplementedError

    def carried_over_message(self, count: int) -> str:
        raise NotImplementedError

    # -- the one dialog -----------------------------------------------------------------

    def _open(self, dialog: RecordDialog) -> None:
        dialog.set_read_only(self.context.read_only)
        dialog.mark_clean()
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.view.setFocus()

    def _busy(self) -> bool:
        """A dialog is open already: bring it forward instead of opening another."""
        if self.dialog is None:
            return False
        self.dialog.raise_()
        self.dialog.activateWindow()
        return True

    # -- add, edit, delete --------------------------------------------------------------

    @Slot()
    def add_plan(self) -> None:
        if self.context.read_only or self._busy():
            return
        editor = PlanEditor(self.context, self)
        plan_filter = self.current_filter()
        editor.preset(plan_filter.conference_id, plan_filter.team_id)
        editor.set_save(self._save_new)
        self._open(editor)

    def _save_new(self, values: dict[str, Any]) -> uuid.UUID:
        name = first_text(values, "title", self.context.display_languages())
        self.hide_message()  # before the edit: it may say the new plan is hidden
        return self.edits.add(values, name)

    @Slot()
    def edit_plan(self) -> None:
        plan_id = self.current_plan_id()
        if plan_id is None or self._busy():
            return
        try:
            with self.context.db.read() as session:
                plan = records.get(session, plans.PLAN, plan_id)
                ref = plans.plan_ref(session, plan)
                earlier = (
                    session.get(Plan, plan.continues_plan_id) if plan.continues_plan_id else None
                )
                continues = plans.plan_ref(session, earlier) if earlier else None
        except SecretariatError as error:  # deleted meanwhile
            self.show_message(str(error), error=True)
            return
        editor = PlanEditor(self.context, self)
        editor.load(plan, ref, continues)
        loaded = editor.values()
        editor.set_save(lambda values: self._save_changes(plan_id, loaded, values))
        self._open(editor)

    def _save_changes(
        self, plan_id: uuid.UUID, loaded: dict[str, Any], values: dict[str, Any]
    ) -> uuid.UUID:
        """Only what was changed is written (and named in the undo entry)."""
        changes = {name: value for name, value in values.items() if loaded.get(name) != value}
        self.hide_message()  # before the edit: it may say the plan is hidden now
        if changes:
            name = first_text(values, "title", self.context.display_languages())
            self.edits.update(plan_id, changes, name)
        return plan_id

    @Slot()
    def delete_plans(self) -> None:
        plan_ids = self.selected_plan_ids()
        if self.context.read_only or not plan_ids:
            return
        undo_note = QCoreApplication.translate("PlansPage", "Undo brings them back.")
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("PlansPage", "Delete plans"),
            self.delete_question(len(plan_ids)) + "\n" + undo_note,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.edits.delete(plan_ids)
        except ValidationError as error:
            refused = QCoreApplication.translate(
                "PlansPage", "Not deleted — {value}: expected {expected}."
            )
            expected = error.expected_in(self.context.ui_language)
            self.show_message(refused.format(value=error.value, expected=expected), error=True)
            return
        except SecretariatError as error:
            self.show_message(str(error), error=True)
            return
        self.show_message(self.deleted_message(len(plan_ids)))

    # -- status, carry-over -------------------------------------------------------------

    @Slot()
    def change_status(self) -> None:
        plan_ids = self.selected_plan_ids()
        if self.context.read_only or not plan_ids or self._busy():
            return
        refs, statuses = self._refs_and_statuses(plan_ids)
        dialog = StatusChangeDialog(self.context, refs, statuses, self)
        dialog.set_save(lambda values: self._save_status(plan_ids, values))
        self._open(dialog)

    def _save_status(self, plan_ids: list[uuid.UUID], values: dict[str, Any]) -> int:
        changed = self.edits.change_status(plan_ids, values)
        self.show_message(self.status_changed_message(changed))
        return changed

    def _refs_and_statuses(self, plan_ids: list[uuid.UUID]) -> tuple[list[str], list[PlanStatus]]:
        refs, statuses = [], []
        with self.context.db.read() as session:
            for plan_id in plan_ids:
                plan = session.get(Plan, plan_id)
                if plan is not None:
                    refs.append(plans.plan_ref(session, plan))
                    statuses.append(plan.status)
        return refs, statuses

    @Slot()
    def carry_over(self) -> None:
        plan_ids = self.selected_plan_ids()
        if self.context.read_only or not plan_ids or self._busy():
            return
        try:
            preview = plans.preview_carry_over(self.context.db, plan_ids)
        except SecretariatError as error:
            self.show_message(str(error), error=True)
            return
        dialog = CarryOverDialog(self.context, preview, self)
        dialog.set_save(self._save_carry_over)
        self._open(dialog)

    def _save_carry_over(self, values: dict[str, Any]) -> list[uuid.UUID]:
        created = self.edits.carry_over(values["plan_ids"], values["note"])
        self.show_message(self.carried_over_message(len(created)))
        return created

    # -- for make screenshots -----------------------------------------------------------

    def screenshot_dialogs(self) -> list[tuple[str, Callable[[], QWidget]]]:
        """The page's dialogs, opened over sample plans, for `make screenshots`."""

        def opened(open_dialog: Callable[[], None], plan_ids: list[uuid.UUID]) -> QWidget:
            kept = (self.selected_plan_ids(), self.current_plan_id())
            if plan_ids:
                self.select_plans(plan_ids)
            open_dialog()
            assert self.dialog is not None
            self.dialog.finished.connect(lambda _result: self.select_plans(*kept))
            return self.dialog

        current = self.current_plan_id()
        dialogs: list[tuple[str, Callable[[], QWidget]]] = [
            ("plan-editor", lambda: opened(self.edit_plan, [current] if current else []))
        ]
        if not self.context.read_only:
            samples = self._carry_over_samples()
            dialogs += [
                ("plan-status", lambda: opened(self.change_status, samples[:3])),
                ("plan-carry-over", lambda: opened(self.carry_over, samples)),
            ]
        return dialogs

    def _carry_over_samples(self) -> list[uuid.UUID]:
        """Three plans of the last conference that has a next one, and one of the conference
        before it (already carried over, most likely: the preview shows a refusal too)."""
        numbers = sorted(
            conference.number for conference in conferences.list_conferences(self.context.db)
        )
        chosen: list[uuid.UUID] = []
        for number, wanted in zip(reversed(numbers[:-1]), (3, 1), strict=False):
            conference = conferences.get_by_number(self.context.db, number)
            found = plan_query.find_plan_ids(
                self.context.db, PlanFilter(conference_id=conference.id)
            )
            chosen += found[:wanted]
        return chosen
