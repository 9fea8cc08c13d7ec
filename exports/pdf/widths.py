"""Column widths measured from what the columns hold, the way a browser lays out an automatic
table: each column at least as wide as its widest unbreakable piece (so no word is cut), and
the rest of the width shared in proportion to how much more each column would take to set its
text on one line."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from exports.pdf.linebreak import natural_width, widest_unit


@dataclass
class ColumnNeed:
    """What one column asks for: `least` not to cut a word, `most` to break no line, and
    `whole` to keep each line of its labels and head whole (wanted, not needed)."""

    least: float = 0.0
    most: float = 0.0
    whole: float = 0.0

    def take_whole(self, text: str, size: float) -> None:
        """A label or a head: its lines should not break where there is room (a status
        reads "In progress", not "In / progress")."""
        self.take(text, size)
        self.whole = max(self.whole, natural_width(text, size))

    def take(self, text: str, size: float) -> None:
        """Widen the need for one cell's text set at `size` points."""
        most = natural_width(text, size)
        if most > self.most:
            self.most = most
        # A cell's widest word is never wider than its longest line: most cells of a column
        # (numbers, dates, short words) need no closer look.
        if most > self.least:
            least = widest_unit(text, size)
            if least > self.least:
                self.least = least


def share(needs: Sequence[ColumnNeed], available: float, padding: float) -> list[float]:
    """Widths for the columns that fill `available` (each with `padding` beside its text)."""
    least = [max(need.least, need.whole) + padding for need in needs]
    if sum(least) > available:  # no room to keep every label whole: keep the words whole
        least = [need.least + padding for need in needs]
    most = [max(need.most, need.least) + padding for need in needs]
    if sum(most) <= available:
        # Everything fits on one line: the spare width goes to the columns in proportion to
        # what they hold, so the table still spans the frame.
        spare = available - sum(most)
        total = sum(most) or 1.0
        return [width + spare * width / total for width in most]
    if sum(least) >= available:
        # Not even the words fit (a very long word): shrink everything alike; the widest
        # words will be cut, which is better than running off the page.
        scale = available / (sum(least) or 1.0)
        return [width * scale for width in least]
    room = available - sum(least)
    wants = [high - low for low, high in zip(least, most, strict=True)]
    total = sum(wants) or 1.0
    return [low + room * want / total for low, want in zip(least, wants, strict=True)]


def needs_of(columns: Iterable[Iterable[tuple[str, float]]]) -> list[ColumnNeed]:
    """The need of each column from its cells as (text, size) pairs."""
    needs = []
    for cells in columns:
        need = ColumnNeed()
        for text, size in cells:
            if text:
                need.take(text, size)
        needs.append(need)
    return needs


def shortest_share(
    needs: Sequence[ColumnNeed],
    available: float,
    padding: float,
    height: Callable[[list[float]], float],
) -> list[float]:
    """The widths of `share`, or, when a table wraps, the widths that make it shortest among
    a few others: each column in turn given the room to set its text on one line, the rest
    shared as before. (A long note next to short titles: the note on one line and the titles
    on two makes shorter rows than everything on three.)"""
    best = share(needs, available, padding)
    if sum(max(need.most, need.least) + padding for need in needs) <= available:
        return best  # nothing wraps
    best_height = height(best)
    for index, need in enumerate(needs):
        others = [other for position, other in enumerate(needs) if position != index]
        least_others = sum(other.least + padding for other in others)
        wide = min(max(need.most, need.least) + padding, available - least_others)
        if wide <= best[index] + 1:
            continue
        rest = share(others, available - wide, padding)
        candidate = [*rest[:index], wide, *rest[index:]]
        candidate_height = height(candidate)
        if candidate_height < best_height - 1:
            best, best_height = candidate, candidate_height
    return best
