"""The settings dialog: switching the interface language in place (the app's and Qt's own
translations), the read-only setting, and the default language from the system locale."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from ui import i18n
from ui import main_window as main_window_module
from ui.context import AppContext
from ui.dialogs.settings import SettingsDialog
from ui.main_window import MainWindow
from ui.pages import PAGES
from ui.pages.base import Page
from ui.settings import (
    LANGUAGE_KEY,
    open_read_only,
    save_ui_language,
    system_ui_language,
    ui_language,
)

# A small Korean catalogue built for the test, so it does not depend on how far the real
# translations have got: the window's File menu, a page's title, a page's label.
KOREAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>파일(&amp;F)</translation></message>
</context>
<context><name>UndoActions</name>
<message><source>Undo</source><translation>실행 취소</translation></message>
</context>
<context><name>MemoPage</name>
<message><source>Memo</source><translation>메모</translation></message>
<message><source>Write here</source><translation>여기에 쓰기</translation></message>
</context>
</TS>
"""


class MemoPage(Page):
    """A page that retranslates on LanguageChange, as every page must."""

    key = "memo"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.edit = QLineEdit()
        QVBoxLayout(self).addWidget(self.edit)
        self.titles_asked = 0
        self.languages_seen: list[str] = []
        self.retranslate()

    def title(self) -> str:
        self.titles_asked += 1
        return self.tr("Memo")

    def retranslate(self) -> None:
        self.languages_seen.append(self.context.ui_language)
        self.edit.setPlaceholderText(self.tr("Write here"))


@pytest.fixture
def korean_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "secretariat_ko.ts").write_text(KOREAN_TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [
            str(lrelease),
            "-silent",
            str(folder / "secretariat_ko.ts"),
            "-qm",
            str(folder / "secretariat_ko.qm"),
        ],
        check=True,
    )
    monkeypatch.setattr(i18n, "app_translations_dir", lambda: folder)
    monkeypatch.setattr(main_window_module, "PAGES", (*PAGES, ("memo", __name__, "MemoPage")))
    yield folder
    monkeypatch.undo()  # the app's own catalogues again: English has its plural forms
    i18n.install_translators("en")  # leave the application as other tests expect it


def open_window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, settings, ui_language="en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def press(qtbot: QtBot, dialog: SettingsDialog, button: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)


def test_languages_are_named_in_themselves(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, db, tmp_path)
    dialog = open_settings(qtbot, window)
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "한국어", "简体中文"]
    assert combo.currentText() == "English"


def test_switching_to_korean_retranslates_in_place(
    qtbot: QtBot, db: Database, tmp_path: Path, korean_catalogue: Path
) -> None:
    window = open_window(qtbot, db, tmp_path)
    memo = window.pages["memo"]
    memo.edit.setText("half-typed minutes")
    pages_before = [window.stack.widget(i) for i in range(window.stack.count())]
    titles_before = memo.titles_asked
    assert window.file_menu.title() == "&File"

    dialog = open_settings(qtbot, window)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("한국어"))
    with qtbot.waitSignal(window.context.ui_language_changed) as changed:
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert changed.args == ["ko"]
    assert window.context.ui_language == "ko"

    # The app's own catalogue: menus, the navigation (page titles asked again), page texts.
    qtbot.waitUntil(lambda: window.file_menu.title() == "파일(&F)")
    qtbot.waitUntil(lambda: memo.edit.placeholderText() == "여기에 쓰기")
    assert memo.titles_asked > titles_before
    memo_row = list(window.pages).index("memo")
    assert window.navigation.item(memo_row).text() == "메모"
    assert memo.languages_seen[-1] == "ko"  # the context changed before pages retranslated
    # Qt's own dialogs and actions, from qtbase_ko.qm.
    files = [Path(name).name for name in i18n.installed_files()]
    assert files == ["secretariat_ko.qm", "qtbase_ko.qm"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    assert window.undo_action.text() == "실행 취소"  # (the app's catalogue, not Qt's)
    # Nothing rebuilt, nothing lost; the choice is saved.
    assert [window.stack.widget(i) for i in range(window.stack.count())] == pages_before
    assert memo.edit.text() == "half-typed minutes"
    assert window.settings.value(LANGUAGE_KEY) == "ko"


def test_switching_back_to_english_removes_the_translations(
    qtbot: QtBot, db: Database, tmp_path: Path, korean_catalogue: Path
) -> None:
    window = open_window(qtbot, db, tmp_path)
    window.apply_ui_language("ko")
    qtbot.waitUntil(lambda: window.file_menu.title() == "파일(&F)")
    window.apply_ui_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert "secretariat_ko.qm" not in " ".join(i18n.installed_files())
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_chinese_installs_qts_simplified_chinese(
    qtbot: QtBot, db: Database, tmp_path: Path, korean_catalogue: Path
) -> None:
    window = open_window(qtbot, db, tmp_path)
    window.apply_ui_language("zh")
    assert window.context.ui_language == "zh"
    assert [Path(name).name for name in i18n.installed_files()][-1] == "qtbase_zh_CN.qm"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QLocale().language() == QLocale.Language.Chinese


def test_cancel_changes_nothing(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, db, tmp_path)
    dialog = open_settings(qtbot, window)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("简体中文"))
    qtbot.mouseClick(dialog.read_only_check, Qt.MouseButton.LeftButton)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert window.context.ui_language == "en"
    assert window.settings.value(LANGUAGE_KEY) is None
    assert not open_read_only(window.settings)


def test_read_only_setting_is_saved_for_the_next_start(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = open_window(qtbot, db, tmp_path)
    dialog = open_settings(qtbot, window)
    assert not dialog.read_only_check.isChecked()
    assert not dialog.restart_note.isVisible()
    assert "next time Secretariat starts" in dialog.read_only_note.text()
    qtbot.mouseClick(dialog.read_only_check, Qt.MouseButton.LeftButton)
    assert dialog.restart_note.isVisible()
    assert dialog.restart_note.text() == "Restart Secretariat to open the database read-only."
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert open_read_only(window.settings)
    assert not window.context.read_only  # this session keeps editing
    assert window.import_xlsx_action.isEnabled()
    again = open_settings(qtbot, window)
    assert again.read_only_check.isChecked()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea), "ko"),
        (QLocale(QLocale.Language.Chinese, QLocale.Country.China), "zh"),
        (QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan), "zh"),
        (QLocale(QLocale.Language.French, QLocale.Country.France), "en"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "en"),
    ],
)
def test_default_language_follows_the_system_locale(locale: QLocale, expected: str) -> None:
    assert system_ui_language(locale) == expected


def test_saved_language_wins_over_the_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert ui_language(settings) == system_ui_language()
    save_ui_language(settings, "zh")
    assert ui_language(settings) == "zh"
    settings.setValue(LANGUAGE_KEY, "fr")  # written by hand, or by a later version
    assert ui_language(settings) == system_ui_language()


def test_your_name_in_settings_is_recorded_with_your_changes(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    from secretariat.services import teams
    from ui.settings import author_name

    window = open_window(qtbot, demo_db, tmp_path)
    dialog = open_settings(qtbot, window)
    assert not dialog.author_edit.isReadOnly()
    dialog.author_edit.clear()
    qtbot.keyClicks(dialog.author_edit, "Park Jiho")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert author_name(window.settings) == "Park Jiho"
    team = teams.list_teams(demo_db)[0]
    teams.update_team(demo_db, team.id, {"name_en": "Economy and Trade"})
    from sqlalchemy import select

    from secretariat.models import RecordEdit

    with demo_db.read() as session:
        assert session.scalars(select(RecordEdit.author)).all() == ["Park Jiho"]
