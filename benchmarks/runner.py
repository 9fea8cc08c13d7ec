"""Timing, results and the table `make bench` prints.

A measurement is timed as the median of several runs. Where a peer (a tool users would use
instead) is named, the peer runs the same work on the same data in the same run, and the
result carries the ratio ours / peer. A missed target is marked, never hidden; a peer that is
not installed is skipped with a note, never faked.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Result:
    """One line of the table."""

    name: str
    value: float | None  # ours, in `unit`
    unit: str  # "ms", "s", "MB"
    target: str  # the target as written in the issue
    limit: float | None = None  # value must be <= limit
    peer: str = ""  # what we compare with
    peer_value: float | None = None
    ratio_limit: float | None = None  # value / peer_value must be <= ratio_limit
    note: str = ""
    runs: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.peer_value:
            return None
        return self.value / self.peer_value

    @property
    def met(self) -> bool | None:
        """True/False against every bound that applies; None when nothing could be measured."""
        if self.value is None:
            return None
        checks = []
        if self.limit is not None:
            checks.append(self.value <= self.limit)
        if self.ratio_limit is not None and self.ratio is not None:
            checks.append(self.ratio <= self.ratio_limit)
        return all(checks) if checks else None

    def as_json(self) -> dict[str, Any]:
        values = asdict(self)
        values.update(ratio=self.ratio, met=self.met)
        return values


def median_time(
    action: Callable[[], Any], runs: int, *, warmup: int = 1
) -> tuple[float, list[float]]:
    """Median wall time of `action` in seconds, after `warmup` untimed runs."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), samples


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "ms" and value >= 100:
        return f"{value:,.0f} ms"
    return f"{value:,.1f} {unit}" if value < 1000 else f"{value:,.0f} {unit}"


def format_table(results: list[Result]) -> str:
    headers = ["measurement", "ours", "target", "peer", "peer value", "ours/peer", "", "note"]
    rows = []
    for result in results:
        ratio = f"{result.ratio:.2f}×" if result.ratio is not None else "–"
        no_target = result.limit is None and result.ratio_limit is None
        mark = "–" if no_target else {True: "ok", False: "MISSED", None: "?"}[result.met]
        rows.append(
            [
                result.name,
                format_value(result.value, result.unit),
                result.target,
                result.peer or "–",
                format_value(result.peer_value, result.unit) if result.peer else "–",
                ratio,
                mark,
                result.note,
            ]
        )
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


def write_json(results: list[Result], path: Path, meta: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {"meta": meta, "results": [result.as_json() for result in results]}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
