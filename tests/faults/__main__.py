"""`python -m tests.faults [--runs N] [--writers-seconds S]` (`make faults`): the standing
fault suite of docs/faults.md. Prints one table of the cases tried and held; exits 1 when
any did not hold (and says what)."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from tests.faults.disks import full_disk_databases, full_disk_exports, read_only
from tests.faults.harness import Outcome, Runner
from tests.faults.kills import kill_cases
from tests.faults.setup import make_fixtures
from tests.faults.writers import two_writers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.faults", description=__doc__)
    parser.add_argument("--runs", type=int, default=10, help="kills per case (10)")
    parser.add_argument("--writers-seconds", type=float, default=20, help="two writers (20 s)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="secretariat-faults-"))
    started = time.monotonic()
    try:
        runner = Runner(work)
        fixtures = make_fixtures(runner, work / "fixtures")
        outcomes = [
            *kill_cases(runner, args.runs, fixtures),
            full_disk_exports(runner, fixtures),
            full_disk_databases(runner, fixtures),
            read_only(runner, fixtures),
            two_writers(runner, fixtures.demo, args.writers_seconds),
        ]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print_table(outcomes, time.monotonic() - started)
    return 0 if all(not outcome.failures for outcome in outcomes) else 1


def print_table(outcomes: list[Outcome], seconds: float) -> None:
    width = max(len(outcome.case) for outcome in outcomes)
    print(f"{'case':<{width}}  tried  held  note")
    for outcome in outcomes:
        note = outcome.note or _note(outcome)
        print(f"{outcome.case:<{width}}  {outcome.tried:>5}  {outcome.held:>4}  {note}")
    tried = sum(outcome.tried for outcome in outcomes)
    held = sum(outcome.held for outcome in outcomes)
    print(f"{'all':<{width}}  {tried:>5}  {held:>4}  ({seconds:.0f} s)")
    for outcome in outcomes:
        for failure in outcome.failures[:5]:
            print(f"NOT HELD: {failure}", file=sys.stderr)


def _note(outcome: Outcome) -> str:
    if outcome.case.startswith("kill"):
        return f"{outcome.killed} killed while running, {outcome.tried - outcome.killed} had ended"
    if outcome.case.startswith("full disk"):
        return f"{outcome.refused} refused (disk full), {outcome.tried - outcome.refused} fitted"
    return ""


if __name__ == "__main__":
    sys.exit(main())
