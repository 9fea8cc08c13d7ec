"""The field widgets of record editors: a date with an empty state and a calendar, combo
boxes whose entries carry keys (enum members labelled in the interface language, records by
id), a list of check boxes, and a number kept as typed.

Fields hand the services what was typed (a date as text, a number as text): the services
validate, and RecordForm (ui/widgets/record_form.py) shows their message under the field.
A field whose text is not a value at all shows the red border of INVALID_STYLE meanwhile.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Hashable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from secretariat.labels import enum_label

# RecordForm's style sheet: a field that set_invalid marks gets a red border.
INVALID_STYLE = (
    'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],'
    ' QListWidget[invalid="true"] { border: 1px solid #b91c1c; }'
)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a widget (and the editors inside it) with the red border of INVALID_STYLE."""
    targets = [widget, *widget.findChildren(QLineEdit), *widget.findChildren(QPlainTextEdit)]
    for target in targets:
        if bool(target.property("invalid")) == invalid:
            continue
        target.setProperty("invalid", invalid)
        target.style().unpolish(target)
        target.style().polish(target)


def parse_date(text: str) -> date | None:
    """A YYYY-MM-DD date, or None when the text is not one."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


class DateField(QWidget):
    """A date typed as YYYY-MM-DD or picked from a calendar; empty means "no date"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The text box and the button first, the calendar's menu last: a menu made before
        # them sits between them in Qt's focus chain, and Tab then loops inside the field.
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText("YYYY-MM-DD")
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.setMaximumWidth(150)
        self.line_edit.textChanged.connect(self._on_text_changed)
        self.pick_button = QToolButton(self)
        self.pick_button.setText("▾")
        self.pick_button.setToolTip(self.tr("Pick a date (Alt+Down)"))
        self.pick_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Like a combo box's arrow, the button is no Tab stop: Tab goes from the date to the
        # next field, and Alt+Down (or F4) in the text box opens the calendar.
        self.pick_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pick_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.pick_button)
        layout.addStretch(1)
        self._calendar = QCalendarWidget()
        self._calendar.setGridVisible(True)
        self._calendar.clicked.connect(self._picked)
        self._calendar.activated.connect(self._picked)  # Enter on a day
        menu = QMenu(self)
        picker = QWidgetAction(menu)
        picker.setDefaultWidget(self._calendar)
        menu.addAction(picker)
        menu.aboutToShow.connect(self._prepare_calendar)
        self._menu = menu
        self.pick_button.setMenu(menu)
        for keys in ("Alt+Down", "F4"):
            shortcut = QShortcut(QKeySequence(keys), self.line_edit, self.open_calendar)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.setFocusProxy(self.line_edit)

    def text(self) -> str:
        return self.line_edit.text().strip()

    def value(self) -> str | None:
        """What to hand a service: None when empty, else the text (the service validates)."""
        return self.text() or None

    def date(self) -> date | None:
        """The date, or None when empty or not a date."""
        return parse_date(self.text()) if self.text() else None

    def is_valid(self) -> bool:
        return not self.text() or self.date() is not None

    def set_date(self, value: datetime.date | None) -> None:  # date: the method above
        self.line_edit.setText(value.isoformat() if value else "")

    def set_read_only(self, read_only: bool) -> None:
        self.line_edit.setReadOnly(read_only)
        self.pick_button.setEnabled(not read_only)

    def _on_text_changed(self) -> None:
        set_invalid(self.line_edit, not self.is_valid())
        self.changed.emit()

    def open_calendar(self) -> None:
        """Show the calendar under the field, keyboard in it: arrows move, Enter picks."""
        if self.line_edit.isReadOnly():
            return
        self._menu.popup(self.pick_button.mapToGlobal(self.pick_button.rect().bottomLeft()))
        self._calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _prepare_calendar(self) -> None:
        current = self.date() or date.today()
        self._calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, picked: QDate) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        self._menu.close()


class KeyedCombo(QComboBox):
    """A combo box whose entries carry keys (ids, enum members); an optional empty entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[Hashable | None] = []

    def set_choices(
        self, choices: Iterable[tuple[str, Hashable]], empty_label: str | None = None
    ) -> None:
        """Replace the entries, keeping the current key when it is still offered."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self._keys = []
        if empty_label is not None:
            self.addItem(empty_label)
            self._keys.append(None)
        for label, key in choices:
            self.addItem(label)
            self._keys.append(key)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._keys[index] if 0 <= index < len(self._keys) else None

    def set_value(self, key: Hashable | None) -> None:
        index = self._keys.index(key) if key in self._keys else 0
        if self.count():
            self.setCurrentIndex(index)

    def keys(self) -> list[Hashable | None]:
        return list(self._keys)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class EnumCombo(KeyedCombo):
    """The members of an enum, labelled from secretariat/labels.py in one language."""

    def __init__(
        self,
        enum_type: type[enum.Enum],
        language: str = "en",
        *,
        empty_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._enum_type = enum_type
        self._empty_label = empty_label
        self.set_language(language)

    def set_language(self, language: str, empty_label: str | None = None) -> None:
        if empty_label is not None:
            self._empty_label = empty_label
        choices = [(enum_label(member, language), member) for member in self._enum_type]
        self.set_choices(choices, self._empty_label)


class CheckList(QListWidget):
    """A short list of choices, each with a check box (the teams of an MOU)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_only = False
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, choices: Iterable[tuple[str, Hashable]]) -> None:
        checked = set(self.checked())
        self.blockSignals(True)
        self.clear()
        # A row as tall as its check box with some air (a text line alone clips the box).
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self)
        row_height = max(self.fontMetrics().height(), indicator) + 6
        for label, key in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
            width = self.fontMetrics().horizontalAdvance(label) + indicator + 16
            item.setSizeHint(QSize(width, row_height))
            self.addItem(item)
        self.blockSignals(False)
        self.set_read_only(self._read_only)
        rows = max(2, min(self.count(), 6))
        self.setMaximumHeight(row_height * rows + 2 * self.frameWidth() + 2)

    def choice_items(self) -> list[QListWidgetItem]:
        # Not items(): QListWidget.items(mime_data) is another thing.
        return [self.item(row) for row in range(self.count())]

    def checked(self) -> list[Any]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self.choice_items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, keys: Iterable[Hashable]) -> None:
        wanted = set(keys)
        for item in self.choice_items():
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for item in self.choice_items():
            flags = item.flags()
            if read_only:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)


class NumberField(QLineEdit):
    """A whole number as typed; the service says when it is not one (nothing is dropped)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(120)

    def value(self, empty: int = 0) -> str | int:
        return self.text().strip() or empty

    def set_value(self, number: int | None) -> None:
        self.setText("" if number is None else str(number))
