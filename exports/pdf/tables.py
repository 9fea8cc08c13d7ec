"""Record tables for the PDF documents: many rows, wrapped text, headers repeated on every page.

A conference may have thousands of plans. reportlab's Table with a Paragraph per cell parses
markup and re-breaks every cell's lines each time the table is measured, split and drawn (about
3 ms a row); `RowTable` breaks each cell once (exports.pdf.text.break_lines: CJK line breaking,
Latin at spaces), keeps the lines, splits between rows by slicing, and draws each page's rows
in one text object. Labels repeated on every row (statuses, origins...) are drawn once as PDF
form objects and placed with one operator per cell.

Body cells hold plain text: nothing is parsed, so `<b>` and `&` print as typed without
escaping; the text is normalised and made visible (exports.pdf.text.cell_text) when the cell is
made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from exports.fonts import register_fonts
from exports.pdf.styles import GAP_COLOUR, LIGHT, NAVY, RULE
from exports.pdf.text import break_lines, cell_text

GAP_GREY = colors.HexColor(GAP_COLOUR)

PAD_X, PAD_TOP, PAD_BOTTOM = 3.0, 2.5, 3.0


@dataclass(frozen=True)
class CellFont:
    """How body text is set: the bundled face at one size, in one colour."""

    size: float = 7.5
    leading: float = 9.6
    colour: Any = colors.black
    right: bool = False


BODY = CellFont()
BODY_RIGHT = CellFont(right=True)
GAP = CellFont(colour=GAP_GREY)


@dataclass(frozen=True, slots=True)
class Cell:
    """Plain text in a body cell (already cleaned: use `text_cell`)."""

    text: str
    font: CellFont = BODY


@dataclass(frozen=True, slots=True)
class LabelCell:
    """A label repeated on many rows (a status in two languages): drawn as a form."""

    text: str


def text_cell(text: str | None, font: CellFont = BODY) -> Cell:
    """User text (or a number, a date) as a body cell: normalised, unshowable characters
    replaced visibly."""
    return Cell(cell_text(text), font)


AnyCell = Cell | LabelCell


@dataclass
class _Row:
    """A body row laid out for the table's column widths."""

    lines: list[list[str]]  # per column
    cells: Sequence[AnyCell]
    height: float


class RowTable(Flowable):  # type: ignore[misc]
    """A table of header flowables (repeated on every page) over rows of plain-text cells."""

    def __init__(
        self,
        header: Sequence[Flowable],
        rows: Sequence[Sequence[AnyCell]],
        widths: Sequence[float],
        *,
        first_index: int = 0,
        laid_out: list[_Row] | None = None,
        header_heights: list[float] | None = None,
    ) -> None:
        super().__init__()
        self.header, self.rows, self.widths = list(header), rows, list(widths)
        self.first_index = first_index  # of the first row in the whole table (for stripes)
        self._laid_out = laid_out
        # The header's paragraphs are broken into lines once, and the parts of a split
        # table share them (they keep their lines for the one width they are drawn at).
        self._header_heights = header_heights
        self.spaceAfter = 2

    # Layout -------------------------------------------------------------------------------

    def _layout(self) -> list[_Row]:
        if self._laid_out is None:
            inner = [width - 2 * PAD_X for width in self.widths]
            self._laid_out = [self._layout_row(row, inner) for row in self.rows]
        return self._laid_out

    @staticmethod
    def _layout_row(cells: Sequence[AnyCell], inner: Sequence[float]) -> _Row:
        lines: list[list[str]] = []
        height = 0.0
        for cell, width in zip(cells, inner, strict=True):
            font = cell.font if isinstance(cell, Cell) else BODY
            cell_lines = break_lines(cell.text, width, font.size) if cell.text else []
            lines.append(cell_lines)
            height = max(height, len(cell_lines) * font.leading)
        return _Row(lines, cells, height + PAD_TOP + PAD_BOTTOM)

    def _measure_header(self) -> float:
        if self._header_heights is None:
            self._header_heights = [
                flowable.wrap(width - 2 * PAD_X, 1e6)[1]
                for flowable, width in zip(self.header, self.widths, strict=True)
            ]
        return max(self._header_heights, default=0.0) + PAD_TOP + PAD_BOTTOM

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self._measure_header() + sum(row.height for row in self._layout())
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        rows = self._layout()
        room = available_height - self._measure_header()
        fitting, used = 0, 0.0
        while fitting < len(rows) and used + rows[fitting].height <= room:
            used += rows[fitting].height
            fitting += 1
        if fitting == 0:
            return self._split_first_row(room) if rows and room > 3 * BODY.leading else []
        return [self._part(0, fitting), self._part(fitting, len(rows))]

    def _part(self, start: int, end: int) -> RowTable:
        laid_out = self._layout()
        return RowTable(
            self.header,
            self.rows[start:end],
            self.widths,
            first_index=self.first_index + start,
            laid_out=laid_out[start:end],
            header_heights=self._header_heights,
        )

    def _split_first_row(self, room: float) -> list[Flowable]:
        """A row taller than what is left of the page: its lines continue on the next."""
        row = self._layout()[0]
        if row.height <= room + 1:
            return []
        keep = int((room - PAD_TOP - PAD_BOTTOM) // BODY.leading)
        if keep < 1:
            return []
        head = _Row([lines[:keep] for lines in row.lines], row.cells, 0.0)
        tail = _Row([lines[keep:] for lines in row.lines], row.cells, 0.0)
        for part in (head, tail):
            part.height = max(len(lines) for lines in part.lines) * BODY.leading
            part.height += PAD_TOP + PAD_BOTTOM
        parts = []
        for rows, laid_out in ((self.rows[:1], [head]), (self.rows, [tail, *self._layout()[1:]])):
            part = RowTable(self.header, rows, self.widths, first_index=self.first_index)
            part._laid_out, part._header_heights = laid_out, self._header_heights
            parts.append(part)
        return parts

    # Drawing ------------------------------------------------------------------------------

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        header_height = self._measure_header()
        assert self._header_heights is not None
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, top - header_height, self.width, header_height, stroke=0, fill=1)
        x = 0.0
        cells = zip(self.header, self.widths, self._header_heights, strict=True)
        for flowable, width, height in cells:
            flowable.drawOn(canvas, x + PAD_X, top - PAD_TOP - height)
            x += width
        y = top - header_height
        self._draw_backgrounds(canvas, y)
        self._draw_text(canvas, y)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        canvas.restoreState()

    def _draw_backgrounds(self, canvas: Any, top: float) -> None:
        y = top
        canvas.setFillColor(LIGHT)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        for index, row in enumerate(self._layout(), start=self.first_index):
            if index % 2:
                canvas.rect(0, y - row.height, self.width, row.height, stroke=0, fill=1)
            y -= row.height
            canvas.line(0, y, self.width, y)

    def _draw_text(self, canvas: Any, top: float) -> None:
        family = register_fonts()
        text = canvas.beginText()
        text.setFont(family.name, BODY.size, BODY.leading)  # every body font has this leading
        colour = BODY.colour
        text.setFillColor(colour)
        forms: list[tuple[str, float, float]] = []
        y = top
        for row in self._layout():
            x = 0.0
            for cell, lines, width in zip(row.cells, row.lines, self.widths, strict=True):
                if isinstance(cell, LabelCell):
                    if lines:
                        forms.append((_label_form(canvas, lines), x + PAD_X, y - PAD_TOP))
                    x += width
                    continue
                font = cell.font
                if font.colour != colour:
                    text.setFillColor(font.colour)
                    colour = font.colour
                baseline = y - PAD_TOP - font.size
                if font.right:  # each line placed by its width
                    for line in lines:
                        right = x + width - PAD_X - family.width(line, font.size)
                        text.setTextOrigin(right, baseline)
                        text.textLine(line)
                        baseline -= font.leading
                elif lines:  # one origin, then line after line (no widths to compute)
                    text.setTextOrigin(x + PAD_X, baseline)
                    for line in lines:
                        text.textLine(line)
                x += width
            y -= row.height
        canvas.drawText(text)
        canvas.setFillColor(BODY.colour)
        for name, x, y in forms:
            canvas.saveState()
            canvas.translate(x, y)
            canvas.doForm(name)
            canvas.restoreState()


def _label_form(canvas: Any, lines: list[str]) -> str:
    """The name of a form drawing these label lines (defined on first use in the document);
    its origin is the top left of the text."""
    defined: dict[tuple[str, ...], str] = canvas.__dict__.setdefault("_label_forms", {})
    key = tuple(lines)
    name = defined.get(key)
    if name is None:
        name = f"label{len(defined)}"
        family = register_fonts()
        width = max(family.width(line, BODY.size) for line in lines) + 2
        height = len(lines) * BODY.leading + 2
        canvas.beginForm(name, 0, -height, width, 2)
        text = canvas.beginText(0, -BODY.size)
        text.setFont(family.name, BODY.size, BODY.leading)
        for line in lines:
            text.textLine(line)
        canvas.drawText(text)
        canvas.endForm()
        defined[key] = name
    return name
