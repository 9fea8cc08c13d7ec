"""Text written per language: reading a field in one language, finding the gaps, searching.

A multilingual field `title` is stored as columns `title_en`, `title_ko`, `title_zh`,
`title_ja`; these helpers are the only place that spells the column names out.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from secretariat.models import LANGUAGES

PLAN_TEXT_FIELDS = ("title", "description")


def column(field: str, language: str) -> str:
    """`title`, `ko` -> `title_ko`."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    return f"{field}_{language}"


def text_in(record: Any, field: str, language: str) -> str:
    return str(getattr(record, column(field, language)) or "")


def texts_of(record: Any, field: str) -> dict[str, str]:
    """Every language's text of one field."""
    return {language: text_in(record, field, language) for language in LANGUAGES}


def display_text(record: Any, field: str, languages: Iterable[str]) -> str:
    """The field in the first of `languages` that has text (for one-line displays)."""
    for language in languages:
        value = text_in(record, field, language)
        if value:
            return value
    for language in LANGUAGES:
        value = text_in(record, field, language)
        if value:
            return value
    return ""


def missing_languages(record: Any, field: str, languages: Iterable[str]) -> list[str]:
    """The languages among `languages` in which the field is empty: gaps to show, not fill."""
    return [language for language in languages if not text_in(record, field, language).strip()]


def fold(text: str) -> str:
    """Normalise for searching: compatibility forms unified (NFKC), case folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def search_text(values: Mapping[str, Any], fields: Iterable[str] = PLAN_TEXT_FIELDS) -> str:
    """What the search box looks in: every language of `fields`, folded, one per line.

    Every line ends with a line break, the last one too: then every two characters of the
    text are followed by a third, which the two-character search relies on (migration 0006).
    """
    parts = []
    for field in fields:
        for language in LANGUAGES:
            value = values.get(column(field, language)) or ""
            if value:
                parts.append(fold(str(value)) + "\n")
    return "".join(parts)


def clean(text: str | None) -> str:
    """User text as stored: surrounding whitespace trimmed, nothing else changed."""
    return (text or "").strip()
