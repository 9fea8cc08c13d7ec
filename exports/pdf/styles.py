"""The documents' look: colours, margins, the paragraph stylesheet (built once) and the style
of the small summary tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from exports.fonts import register_fonts

NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#2E7D9A")
GREY_HEX = "#6B7280"
GREY = colors.HexColor(GREY_HEX)
LIGHT = colors.HexColor("#F3F5F8")
RULE = colors.HexColor("#C9D1DB")
GAP_COLOUR = "#9AA3AE"

MARGIN = 15 * mm
HEADER_SPACE = 12 * mm  # between the page edge and the frame, for the header and footer


class Styles:
    """Every paragraph style of the documents, built once per process (see `stylesheet()`).

    All use the bundled font and CJK line breaking, which breaks Korean and Chinese between
    characters and Latin text at spaces."""

    def __init__(self, font: str) -> None:
        def style(name: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
            return ParagraphStyle(
                name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **extra
            )

        self.font = font
        self.title = style("title", 22, 29, textColor=NAVY, spaceAfter=4)
        self.title_second = style("title_second", 17, 23, textColor=TEAL, spaceAfter=14)
        self.kicker = style("kicker", 10, 14, textColor=TEAL, spaceAfter=10)
        self.subtitle = style("subtitle", 13, 18, textColor=NAVY, spaceAfter=2)
        self.h1 = style("h1", 14, 18, textColor=NAVY, spaceBefore=4, spaceAfter=8)
        self.h2 = style("h2", 10.5, 14, textColor=TEAL, spaceBefore=10, spaceAfter=4)
        self.body = style("body", 9, 12.5, spaceAfter=4)
        self.meta = style("meta", 8, 11, textColor=GREY)
        self.cell = style("cell", 7.5, 9.6)
        self.cell_right = style("cell_right", 7.5, 9.6, alignment=2)
        self.cell_head = style("cell_head", 7, 8.8, textColor=colors.white)
        self.cell_head_right = style("cell_head_right", 7, 8.8, textColor=colors.white, alignment=2)
        self.contents = style("contents", 10.5, 15)
        self.cover_label = style("cover_label", 9, 12, textColor=GREY)
        self.cover_value = style("cover_value", 10, 14)


_stylesheets: dict[str, Styles] = {}


def stylesheet() -> Styles:
    """The shared styles (paragraph styles are read-only during layout, so sharing is safe)."""
    font = register_fonts().name
    if font not in _stylesheets:
        _stylesheets[font] = Styles(font)
    return _stylesheets[font]


def table_style(*extra: tuple[Any, ...], header_rows: int = 1) -> TableStyle:
    """Grid, navy header row, zebra stripes; `extra` adds commands."""
    return TableStyle(
        [
            # Tables set each cell's font even for paragraph cells: never Helvetica.
            ("FONT", (0, 0), (-1, -1), stylesheet().font, 7.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
            ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, LIGHT]),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            *extra,
        ]
    )


def data_table(
    rows: list[list[Any]], widths: Sequence[float], style: TableStyle, *, header_rows: int = 1
) -> Table:
    """A table whose header repeats on every page and whose tall rows may split."""
    return Table(rows, colWidths=list(widths), style=style, repeatRows=header_rows, splitInRow=1)
