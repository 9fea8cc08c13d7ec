"""A meeting's agenda being planned: its items in order, reordered, removed and added — a plan
found by the type-ahead search, a topic typed in the working languages, or the plans
"Propose agenda" offers (overdue, stale, carried over)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.labels import enum_label
from secretariat.models import PlanStatus
from secretariat.services.agenda import (
    CARRIED_OVER,
    OVERDUE,
    STALE,
    AgendaEntry,
    ItemDraft,
    Proposal,
)
from secretariat.services.meetings import PlanChoice
from ui.context import AppContext
from ui.widgets.multilingual import MultilingualEdit
from ui.widgets.plan_picker import PlanPicker

Index = QModelIndex | QPersistentModelIndex


@dataclass
class AgendaRow:
    """One item as the editor shows it."""

    plan_id: uuid.UUID | None = None
    ref: str = ""
    titles: dict[str, str] = field(default_factory=dict)
    status: PlanStatus | None = None
    topics: dict[str, str] = field(default_factory=dict)  # language -> text
    reasons: tuple[str, ...] = ()

    @classmethod
    def of_entry(cls, entry: AgendaEntry) -> AgendaRow:
        return cls(
            entry.plan_id, entry.plan_ref, entry.plan_titles, entry.plan_status, entry.topics
        )

    @classmethod
    def of_proposal(cls, proposal: Proposal) -> AgendaRow:
        return cls(
            proposal.plan_id,
            proposal.ref,
            proposal.titles,
            proposal.status,
            reasons=proposal.reasons,
        )

    def draft(self) -> ItemDraft:
        return ItemDraft(plan_id=self.plan_id, topics=dict(self.topics))


def first_text(texts: dict[str, str], languages: Sequence[str]) -> str:
    return next((texts[lang] for lang in languages if (texts.get(lang) or "").strip()), "")


class AgendaModel(QAbstractListModel):
    """The items in order; the text of each in the display languages."""

    def __init__(self, describe: Callable[[int, AgendaRow], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AgendaRow] = []
        self._describe = describe

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._describe(index.row(), self.rows[index.row()])

    def set_rows(self, rows: list[AgendaRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def add(self, row: AgendaRow) -> int:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()
        return len(self.rows) - 1

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move an item up (-1) or down (+1); returns where it is now."""
        target = row + delta
        if not 0 <= row < len(self.rows) or not 0 <= target < len(self.rows):
            return row
        self.rows[row], self.rows[target] = self.rows[target], self.rows[row]
        # Every label carries its number: both rows change.
        self.dataChanged.emit(self.index(min(row, target)), self.index(max(row, target)))
        return target


class AgendaEditor(QWidget):
    """The list with its buttons, the plan search and the topic editor."""

    changed = Signal()

    def __init__(self, context: AppContext, propose: Callable[[], list[Proposal]]) -> None:
        super().__init__()
        self.context = context
        self._propose = propose
        self.model = AgendaModel(self.describe, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMinimumHeight(180)
        self.view.setWordWrap(True)  # long titles wrap rather than scroll sideways
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.propose_button = QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.remove_button, self.add_topic_button = QPushButton(), QPushButton()
        self.picker = PlanPicker(context.db)
        self.picker.set_languages(context.display_languages(), context.ui_language)
        self.picker.picked.connect(self.add_plan)
        self.topic = MultilingualEdit("topic", context.working_languages, context.ui_language)
        self._connect()
        self._lay_out()
        self.retranslate()

    def _connect(self) -> None:
        self.propose_button.clicked.connect(self.propose)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.add_topic_button.clicked.connect(self.add_topic)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged):
            signal.connect(lambda *_args: self.changed.emit())
        self.model.modelReset.connect(self.changed.emit)
        for button in (self.propose_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
        for button in (self.remove_button, self.add_topic_button):
            button.setAutoDefault(False)

    def _lay_out(self) -> None:
        side = QVBoxLayout()
        for button in (self.propose_button, self.up_button, self.down_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.view, 1)
        top.addLayout(side)
        topic_row = QHBoxLayout()
        topic_row.addWidget(self.topic, 1)
        topic_row.addWidget(self.add_topic_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.picker)
        layout.addLayout(topic_row)

    def retranslate(self) -> None:
        self.propose_button.setText(self.tr("Propose agenda"))
        self.propose_button.setToolTip(
            self.tr("Add the teams' open plans that are overdue, stale or carried over")
        )
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.remove_button.setText(self.tr("Remove"))
        self.add_topic_button.setText(self.tr("Add topic"))
        self.picker.retranslate()
        self.topic.retranslate()

    def describe(self, row: int, item: AgendaRow) -> str:
        """`2. 5-ECO-03 Title — In progress · overdue`, or `3. A topic`."""
        languages = self.context.display_languages()
        if item.plan_id is None:
            return f"{row + 1}. {first_text(item.topics, languages)}"
        text = f"{row + 1}. {item.ref} {first_text(item.titles, languages)}"
        details = [enum_label(item.status, self.context.ui_language)] if item.status else []
        details += [self.reason_text(reason) for reason in item.reasons]
        return f"{text} — {' · '.join(details)}" if details else text

    def reason_text(self, reason: str) -> str:
        texts = {
            OVERDUE: self.tr("overdue"),
            STALE: self.tr("no status change for months"),
            CARRIED_OVER: self.tr("carried over"),
        }
        return texts.get(reason, reason)

    # -- editing ----------------------------------------------------------------------------

    def set_items(self, entries: Sequence[AgendaEntry]) -> None:
        self.model.set_rows([AgendaRow.of_entry(entry) for entry in entries])
        self._exclude_listed()

    def drafts(self) -> list[ItemDraft]:
        return [row.draft() for row in self.model.rows]

    def propose(self) -> int:
        """Add the proposed plans not on the agenda yet, most urgent first; returns how many."""
        listed = {row.plan_id for row in self.model.rows}
        added = 0
        for proposal in self._propose():
            if proposal.plan_id not in listed:
                self.model.add(AgendaRow.of_proposal(proposal))
                added += 1
        self._exclude_listed()
        return added

    def add_plan(self, choice: PlanChoice) -> None:
        if any(row.plan_id == choice.plan_id for row in self.model.rows):
            return
        self.model.add(AgendaRow(choice.plan_id, choice.ref, choice.titles, choice.status))
        self._exclude_listed()

    def add_topic(self) -> None:
        topics = {name.rsplit("_", 1)[1]: text for name, text in self.topic.values().items()}
        if not any(text.strip() for text in topics.values()):
            self.topic.focus_first()
            return
        row = self.model.add(AgendaRow(topics=topics))
        self.view.setCurrentIndex(self.model.index(row))
        self.topic.set_values({})

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.model.remove(row)
            self._exclude_listed()

    def _move(self, delta: int) -> None:
        row = self.model.move(self.view.currentIndex().row(), delta)
        self.view.setCurrentIndex(self.model.index(row))

    def _exclude_listed(self) -> None:
        self.picker.set_excluded(row.plan_id for row in self.model.rows if row.plan_id)

    def set_teams(self, team_ids: Sequence[uuid.UUID]) -> None:
        self.picker.set_teams(team_ids)
