"""Page machinery: a canvas that numbers pages "X of Y" once the last is known, headings that
become outline entries, and contents lines whose page numbers are filled in at the end.

The numbered canvas keeps every page until the document ends (after pretix's invoice canvas),
then finishes each: header, footer, the contents' page numbers and links, and the outline. So
one layout pass is enough, however many pages the contents point to.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from exports.pdf.styles import NAVY, RULE, stylesheet


class PageDecorator(Protocol):
    def decorate_page(self, canvas: Canvas, kind: str, page: int, pages: int) -> None: ...


@dataclass(frozen=True)
class Anchor:
    key: str
    title: str  # plain text for the PDF outline
    level: int
    top: float


@dataclass(frozen=True)
class PageNumberSlot:
    """Where the contents show the page of `key`: right edge, baseline, and the row's box."""

    key: str
    right: float
    baseline: float
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class TablePart:
    """Where a part of a record table was drawn: its page, title, first row and rows."""

    page: int
    title: str  # the title's markup
    first_index: int
    rows: int


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the last is known, then finishes each: header and footer with
    "page X of Y", the contents' page numbers and links, and the outline."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.saved_pages: list[dict[str, Any]] = []
        self.page_kinds: list[str] = []
        self.anchors: list[list[Anchor]] = [[]]
        self.slots: list[list[PageNumberSlot]] = [[]]
        self.table_parts: list[TablePart] = []
        self.setPageCompression(1)

    def mark_page(self, kind: str) -> None:
        """Called by the page template as the page begins."""
        self.page_kinds.append(kind)

    def add_anchor(self, anchor: Anchor) -> None:
        self.anchors[-1].append(anchor)

    def add_slot(self, slot: PageNumberSlot) -> None:
        self.slots[-1].append(slot)

    def note_table_part(self, table: Any) -> None:
        """Called by a record table as it draws a page's part (for the tests, which check
        that tables end well)."""
        title = getattr(table.title, "text", "") if table.title is not None else ""
        self.table_parts.append(
            TablePart(len(self.saved_pages) + 1, title, table.first_index, len(table.rows))
        )

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self.saved_pages.append(dict(self.__dict__))
        self.anchors.append([])
        self.slots.append([])
        self._startPage()

    def page_of_key(self) -> dict[str, int]:
        return {
            anchor.key: number
            for number, anchors in enumerate(self.anchors, start=1)
            for anchor in anchors
        }

    def finish(self, renderer: PageDecorator) -> Iterator[tuple[int, int]]:
        """Decorate and emit every kept page; yields (pages done, pages) as it goes."""
        pages = len(self.saved_pages)
        pages_of = self.page_of_key()
        anchors, slots, kinds = self.anchors, self.slots, self.page_kinds
        for index, state in enumerate(self.saved_pages):
            self.__dict__.update(state)
            for anchor in anchors[index]:
                self.bookmarkPage(anchor.key, fit="XYZ", left=0, top=anchor.top, zoom=0)
                self.addOutlineEntry(anchor.title, anchor.key, level=anchor.level)
            for slot in slots[index]:
                self._draw_slot(slot, pages_of.get(slot.key))
            kind = kinds[index] if index < len(kinds) else "body"
            renderer.decorate_page(self, kind, index + 1, pages)
            Canvas.showPage(self)
            yield index + 1, pages
        self.saved_pages = []

    def _draw_slot(self, slot: PageNumberSlot, page: int | None) -> None:
        if page is None:
            return
        self.saveState()
        self.setFont(stylesheet().font, stylesheet().contents.fontSize)
        self.setFillColor(NAVY)
        self.drawRightString(slot.right, slot.baseline, str(page))
        self.restoreState()
        self.linkAbsolute("", slot.key, Rect=slot.box, thickness=0)


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that becomes a PDF outline entry and a target for the contents."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, title: str, level: int = 0):
        super().__init__(text, style)
        self.key, self.outline_title, self.level = key, title, level

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        super().drawOn(canvas, x, y, _sW)
        _left, top = canvas.absolutePosition(x, y + self.height)
        if isinstance(canvas, NumberedCanvas):
            canvas.add_anchor(Anchor(self.key, self.outline_title, self.level, top + 4))


class ContentsLine(Flowable):  # type: ignore[misc]
    """One line of the contents: the entry, a dotted leader, and the page (filled in at the
    end by the numbered canvas, and linked to the entry's heading)."""

    NUMBER_SPACE = 14 * mm

    def __init__(self, text: str, style: ParagraphStyle, key: str) -> None:
        super().__init__()
        self.paragraph = Paragraph(text, style)
        self.key = key
        self.style = style

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _w, height = self.paragraph.wrap(available_width - self.NUMBER_SPACE, available_height)
        self.height = height + 3
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        paragraph = self.paragraph
        paragraph.drawOn(canvas, 0, 3)
        lines = paragraph.blPara.lines
        last_width = _line_width(lines[-1], paragraph.width) if lines else 0.0
        baseline = (
            3 + paragraph.height - self.style.fontSize - (len(lines) - 1) * self.style.leading
        )
        leader_end = self.width - self.NUMBER_SPACE + 4
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setDash(0.6, 2.4)
        if last_width + 8 < leader_end:
            canvas.line(last_width + 6, baseline + 1, leader_end, baseline + 1)
        canvas.restoreState()
        if isinstance(canvas, NumberedCanvas):
            left, bottom = canvas.absolutePosition(0, 0)
            right, top = canvas.absolutePosition(self.width, self.height)
            _x, number_baseline = canvas.absolutePosition(0, baseline)
            canvas.add_slot(
                PageNumberSlot(self.key, right, number_baseline, (left, bottom, right, top))
            )


def _line_width(line: Any, available: float) -> float:
    """Width of a laid-out paragraph line: plain lines are (extra space, words) tuples, styled
    lines objects with their extra space."""
    extra = line[0] if isinstance(line, tuple) else getattr(line, "extraSpace", 0.0)
    return float(available - extra)
