"""Line breaking for the documents' table cells, by script: Korean breaks only at spaces (CSS
`word-break: keep-all`: a Korean word is never split), Chinese and Japanese between characters
but never before closing punctuation or after opening punctuation (kinsoku), and Latin words at
spaces only. A word is cut only when it is wider than the whole line.

Text arrives normalised and without markup (exports.pdf.text.cell_text). Widths come from the
bundled font (exports.fonts.FontFamily.width), the same measure the tables lay out with.
"""

from __future__ import annotations

import re

from exports.fonts import register_fonts

# Scripts written without spaces, broken between characters: CJK punctuation and symbols,
# kana, bopomofo, ideographs, compatibility ideographs, vertical and full-width forms. Hangul
# is not among them: Korean is written with spaces and keeps its words whole.
_IDEOGRAPHIC = (
    "\u2e80-\u2fff\u3000-\u30ff\u3100-\u312f\u3190-\u31ff\u3200-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffef\U00020000-\U0003ffff"
)
# An atom is one ideographic character, or a run of anything else but spaces (a Latin or
# Korean word with the punctuation it touches), with the spaces after it; or leading spaces.
_ATOM = re.compile(f"(?:[{_IDEOGRAPHIC}]|[^ {_IDEOGRAPHIC}]+) *| +")
_IDEOGRAPH = re.compile(f"[{_IDEOGRAPHIC}]")
_WORDS = re.compile(f"[^ {_IDEOGRAPHIC}]+")

# Kinsoku: these never start a line (closing brackets and quotes, stops and commas, small kana,
# the prolonged sound mark, iteration marks) ...
NO_LINE_START = frozenset(
    "、。，．：；！？）」』】〕〉》〗〙〛〟”’・ー…‥々〻ゝゞヽヾ"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "％｝］｡｣､･ｰ,.:;!?)]}%"
)
# ... and these never end one (opening brackets and quotes).
NO_LINE_END = frozenset("（「『【〔〈《〖〘〚〝“‘｛［｢([{")


def units(paragraph: str) -> list[str]:
    """The pieces a line may break between, each with the spaces after it: atoms glued
    together where a break would put closing punctuation first or opening punctuation last."""
    pieces: list[str] = []
    for atom in _ATOM.findall(paragraph):
        if pieces:
            previous = pieces[-1]
            # No space between, and kinsoku forbids the break: one unit.
            if previous[-1] != " " and (atom[0] in NO_LINE_START or previous[-1] in NO_LINE_END):
                pieces[-1] = previous + atom
                continue
        pieces.append(atom)
    return pieces


def break_lines(text: str, width: float, size: float) -> list[str]:
    """`text` broken into lines no wider than `width` in the bundled font at `size` points."""
    measure = register_fonts().width
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if measure(paragraph, size) <= width:  # most cells: one line, nothing to break
            lines.append(paragraph.rstrip(" "))
            continue
        line, line_width = "", 0.0  # the width counts the spaces the line ends with
        for unit in units(paragraph):
            bare = unit.rstrip(" ")
            bare_width = measure(bare, size)
            if line and line_width + bare_width > width:
                lines.append(line.rstrip(" "))
                line, line_width = "", 0.0
            if not line and bare_width > width:  # wider than the line: the last resort, cut
                *whole, bare = _cut(bare, width, size)
                lines.extend(whole)
                unit = bare + unit[len(unit.rstrip(" ")) :]
                bare_width = measure(bare, size)
            line += unit
            line_width += bare_width + measure(unit[len(bare) :], size)
        lines.append(line.rstrip(" "))
    return lines


def widest_unit(text: str, size: float) -> float:
    """The width of the widest piece of `text` that no line break may split: its longest word,
    or an ideograph with the punctuation kinsoku keeps beside it (taken as two full widths).
    A column narrower than this would cut a word."""
    measure = register_fonts().width
    widest = max((measure(word, size) for word in _WORDS.findall(text)), default=0.0)
    if _IDEOGRAPH.search(text):
        widest = max(widest, 2 * size)
    return widest


def natural_width(text: str, size: float) -> float:
    """The width of `text`'s longest line when nothing is broken."""
    measure = register_fonts().width
    return max((measure(line, size) for line in text.split("\n")), default=0.0)


def _cut(word: str, width: float, size: float) -> list[str]:
    measure = register_fonts().width
    pieces, piece = [], ""
    for character in word:
        if piece and measure(piece + character, size) > width:
            pieces.append(piece)
            piece = ""
        piece += character
    pieces.append(piece)
    return pieces
