"""The record changed since it was opened: what the other person changed (theirs against
yours, field by field), and the three ways on — keep theirs, theirs plus your other changes,
or yours over theirs. Nothing is overwritten without this choice."""

from __future__ import annotations

import enum
import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from secretariat.errors import ConflictError
from secretariat.kinds.fields import NO_LABEL, YES_LABEL
from secretariat.labels import ENUM_LABELS
from ui.dialogs.changes import field_caption

MAX_VALUE_CHARS = 120


def ask_about_conflict(
    parent: QWidget, conflict: ConflictError, mine: dict[str, Any], language: str
) -> str:
    """ "theirs", "merge", "mine", or "" (back to the editor)."""
    box = QMessageBox(parent)
    box.setObjectName("conflict")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Conflict", "Changed by someone else"))
    box.setText(describe(conflict, language))
    box.setInformativeText(differences(conflict, mine, language))
    buttons: dict[str, QPushButton] = {}
    for choice, text, role in (
        (
            "theirs",
            QCoreApplication.translate("Conflict", "Keep &theirs"),
            QMessageBox.ButtonRole.RejectRole,
        ),
        (
            "merge",
            QCoreApplication.translate("Conflict", "Theirs &plus my other changes"),
            QMessageBox.ButtonRole.AcceptRole,
        ),
        (
            "mine",
            QCoreApplication.translate("Conflict", "&Overwrite with mine"),
            QMessageBox.ButtonRole.DestructiveRole,
        ),
    ):
        button = box.addButton(text, role)
        button.setObjectName(f"conflict_{choice}")
        buttons[choice] = button
    back = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(buttons["merge"])
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    return next((choice for choice, button in buttons.items() if button is clicked), "")


def describe(conflict: ConflictError, language: str) -> str:
    who = ", ".join(conflict.authors) or QCoreApplication.translate("Conflict", "someone else")
    if conflict.changed_at is None:
        return QCoreApplication.translate(
            "Conflict", "{who} saved this record while you were saving it."
        ).format(who=who)
    when = conflict.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return QCoreApplication.translate(
        "Conflict", "{who} changed this record at {when}, after you opened it."
    ).format(who=who, when=when)


def differences(conflict: ConflictError, mine: dict[str, Any], language: str) -> str:
    """One line per field they changed: theirs, and yours where you have it."""
    lines = []
    for field, theirs in conflict.theirs.items():
        line = QCoreApplication.translate("Conflict", "{field}: theirs “{theirs}”").format(
            field=field_caption(field, language), theirs=shown(theirs, language)
        )
        if field in mine:
            line += " · " + QCoreApplication.translate("Conflict", "yours “{yours}”").format(
                yours=shown(mine[field], language)
            )
        lines.append(html.escape(line))
    return "<br>".join(lines)


def shown(value: Any, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return (YES_LABEL if value else NO_LABEL).get(language)
    if isinstance(value, enum.Enum):
        label = ENUM_LABELS.get(value)
        return label.get(language) if label else str(value.value)
    text = str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"
