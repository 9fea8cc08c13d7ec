"""The conference editor: number, planned and held dates, host side, venue per language,
status (and the reason, when postponed)."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from secretariat.models import LANGUAGES, Conference, ConferenceStatus, Side
from secretariat.services import conferences as conferences
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog, Save
from ui.models.conferences import SideNames
from ui.widgets.form_fields import DateField, EnumCombo, KeyedCombo, NumberField
from ui.widgets.multilingual import MultilingualEdit


class ConferenceEditor(RecordDialog):
    """Add a conference (`conference` None) or edit one."""

    review_spec = conferences.CONFERENCE

    def __init__(
        self,
        context: AppContext,
        save: Save | None = None,
        *,
        conference: Conference | None = None,
        next_number: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.conference = conference
        working, ui = context.working_languages, context.ui_language
        self.number = NumberField()
        self.planned_date = DateField()
        self.held_date = DateField()
        self.host_side = KeyedCombo()
        self.venue = MultilingualEdit("venue", working, ui)
        self.status = EnumCombo(ConferenceStatus, ui)
        self.reason = MultilingualEdit("postponement_reason", working, ui)
        rows: list[tuple[str, str, QWidget]] = [
            ("number", "conference", self.number),
            ("planned_date", "planned_date", self.planned_date),
            ("held_date", "held_date", self.held_date),
            ("host_side", "host_side", self.host_side),
            ("venue", "venue", self.venue),
            ("status", "record_status", self.status),
            ("postponement_reason", "postponement_reason", self.reason),
        ]
        for name, label_key, widget in rows:
            self.form.add_row(name, functools.partial(self.label, label_key), widget)
        self.status.currentIndexChanged.connect(lambda _index: self._show_reason())
        if save is not None:
            self.set_save(save)
        self._fill(conference, next_number)
        self.setMinimumWidth(720)
        self.retranslate()
        self.mark_clean()
        self.set_read_only(context.read_only)
        self.number.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, conference: Conference | None, next_number: int) -> None:
        sides = SideNames(self.context)
        sides.reload()
        self.host_side.set_choices([(sides.text(side), side) for side in Side])
        if conference is not None:
            self.set_record(conference.id, conference.version)
        if conference is None:
            self.number.set_value(next_number)
            self.status.set_value(ConferenceStatus.planned)
            return
        self.number.set_value(conference.number)
        self.planned_date.set_date(conference.planned_date)
        self.held_date.set_date(conference.held_date)
        self.host_side.set_value(conference.host_side)
        self.venue.set_values(conference)
        self.status.set_value(conference.status)
        self.reason.set_values(conference)
        self._show_reason()

    def _show_reason(self) -> None:
        """The reason matters while a conference is postponed; it stays visible when set."""
        has_text = any(self.reason.text(language) for language in LANGUAGES)
        postponed = self.status.value() == ConferenceStatus.postponed
        self.reason.setEnabled(postponed or has_text)

    def retranslate(self) -> None:
        super().retranslate()
        if self.conference is None:
            self.setWindowTitle(self.tr("New conference"))
        else:
            self.setWindowTitle(
                self.tr("Conference {number}").format(number=self.conference.number)
            )

    def values(self) -> dict[str, Any]:
        return {
            "number": self.number.value(empty=0),
            "planned_date": self.planned_date.value(),
            "held_date": self.held_date.value(),
            "host_side": self.host_side.value(),
            "status": self.status.value(),
            **self.venue.values(),
            **self.reason.values(),
        }
