"""What every measurement gets: the generated database, the scale, a scratch folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from benchmarks.generate import Scale


@dataclass
class Bench:
    db_path: Path
    scale: Scale
    quick: bool
    work: Path  # scratch files (exports, copies); emptied by each measurement that uses it

    @property
    def runs(self) -> int:
        """Timed runs per measurement (the median is reported)."""
        return 3 if self.quick else 5

    def scratch(self, name: str) -> Path:
        self.work.mkdir(parents=True, exist_ok=True)
        path = self.work / name
        path.unlink(missing_ok=True)
        return path
