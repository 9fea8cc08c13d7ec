"""The exchange between two sites (issue 15's targets): the first full exchange of the whole
database into an empty one (export + import, each in a process of its own for its peak
memory), a file of 1,000 changed records made and brought in, and a file already applied
brought in again."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from benchmarks.measure_exports import Timed, run_worker
from benchmarks.runner import Result, median_time
from benchmarks.setup import Bench

CHANGED = 1000


def run(bench: Bench) -> list[Result]:
    from secretariat.exchange.keys import CONFIG_DIR_ENV

    office, partner = bench.scratch("office.db"), bench.scratch("partner.db")
    shutil.rmtree(bench.work / "config", ignore_errors=True)
    os.environ[CONFIG_DIR_ENV] = str(bench.work / "config")  # the workers read it too
    shutil.copyfile(bench.db_path, office)
    _make_sites(bench, office, partner)
    first = bench.scratch("first.secx")
    export = run_worker("exchange-export", str(office), str(first), "partner", runs=1)
    load = run_worker("exchange-import", str(partner), str(first), runs=1)
    results = [_full_result(export, load, first)]
    # The partner's first file back acknowledges the first: later files carry changes only.
    _cli("--db", partner, "exchange", "export", "-o", bench.scratch("back.secx"))
    # Not timed, and no copy of a gigabyte database wanted: the import's backup is skipped.
    _cli("--db", office, "exchange", "import", "--no-backup", bench.work / "back.secx")
    results += _changed_results(bench, office, partner)
    return results


def _cli(*argv: object) -> None:
    from secretariat.cli import main

    if main([str(arg) for arg in argv]) != 0:
        raise RuntimeError(f"secretariat {' '.join(map(str, argv))} failed")


def _make_sites(bench: Bench, office: Path, partner: Path) -> None:
    _cli("--db", partner, "init")
    _cli("--db", office, "exchange", "init", "--side", "A", "--name", "office")
    _cli("--db", partner, "exchange", "init", "--side", "B", "--name", "partner")
    _cli("--db", office, "exchange", "key", "-o", bench.scratch("office.key"))
    _cli("--db", partner, "exchange", "key", "-o", bench.scratch("partner.key"))
    _cli("--db", office, "exchange", "trust", bench.work / "partner.key")
    _cli("--db", partner, "exchange", "trust", bench.work / "office.key")


def _full_result(export: Timed, load: Timed, file: Path) -> Result:
    if export.seconds is None or load.seconds is None:
        return Result(
            "exchange: first full file, export + import into an empty database", None, "s",
            "≤ 60 s, ≤ 500 MB peak", note=export.error or load.error,
        )  # fmt: skip
    seconds = export.seconds + load.seconds
    peak = max(export.peak_mb, load.peak_mb)
    return Result(
        "exchange: first full file, export + import into an empty database",
        seconds, "s", "≤ 60 s, ≤ 500 MB peak", limit=60.0 if peak <= 500 else 0.0,
        note=(
            f"export {export.seconds:.1f} s + import {load.seconds:.1f} s; peak "
            f"{peak:.0f} MB (≤ 500); file {file.stat().st_size / 1e6:.0f} MB"
        ),
    )  # fmt: skip


def _touch_plans(office: Path, round_number: int) -> None:
    """1,000 plans edited, as by a script (the triggers log them like any write)."""
    connection = sqlite3.connect(office)
    with connection:
        connection.execute(
            "UPDATE plan SET lead_agency_a = ?, version = version + 1 "
            "WHERE id IN (SELECT id FROM plan ORDER BY id LIMIT ?)",
            (f"bench round {round_number}", CHANGED),
        )
    connection.close()


def _changed_results(bench: Bench, office: Path, partner: Path) -> list[Result]:
    from secretariat.db import open_database
    from secretariat.exchange.apply import import_exchange
    from secretariat.exchange.export import export_exchange
    from secretariat.progress import run_to_end

    a, b = open_database(office), open_database(partner)
    try:
        rounds = iter(range(100))
        last = bench.scratch("changed.secx")

        def exchange_changes() -> None:
            _touch_plans(office, next(rounds))
            run_to_end(export_exchange(a, last, "partner"))
            run_to_end(import_exchange(b, last))

        ours, samples = median_time(exchange_changes, bench.runs, warmup=1)
        again, again_samples = median_time(
            lambda: run_to_end(import_exchange(b, last)), bench.runs, warmup=0
        )
    finally:
        a.close()
        b.close()
    size = last.stat().st_size / 1e3
    return [
        Result(
            f"exchange: {CHANGED:,} changed plans, export + import", ours, "s", "≤ 2 s",
            limit=2.0, runs=samples, note=f"{size:,.0f} kB file (each plan with its history)",
        ),
        Result(
            "exchange: a file already applied, brought in again", again, "s", "≤ 1 s",
            limit=1.0, runs=again_samples, note="nothing written",
        ),
    ]  # fmt: skip
