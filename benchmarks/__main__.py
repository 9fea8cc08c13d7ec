"""`make bench` (`python -m benchmarks [--quick]`): generate the data, run every measurement,
print one table and write it to benchmarks/results/latest.json.

A benchmark is not a test: a missed target is marked in the table and the command still
exits 0 (it exits non-zero only when a measurement itself crashed).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.generate import Scale, generate
from benchmarks.runner import Result, format_table, write_json
from benchmarks.setup import Bench

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
RESULTS = HERE / "results"


def data_file(scale: Scale, label: str) -> Path:
    """The generated database, reused while the generator and the schema are unchanged."""
    from secretariat.migrations import HEAD_REVISION

    fingerprint = hashlib.sha256(
        (HERE / "generate.py").read_bytes() + HEAD_REVISION.encode() + repr(scale).encode()
    ).hexdigest()[:12]
    return DATA / f"committee-{label}-{fingerprint}.db"


def prepare(scale: Scale, label: str) -> tuple[Path, Result]:
    path = data_file(scale, label)
    if path.exists():
        return path, Result(
            "generate the data",
            None,
            "s",
            "fast (bulk, one transaction)",
            note=f"reused {path.name}",
        )
    DATA.mkdir(exist_ok=True)
    for stale in DATA.glob(f"committee-{label}-*.db*"):
        stale.unlink()
    started = time.perf_counter()
    generate(path, scale)
    seconds = time.perf_counter() - started
    note = (
        f"{scale.plans:,} plans, {scale.status_changes:,} changes, {scale.activities:,} activities"
    )
    return path, Result(
        "generate the data", seconds, "s", "fast (bulk, one transaction)", note=note
    )


def measurement_groups() -> list[tuple[str, Callable[[Bench], list[Result]]]]:
    from benchmarks import (
        measure_archive,
        measure_core,
        measure_exchange,
        measure_exports,
        measure_shared,
        measure_ui,
    )

    return [
        ("core", measure_core.run),
        ("ui", measure_ui.run),
        ("exports", measure_exports.run),
        ("archive", measure_archive.run),
        ("shared", measure_shared.run),
        ("exchange", measure_exchange.run),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a tenth of the scale")
    parser.add_argument("--only", action="append", default=[], help="run only this group")
    args = parser.parse_args(argv)

    scale = Scale().divided(10) if args.quick else Scale()
    label = "quick" if args.quick else "full"
    db_path, generation = prepare(scale, label)
    bench = Bench(db_path=db_path, scale=scale, quick=args.quick, work=DATA / f"work-{label}")
    results = [generation]
    crashed = False
    for group, run in measurement_groups():
        if args.only and group not in args.only:
            continue
        try:
            results += run(bench)
        except Exception:
            crashed = True
            traceback.print_exc()
            results.append(Result(f"{group}: crashed", None, "", "", note="see the traceback"))
    print(format_table(results))
    meta = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "scale": label,
        "plans": scale.plans,
        "python": sys.version.split()[0],
        "machine": f"{platform.machine()} {os.cpu_count()} cpus",
    }
    # The committed record is the whole full-scale run; a quick or partial run writes beside it.
    name = "latest-quick" if args.quick else "latest"
    if args.only:
        name += "-" + "-".join(args.only)
    output = RESULTS / f"{name}.json"
    write_json(results, output, meta)
    print(f"\nwritten to {output}")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
