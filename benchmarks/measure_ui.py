"""The app: cold start, Plans page filter and scroll (filled in once the app lands)."""

from __future__ import annotations

from benchmarks.runner import Result
from benchmarks.setup import Bench


def run(bench: Bench) -> list[Result]:
    return []
