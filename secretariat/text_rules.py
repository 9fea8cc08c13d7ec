"""What a text field may hold: a length limit per field and no control characters.

Checked where every value enters (services.validation.as_text for forms, the command line
and workbook imports; kinds.fields for values parsed by a kind's description), so a text
that an export could not carry whole is refused when it is typed, not cut or mangled later:
a workbook cell holds at most 32,767 characters, and XML (the workbook) and the PDF's fonts
have no form for control characters (BEL, ESC...). One-line fields (titles, names) take no
line breaks or tabs; multi-line fields (descriptions, notes, outcomes) take both. Records
arriving whole (an archive restored, a partner's exchange file) are not re-judged here.
"""

from __future__ import annotations

import re

from secretariat.errors import ValidationError
from secretariat.messages import expected

MAX_CELL_TEXT = 32_767  # Excel's limit for one cell; no text field may exceed it
LINE_LIMIT = 500  # a title or a name: a line, or two on a printed page
NOTE_LIMIT = 5_000  # a note, a reason, an outcome: a few paragraphs
DESCRIPTION_LIMIT = 10_000  # a plan's description: a page or two

ONE_LINE_FIELDS = {
    "title": LINE_LIMIT,
    "name": LINE_LIMIT,
    "side_a_name": LINE_LIMIT,
    "side_b_name": LINE_LIMIT,
    "venue": LINE_LIMIT,
    "lead_agency_a": LINE_LIMIT,
    "lead_agency_b": LINE_LIMIT,
    "party_a": LINE_LIMIT,
    "party_b": LINE_LIMIT,
    "code": 16,
    "language_a": 2,
    "language_b": 2,
}
MULTI_LINE_FIELDS = {
    "description": DESCRIPTION_LIMIT,
    "note": NOTE_LIMIT,
    "outcomes": DESCRIPTION_LIMIT,  # a meeting's minutes may run over pages
    "reason": NOTE_LIMIT,
    "postponement_reason": NOTE_LIMIT,
    "attendees": NOTE_LIMIT,
}
_LANGUAGE_SUFFIX = re.compile(r"_(en|ko|zh|ja)$")
# C0 controls, DEL, C1 controls, lone surrogates and the two non-characters XML forbids.
_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_FORBIDDEN_MULTI_LINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def limit_of(field: str) -> tuple[int, bool]:
    """The most characters a field takes, and whether it may hold line breaks and tabs."""
    base = _LANGUAGE_SUFFIX.sub("", field)
    if base in ONE_LINE_FIELDS:
        return ONE_LINE_FIELDS[base], False
    return MULTI_LINE_FIELDS.get(base, MAX_CELL_TEXT), True


def check_text(field: str, text: str) -> str:
    """`text` as the field may store it (line breaks as \\n), or a ValidationError naming the
    field, an excerpt of the value and the rule."""
    limit, multi_line = limit_of(field)
    if multi_line and "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > limit:
        raise ValidationError(
            field,
            excerpt(text),
            expected("at_most_characters", limit=limit, length=len(text)),
        )
    found = (_FORBIDDEN_MULTI_LINE if multi_line else _FORBIDDEN).search(text)
    if found:
        raise ValidationError(
            field,
            excerpt(text, around=found.start()),
            expected(
                "no_control_characters" if multi_line else "no_line_breaks",
                code=f"{ord(found.group()):04X}",
                position=found.start() + 1,
            ),
        )
    return text


def excerpt(text: str, *, around: int = 0, width: int = 40) -> str:
    """A short piece of a text for a message: its start, or the part around a position."""
    start = max(0, around - width // 2)
    piece = text[start : start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")
