"""The parts of the meeting form: the list of plan status updates decided at the meeting,
typed from the keyboard (pick a plan with the type-ahead, set its new status and a note)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import ValidationError
from secretariat.labels import enum_label, field_label
from secretariat.messages import expected
from secretariat.models import PlanStatus
from secretariat.services.meetings import DecidedChange, PlanChoice
from secretariat.services.plans import StatusUpdate
from ui.context import AppContext
from ui.models.meetings import StatusUpdatesModel, UpdateRow
from ui.widgets.form_fields import EnumCombo
from ui.widgets.plan_picker import PlanPicker, choice_title

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

# The status a decided update most often moves a plan to, offered first; never the status it
# has now (the save would refuse it). An implemented plan has no usual next step: the status
# is left unset and the person chooses.
NEXT_STATUS: dict[PlanStatus, PlanStatus | None] = {
    PlanStatus.agreed: PlanStatus.in_progress,
    PlanStatus.in_progress: PlanStatus.implemented,
    PlanStatus.on_hold: PlanStatus.in_progress,
    PlanStatus.dropped: PlanStatus.in_progress,
    PlanStatus.implemented: None,
}


class StatusDelegate(QStyledItemDelegate):
    """Edits a row's new status with the statuses' labels."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context

    def createEditor(  # noqa: N802
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Any
    ) -> QWidget:
        return EnumCombo(PlanStatus, self._context.ui_language, parent=parent)

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, EnumCombo)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, EnumCombo)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class StatusUpdatesEditor(QWidget):
    """Pick a plan (type, arrows, Enter), set its new status and a note, Enter to add it."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._candidate: PlanChoice | None = None
        self.picker = PlanPicker(context.db)
        self.picker.set_languages(context.display_languages(), context.ui_language)
        self.picker.picked.connect(self._picked)
        self.status = EnumCombo(PlanStatus, context.ui_language, empty_label="")
        self.note = QLineEdit()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_candidate)
        self.candidate_label = QLabel()
        self.candidate_label.setWordWrap(True)
        self.model = StatusUpdatesModel(context, self)
        self.table = self._make_table()
        # Connected after the view's own slots, so a new row is in the view when its columns
        # are fitted (before, the first row was measured as absent and came out clipped).
        self.model.rowsInserted.connect(lambda *_args: self.changed.emit())
        self.model.rowsInserted.connect(lambda *_args: self._fit_columns())
        self.model.modelReset.connect(self._fit_columns)
        self.model.dataChanged.connect(lambda *_args: self._fit_columns())
        self.model.rowsRemoved.connect(lambda *_args: self.changed.emit())
        self.model.dataChanged.connect(lambda *_args: self.changed.emit())
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_current)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        for widget in (self.status, self.note):
            widget.installEventFilter(self)
        self._lay_out()
        self.retranslate()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        # A long title wraps onto a second line of its row rather than being cut; the
        # reference and the statuses get columns as wide as their text, so they never break.
        table.setWordWrap(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setItemDelegateForColumn(
            StatusUpdatesModel.TO_STATUS, StatusDelegate(self._context, table)
        )
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        # Row insertions do not re-run ResizeToContents: size the short columns by hand.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for position in (1, StatusUpdatesModel.NOTE):  # title and note share the rest
            header.setSectionResizeMode(position, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(130)
        table.installEventFilter(self)
        return table

    def _fit_columns(self) -> None:
        for position in (0, 2, 3):  # reference and the two statuses
            self.table.resizeColumnToContents(position)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit_columns()  # fonts and style are final only once shown

    def _lay_out(self) -> None:
        entry = QHBoxLayout()
        entry.addWidget(self.picker, 3)
        entry.addWidget(self.status, 1)
        entry.addWidget(self.note, 2)
        entry.addWidget(self.add_button)
        below = QHBoxLayout()
        below.addWidget(self.hint, 1)
        below.addWidget(self.remove_button)
        self.entry = QWidget()
        entry_box = QVBoxLayout(self.entry)
        entry_box.setContentsMargins(0, 0, 0, 0)
        entry_box.addLayout(entry)
        entry_box.addWidget(self.candidate_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        layout.addWidget(self.table)
        layout.addLayout(below)

    def retranslate(self) -> None:
        self.picker.retranslate()
        self.note.setPlaceholderText(field_label("note", self._context.ui_language))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.hint.setText(
            self.tr(
                "Type to find a plan, arrows and Enter to pick it, Enter again to add it "
                "(Ctrl+F jumps here). Delete removes the selected row."
            )
        )
        self._show_candidate()

    # -- typing an update -----------------------------------------------------------------

    def set_teams(self, team_ids: Iterable[uuid.UUID]) -> None:
        self.picker.set_teams(team_ids)

    def _picked(self, choice: PlanChoice) -> None:
        self._candidate = choice
        self.status.set_value(NEXT_STATUS[choice.status])
        self._show_candidate()
        self.status.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _show_candidate(self) -> None:
        choice = self._candidate
        if choice is None:
            self.candidate_label.setText(self.tr("No plan picked yet."))
            return
        title = choice_title(choice, self._context.display_languages())
        status = enum_label(choice.status, self._context.ui_language)
        self.candidate_label.setText(
            self.tr("Picked: {ref} {title} (now {status}). Enter adds it.").format(
                ref=choice.ref, title=title, status=status
            )
        )

    def candidate(self) -> PlanChoice | None:
        return self._candidate

    def add_candidate(self) -> None:
        choice = self._candidate
        if choice is None:
            self.picker.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        to_status = self.status.value()
        if to_status is None:  # an implemented plan: no status is offered, one must be chosen
            self.candidate_label.setText(
                self.tr("Choose the new status of {ref} first.").format(ref=choice.ref)
            )
            self.status.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.model.add(
            UpdateRow(
                plan_id=choice.plan_id,
                ref=choice.ref,
                titles=choice.titles,
                from_status=choice.status,
                to_status=to_status,
                note=self.note.text().strip(),
            )
        )
        self.picker.set_excluded(self.model.plan_ids())
        self._candidate = None
        self.status.set_value(None)  # the next pick proposes its own
        self.note.clear()
        self._show_candidate()
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        self.model.remove(self.table.currentIndex().row())
        self.picker.set_excluded(self.model.plan_ids())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if watched in (self.status, self.note) and event.key() in ENTER_KEYS and plain:
                self.add_candidate()
                return True
            editing = self.table.state() == QAbstractItemView.State.EditingState
            if watched is self.table and event.key() == Qt.Key.Key_Delete and not editing:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    # -- values ---------------------------------------------------------------------------

    def updates(self) -> list[StatusUpdate]:
        return [StatusUpdate(row.plan_id, row.to_status, row.note) for row in self.model.rows]

    def check(self) -> None:
        """What the form refuses before saving: a picked plan left out, a status unchanged."""
        if self._candidate is not None:
            raise ValidationError("plan", self._candidate.ref, expected("picked_plan_added"))
        for row in self.model.rows:
            if row.to_status == row.from_status:
                raise ValidationError(
                    "plan", row.ref, expected("new_status", ref=row.ref, status=row.to_status)
                )

    def show_decided(self, decided: list[DecidedChange]) -> None:
        """A saved meeting's updates, read-only (they are part of the plans' histories)."""
        rows = [
            UpdateRow(
                plan_id=change.plan_id,
                ref=change.plan_ref,
                titles=change.plan_titles,
                from_status=change.from_status,
                to_status=change.to_status,
                note=change.note,
                change_id=change.change_id,
            )
            for change in decided
        ]
        self.model.set_rows(rows, read_only=True)
        self.entry.setVisible(False)
        self.remove_button.setVisible(False)
        self.hint.setText(
            self.tr("Status changes decided at this meeting are kept in the plans' histories.")
        )

    def set_read_only(self, read_only: bool) -> None:
        if read_only:
            self.entry.setVisible(False)
            self.remove_button.setVisible(False)
            self.model.read_only = True

    def focus_stops(self) -> list[QWidget]:
        return [self.picker, self.status, self.note, self.add_button, self.table]
