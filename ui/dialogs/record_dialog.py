"""The editor dialog every record shares: a RecordForm, Save and Cancel, and the save flow.

Before saving, the record as typed is reviewed by the core's rules (records.review): every
error and warning appears at once next to its field; errors keep the dialog open with what
was typed, warnings turn Save into "Save anyway" for one more press. A ValidationError from
the save itself (a rule the review could not see) appears next to its field the same way."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import (
    ConflictError,
    SecretariatError,
    ServerUnreachableError,
    ValidationError,
    localised,
)
from secretariat.labels import field_label
from secretariat.rules import Problem, problem_of
from secretariat.services import records
from ui.context import AppContext
from ui.widgets.field_problems import (
    WARNING_STYLE,
    WarnOnce,
    elsewhere_text,
    interface_language,
    save_anyway_note,
    save_text,
)
from ui.widgets.record_form import ERROR_STYLE, RecordForm

Save = Callable[[dict[str, Any]], Any]
RETRY_MS = 5000  # a save the server could not take is tried again this often


class RecordDialog(QDialog):
    """Subclasses add rows to `self.form`, fill them in `load()` and read them in `values()`.
    `save(values)` is the page's: it performs the undoable edit and raises on bad input."""

    saved = Signal(object)  # what save() returned (the record, usually)
    # The kind whose rules review the values before they are saved (None: no review).
    review_spec: ClassVar[records.RecordSpec[Any] | None] = None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.read_only = False
        self._save: Save | None = None
        self._clean_values: dict[str, Any] | None = None
        self._warn_once = WarnOnce()
        self.record_id: uuid.UUID | None = None
        self.record_version: int | None = None
        self.changes_button: QPushButton | None = None
        self.retry_timer = QTimer(self, interval=RETRY_MS, singleShot=True)
        self.retry_timer.timeout.connect(self.accept)
        self.finished.connect(self.retry_timer.stop)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.form = RecordForm()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+S saves every editor, as it does the meeting form (Ctrl+Return too, from a
        # multi-line text where Return starts a new line).
        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return"):
            QShortcut(QKeySequence(keys), self, self._save_from_keyboard)
        # Kept typed: QWidget.layout() is a plain Optional[QLayout], and subclasses insert
        # their own parts between the banner and the form.
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.banner)
        self.main_layout.addWidget(self.form, 1)
        self.main_layout.addWidget(self.buttons)

    @property
    def language(self) -> str:
        return self.context.ui_language

    def label(self, field: str) -> str:
        """A field's caption from labels.py in the interface language."""
        return field_label(field, self.language)

    # -- for subclasses -----------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The fields as typed, keyed by the service's names."""
        raise NotImplementedError

    def review(self, values: dict[str, Any]) -> list[Problem]:
        """Every problem of the record as typed (errors and warnings), before it is saved:
        the core's rules for `review_spec`; a dialog with more to say adds to them."""
        if self.review_spec is None:
            return []
        fields = {name: value for name, value in values.items() if name != "version"}
        try:
            return records.review(self.context.db, self.review_spec, fields, self.record_id)
        except SecretariatError:  # the record is gone, the server away: the save will say
            return []

    # -- flow ---------------------------------------------------------------------------

    def set_save(self, save: Save) -> None:
        self._save = save

    def set_record(self, record_id: uuid.UUID, version: int | None = None) -> None:
        """An existing record: its Changes… button shows who changed what, and when; with
        its version, a save finds out whether someone changed it since it was shown."""
        self.record_id = record_id
        self.record_version = version
        if self.changes_button is None:
            self.changes_button = QPushButton(
                QCoreApplication.translate("RecordDialog", "C&hanges…")
            )
            self.changes_button.setObjectName("changes_button")
            self.buttons.addButton(self.changes_button, QDialogButtonBox.ButtonRole.HelpRole)
            self.changes_button.clicked.connect(self.show_changes)

    def show_changes(self) -> QDialog:
        from ui.dialogs.changes import show_changes

        assert self.record_id is not None
        return show_changes(self, self.context, self.record_id)

    def mark_clean(self) -> None:
        """Remember the loaded values: closing with other values asks first."""
        self._clean_values = self.values()

    def is_dirty(self) -> bool:
        return self._clean_values is not None and self.values() != self._clean_values

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.form.set_read_only(read_only)
        save_button = self.save_button()
        save_button.setVisible(not read_only)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(
            QCoreApplication.translate("RecordDialog", "Close")
            if read_only
            else QCoreApplication.translate("RecordDialog", "Cancel")
        )

    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _save_from_keyboard(self) -> None:
        if not self.read_only:  # read-only: nothing to save, and the dialog stays open
            self.accept()

    def accept(self) -> None:
        if self.read_only or self._save is None:
            super().accept()
            return
        self.form.clear_errors()
        self.banner.clear()
        self.banner.setVisible(False)
        values = self.values()
        if not self._may_save(values, self.review(values)):
            return
        if self.record_version is not None:
            values["version"] = self.record_version
        self._try_save(values)

    def _may_save(self, values: dict[str, Any], problems: list[Problem]) -> bool:
        """Show every problem at once; go on only without errors, and with warnings only
        once they were shown for exactly these values (the second press, "Save anyway")."""
        self.form.clear_errors()
        go_on = self._warn_once.may_save(values, problems)
        self.save_button().setText(save_text(self._warn_once.asking))
        if problems and not go_on:
            self.show_problems(problems)
            if self._warn_once.asking:
                self.show_banner(save_anyway_note(), warning=True)
        return go_on

    def show_problems(self, problems: list[Problem]) -> None:
        """Problems next to their fields; those of no field above the form."""
        elsewhere = self.form.show_problems(problems)
        if elsewhere:
            self.show_banner(
                "\n".join(elsewhere_text(problem) for problem in elsewhere),
                warning=not any(problem.is_error for problem in elsewhere),
            )

    def _try_save(self, values: dict[str, Any]) -> None:
        assert self._save is not None
        try:
            result = self._save(values)
        except ConflictError as error:
            self._resolve(error, values)
            return
        except ValidationError as error:
            self.show_problems(problem_of(error))
            return
        except ServerUnreachableError:
            self._retry_later()
            return
        except SecretariatError as error:
            self.show_banner(localised(error, interface_language()))
            return
        self.retry_timer.stop()
        self._clean_values = None
        self.saved.emit(result)
        super().accept()

    def reject(self) -> None:
        if not self.read_only and self.is_dirty() and not self._confirm_discard():
            return
        super().reject()

    def _resolve(self, conflict: ConflictError, mine: dict[str, Any]) -> None:
        """Someone saved the record since it was opened: show what they changed, and let the
        user keep theirs, merge, or overwrite — never overwrite without asking."""
        from ui.dialogs.conflict import ask_about_conflict

        choice = ask_about_conflict(self, conflict, mine, self.language)
        if choice == "theirs":
            self._clean_values = None
            super().reject()
            return
        if choice == "merge":
            mine = {**mine, **{k: v for k, v in conflict.theirs.items() if k in mine}}
        if choice in ("merge", "mine"):
            self.record_version = conflict.version
            self._try_save({**mine, "version": conflict.version})

    def _retry_later(self) -> None:
        """The server is away: what was typed stays here, and Save is tried again (with the
        form as it is then) until it goes through or the dialog is closed."""
        self.show_banner(
            QCoreApplication.translate(
                "RecordDialog",
                "The server cannot be reached. Your changes are kept here and saved as soon "
                "as it is back.",
            )
        )
        self.retry_timer.start()

    def show_banner(self, message: str, *, warning: bool = False) -> None:
        self.banner.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
        self.banner.setText(message)
        self.banner.setVisible(True)

    def messages_shown(self) -> dict[str, str]:
        """Every message the form shows under a field, by the row's first field name, and
        the banner's as "": what a person reads after pressing Save."""
        shown = self.form.errors_shown()
        if self.banner.isVisibleTo(self):
            shown[""] = self.banner.text()
        return shown

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            QCoreApplication.translate("RecordDialog", "Discard the changes you typed?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def retranslate(self) -> None:
        self.form.retranslate()
