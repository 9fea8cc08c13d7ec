"""The documents' look: colours, margins, the print sizes and the paragraph stylesheet (built
once)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from exports.fonts import register_fonts

NAVY = colors.HexColor("#1F3A5F")
TEAL_HEX = "#2E7D9A"
TEAL = colors.HexColor(TEAL_HEX)
GREY_HEX = "#6B7280"
GREY = colors.HexColor(GREY_HEX)
LIGHT = colors.HexColor("#F3F5F8")
RULE = colors.HexColor("#C9D1DB")
GAP_COLOUR = "#9AA3AE"

MARGIN = 15 * mm
HEADER_SPACE = 10 * mm  # between the margin and the frame, for the header and footer


HEADER_SIZE, HEADER_LEADING = 8.0, 10.0  # page header and footer: the smallest print there is


class Styles:
    """Every paragraph style of the documents, built once per process (see `stylesheet()`).

    Sizes are for reading on paper: body text 10 points, nothing under 8. Paragraphs break
    lines at spaces (so Korean keeps its words whole, as `word-break: keep-all` does); a run of
    Chinese or Japanese wider than the line is broken between its characters. Table cells do
    not use these: exports.pdf.linebreak breaks them, script by script."""

    def __init__(self, font: str) -> None:
        def style(name: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **extra)

        self.font = font
        self.title = style("title", 22, 29, textColor=NAVY, spaceAfter=4)
        self.title_second = style("title_second", 17, 23, textColor=TEAL, spaceAfter=14)
        self.sheet_title = style("sheet_title", 17, 22, textColor=NAVY, spaceAfter=1)
        self.kicker = style("kicker", 10.5, 14, textColor=TEAL, spaceAfter=10)
        self.subtitle = style("subtitle", 13, 18, textColor=NAVY, spaceAfter=2)
        self.h1 = style("h1", 15, 20, textColor=NAVY, spaceBefore=4, spaceAfter=8, keepWithNext=1)
        self.h2 = style("h2", 11.5, 15, textColor=TEAL, spaceBefore=10, spaceAfter=4)
        self.table_title = style("table_title", 11.5, 15, textColor=TEAL, spaceBefore=10)
        self.body = style("body", 10, 13.5, spaceAfter=4)
        self.meta = style("meta", 9.5, 12.5, textColor=GREY)
        self.meta_dark = style("meta_dark", 9.5, 12.5, spaceBefore=4)  # a line of facts
        self.note = style("note", 8.5, 11, textColor=GREY, spaceBefore=3)
        self.contents = style("contents", 11, 16)
        self.cover_label = style("cover_label", 9.5, 12.5, textColor=GREY)
        self.cover_value = style("cover_value", 10.5, 14.5)


_stylesheets: dict[str, Styles] = {}


def stylesheet() -> Styles:
    """The shared styles (paragraph styles are read-only during layout, so sharing is safe)."""
    font = register_fonts().name
    if font not in _stylesheets:
        _stylesheets[font] = Styles(font)
    return _stylesheets[font]
