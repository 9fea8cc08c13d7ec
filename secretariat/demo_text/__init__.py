"""Trilingual texts the demo committee is written in: plan themes, MOUs, meetings, activities.

The demo committee is fictional: side A is the Korean city of Dongju (동주시, 東州),
side B the Chinese city of Yunhai (云海市). Texts are data only; `secretariat.demo` decides
which conference, status and lineage each one gets.
"""

from __future__ import annotations

from typing import NamedTuple


class Text3(NamedTuple):
    """One text in English, Korean and Simplified Chinese."""

    en: str
    ko: str
    zh: str


class PlanTheme(NamedTuple):
    """A plan as a secretariat would write it up, with the agency leading it on each side."""

    title: Text3
    description: Text3
    lead_agency_a: str  # a Dongju (side A) body, written in Korean
    lead_agency_b: str  # a Yunhai (side B) body, written in Chinese
