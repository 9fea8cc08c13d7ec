"""What the app remembers between runs (QSettings): the interface language and how to open
the database. Window and page state are saved by the windows themselves under their own keys."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from ui.i18n import UI_LANGUAGES

LANGUAGE_KEY = "interface/language"
OPEN_READ_ONLY_KEY = "database/open_read_only"
AUTHOR_KEY = "user/name"


def app_settings() -> QSettings:
    """The user's settings (organization and application names must be set first)."""
    return QSettings()


def system_ui_language(locale: QLocale | None = None) -> str:
    """The interface language that fits the system locale: Korean, Chinese, else English."""
    language = (locale or QLocale.system()).language()
    if language == QLocale.Language.Korean:
        return "ko"
    if language == QLocale.Language.Chinese:
        return "zh"
    return "en"


def ui_language(settings: QSettings) -> str:
    """The saved interface language, or the system's when none (or an unknown one) is saved."""
    saved = settings.value(LANGUAGE_KEY, "", type=str)
    return saved if saved in UI_LANGUAGES else system_ui_language()


def save_ui_language(settings: QSettings, language: str) -> None:
    if language not in UI_LANGUAGES:
        raise ValueError(f"unsupported interface language {language!r}")
    settings.setValue(LANGUAGE_KEY, language)


def open_read_only(settings: QSettings) -> bool:
    """Whether to open the database read-only at start (a team lead's machine)."""
    return bool(settings.value(OPEN_READ_ONLY_KEY, False, type=bool))


def save_open_read_only(settings: QSettings, read_only: bool) -> None:
    settings.setValue(OPEN_READ_ONLY_KEY, read_only)


def author_name(settings: QSettings) -> str:
    """The name this person's changes are recorded with on a SQLite database ("" if unset)."""
    return str(settings.value(AUTHOR_KEY, "", type=str)).strip()


def save_author_name(settings: QSettings, name: str) -> None:
    settings.setValue(AUTHOR_KEY, name.strip())
