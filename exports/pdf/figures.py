"""Indicator figures as the PDF documents print them: rates as percentages, changes from the
previous conference signed, counts as numbers, "—" where there is no figure."""

from __future__ import annotations

from secretariat.indicators import RATE_NAMES, IndicatorRow


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %"


def change_text(value: float | None) -> str:
    return "—" if value is None else f"{value:+.1f}"


def indicator_value(row: IndicatorRow | None, name: str) -> str:
    if row is None:
        return "—"
    value = getattr(row, name)
    if name in RATE_NAMES:
        return percent_text(value)
    return "—" if value is None else str(value)
