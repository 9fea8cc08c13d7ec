"""First start on an empty database: describe the committee, or load the demo committee."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.db import Database
from secretariat.demo import load_demo
from secretariat.errors import ValidationError
from secretariat.labels import LANGUAGE_NAMES
from secretariat.models import LANGUAGES
from secretariat.services import committee, conferences
from secretariat.text import column
from ui.context import AppContext
from ui.tasks import run_task
from ui.widgets.field_problems import interface_language

NAME_FIELDS = ("name", "side_a_name", "side_b_name")
LANGUAGE_FIELDS = ("language_a", "language_b")
ERROR_STYLE = "color: #b3261e;"


def needs_first_start(db: Database) -> bool:
    """An empty database: no committee profile and no conference yet."""
    return committee.get_profile(db) is None and not conferences.list_conferences(db)


class FirstStartDialog(QDialog):
    """Create the committee profile (validated by the services, errors next to the fields) or
    load the demo committee off the GUI thread. Cancel leaves the database empty."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.db
        self.outcome = ""  # "profile" or "demo" once accepted
        self.name_edits: dict[tuple[str, str], QLineEdit] = {}
        self.row_titles: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.column_titles: list[QLabel] = []
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(self.heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self._build_author())
        layout.addWidget(self._build_languages())
        layout.addWidget(self._build_names())
        self.error_labels["form"] = error_label()
        layout.addWidget(self.error_labels["form"])
        layout.addWidget(self._build_buttons())
        self.retranslate()
        self._place_name_columns()
        self.setMinimumWidth(760)

    # -- building ---------------------------------------------------------------------------

    def _build_author(self) -> QFormLayout:
        """Asked once, on the first start: the name each change of this person is recorded
        with (on PostgreSQL the server's user is, and this is not asked)."""
        form = QFormLayout()
        self.author_title = QLabel()
        self.author_edit = QLineEdit(self.db.author)
        self.author_edit.setObjectName("author")
        self.author_edit.setMaxLength(100)
        self.author_title.setBuddy(self.author_edit)
        if self.db.dialect != "postgresql":
            form.addRow(self.author_title, self.author_edit)
        return form

    def author_name(self) -> str:
        return self.author_edit.text().strip() if self.db.dialect != "postgresql" else ""

    def _build_languages(self) -> QGroupBox:
        self.languages_box = QGroupBox()
        form = QFormLayout(self.languages_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_combos: dict[str, QComboBox] = {}
        self.language_titles: dict[str, QLabel] = {}
        for field, default in zip(LANGUAGE_FIELDS, committee.DEFAULT_LANGUAGES, strict=True):
            combo = QComboBox()
            combo.setObjectName(field)
            for language in LANGUAGES:
                combo.addItem("", language)
            combo.setCurrentIndex(LANGUAGES.index(default))
            combo.currentIndexChanged.connect(self._place_name_columns)
            self.language_combos[field] = combo
            self.language_titles[field] = QLabel()
            self.error_labels[field] = error_label()
            form.addRow(self.language_titles[field], combo)
            form.addRow("", self.error_labels[field])
        return self.languages_box

    def _build_names(self) -> QGroupBox:
        self.names_box = QGroupBox()
        self.names_grid = QGridLayout(self.names_box)
        self.names_grid.setColumnStretch(0, 0)
        for row, field in enumerate(NAME_FIELDS):
            self.row_titles[field] = QLabel()
            self.names_grid.addWidget(self.row_titles[field], 1 + 2 * row, 0)
            for language in LANGUAGES:
                edit = QLineEdit()
                edit.setObjectName(column(field, language))
                edit.textEdited.connect(lambda _text, field=field: self.error_labels[field].hide())
                self.name_edits[field, language] = edit
            self.error_labels[field] = error_label()
            self.names_grid.addWidget(self.error_labels[field], 2 + 2 * row, 1, 1, 3)
        for _ in range(3):  # at most three columns: side A's language, side B's, English
            title = QLabel()
            title.setStyleSheet("font-weight: bold;")
            self.column_titles.append(title)
        return self.names_box

    def _build_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox()
        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self.demo_button = QPushButton()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.clicked.connect(self.create_profile)
        self.demo_button.clicked.connect(self.load_demo_committee)
        self.cancel_button.clicked.connect(self.reject)
        return self.buttons

    def shown_languages(self) -> tuple[str, ...]:
        """The languages names are asked in: both working languages, then English."""
        chosen = (self.language_combos[field].currentData() for field in LANGUAGE_FIELDS)
        return tuple(dict.fromkeys((*chosen, "en")))

    @Slot()
    def _place_name_columns(self) -> None:
        """Lay out one column of name fields per shown language; text in the others is kept."""
        shown = self.shown_languages()
        for edit in self.name_edits.values():
            self.names_grid.removeWidget(edit)
            edit.hide()
        for title in self.column_titles:
            self.names_grid.removeWidget(title)
            title.hide()
        ui_language = self.context.ui_language
        for col, language in enumerate(shown, start=1):
            title = self.column_titles[col - 1]
            title.setText(LANGUAGE_NAMES[language].get(ui_language))
            self.names_grid.addWidget(title, 0, col)
            title.show()
            for row, field in enumerate(NAME_FIELDS):
                edit = self.name_edits[field, language]
                self.names_grid.addWidget(edit, 1 + 2 * row, col)
                edit.show()
        self._order_tabs(shown)

    def _order_tabs(self, shown: tuple[str, ...]) -> None:
        # Across a row first: a person types one name in each language, then the next name.
        chain: list[QWidget] = [self.language_combos[field] for field in LANGUAGE_FIELDS]
        chain += [self.name_edits[field, lang] for field in NAME_FIELDS for lang in shown]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Secretariat"))
        self.heading.setText(self.tr("Welcome to Secretariat"))
        self.intro.setText(
            self.tr(
                "This database is empty. Describe your committee to start recording its work, "
                "or load the demo committee to try Secretariat out."
            )
        )
        self.author_title.setText(self.tr("Your name (recorded with your changes):"))
        self.languages_box.setTitle(self.tr("Working languages"))
        self.language_titles["language_a"].setText(self.tr("Side A's language:"))
        self.language_titles["language_b"].setText(self.tr("Side B's language:"))
        ui_language = self.context.ui_language
        for combo in self.language_combos.values():
            for index in range(combo.count()):
                combo.setItemText(index, LANGUAGE_NAMES[combo.itemData(index)].get(ui_language))
        self.names_box.setTitle(self.tr("Names (at least one language each)"))
        self.row_titles["name"].setText(self.tr("Committee:"))
        self.row_titles["side_a_name"].setText(self.tr("Side A:"))
        self.row_titles["side_b_name"].setText(self.tr("Side B:"))
        self.create_button.setText(self.tr("&Create committee"))
        self.demo_button.setText(self.tr("Load the &demo committee"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        # Ready for typing the committee's name; the languages are already the common pair.
        self.name_edits["name", self.shown_languages()[0]].setFocus()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._place_name_columns()
        super().changeEvent(event)

    # -- creating the profile ---------------------------------------------------------------

    def profile_fields(self) -> dict[str, str]:
        """What the user entered; text in a language no longer shown is kept, not dropped."""
        fields = {field: self.language_combos[field].currentData() for field in LANGUAGE_FIELDS}
        for (field, language), edit in self.name_edits.items():
            if edit.text().strip():
                fields[column(field, language)] = edit.text()
        return fields

    @Slot()
    def create_profile(self) -> None:
        self._clear_errors()
        try:
            committee.save_profile(self.db, self.profile_fields())
        except ValidationError as error:
            self.show_error(error)
            return
        self.outcome = "profile"
        self.accept()

    def _clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.clear()
            label.hide()

    def show_error(self, error: ValidationError) -> None:
        """Show the message under the row it is about, and put the cursor there."""
        field = error_row(error.field)
        label = self.error_labels.get(field)
        if label is None:  # not a field of this form: say it above the buttons
            label = self.error_labels["form"]
        label.setText(self.error_message(field, error))
        label.show()
        if field in self.language_combos:
            self.language_combos[field].setFocus()
        elif field in NAME_FIELDS:
            self.name_edits[field, self.shown_languages()[0]].setFocus()

    def error_message(self, field: str, error: ValidationError) -> str:
        if field in NAME_FIELDS and not error.value:
            return self.tr("Enter this name in at least one of the languages shown.")
        if field == "language_b" and error.value in LANGUAGES:
            return self.tr("Choose a language other than side A's.")
        return error.expected_in(interface_language())

    # -- the demo ---------------------------------------------------------------------------

    @Slot()
    def load_demo_committee(self) -> None:
        self._clear_errors()
        self._set_busy(True)
        run_task(
            self,
            self.tr("Loading the demo committee…"),
            lambda: load_demo(self.db),
            self._demo_loaded,
            on_failure=self._demo_failed,
            cancellable=False,  # one transaction that takes a second: nothing to cancel
        )

    def _demo_loaded(self, _result: object) -> None:
        self._set_busy(False)
        self.outcome = "demo"
        self.accept()

    def _demo_failed(self, message: str) -> None:
        self._set_busy(False)
        label = self.error_labels["form"]
        reason = self.tr("The demo committee could not be loaded: {reason}")
        label.setText(reason.format(reason=message))
        label.show()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.create_button, self.demo_button, self.cancel_button):
            widget.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        if self.cancel_button.isEnabled():  # not while the demo is being written
            super().reject()


def error_row(field: str) -> str:
    """`name_ko` -> `name`: the row of the form a field's error belongs to."""
    base, _, language = field.rpartition("_")
    return base if language in LANGUAGES and base in NAME_FIELDS else field


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label
