"""Undoable edits: applied once before pushing, errors push nothing, undo/redo call services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.services import plans
from tests.builders import small_committee
from ui.context import PLANS, AppContext
from ui.undo import Edit, perform


def test_edit_applies_once_undoes_and_redoes(db: Database, qtbot: QtBot, tmp_path) -> None:
    built = small_committee(db)
    plan = built.plan(1, "ECO", progress=10)
    context = AppContext(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    stack = QUndoStack()
    changed: list[str] = []
    context.data_changed.connect(changed.append)

    def apply() -> None:
        plans.update_plan(db, plan.id, {"progress": 60})

    def revert() -> None:
        plans.update_plan(db, plan.id, {"progress": 10})

    perform(stack, Edit(context, "Set progress", apply, revert, [PLANS]))
    assert plans.get_plan(db, plan.id).progress == 60
    stack.undo()
    assert plans.get_plan(db, plan.id).progress == 10
    stack.redo()
    assert plans.get_plan(db, plan.id).progress == 60
    assert changed == [PLANS] * 3


def test_invalid_edit_pushes_nothing(db: Database, tmp_path) -> None:
    built = small_committee(db)
    plan = built.plan(1, "ECO")
    context = AppContext(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    stack = QUndoStack()
    bad = Edit(
        context,
        "Set progress",
        lambda: plans.update_plan(db, plan.id, {"progress": 300}),
        lambda: None,
        [PLANS],
    )
    with pytest.raises(ValidationError, match="progress"):
        perform(stack, bad)
    assert stack.count() == 0
