"""Help → User guide (F1): the guide in `docs/guide/LANGUAGE/`, offline, in the interface
language, opened at the page for the screen the user is on.

The pages are Markdown, read by Qt's own Markdown support in a QTextBrowser: links between
pages and the screenshots they show work as files, with nothing to build. Pictures are scaled
down to the reading width, so a 1400-pixel screenshot fits the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QToolBar, QVBoxLayout, QWidget

from secretariat.paths import docs_dir

GUIDE_LANGUAGES = ("en", "ko", "zh")
CONTENTS = "index.md"
# The page for each screen of the main window (its page key).
PAGE_TOPICS: dict[str, str] = {
    "dashboard": "first-start.md",
    "conferences": "committee.md",
    "teams": "committee.md",
    "plans": "conference-cycle.md",
    "meetings": "meetings.md",
    "mous": "records.md",
    "activities": "records.md",
}
GEOMETRY_KEY = "guide/geometry"
DOCUMENT_MARGIN = 18
# Pixels left beside a scaled picture: both margins and the vertical scroll bar that a long
# page grows once laid out, so no horizontal one appears.
IMAGE_MARGIN = 2 * DOCUMENT_MARGIN + 32
RESCALE_DELAY_MS = 200  # after a resize, pictures are fitted again once the user stops


def guide_folder(language: str) -> Path:
    """The guide's pages in `language`, or in English where it has none."""
    folder = docs_dir() / "guide" / language
    return folder if (folder / CONTENTS).exists() else docs_dir() / "guide" / "en"


def topic_page(language: str, page_key: str | None) -> Path:
    """The guide page about a main-window page (the contents when there is none)."""
    return guide_folder(language) / PAGE_TOPICS.get(page_key or "", CONTENTS)


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that fits pictures to its width and leaves other sites to the system."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)  # text off the window's edge
        self.fitted_width = 0
        self.rescale_timer = QTimer(self)
        self.rescale_timer.setSingleShot(True)
        self.rescale_timer.setInterval(RESCALE_DELAY_MS)
        self.rescale_timer.timeout.connect(self._refit_pictures)
        self.setOpenLinks(True)
        self.setOpenExternalLinks(False)  # handled below: only http(s) and mail leave the app
        self.anchorClicked.connect(self._on_anchor)

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt's name)
        resource = super().loadResource(kind, url)
        if kind != QTextDocument.ResourceType.ImageResource.value or resource is None:
            return resource
        image = resource if isinstance(resource, QImage) else QImage.fromData(resource)
        width = max(200, self.viewport().width() - IMAGE_MARGIN)
        self.fitted_width = self.viewport().width()
        if image.isNull() or image.width() <= width:
            return image
        return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.fitted_width and abs(self.viewport().width() - self.fitted_width) > 24:
            self.rescale_timer.start()

    @Slot()
    def _refit_pictures(self) -> None:
        """Load the page again, so its pictures are scaled to the new width; the reader stays
        where they were."""
        position = self.verticalScrollBar().value()
        self.reload()
        self.verticalScrollBar().setValue(position)

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            # QTextBrowser would try to show the site itself: stay on the page.
            self.setSource(self.source())


class GuideWindow(QWidget):
    """The guide in a window of its own beside the main window, with Back, Forward and
    Contents; it remembers its size."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guide")
        self.settings = settings
        self.language = "en"
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.toolbar = QToolBar(self)
        self.back_action = self.toolbar.addAction("", self.browser.backward)
        self.back_action.setShortcuts(QKeySequence.StandardKey.Back)
        self.forward_action = self.toolbar.addAction("", self.browser.forward)
        self.forward_action.setShortcuts(QKeySequence.StandardKey.Forward)
        self.contents_action = self.toolbar.addAction("", self.show_contents)
        self.close_action = self.toolbar.addAction("", self.close)
        self.close_action.setShortcuts(
            [QKeySequence("Esc"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Close)]
        )
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.browser.sourceChanged.connect(self._on_source_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.browser)
        self.retranslate()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(900, 760)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.back_action.setText(translate("GuideWindow", "Back"))
        self.forward_action.setText(translate("GuideWindow", "Forward"))
        self.contents_action.setText(translate("GuideWindow", "Contents"))
        self.close_action.setText(translate("GuideWindow", "Close"))
        self._on_source_changed(self.browser.source())

    def open_topic(self, language: str, page_key: str | None) -> None:
        """Show the page for `page_key` in `language`, and bring the window forward."""
        if language != self.language:
            self.language = language
            self.browser.clearHistory()
            self.retranslate()
        self.browser.setSource(QUrl.fromLocalFile(str(topic_page(language, page_key))))
        self.show()
        self.raise_()
        self.activateWindow()

    @Slot()
    def show_contents(self) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(guide_folder(self.language) / CONTENTS)))

    @Slot(QUrl)
    def _on_source_changed(self, _url: QUrl) -> None:
        title = self.browser.documentTitle() or _first_heading(self.browser.document())
        guide = QCoreApplication.translate("GuideWindow", "Secretariat user guide")
        self.setWindowTitle(f"{title} — {guide}" if title and title != guide else guide)

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)  # type: ignore[arg-type]


def _first_heading(document: QTextDocument) -> str:
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 1:
            return block.text()
        block = block.next()
    return ""
