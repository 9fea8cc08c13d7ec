"""Type-ahead plan search for the meeting form: type a reference or words of a title in any
language, move with the arrows, pick with Enter. The keyboard never leaves the line edit;
the matches show in a list under it that never takes the focus."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QListView, QWidget

from secretariat.db import Database
from secretariat.labels import enum_label
from secretariat.models import LANGUAGES
from secretariat.services.meetings import PlanChoice, plan_choices

SEARCH_DELAY_MS = 120  # typing fast runs one search, not one per key
MAX_CHOICES = 30
VISIBLE_ROWS = 10

Index = QModelIndex | QPersistentModelIndex


def choice_title(choice: PlanChoice, languages: Sequence[str]) -> str:
    """The plan's title in the first of `languages` that has one."""
    for language in (*languages, *LANGUAGES):
        if choice.titles.get(language):
            return choice.titles[language]
    return ""


def choice_text(choice: PlanChoice, languages: Sequence[str], ui_language: str) -> str:
    """`4-ECO-03  Title — In progress`: what a match shows in the list."""
    title = choice_title(choice, languages)
    return f"{choice.ref}  {title} — {enum_label(choice.status, ui_language)}"


class PlanChoicesModel(QAbstractListModel):
    """The current matches; a row with a message (no match) when there are none."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices: list[PlanChoice] = []
        self.message = ""
        self.languages: tuple[str, ...] = ("en",)
        self.ui_language = "en"

    def set_choices(self, choices: list[PlanChoice], message: str = "") -> None:
        self.beginResetModel()
        self.choices = choices
        self.message = message
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return len(self.choices) or (1 if self.message else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if not self.choices:
            return self.message if role == Qt.ItemDataRole.DisplayRole else None
        choice = self.choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return choice_text(choice, self.languages, self.ui_language)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(text for text in choice.titles.values() if text)
        if role == Qt.ItemDataRole.UserRole:
            return choice
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not self.choices:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PlanPicker(QLineEdit):
    """A search field for plans. Emits `picked(PlanChoice)` on Enter or a click on a match."""

    picked = Signal(object)  # PlanChoice

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._team_ids: list[uuid.UUID] = []
        self._excluded: set[uuid.UUID] = set()
        self.setClearButtonEnabled(True)
        self.model = PlanChoicesModel(self)
        self.popup = self._make_popup()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.retranslate()

    def _make_popup(self) -> QListView:
        # A tool-tip window shows above the dialog without taking the keyboard: keys keep
        # going to this line edit, which moves the list's current row itself.
        popup = QListView(self)  # a child: it goes when the field goes
        popup.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        popup.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        popup.setFrameShape(QFrame.Shape.Box)
        popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        popup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        popup.setUniformItemSizes(True)
        popup.setModel(self.model)
        popup.clicked.connect(self._clicked)
        popup.installEventFilter(self)
        return popup

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Find a plan: 4-ECO-03 or title words"))

    # -- what to search -------------------------------------------------------------------

    def set_languages(self, languages: Sequence[str], ui_language: str) -> None:
        self.model.languages = tuple(languages)
        self.model.ui_language = ui_language

    def set_teams(self, team_ids: Iterable[uuid.UUID]) -> None:
        """Offer only these teams' plans (all plans when empty)."""
        self._team_ids = list(team_ids)
        if self.popup.isVisible():
            self.search()

    def set_excluded(self, plan_ids: Iterable[uuid.UUID]) -> None:
        """Plans not to offer (already in the meeting's list)."""
        self._excluded = set(plan_ids)

    def search(self) -> None:
        """Run the search for the text now and show the matches."""
        self._timer.stop()
        text = self.text().strip()
        if not text:
            self.hide_popup()
            return
        choices = plan_choices(
            self._db,
            text,
            team_ids=self._team_ids,
            exclude=self._excluded,
            limit=MAX_CHOICES,
        )
        message = "" if choices else self.tr("No plan matches “{text}”").format(text=text)
        self.model.set_choices(choices, message)
        if choices:
            self.popup.setCurrentIndex(self.model.index(0))
        self._show_popup()

    def choices(self) -> list[PlanChoice]:
        return list(self.model.choices)

    def current_choice(self) -> PlanChoice | None:
        index = self.popup.currentIndex()
        if not self.model.choices or not index.isValid():
            return None
        return self.model.choices[index.row()]

    # -- the list under the field ---------------------------------------------------------

    def _show_popup(self) -> None:
        if not self.isVisible():
            return
        rows = max(1, min(self.model.rowCount(), VISIBLE_ROWS))
        height = self.popup.sizeHintForRow(0) * rows + 2 * self.popup.frameWidth() + 2
        width = max(self.width(), 520)
        self.popup.setGeometry(0, 0, width, height)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.raise_()

    def hide_popup(self) -> None:
        self.popup.hide()

    def _move(self, rows: int) -> None:
        if self._timer.isActive() or not self.popup.isVisible():
            self.search()
            return
        count = len(self.model.choices)
        if not count:
            return
        row = self.popup.currentIndex().row() if self.popup.currentIndex().isValid() else -1
        row = max(0, min(count - 1, row + rows))
        self.popup.setCurrentIndex(self.model.index(row))

    def _pick(self) -> bool:
        if self._timer.isActive() or (self.text().strip() and not self.popup.isVisible()):
            self.search()
        choice = self.current_choice()
        if choice is None:
            return False
        self.hide_popup()
        self.clear()
        self.picked.emit(choice)
        return True

    def _clicked(self, index: QModelIndex) -> None:
        if self.model.choices and index.isValid():
            self.popup.setCurrentIndex(index)
            self._pick()

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        steps: dict[int, int] = {  # event.key() is a plain int; Qt.Key is an IntEnum
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: VISIBLE_ROWS,
            Qt.Key.Key_PageUp: -VISIBLE_ROWS,
        }
        if key in steps and self.text().strip():
            self._move(steps[key])
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._pick()
            event.accept()  # Enter here never reaches the dialog's buttons
        elif key == Qt.Key.Key_Escape and self.popup.isVisible():
            self.hide_popup()
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.hide_popup()
        super().focusOutEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Keys reaching the list (a window manager that focused it anyway) come back here.
        if watched is self.popup and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            self.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self.hide_popup()
        super().hideEvent(event)
