"""The settings dialog: the interface language (applied at once), the name changes are
recorded with, and opening read-only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import NATIVE_NAMES, UI_LANGUAGES
from ui.settings import open_read_only

NOTE_STYLE = "color: palette(placeholder-text);"


class SettingsDialog(QDialog):
    """Shows the saved choices; the window applies them when the dialog is accepted."""

    def __init__(
        self, settings: QSettings, context: AppContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_title = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        for language in UI_LANGUAGES:
            # Each language named in itself: findable whatever language the interface is in.
            self.language_combo.addItem(NATIVE_NAMES[language], language)
        self.language_combo.setCurrentIndex(UI_LANGUAGES.index(context.ui_language))
        self.language_title.setBuddy(self.language_combo)
        form.addRow(self.language_title, self.language_combo)
        self.author_title = QLabel()
        self.author_edit = QLineEdit(context.db.author)
        self.author_edit.setObjectName("author")
        self.author_edit.setMaxLength(100)
        # On PostgreSQL the server's user is the author: shown, not chosen.
        self.author_edit.setReadOnly(context.db.dialect == "postgresql")
        self.author_title.setBuddy(self.author_edit)
        form.addRow(self.author_title, self.author_edit)
        self.author_note = QLabel()
        self.author_note.setWordWrap(True)
        self.author_note.setStyleSheet(NOTE_STYLE)
        form.addRow("", self.author_note)
        layout.addLayout(form)
        self.read_only_check = QCheckBox()
        self.read_only_check.setObjectName("open_read_only")
        self.read_only_check.setChecked(open_read_only(settings))
        self.read_only_check.toggled.connect(self._show_restart_note)
        layout.addWidget(self.read_only_check)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        layout.addWidget(self.read_only_note)
        self.restart_note = QLabel()
        self.restart_note.setWordWrap(True)
        self.restart_note.setStyleSheet("font-weight: bold;")
        self.restart_note.hide()
        layout.addWidget(self.restart_note)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(440)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_title.setText(self.tr("&Interface language:"))
        self.author_title.setText(self.tr("Your &name:"))
        self.author_note.setText(
            self.tr("Recorded with every change you make, in each plan's history.")
            if not self.author_edit.isReadOnly()
            else self.tr("The database server records its user name with your changes.")
        )
        self.read_only_check.setText(self.tr("Open the database &read-only (for team leads)"))
        self.read_only_note.setText(
            self.tr(
                "Read-only: everything can be looked at and exported, nothing can be changed. "
                "This takes effect the next time Secretariat starts."
            )
        )
        self._show_restart_note()

    def _show_restart_note(self) -> None:
        """Say what the checkbox does to this session: nothing until the next start."""
        wanted, now = self.read_only_check.isChecked(), self.context.read_only
        if wanted and not now:
            note = self.tr("Restart Secretariat to open the database read-only.")
        elif now and not wanted:
            note = self.tr("The database stays read-only until Secretariat is restarted.")
        elif now:
            note = self.tr("The database is open read-only now.")
        else:
            note = ""
        self.restart_note.setText(note)
        self.restart_note.setVisible(bool(note))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ui_language(self) -> str:
        return str(self.language_combo.currentData())

    def open_read_only(self) -> bool:
        return self.read_only_check.isChecked()

    def author_name(self) -> str:
        return self.author_edit.text().strip()
