"""Record tables for the PDF documents: many rows, wrapped text, a title that travels with the
table, headers repeated on every page.

A conference may have thousands of plans. reportlab's Table with a Paragraph per cell parses
markup and re-breaks every cell's lines each time the table is measured, split and drawn (about
3 ms a row); `RowTable` measures its columns from their content once (exports.pdf.widths),
breaks each cell once (exports.pdf.linebreak), keeps the lines, splits between rows by slicing,
and draws each page's rows in one text object. Labels repeated on every row (statuses,
origins...) are drawn once as PDF form objects and placed with one operator per cell.

A table ends well: its title is part of it, so a title never ends a page; a part continued on
a new page carries the title marked "(continued)", and no part holds fewer than three rows
unless the table itself is that short (exports.pdf.table_parts decides where to split).

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
from exports.pdf.linebreak import break_lines
from exports.pdf.styles import GAP_COLOUR, GREY, LIGHT, NAVY, RULE
from exports.pdf.table_parts import PAD_BOTTOM, PAD_TOP, PAD_X, Row, fitting_rows, split_row
from exports.pdf.text import cell_text
from exports.pdf.widths import ColumnNeed, shortest_share

GAP_GREY = colors.HexColor(GAP_COLOUR)
SAMPLE_ROWS = 40  # rows measured to choose a table's column widths


@dataclass(frozen=True)
class CellFont:
    """How cell text is set: the bundled face at one size, in one colour."""

    size: float = 9.5
    leading: float = 12.0
    colour: Any = colors.black
    right: bool = False


BODY = CellFont()
BODY_RIGHT = CellFont(right=True)
GAP = CellFont(colour=GAP_GREY)
NOTE = CellFont(size=8.0, leading=10.0, colour=GREY, right=True)  # a change figure under a rate
GAP_NOTE = CellFont(size=8.0, leading=10.0, colour=GAP_GREY)  # a gap mark under a typed note
HEAD = CellFont(size=8.5, leading=10.5, colour=colors.white)
HEAD_RIGHT = CellFont(size=8.5, leading=10.5, colour=colors.white, right=True)


@dataclass(frozen=True, slots=True)
class Cell:
    """Plain text in a body cell (already cleaned: use `text_cell`), and an optional note
    under it in small grey figures."""

    text: str
    font: CellFont = BODY
    note: str = ""
    note_font: CellFont = NOTE


@dataclass(frozen=True, slots=True)
class LabelCell:
    """A label repeated on many rows (a status in two languages): drawn as a form."""

    text: str
    font: CellFont = BODY


@dataclass(frozen=True, slots=True)
class HeadCell:
    """A column head: a label in two languages, one line each."""

    text: str
    font: CellFont = HEAD


def text_cell(
    text: str | None, font: CellFont = BODY, note: str = "", note_font: CellFont = NOTE
) -> Cell:
    """User text (or a number, a date) as a body cell: normalised, unshowable characters
    replaced visibly."""
    return Cell(cell_text(text), font, note, note_font)


AnyCell = Cell | LabelCell


class RowTable(Flowable):  # type: ignore[misc]
    """A titled table of head cells (repeated on every page) over rows of plain-text cells,
    as wide as the frame, its columns measured from their content."""

    def __init__(
        self,
        header: Sequence[HeadCell],
        rows: Sequence[Sequence[AnyCell]],
        *,
        title: Flowable | None = None,
        continued: Flowable | None = None,
    ) -> None:
        super().__init__()
        self.header, self.rows = list(header), rows
        self.title, self.continued = title, continued
        self.first_index = 0  # of the first row in the whole table (for stripes)
        self.widths: list[float] = []
        self._laid_out: list[Row] | None = None
        self._head_lines: list[list[str]] = []
        self._title_height = 0.0
        self.spaceBefore = 10 if title is not None else 0
        self.spaceAfter = 6

    # Layout -------------------------------------------------------------------------------

    def _measure(self, available_width: float) -> None:
        """Column widths, the header's lines and every row's lines, once: the parts of a
        split table inherit them."""
        if self.widths:
            return
        self.widths = shortest_share(self._needs(), available_width, 2 * PAD_X, self._sample_height)
        inner = [width - 2 * PAD_X for width in self.widths]
        self._head_lines = [
            break_lines(head.text, width, head.font.size)
            for head, width in zip(self.header, inner, strict=True)
        ]
        self._laid_out = [_layout_row(row, inner) for row in self.rows]

    def _sample_height(self, widths: list[float]) -> float:
        """The height of up to SAMPLE_ROWS rows spread over the table, at these widths: what
        choosing between widths costs stays small for a table of thousands of rows."""
        step = max(len(self.rows) // SAMPLE_ROWS, 1)
        inner = [width - 2 * PAD_X for width in widths]
        return sum(_layout_row(row, inner).height for row in self.rows[::step])

    def _needs(self) -> list[ColumnNeed]:
        needs = [ColumnNeed() for _ in self.header]
        for need, head in zip(needs, self.header, strict=True):
            need.take_whole(head.text, head.font.size)
        labels: set[LabelCell] = set()  # a shared label is measured once
        for row in self.rows:
            for need, cell in zip(needs, row, strict=True):
                if isinstance(cell, LabelCell):
                    if cell not in labels:
                        labels.add(cell)
                        need.take_whole(cell.text, cell.font.size)
                    continue
                if cell.text:
                    need.take(cell.text, cell.font.size)
                if cell.note:
                    need.take_whole(cell.note, cell.note_font.size)
        return needs

    @property
    def rows_laid_out(self) -> list[Row]:
        assert self._laid_out is not None, "wrap() measures the table first"
        return self._laid_out

    def _header_height(self) -> float:
        lines = max((len(lines) for lines in self._head_lines), default=0)
        return lines * HEAD.leading + PAD_TOP + PAD_BOTTOM

    def _top_height(self, available_width: float) -> float:
        """The title's and the header's height."""
        title = 0.0
        if self.title is not None:
            # Paragraphs are slow to wrap, and the parts of a long table share theirs: a
            # title already wrapped at this width keeps its lines.
            wrapped = getattr(self.title, "_wrapped_at", None)
            if wrapped is None or wrapped[0] != available_width:
                height = self.title.wrap(available_width, 1e6)[1]
                self.title._wrapped_at = wrapped = (available_width, height)
            title = wrapped[1] + 4
        self._title_height = title
        return title + self._header_height()

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._measure(available_width)
        self.width = sum(self.widths)
        top = self._top_height(available_width)
        self.height = top + sum(row.height for row in self.rows_laid_out)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._measure(available_width)
        rows = self.rows_laid_out
        room = available_height - self._top_height(available_width)
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        fitting = fitting_rows(rows, room, at_top=at_top)
        if fitting > 0:
            return [self._part(0, fitting, self.title), self._part(fitting, len(rows))]
        if not at_top or not rows:
            return []  # the next page has the room
        # A first row taller than a whole page: its lines continue on the next.
        pieces = split_row(rows[0], room, BODY.leading)
        if pieces is None:
            return []
        head, tail = self._part(0, 1, self.title), self._part(0, len(rows))
        head._laid_out, tail._laid_out = [pieces[0]], [pieces[1], *rows[1:]]
        return [head, tail]

    def _part(self, start: int, end: int, title: Flowable | None = None) -> RowTable:
        """Rows start to end as a table of their own; a later part is titled "(continued)"."""
        part = RowTable(
            self.header,
            self.rows[start:end],
            title=title if title is not None else self.continued,
            continued=self.continued,
        )
        part.first_index = self.first_index + start
        part.widths, part._head_lines = self.widths, self._head_lines
        part._laid_out = self.rows_laid_out[start:end]
        return part

    # Drawing ------------------------------------------------------------------------------

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        canvas.saveState()
        if self.title is not None:
            self.title.drawOn(canvas, 0, top - self._title_height + 4)
            top -= self._title_height
        header_height = self._header_height()
        canvas.setFillColor(NAVY)
        canvas.rect(0, top - header_height, self.width, header_height, stroke=0, fill=1)
        table_top = top
        text = canvas.beginText()
        _draw_head(text, self.header, self._head_lines, self.widths, top)
        y = top - header_height
        self._draw_backgrounds(canvas, y)
        forms = _draw_rows(text, self.rows_laid_out, self.widths, y)
        canvas.drawText(text)
        _place_forms(canvas, forms)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, table_top, stroke=1, fill=0)
        canvas.restoreState()
        note = getattr(canvas, "note_table_part", None)
        if note is not None:  # the numbered canvas keeps a log for the tests
            note(self)

    def _draw_backgrounds(self, canvas: Any, top: float) -> None:
        y = top
        canvas.setFillColor(LIGHT)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        for index, row in enumerate(self.rows_laid_out, start=self.first_index):
            if index % 2:
                canvas.rect(0, y - row.height, self.width, row.height, stroke=0, fill=1)
            y -= row.height
            canvas.line(0, y, self.width, y)


def _layout_row(cells: Sequence[AnyCell], inner: Sequence[float]) -> Row:
    lines: list[list[str]] = []
    notes: list[list[str]] | None = None
    height = 0.0
    for column, (cell, width) in enumerate(zip(cells, inner, strict=True)):
        font = cell.font
        cell_lines = break_lines(cell.text, width, font.size) if cell.text else []
        lines.append(cell_lines)
        cell_height = len(cell_lines) * font.leading
        if isinstance(cell, Cell) and cell.note:
            if notes is None:
                notes = [[] for _ in cells]
            notes[column] = break_lines(cell.note, width, cell.note_font.size)
            cell_height += len(notes[column]) * cell.note_font.leading
        height = max(height, cell_height)
    return Row(lines, cells, height + PAD_TOP + PAD_BOTTOM, notes)


def _draw_head(
    text: Any, header: Sequence[HeadCell], lines: list[list[str]], widths: list[float], top: float
) -> None:
    family = register_fonts()
    text.setFont(family.name, HEAD.size, HEAD.leading)
    text.setFillColor(HEAD.colour)
    x = 0.0
    for head, head_lines, width in zip(header, lines, widths, strict=True):
        _set_lines(text, head_lines, head.font, x, width, top - PAD_TOP - HEAD.size)
        x += width


def _draw_rows(
    text: Any, rows: list[Row], widths: list[float], top: float
) -> list[tuple[LabelCell, list[str], float, float]]:
    """Every body cell's text into one text object; returns the label cells to place."""
    text.setFont(register_fonts().name, BODY.size, BODY.leading)
    colour = BODY.colour
    text.setFillColor(colour)
    forms: list[tuple[LabelCell, list[str], float, float]] = []
    y = top
    for row in rows:
        x = 0.0
        for column, (cell, lines, width) in enumerate(
            zip(row.cells, row.lines, widths, strict=True)
        ):
            if isinstance(cell, LabelCell):
                if lines:
                    forms.append((cell, lines, x + PAD_X, y - PAD_TOP))
                x += width
                continue
            font = cell.font
            if font.colour != colour:
                text.setFillColor(font.colour)
                colour = font.colour
            baseline = y - PAD_TOP - font.size
            _set_lines(text, lines, font, x, width, baseline)
            if row.notes is not None and row.notes[column] and isinstance(cell, Cell):
                note = cell.note_font
                text.setFont(register_fonts().name, note.size, note.leading)
                text.setFillColor(note.colour)
                below = baseline - len(lines) * font.leading - note.size + font.size
                _set_lines(text, row.notes[column], note, x, width, below - 1)
                text.setFont(register_fonts().name, BODY.size, BODY.leading)
                text.setFillColor(colour)
            x += width
        y -= row.height
    return forms


def _set_lines(
    text: Any, lines: list[str], font: CellFont, x: float, width: float, baseline: float
) -> None:
    """Lines of one cell into the text object, left or right aligned."""
    if font.right:  # each line placed by its width
        family = register_fonts()
        for line in lines:
            text.setTextOrigin(x + width - PAD_X - family.width(line, font.size), baseline)
            text.textLine(line)
            baseline -= font.leading
    elif lines:  # one origin, then line after line (no widths to compute)
        text.setTextOrigin(x + PAD_X, baseline)
        for line in lines:
            text.textLine(line)


def _place_forms(canvas: Any, forms: list[tuple[LabelCell, list[str], float, float]]) -> None:
    canvas.setFillColor(BODY.colour)
    for cell, lines, x, y in forms:
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(_label_form(canvas, lines, cell.font))
        canvas.restoreState()


def _label_form(canvas: Any, lines: list[str], font: CellFont) -> str:
    """The name of a form drawing these label lines (defined on first use in the document);
    its origin is the top left of the text."""
    defined: dict[tuple[Any, ...], str] = canvas.__dict__.setdefault("_label_forms", {})
    key = (font.size, *lines)
    name = defined.get(key)
    if name is None:
        name = f"label{len(defined)}"
        family = register_fonts()
        width = max(family.width(line, font.size) for line in lines) + 2
        height = len(lines) * font.leading + 2
        canvas.beginForm(name, 0, -height, width, 2)
        text = canvas.beginText(0, -font.size)
        text.setFont(family.name, font.size, font.leading)
        for line in lines:
            text.textLine(line)
        canvas.drawText(text)
        canvas.endForm()
        defined[key] = name
    return name
