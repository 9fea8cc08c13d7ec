"""The user guide (docs/guide/LANGUAGE/*.md) in its viewer: every page loads with its pictures
and links, in every language, each picture is as new as the screen it shows, and F1 opens it
in the interface language at the page for the screen the user is on."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument, QTextImageFormat
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from secretariat.paths import docs_dir
from ui import i18n, screenshot_manifest
from ui.context import AppContext
from ui.dialogs.guide import CONTENTS, GUIDE_LANGUAGES, PAGE_TOPICS, GuideWindow
from ui.main_window import MainWindow
from ui.screenshot_manifest import stale_reason

GUIDE = docs_dir() / "guide"
SCREENSHOTS = docs_dir() / "screenshots"
LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)\)")
PAGES = sorted(path.name for path in (GUIDE / "en").glob("*.md"))


def links_of(page: Path) -> tuple[list[str], list[str]]:
    """The pictures and the links a page's Markdown holds."""
    pictures, links = [], []
    for bang, target in LINK.findall(page.read_text(encoding="utf-8")):
        (pictures if bang else links).append(target)
    return pictures, links


def document_pictures(document: QTextDocument) -> list[str]:
    """The picture names the loaded document shows, in order."""
    names = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            text_format = iterator.fragment().charFormat()
            if text_format.isImageFormat():
                names.append(QTextImageFormat(text_format).name())
            iterator += 1
        block = block.next()
    return names


@pytest.fixture
def guide(qtbot: QtBot, tmp_path: Path) -> GuideWindow:
    window = GuideWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def test_every_language_has_every_page() -> None:
    assert CONTENTS in PAGES and len(PAGES) >= 10
    for language in GUIDE_LANGUAGES:
        assert sorted(path.name for path in (GUIDE / language).glob("*.md")) == PAGES, language


def test_the_contents_link_every_page() -> None:
    for language in GUIDE_LANGUAGES:
        _pictures, links = links_of(GUIDE / language / CONTENTS)
        assert set(PAGES) - {CONTENTS} <= set(links), language


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_every_page_loads_with_its_pictures_and_links(guide: GuideWindow, language: str) -> None:
    for name in PAGES:
        page = GUIDE / language / name
        guide.open_topic(language, None)
        guide.browser.setSource(QUrl.fromLocalFile(str(page)))
        assert Path(guide.browser.source().toLocalFile()) == page
        assert guide.browser.toPlainText().strip(), f"{language}/{name} shows nothing"
        pictures, links = links_of(page)
        assert document_pictures(guide.browser.document()) == pictures, f"{language}/{name}"
        for picture in pictures:
            url = guide.browser.source().resolved(QUrl(picture))
            image = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource, url)
            assert isinstance(image, QImage) and not image.isNull(), f"{name}: {picture}"
            assert picture.endswith(f"-{language}.png"), f"{language}/{name} shows {picture}"
        for link in links:
            assert not link.startswith(("http:", "https:")), f"{name}: {link} is not offline"
            target = (page.parent / link.split("#")[0]).resolve()
            assert target.exists(), f"{language}/{name}: dead link {link}"


def test_every_picture_is_as_new_as_its_screen() -> None:
    pictures = {
        Path(picture).name
        for language in GUIDE_LANGUAGES
        for name in PAGES
        for picture in links_of(GUIDE / language / name)[0]
    }
    assert len(pictures) > 30
    stale = [
        reason for picture in sorted(pictures) if (reason := stale_reason(SCREENSHOTS, picture))
    ]
    assert not stale, "\n".join(stale)


def test_a_changed_screen_makes_its_picture_stale(guide: GuideWindow, tmp_path: Path) -> None:
    picture = tmp_path / "guide-en.png"
    screenshot_manifest.record(tmp_path, picture, guide)
    manifest = screenshot_manifest.read_manifest(tmp_path)
    assert manifest["guide-en.png"]["sources"] == ["ui/dialogs/guide.py"]
    assert stale_reason(tmp_path, "guide-en.png") is None
    assert "not among" in (stale_reason(tmp_path, "teams-en.png") or "")
    manifest["guide-en.png"]["digest"] = "0" * 64  # as if ui/dialogs/guide.py had changed
    (tmp_path / screenshot_manifest.MANIFEST_NAME).write_text(json.dumps(manifest))
    reason = stale_reason(tmp_path, "guide-en.png") or ""
    assert "is older than ui/dialogs/guide.py" in reason and "make screenshots" in reason


def test_links_between_pages_are_followed(qtbot: QtBot, guide: GuideWindow) -> None:
    guide.open_topic("en", None)
    guide.browser.setSource(QUrl("committee.md"))  # as a click on the contents' link does
    assert guide.browser.source().fileName() == "committee.md"
    assert guide.windowTitle().startswith("Setting up the committee")
    guide.back_action.trigger()
    assert guide.browser.source().fileName() == CONTENTS
    assert guide.forward_action.isEnabled()


@pytest.mark.parametrize(("language", "heading"), [("ko", "전체회의"), ("zh", "全体会议")])
def test_f1_opens_the_guide_in_the_interface_language_at_the_screen_shown(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, language: str, heading: str
) -> None:
    i18n.install_translators(language)
    try:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(demo_db, settings, ui_language=language))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.guide_action in window.help_menu.actions()
        window.show_page("plans")
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        guide = window.guide_window
        assert isinstance(guide, GuideWindow) and guide.isVisible()
        shown = Path(guide.browser.source().toLocalFile())
        assert shown == GUIDE / language / PAGE_TOPICS["plans"]
        assert heading in guide.browser.toPlainText()
        window.show_page("teams")
        window.guide_action.trigger()  # Help → User guide
        assert guide.browser.source().fileName() == PAGE_TOPICS["teams"]
    finally:
        i18n.install_translators("en")
