"""Progress of long work, reported from Qt-free code.

Long operations (exports, imports, generating data) are generators that yield `Progress` now
and then and return their result. The command line drains them with `run_to_end`; the app runs
them on a worker thread (ui/tasks.py) and turns each yield into a progress dialog update, and
closing the generator between two yields is how the user's Cancel reaches the work.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    """`done` of `total` steps (total 0: unknown), and what is being done, for people."""

    done: int
    total: int
    message: str = ""

    @property
    def fraction(self) -> float | None:
        return None if self.total <= 0 else min(1.0, self.done / self.total)


Work = Generator[Progress, None, T]


def run_to_end(work: Work[T], report: Callable[[Progress], None] | None = None) -> T:
    """Run a progress generator to completion and return its result."""
    outcome: list[T] = []

    def collect() -> Generator[Progress, None, None]:
        # `yield from` hands over the generator's return value typed (StopIteration's is Any).
        outcome.append((yield from work))

    for step in collect():
        if report is not None:
            report(step)
    return outcome[0]


def every(total: int, parts: int = 100) -> int:
    """How many items to process between two progress reports (about 1 % of the work)."""
    return max(1, total // parts)
