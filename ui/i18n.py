"""Interface languages: installing the app's and Qt's own translators, and switching them.

The app's texts come from `resources/translations/secretariat_{lang}.qm` (built from the `.ts`
files by `make`); Qt's standard dialogs and buttons from Qt's `qtbase_{locale}.qm`. Installing
a translator makes Qt send `QEvent.LanguageChange` to every widget, so pages retranslate in
place: nothing is rebuilt and nothing typed is lost.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from secretariat.paths import resources_dir

log = logging.getLogger(__name__)

UI_LANGUAGES: tuple[str, ...] = ("en", "ko", "zh")
# Each language named in itself, so a user can find theirs whatever the interface shows.
NATIVE_NAMES: dict[str, str] = {"en": "English", "ko": "한국어", "zh": "简体中文"}
# The locale Qt's own translations and number/date formats follow for each language.
QT_LOCALES: dict[str, str] = {"en": "en_US", "ko": "ko_KR", "zh": "zh_CN"}

_installed: list[QTranslator] = []


def app_translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def installed_files() -> list[str]:
    """The .qm files whose translators are installed now (app's first, then Qt's)."""
    return [translator.filePath() for translator in _installed]


def install_translators(language: str) -> list[str]:
    """Replace the installed translators with those of `language`; returns the files loaded.

    A missing file is not an error: a language whose `.qm` has not been built yet shows
    English text (with "plan(s)" for its plurals) rather than failing to start.
    """
    if language not in UI_LANGUAGES:
        raise ValueError(f"unsupported interface language {language!r}")
    remove_translators()
    locale = QLocale(QT_LOCALES[language])
    QLocale.setDefault(locale)  # dates and numbers in widgets created from now on
    app_translator = QTranslator()
    # English has a file too: the plural forms of "%n plan(s)" (1 plan, 2 plans).
    if app_translator.load(f"secretariat_{language}", str(app_translations_dir())):
        _install(app_translator)
    else:
        log.warning("no translation secretariat_%s.qm in %s", language, app_translations_dir())
    qt_translator = QTranslator()
    if qt_translator.load(locale, "qtbase", "_", qt_translations_dir()):
        _install(qt_translator)
    else:
        log.info("no Qt translation for %s in %s", locale.name(), qt_translations_dir())
    return installed_files()


def _install(translator: QTranslator) -> None:
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)


def remove_translators() -> None:
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
