"""The base renderer every PDF document builds on (template method, after pretix's invoice
renderer): a document subclasses `BaseRenderer` and supplies `story()` (a progress generator
returning the flowables) and its header texts; the base lays the story out page by page,
yielding `Progress` about every 1 %, and writes the file through a temporary file beside the
target, so a cancelled or failed export leaves nothing behind and never touches an existing file.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections.abc import Generator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from exports.pdf.metadata import DocumentInfo, attach, language_tag
from exports.pdf.pages import NumberedCanvas, TablePart
from exports.pdf.styles import (
    GAP_COLOUR,
    GREY,
    HEADER_LEADING,
    HEADER_SIZE,
    HEADER_SPACE,
    MARGIN,
    RULE,
    stylesheet,
)
from exports.pdf.tables import (
    BODY,
    BODY_RIGHT,
    GAP,
    HEAD,
    HEAD_RIGHT,
    Cell,
    HeadCell,
    LabelCell,
    text_cell,
)
from exports.pdf.text import GAP_MARKS, PHRASES, cell_text, page_of, plain, text_or_gap
from secretariat.errors import CannotWriteError, SecretariatError
from secretariat.files import discard, part_path, remove_stale_parts
from secretariat.labels import ENUM_LABELS, FIELD_LABELS, LANGUAGE_NAMES, Label
from secretariat.progress import Progress


class PdfError(SecretariatError):
    """The document cannot be written (a full disk, a folder gone...)."""


class PdfWriteError(CannotWriteError, PdfError):
    """The document's file could not be written: its path and the system's words."""


class Meter:
    """Turns phases of work into Progress, one report per whole percent."""

    def __init__(self) -> None:
        self.last = -1
        self.start, self.end, self.message = 0.0, 1.0, ""

    def phase(self, start: float, end: float, message: str) -> Progress:
        self.start, self.end, self.message = start, end, message
        return self.report(0.0, force=True) or Progress(int(start * 100), 100, message)

    def report(self, fraction: float, *, force: bool = False) -> Progress | None:
        fraction = min(max(fraction, 0.0), 1.0)
        percent = int((self.start + (self.end - self.start) * fraction) * 100)
        if percent <= self.last and not force:
            return None
        self.last = max(self.last, percent)
        return Progress(self.last, 100, self.message)


def _weight(flowable: Any) -> int:
    """How much layout work a flowable is (a table: its rows)."""
    rows = getattr(flowable, "_nrows", None)
    return int(rows) if rows else 1


class BaseRenderer(ABC):
    """A bilingual A4 document. Subclasses give `story()`, `title_in()` and the header's
    texts; `render()` does the rest."""

    pagesize = A4
    has_cover = False
    first_page = "body"  # the first page's template when there is no cover

    def __init__(self, languages: tuple[str, str]) -> None:
        self.languages = languages
        self.styles = stylesheet()
        self.meter = Meter()
        self.generated_on = date.today()
        self._stacked: dict[Label, str] = {}
        self._label_cells: dict[enum.Enum, LabelCell] = {}
        self.table_parts: list[TablePart] = []  # as drawn, once rendered

    # What subclasses provide -----------------------------------------------------------------

    @abstractmethod
    def story(self) -> Generator[Progress, None, list[Flowable]]:
        """Gather the records and build the flowables, yielding progress."""

    @abstractmethod
    def title_in(self, language: str) -> str:
        """The document's title in one language, for its metadata."""

    def document_title(self) -> str:
        return " / ".join(dict.fromkeys(self.title_in(language) for language in self.languages))

    def document_info(self) -> DocumentInfo:
        """Title and subject per language, the committee as author (the header's left)."""
        committee = dict(zip(self.languages, self.header_left(), strict=False))
        titles = {language: plain(self.title_in(language)) for language in self.languages}
        subjects = {
            language: " · ".join(
                part for part in (committee.get(language), titles[language]) if part
            )
            for language in self.languages
        }
        author = " / ".join(name for name in self.header_left() if name)
        return DocumentInfo(self.languages, titles, subjects, plain(author), datetime.now())

    @abstractmethod
    def header_left(self) -> list[str]:
        """Plain text at the top left of every page but the cover, a line per language."""

    @abstractmethod
    def header_right(self) -> list[str]:
        """Plain text at the top right of every page but the cover, a line per language."""

    def footer_left(self) -> str:
        return f"{self.both(PHRASES['generated'])} {self.generated_on.isoformat()}"

    # Shared helpers --------------------------------------------------------------------------

    def both(self, label: Label, separator: str = " / ") -> str:
        """A label in the two languages (once when they read the same)."""
        first, second = (label.get(language) for language in self.languages)
        return first if first == second else f"{first}{separator}{second}"

    def stacked(self, label: Label) -> str:
        """Markup of a label in the two languages, one above the other (cached)."""
        markup = self._stacked.get(label)
        if markup is None:
            markup = escape(self.both(label, "\n")).replace("\n", "<br/>")
            self._stacked[label] = markup
        return markup

    def cell(self, text: str, *, right: bool = False, note: str = "") -> Cell:
        """A record table cell of plain text (user text as typed, or numbers and dates), with
        an optional note under it in small grey figures."""
        return text_cell(text, BODY_RIGHT if right else BODY, note)

    def head(self, label: Label, *, right: bool = False) -> HeadCell:
        """A column head: the label in both languages, one above the other."""
        return HeadCell(self.both(label, "\n"), HEAD_RIGHT if right else HEAD)

    def label_cell(self, value: enum.Enum) -> LabelCell:
        """A status, origin, kind... in both languages, one above the other (one cell per
        value, shared by every row)."""
        cell = self._label_cells.get(value)
        if cell is None:
            cell = LabelCell(self.both(ENUM_LABELS[value], "\n"))
            self._label_cells[value] = cell
        return cell

    def user_markup(self, texts: Mapping[str, str], language: str) -> str:
        """User text in one language as markup, or its gap mark in grey."""
        markup, is_gap = text_or_gap(texts, language)
        return f'<font color="{GAP_COLOUR}">{markup}</font>' if is_gap else markup

    def text_cell(self, texts: Mapping[str, str], language: str) -> Cell:
        """User text in one language, or its visible gap mark in grey."""
        text = cell_text(texts.get(language) or "")
        return Cell(text) if text else Cell(GAP_MARKS.get(language), GAP)

    def texts_inline(self, texts: Mapping[str, str], separator: str = " / ") -> str:
        """Markup of user text in both languages on one line, gaps marked."""
        return escape(separator).join(
            self.user_markup(texts, language) for language in self.languages
        )

    def texts_stacked(self, texts: Mapping[str, str]) -> str:
        """Markup of user text in both languages, one above the other, gaps marked."""
        return "<br/>".join(self.user_markup(texts, language) for language in self.languages)

    def plain_texts(self, texts: Mapping[str, str]) -> str:
        """User text in both languages as plain text (outline, header), skipping gaps."""
        values = [plain(texts.get(language, "")) for language in self.languages]
        return " / ".join(value for value in values if value)

    def text_heads(self, field: str) -> list[HeadCell]:
        """Column heads for a user-text field, one per language: "Title · Korean"."""
        heads = []
        for language in self.languages:
            name = LANGUAGE_NAMES[language]
            label = Label(
                *(
                    f"{FIELD_LABELS[field].get(shown)} · {name.get(shown)}"
                    for shown in ("en", "ko", "zh", "ja")
                )
            )
            heads.append(self.head(label))
        return heads

    def page_templates(self) -> list[PageTemplate]:
        """'cover' (no header), 'body' and 'wide' (landscape, for the tables with many
        columns) page templates with one frame each."""
        portrait, wide = self.pagesize, landscape(self.pagesize)
        templates = [
            PageTemplate(
                "cover",
                [_frame("cover", portrait, cover=True)],
                onPage=_mark("cover"),
                pagesize=portrait,
            ),
            PageTemplate(
                "body", [_frame("body", portrait)], onPage=_mark("body"), pagesize=portrait
            ),
            PageTemplate("wide", [_frame("wide", wide)], onPage=_mark("wide"), pagesize=wide),
        ]
        # The first template is the first page's.
        first = "cover" if self.has_cover else self.first_page
        return sorted(templates, key=lambda template: template.id != first)

    @property
    def frame_width(self) -> float:
        return float(self.pagesize[0] - 2 * MARGIN)

    def decorate_page(self, canvas: Canvas, kind: str, page: int, pages: int) -> None:
        """Header and footer, a line per language; the cover has no header."""
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(GREY)
        if kind != "cover":
            top = height - MARGIN - 2
            self._draw_header(canvas, width, top)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            rule = top - 2 * HEADER_LEADING + 4  # under the header's two lines
            canvas.line(MARGIN, rule, width - MARGIN, rule)
            canvas.line(MARGIN, MARGIN + 11, width - MARGIN, MARGIN + 11)
        font = self.styles.font
        canvas.setFont(font, HEADER_SIZE)
        canvas.drawString(MARGIN, MARGIN, self.footer_left())
        numbers = "  |  ".join(page_of(page, pages, language) for language in self.languages)
        canvas.drawRightString(width - MARGIN, MARGIN, numbers)
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas, width: float, top: float) -> None:
        """The document on the right, the committee on the left, each language on its line;
        a line too long is shortened with an ellipsis, never set smaller than 8 points."""
        font = self.styles.font
        canvas.setFont(font, HEADER_SIZE)
        frame_width = width - 2 * MARGIN
        lefts, rights = self.header_left(), self.header_right()
        for index in range(max(len(lefts), len(rights))):
            baseline = top - index * HEADER_LEADING
            right = _fit_width(
                rights[index] if index < len(rights) else "", font, frame_width * 0.45
            )
            canvas.drawRightString(width - MARGIN, baseline, right)
            room = frame_width - stringWidth(right, font, HEADER_SIZE) - 16
            left = _fit_width(lefts[index] if index < len(lefts) else "", font, room)
            canvas.drawString(MARGIN, baseline, left)

    # The work --------------------------------------------------------------------------------

    def render(self, path: Path) -> Generator[Progress, None, int]:
        """Write the document to `path` (atomically); returns the number of pages."""
        path = Path(path)
        # Created like any file the user writes (permissions from the umask; mkstemp would
        # make it private), under a name no other export uses (secretariat/files.py).
        remove_stale_parts(path.parent)
        temporary = part_path(path)
        try:
            temporary.touch(exist_ok=False)
            pages = yield from self._write(temporary)
            temporary.replace(path)
        except OSError as error:  # a full disk, a folder gone: one line naming the file
            discard(temporary)
            raise PdfWriteError(path, error.strerror or str(error)) from error
        except BaseException:  # cancelled (GeneratorExit) or failed: leave nothing behind
            discard(temporary)
            raise
        return pages

    def _write(self, target: Path) -> Generator[Progress, None, int]:
        # Compressed streams stay binary: ASCII85 only makes them larger and, without
        # reportlab's optional C accelerator, costs a second per hundred pages.
        rl_config.useA85 = 0
        yield self.meter.phase(0.0, 0.3, "Reading the records")
        flowables = yield from self.story()
        yield self.meter.phase(0.3, 0.9, "Laying out the pages")
        info = self.document_info()
        doc = BaseDocTemplate(
            str(target),
            pagesize=self.pagesize,
            title=plain(self.document_title()),
            author=info.author,
            creator="Secretariat",
            subject=" / ".join(info.subjects[language] for language in self.languages),
            # The catalog's /Lang: the first working language (the pages are not tagged, so
            # the second cannot be marked where it is used).
            lang=language_tag(self.languages[0]),
            # Otherwise every page starts in Helvetica, a font the PDF would not embed.
            initialFontName=self.styles.font,
            initialFontSize=9,
            initialLeading=12,
        )
        doc.addPageTemplates(self.page_templates())
        canvas = yield from self._layout(doc, flowables)
        attach(canvas, info)
        yield self.meter.phase(0.9, 1.0, "Writing the file")
        for done, pages in canvas.finish(self):
            step = self.meter.report(done / max(pages, 1))
            if step is not None:
                yield step
        canvas.showOutline()
        canvas.save()
        self.table_parts = canvas.table_parts
        return pages

    def _layout(
        self, doc: BaseDocTemplate, flowables: list[Flowable]
    ) -> Generator[Progress, None, NumberedCanvas]:
        """reportlab's BaseDocTemplate.build, one flowable (or one page of a split table) per
        step, so progress can be reported and the user can cancel between two steps."""
        total = sum(_weight(flowable) for flowable in flowables) or 1
        done = 0
        doc._startBuild(None, NumberedCanvas)
        canvas = doc.canv
        canvas._doctemplate = doc
        try:
            while flowables:
                doc.clean_hanging()
                before, weight = len(flowables), _weight(flowables[0])
                doc.handle_flowable(flowables)
                # A split table puts its rest back in front: count only what was laid out.
                returned = len(flowables) - (before - 1)
                done += weight - sum(_weight(flowable) for flowable in flowables[:returned])
                step = self.meter.report(done / total)
                if step is not None:
                    yield step
        finally:
            del canvas._doctemplate
        doc._doSave = 0
        doc._endBuild()
        assert isinstance(canvas, NumberedCanvas)
        return canvas


def _mark(kind: str) -> Any:
    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if isinstance(canvas, NumberedCanvas):
            canvas.mark_page(kind)

    return on_page


def _frame(name: str, pagesize: tuple[float, float], *, cover: bool = False) -> Frame:
    """The page's one frame inside the margins, below the header (the cover has none)."""
    width, height = pagesize
    top_space = MARGIN if cover else MARGIN + HEADER_SPACE
    return Frame(
        MARGIN,
        MARGIN + HEADER_SPACE,
        width - 2 * MARGIN,
        height - top_space - MARGIN - HEADER_SPACE,
        id=name,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def _fit_width(text: str, font: str, width: float) -> str:
    """`text` at the header's size, shortened with an ellipsis to fit `width`."""
    text = plain(text)
    if stringWidth(text, font, HEADER_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", font, HEADER_SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"
