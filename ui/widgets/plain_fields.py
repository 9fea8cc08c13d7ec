"""Editors for a record's one-value fields that a dialog does not lay out itself: a field
added to a kind's description (secretariat/kinds) gets a line, a number or a date field from
its type, so it can be typed in before anyone designs a place for it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from secretariat.kinds import PLAIN_TYPES, FieldSpec, FieldType
from ui.widgets.form_fields import DateField, NumberField
from ui.widgets.record_form import RecordForm


class PlainFields:
    """The widgets of some plain fields, added as rows of a form."""

    def __init__(self, specs: Iterable[FieldSpec], form: RecordForm, language: str) -> None:
        self.widgets: dict[str, tuple[FieldSpec, QWidget]] = {}
        for spec in specs:
            if spec.datatype not in PLAIN_TYPES:
                continue
            widget = _widget_for(spec)
            self.widgets[spec.attribute] = (spec, widget)
            form.add_row(spec.attribute, _caption(spec, language), widget)

    def load(self, record: Any) -> None:
        for name, (_spec, widget) in self.widgets.items():
            value = getattr(record, name)
            if isinstance(widget, DateField):
                widget.set_date(value)
            elif isinstance(widget, NumberField):
                widget.set_value(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value or "")

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for name, (_spec, widget) in self.widgets.items():
            if isinstance(widget, (DateField, NumberField)):
                found[name] = widget.value() or None
            elif isinstance(widget, QLineEdit):
                found[name] = widget.text()
        return found


def _caption(spec: FieldSpec, language: str) -> Callable[[], str]:
    return lambda: spec.label.get(language)


def _widget_for(spec: FieldSpec) -> QWidget:
    if spec.datatype is FieldType.DATE:
        return DateField()
    if spec.datatype is FieldType.INTEGER:
        return NumberField()
    return QLineEdit()
