""" "Carry over to next conference…": which of the selected plans will be continued at the
next conference (reference, title, target conference) and which cannot be, and why. Confirming
creates the new plans, linked to the old ones."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTreeView, QWidget

from secretariat.services.plans import CarryOverItem
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog

# Why the core refuses a plan, as it says it (English), and the same in the interface language.
REFUSALS: list[tuple[re.Pattern[str], Callable[[], str]]] = [
    (
        re.compile(r"already carried over as (?P<ref>\S+)"),
        lambda: QCoreApplication.translate("CarryOverDialog", "already carried over as {ref}"),
    ),
    (
        re.compile(r"there is no conference after conference (?P<number>\d+)"),
        lambda: QCoreApplication.translate(
            "CarryOverDialog", "there is no conference after conference {number}"
        ),
    ),
    (
        re.compile(r"team (?P<code>\S+) is no longer active"),
        lambda: QCoreApplication.translate("CarryOverDialog", "team {code} is no longer active"),
    ),
]


def refusal_text(refused: str) -> str:
    """The reason a plan cannot be carried over, in the interface language (as the core
    wrote it when it is not one of the known reasons)."""
    for pattern, text in REFUSALS:
        found = pattern.fullmatch(refused)
        if found:
            return text().format(**found.groupdict())
    return refused


def _preview_view(model: QStandardItemModel) -> QTreeView:
    view = QTreeView()
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.header().setStretchLastSection(True)
    view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setMinimumHeight(80)
    return view


class CarryOverDialog(RecordDialog):
    """Built from `plans.preview_carry_over`; `accepted_items()` are those to create."""

    def __init__(
        self, context: AppContext, items: Sequence[CarryOverItem], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.items = list(items)
        self.created_model = QStandardItemModel(self)
        self.refused_model = QStandardItemModel(self)
        self._fill()
        self.created_view = _preview_view(self.created_model)
        self.refused_view = _preview_view(self.refused_model)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("carried over from …"))
        created, refused = len(self.accepted_items()), len(self.items) - len(self.accepted_items())
        self.form.add_row(
            "created",
            lambda: self.tr("Will be created ({count})").format(count=created),
            self.created_view,
        )
        self.form.add_row(
            "plan",
            lambda: self.tr("Cannot be carried over ({count})").format(count=refused),
            self.refused_view,
        )
        self.form.add_row("note", lambda: self.label("note"), self.note)
        save = self.save_button()
        save.setText(self.tr("Carry over %n plan(s)", "", created))
        save.setEnabled(created > 0)
        self.setWindowTitle(self.tr("Carry over to the next conference"))
        self.resize(820, 460)

    def accepted_items(self) -> list[CarryOverItem]:
        return [item for item in self.items if not item.refused]

    def values(self) -> dict[str, Any]:
        return {
            "plan_ids": [item.plan_id for item in self.accepted_items()],
            "note": self.note.text(),
        }

    def _fill(self) -> None:
        self.created_model.setHorizontalHeaderLabels(
            [self.label("ref"), self.label("title"), self.tr("To conference")]
        )
        self.refused_model.setHorizontalHeaderLabels(
            [self.label("ref"), self.label("title"), self.tr("Why not")]
        )
        for item in self.items:
            target = self.refused_model if item.refused else self.created_model
            last = refusal_text(item.refused) if item.refused else str(item.to_conference)
            row = [QStandardItem(item.ref), QStandardItem(item.title), QStandardItem(last)]
            target.appendRow(row)

    def preview_rows(self, refused: bool = False) -> list[list[str]]:
        """What the two lists show, row by row."""
        model = self.refused_model if refused else self.created_model
        return [
            [model.item(row, column).text() for column in range(model.columnCount())]
            for row in range(model.rowCount())
        ]
