"""The bundled TrueType font, registered with reportlab once, for every PDF the exports write.

One face covers Latin, Hangul, kana and CJK ideographs, so Korean, Chinese, Japanese and
English all render with it and it is embedded (subset) in every PDF: the document reads the same
on any machine. reportlab's built-in CID fonts are never used (they are not embedded), nor the
standard Helvetica. The collection has no bold face: documents emphasise with size and colour.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass

FONT_NAME = "SecretariatSans"
"""The name paragraphs and drawings use for the bundled face."""


@dataclass(frozen=True)
class FontFamily:
    """The registered face: its name (used for regular and emphasis alike) and the code points
    it has glyphs for."""

    name: str
    code_points: Mapping[int, int]
    char_widths: Mapping[str, float]  # advance widths in 1/1000 of the size
    default_width: float

    def covers(self, character: str) -> bool:
        return ord(character) in self.code_points

    def width(self, text: str, size: float) -> float:
        """The width of `text` at `size` points, as reportlab measures it (but without a
        call per string: line breaking measures hundreds of thousands of pieces)."""
        try:
            units = sum(map(self.char_widths.__getitem__, text))
        except KeyError:
            get, default = self.char_widths.get, self.default_width
            units = sum(get(character, default) for character in text)
        return 0.001 * size * units


_lock = threading.Lock()
_registered: FontFamily | None = None


def register_fonts() -> FontFamily:
    """Register the bundled face with reportlab (once per process; safe from any thread)."""
    global _registered
    with _lock:
        if _registered is None:
            _registered = _register()
        return _registered


def _register() -> FontFamily:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from secretariat.paths import font_path

    font = TTFont(FONT_NAME, str(font_path()), subfontIndex=0)
    pdfmetrics.registerFont(font)
    # <b> and <i> in the documents' own markup map to the same face instead of failing or
    # falling back to Helvetica.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FontFamily(
        name=FONT_NAME,
        code_points=font.face.charToGlyph,
        char_widths={chr(code): width for code, width in font.face.charWidths.items()},
        default_width=font.face.defaultWidth,
    )
