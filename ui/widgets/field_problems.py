"""How a rule's problem reads under its field: an error in red ("Expected …"), a warning in
amber (a whole sentence), in the interface language, from the core's phrases (messages.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from secretariat.errors import ValidationError
from secretariat.messages import field_caption
from secretariat.rules import Problem

ERROR_STYLE = "color: #b91c1c;"
WARNING_STYLE = "color: #b45309;"


def interface_language() -> str:
    """The interface language the translators were installed for (i18n sets QLocale's
    default with them): ko, zh, or en."""
    name = QLocale().name()
    return next((code for code in ("ko", "zh") if name.startswith(code)), "en")


def problem_text(problem: Problem, language: str | None = None) -> str:
    language = language or interface_language()
    if not problem.is_error:
        return problem.message(language)
    return QCoreApplication.translate("RecordForm", "Expected {expected}.").format(
        expected=problem.message(language)
    )


def error_text(error: ValidationError, language: str | None = None) -> str:
    """A ValidationError under its field: what was expected, in the interface language."""
    language = language or interface_language()
    return QCoreApplication.translate("RecordForm", "Expected {expected}.").format(
        expected=error.expected_in(language)
    )


def elsewhere_text(problem: Problem, language: str | None = None) -> str:
    """A problem of a field the form has no row for: with the field's label."""
    language = language or interface_language()
    caption = field_caption(problem.field, language)
    if not problem.is_error:
        return f"{caption}: {problem.message(language)}"
    return QCoreApplication.translate("RecordDialog", "{field}: expected {expected}.").format(
        field=caption, expected=problem.message(language)
    )


class WarnOnce:
    """Errors block a save; warnings block it once: pressing Save again with the same values
    ("Save anyway") goes on, while changed values are reviewed afresh."""

    def __init__(self) -> None:
        self._warned: Any = None

    @property
    def asking(self) -> bool:
        """Warnings were just shown: the Save button reads "Save anyway"."""
        return self._warned is not None

    def may_save(self, values: Any, problems: Sequence[Problem]) -> bool:
        warned, self._warned = self._warned, None
        if any(problem.is_error for problem in problems):
            return False
        if not problems or warned == values:
            return True
        self._warned = values
        return False


def save_anyway_note() -> str:
    return QCoreApplication.translate(
        "RecordDialog",
        "Please check the notes below. Press “Save anyway” to save the record as it is.",
    )


def save_text(asking: bool) -> str:
    if asking:
        return QCoreApplication.translate("RecordDialog", "Save anyway")
    return QCoreApplication.translate("RecordDialog", "Save")
