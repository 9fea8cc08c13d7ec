"""One text field in every language: the two working languages side by side, each with a
visible "missing translation" mark, and the other languages behind a button."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.labels import LANGUAGE_NAMES
from secretariat.models import LANGUAGES
from secretariat.text import column

TextEditor = QLineEdit | QPlainTextEdit

MISSING_STYLE = "color: #b45309; font-weight: 600;"  # amber: a gap to fill, not an error


def language_caption(language: str, ui_language: str) -> str:
    """`Korean (ko)` in the interface language."""
    return f"{LANGUAGE_NAMES[language].get(ui_language)} ({language})"


class MultilingualEdit(QWidget):
    """Editors for `field_en`, `field_ko`, `field_zh`, `field_ja`.

    A working language whose editor is empty while another language has text is marked
    "missing translation": the gap is shown, never filled in silently.
    """

    changed = Signal()

    def __init__(
        self,
        field: str,
        working_languages: tuple[str, str],
        ui_language: str = "en",
        *,
        multiline: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self._working = working_languages
        self._ui_language = ui_language
        self._read_only = False
        self._gaps: list[str] = []
        self._editors: dict[str, TextEditor] = {}
        self._captions: dict[str, QLabel] = {}
        self._marks: dict[str, QLabel] = {}
        self._headers: dict[str, QWidget] = {}
        for language in LANGUAGES:
            self._editors[language] = self._make_editor(language, multiline)
            self._captions[language] = QLabel()
            mark = QLabel()
            mark.setStyleSheet(MISSING_STYLE)
            self._marks[language] = mark
            self._headers[language] = self._make_header(language)
        self._working_grid = QGridLayout()
        self._other_grid = QGridLayout()
        self._others = QWidget()
        self._others.setLayout(self._other_grid)
        self._other_grid.setContentsMargins(0, 0, 0, 0)
        self._others.setVisible(False)
        self._toggle = QToolButton()
        self._toggle.setCheckable(True)
        self._toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._toggle.setAutoRaise(True)
        self._toggle.toggled.connect(self._show_others)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._working_grid)
        outer.addWidget(self._toggle, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self._others)
        self._arrange()
        self.retranslate()

    # -- building -----------------------------------------------------------------------

    def _make_editor(self, language: str, multiline: bool) -> TextEditor:
        editor: TextEditor
        if multiline:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(70)
            editor.setMaximumHeight(160)
        else:
            editor = QLineEdit()
        editor.setObjectName(column(self.field, language))
        editor.textChanged.connect(self._on_text_changed)
        return editor

    def _make_header(self, language: str) -> QWidget:
        """The language's name on the left, its "missing translation" mark on the right."""
        header = QWidget()
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._captions[language])
        row.addStretch(1)
        row.addWidget(self._marks[language])
        return header

    def _arrange(self) -> None:
        """Put the working languages in the top grid, the others in the hidden one."""
        for grid in (self._working_grid, self._other_grid):
            while grid.count():
                grid.takeAt(0)
        others = [language for language in LANGUAGES if language not in self._working]
        for grid, languages in ((self._working_grid, self._working), (self._other_grid, others)):
            for position, language in enumerate(languages):
                grid.addWidget(self._headers[language], 0, position)
                grid.addWidget(self._editors[language], 1, position)
                grid.setColumnStretch(position, 1)
        self._order_tabs(others)
        self._refresh_marks()

    def _order_tabs(self, others: list[str]) -> None:
        """Tab goes through the working languages, the button, then the other languages:
        the order they are seen in (the editors are placed after the button was made)."""
        chain = [
            *(self._editors[language] for language in self._working),
            self._toggle,
            *(self._editors[language] for language in others),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        for language, caption in self._captions.items():
            caption.setText(language_caption(language, self._ui_language))
        self._refresh_marks()
        self._refresh_toggle()

    def set_languages(self, working_languages: tuple[str, str], ui_language: str) -> None:
        """The committee's working languages or the interface language changed."""
        self._working = working_languages
        self._ui_language = ui_language
        self._arrange()
        self.retranslate()

    # -- values -------------------------------------------------------------------------

    def editor(self, language: str) -> TextEditor:
        return self._editors[language]

    def text(self, language: str) -> str:
        editor = self._editors[language]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def values(self) -> dict[str, str]:
        """Every language's text keyed by column (`title_ko`), as typed."""
        return {column(self.field, language): self.text(language) for language in LANGUAGES}

    def set_values(self, source: Mapping[str, Any] | Any) -> None:
        """Fill from a record or a mapping of columns; missing columns become empty."""
        for language, editor in self._editors.items():
            name = column(self.field, language)
            found = source.get(name) if isinstance(source, Mapping) else getattr(source, name, "")
            value = str(found or "")
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            else:
                editor.setText(value)
        self._refresh_marks()
        self._refresh_toggle()

    def missing(self) -> list[str]:
        """Working languages marked as missing a translation."""
        return list(self._gaps)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for editor in self._editors.values():
            editor.setReadOnly(read_only)

    def focus_first(self) -> None:
        self._editors[self._working[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- marks --------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        self._refresh_marks()
        self._refresh_toggle()
        self.changed.emit()

    def _refresh_marks(self) -> None:
        anything = any(self.text(language).strip() for language in LANGUAGES)
        self._gaps = [
            language for language in self._working if anything and not self.text(language).strip()
        ]
        for language, mark in self._marks.items():
            gap = language in self._gaps
            mark.setText(self.tr("⚠ missing translation") if gap else "")
            mark.setVisible(gap)
            editor = self._editors[language]
            editor.setPlaceholderText(self.tr("Translation missing") if gap else "")

    def _refresh_toggle(self) -> None:
        others = [language for language in LANGUAGES if language not in self._working]
        filled = [language for language in others if self.text(language).strip()]
        separator = self.tr(", ")  # "、" in Chinese
        names = separator.join(
            LANGUAGE_NAMES[language].get(self._ui_language) for language in others
        )
        text = self.tr("Other languages: {names}").format(names=names)
        if filled:
            text += self.tr(" ({count} with text)").format(count=len(filled))
        self._toggle.setText(text)
        self._toggle.setArrowType(
            Qt.ArrowType.DownArrow if self._toggle.isChecked() else Qt.ArrowType.RightArrow
        )

    def _show_others(self, shown: bool) -> None:
        self._others.setVisible(shown)
        self._refresh_toggle()

    def show_other_languages(self, shown: bool = True) -> None:
        self._toggle.setChecked(shown)
