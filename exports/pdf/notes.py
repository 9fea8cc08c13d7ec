"""Status history notes as a document prints them: the notes the app writes itself ("carried
over from 4-ECO-01", "imported from wb5.xlsx") in the document's two languages, the notes a
person typed as typed, with the gap mark when they are in neither of the document's languages.

The app's notes are stored as English text (the history has no field saying who wrote a note);
they are recognised by their fixed wording here, where they are printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exports.pdf.text import GAP_MARKS
from secretariat.labels import Label

# What the app writes (secretariat/services/plans.py, secretariat/demo.py,
# exports/xlsx_in/importer.py), and how each language says it.
APP_NOTES: tuple[tuple[re.Pattern[str], Label], ...] = (
    (
        re.compile(r"carried over from the previous conference"),
        Label(
            "carried over from the previous conference",
            "직전 회의에서 이어짐",
            "延续自上届会议",
            "前回会議から継続",
        ),
    ),
    (
        re.compile(r"carried over from (?P<ref>\d+-[A-Z0-9]+-\d+)"),
        Label("carried over from {ref}", "{ref}에서 이어짐", "延续自{ref}", "{ref}から継続"),
    ),
    (
        re.compile(r"imported from (?P<file>[^:]+?)(?P<rest>: .*)?", re.DOTALL),
        Label("imported from {file}", "{file}에서 가져옴", "从{file}导入", "{file}から取り込み"),
    ),
)

_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile("[A-Za-z]")


@dataclass(frozen=True)
class NoteText:
    """A note to print: its text and, for a note in neither language, the gap marks."""

    text: str
    gap: str = ""


def written_in(text: str) -> str | None:
    """The language a note is typed in, from its script (None: digits and signs only)."""
    if _HANGUL.search(text):
        return "ko"
    if _KANA.search(text):
        return "ja"
    if _HAN.search(text):
        return "zh"
    if _LATIN.search(text):
        return "en"
    return None


def note_text(note: str, languages: tuple[str, str]) -> NoteText:
    """How a history note prints in a document in `languages`."""
    note = note.strip()
    for pattern, label in APP_NOTES:
        match = pattern.fullmatch(note)
        if match is None:
            continue
        values = {key: value for key, value in match.groupdict().items() if key != "rest"}
        said = [label.get(language).format(**values) for language in dict.fromkeys(languages)]
        rest = match.groupdict().get("rest")
        if not rest:
            return NoteText("\n".join(said))
        # "imported from FILE: what the person typed in the row"
        typed = note_text(rest.removeprefix(": "), languages)
        return NoteText("\n".join(said) + "\n" + typed.text, typed.gap)
    language = written_in(note)
    if language is None or language in languages:
        return NoteText(note)
    return NoteText(note, " / ".join(GAP_MARKS.get(code) for code in languages))
