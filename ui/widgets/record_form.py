"""The form of a record editor: rows of caption and field, each with the service's message
under it when a ValidationError or a rule's problem names that field.

The fields themselves are in ui/widgets/form_fields.py and the records they offer in
ui/widgets/form_choices.py. Fields hand the services what was typed: the services validate,
and their message appears under the field while the typed text stays in place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import ValidationError
from secretariat.models import LANGUAGES
from secretariat.rules import Problem, problem_of

# ERROR_STYLE is named here for the dialogs that import it with the form.
from ui.widgets.field_problems import ERROR_STYLE as ERROR_STYLE
from ui.widgets.field_problems import WARNING_STYLE, error_text, problem_text
from ui.widgets.form_fields import INVALID_STYLE, CheckList, DateField, set_invalid
from ui.widgets.multilingual import MultilingualEdit


def describe(error: ValidationError) -> str:
    """The message shown under a field: what was expected (the field is the row itself), in
    the interface language."""
    return error_text(error)


@dataclass
class FormRow:
    names: tuple[str, ...]  # the service's field names this row edits (title, title_ko, ...)
    caption: Callable[[], str]
    label: QLabel
    widget: QWidget
    error: QLabel


class RecordForm(QWidget):
    """Rows of caption, field and (hidden until needed) the field's error message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout()
        self._grid.setColumnStretch(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._grid)
        outer.addStretch(1)  # rows keep their height; extra space goes below them
        self._rows: list[FormRow] = []
        self._by_name: dict[str, FormRow] = {}
        self.setStyleSheet(INVALID_STYLE)

    def add_row(
        self, names: str | Sequence[str], caption: Callable[[], str], widget: QWidget
    ) -> None:
        names = (names,) if isinstance(names, str) else tuple(names)
        if isinstance(widget, MultilingualEdit):
            names += tuple(widget.values())  # title_en, title_ko, ...
        label = QLabel(caption())
        label.setBuddy(widget)
        alignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setObjectName(f"error_{names[0]}")
        error.setVisible(False)
        position = len(self._rows) * 2
        self._grid.addWidget(label, position, 0, alignment)
        self._grid.addWidget(widget, position, 1)
        self._grid.addWidget(error, position + 1, 1)
        row = FormRow(names, caption, label, widget, error)
        self._rows.append(row)
        for name in names:
            self._by_name[name] = row
        _connect_changed(widget, lambda: self._clear_row(row))

    def widget(self, name: str) -> QWidget:
        return self._by_name[name].widget

    def show_error(self, error: ValidationError) -> bool:
        """Show the message(s) under their field and move the focus there; False when no
        row edits that field (the dialog then shows it above the form)."""
        return not self.show_problems(problem_of(error))

    def show_problems(self, problems: Sequence[Problem]) -> list[Problem]:
        """Every problem under its field at once (errors red, warnings amber), the focus on
        the first error's field; returns the problems of fields no row edits."""
        self.clear_errors()
        elsewhere: list[Problem] = []
        first: tuple[FormRow, str] | None = None
        for problem in problems:
            row = self._by_name.get(problem.field)
            if row is None:
                elsewhere.append(problem)
                continue
            shown = row.error.text() if row.error.isVisibleTo(self) else ""
            row.error.setText("\n".join(filter(None, [shown, problem_text(problem)])))
            if problem.is_error or not shown:
                row.error.setStyleSheet(ERROR_STYLE if problem.is_error else WARNING_STYLE)
            row.error.setVisible(True)
            if problem.is_error:
                set_invalid(row.widget, True)
                first = first or (row, problem.field)
        if first is not None:
            _focus(first[0].widget, first[1])
        return elsewhere

    def error_text(self, name: str) -> str:
        """The message shown under a field ("" when none): what a person reads."""
        row = self._by_name[name]
        return row.error.text() if row.error.isVisibleTo(self) else ""

    def errors_shown(self) -> dict[str, str]:
        """The message under each row that shows one, by the row's first field name."""
        return {row.names[0]: row.error.text() for row in self._rows if row.error.isVisibleTo(self)}

    def clear_errors(self) -> None:
        for row in self._rows:
            self._clear_row(row)

    def _clear_row(self, row: FormRow) -> None:
        if row.error.isVisibleTo(self):
            row.error.clear()
            row.error.setVisible(False)
            set_invalid(row.widget, False)

    def set_read_only(self, read_only: bool) -> None:
        for row in self._rows:
            _set_read_only(row.widget, read_only)

    def retranslate(self) -> None:
        for row in self._rows:
            row.label.setText(row.caption())


def _connect_changed(widget: QWidget, slot: Callable[[], None]) -> None:
    if isinstance(widget, DateField | MultilingualEdit | CheckList):
        widget.changed.connect(slot)
    elif isinstance(widget, QLineEdit):
        widget.textEdited.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)


def _set_read_only(widget: QWidget, read_only: bool) -> None:
    setter = getattr(widget, "set_read_only", None)
    if callable(setter):
        setter(read_only)
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
        widget.setReadOnly(read_only)
    else:
        widget.setEnabled(not read_only)


def _focus(widget: QWidget, field: str) -> None:
    if isinstance(widget, MultilingualEdit):
        language = field.rsplit("_", 1)[-1]
        if field != widget.field and language in LANGUAGES:
            widget.editor(language).setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            widget.focus_first()
        return
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
