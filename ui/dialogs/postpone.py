"""Postponing a conference: the new date (or not yet known), the reason in both working
languages, and the day it was decided. The old date and the reason go into its history."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from secretariat.errors import ValidationError
from secretariat.messages import expected
from secretariat.models import LANGUAGES, Conference
from secretariat.text import column
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog, Save
from ui.widgets.form_fields import DateField
from ui.widgets.multilingual import MultilingualEdit


class NewDateField(QWidget):
    """The new date, or a check box saying it is not yet known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = DateField()
        self.unknown = QCheckBox()
        self.unknown.toggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date)
        layout.addWidget(self.unknown)
        layout.addStretch(1)
        self.setFocusProxy(self.date.line_edit)
        self.changed = self.date.changed

    def _toggled(self, unknown: bool) -> None:
        self.date.setEnabled(not unknown)

    def value(self) -> str | None:
        return None if self.unknown.isChecked() else self.date.value() or ""

    def check(self) -> None:
        """An empty date means "unknown" to the service: only when the box says so."""
        if not self.unknown.isChecked() and not self.date.text():
            raise ValidationError("new_date", "", expected("new_date_or_unknown"))

    def set_read_only(self, read_only: bool) -> None:
        self.date.set_read_only(read_only)
        self.unknown.setEnabled(not read_only)


class PostponeDialog(RecordDialog):
    """Postpone one conference; `save(values)` calls conferences.postpone through the page."""

    def __init__(
        self,
        context: AppContext,
        save: Save,
        conference: Conference,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.conference = conference
        working = context.working_languages
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.new_date = NewDateField()
        self.reason = MultilingualEdit("reason", working, context.ui_language, multiline=True)
        self.decided_on = DateField()
        self.decided_on.set_date(date.today())
        self.form.add_row("new_date", lambda: self.tr("New date"), self.new_date)
        self.form.add_row("reason", lambda: self.tr("Reason"), self.reason)
        self.form.add_row("decided_on", lambda: self.tr("Decided on"), self.decided_on)
        self.main_layout.insertWidget(1, self.intro)
        self.set_save(save)
        self.setMinimumWidth(680)
        self.retranslate()
        self.mark_clean()
        self.new_date.date.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_save(self, save: Save) -> None:
        """The page's save, after the form's own check of the new date."""

        def checked(values: dict[str, Any]) -> Any:
            self.new_date.check()
            return save(values)

        super().set_save(checked)

    def retranslate(self) -> None:
        super().retranslate()
        number = self.conference.number
        self.setWindowTitle(self.tr("Postpone conference {number}").format(number=number))
        self.intro.setText(
            self.tr(
                "Conference {number} is planned for {date}. The date it moves from and the "
                "reason are kept in its postponement history."
            ).format(number=number, date=self.conference.planned_date)
        )
        self.new_date.unknown.setText(self.tr("Not yet known"))

    def values(self) -> dict[str, Any]:
        reasons = self.reason.values()
        return {
            "new_date": self.new_date.value(),
            "reasons": {language: reasons[column("reason", language)] for language in LANGUAGES},
            "decided_on": self.decided_on.value(),
        }
