"""The shared database under load: editor processes making random edits to overlapping plans,
then how long another client takes to see a change.

Every edit is saved against the version its process read, so each either commits or is
refused as a conflict; none may be lost. Counted against the final state: for each plan, the
number of committed edits equals how far its version moved, no two commits claim the same
version, and the plan holds the value of the commit that made its last version. Needs the
server SECRETARIAT_BENCH_PG_URL (or SECRETARIAT_TEST_PG_URL) names.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import statistics
import time
import uuid
from typing import Any

from benchmarks.runner import Result
from benchmarks.setup import Bench

PLANS = 12  # few plans for many editors: most edits overlap


def run(bench: Bench) -> list[Result]:
    server = os.environ.get("SECRETARIAT_BENCH_PG_URL") or os.environ.get(
        "SECRETARIAT_TEST_PG_URL", ""
    )
    if not server:
        return [
            Result(
                "shared database: editors, lost updates", None, "", "0 lost",
                note="no server (set SECRETARIAT_BENCH_PG_URL)",
            )
        ]  # fmt: skip
    editors, seconds = (4, 10.0) if bench.quick else (20, 60.0)
    with _scratch_database(server) as url:
        started_at = _prepare(url)
        plan_ids = list(started_at)
        outcomes = _load(url, plan_ids, editors, seconds)
        lost, committed, refused, errors = _count(url, started_at, outcomes)
        latencies = _notice_latencies(url, plan_ids[0], 20)
    median, p95 = statistics.median(latencies), _percentile(latencies, 95)
    return [
        Result(
            "shared database: editors, lost updates", float(lost), "edits", "0 lost",
            limit=0.0,
            note=f"{editors} processes × {seconds:.0f} s on {PLANS} plans: {committed:,} "
            f"committed, {refused:,} refused as conflicts, {errors} other errors",
        ),
        Result(
            "shared database: a change seen by another client", p95 * 1000, "ms",
            "p95 ≤ 1 s", limit=1000.0,
            note=f"LISTEN/NOTIFY, 20 changes: median {median * 1000:.0f} ms, "
            f"95th percentile {p95 * 1000:.0f} ms",
        ),
    ]  # fmt: skip


class _scratch_database:  # noqa: N801 (a context manager, named as what it gives)
    def __init__(self, server: str) -> None:
        from sqlalchemy import create_engine

        self.admin = create_engine(server, isolation_level="AUTOCOMMIT")
        self.server = server
        self.name = f"secretariat_bench_{uuid.uuid4().hex[:8]}"

    def __enter__(self) -> str:
        from sqlalchemy import text
        from sqlalchemy.engine import make_url

        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{self.name}"'))
        url = make_url(self.server).set(database=self.name)
        return url.render_as_string(hide_password=False)

    def __exit__(self, *_exc: object) -> None:
        from sqlalchemy import text

        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self.admin.dispose()


def _prepare(url: str) -> dict[str, int]:
    """The plans to edit, with the versions they start at."""
    from sqlalchemy import text

    from secretariat.db import open_database
    from secretariat.demo import load_demo

    db = open_database(url)
    try:
        load_demo(db)
        with db.read() as session:
            rows = session.execute(
                text("SELECT id, version FROM plan ORDER BY id LIMIT :n"), {"n": PLANS}
            )
            return {str(plan_id): int(version) for plan_id, version in rows}
    finally:
        db.close()


def _load(url: str, plan_ids: list[str], editors: int, seconds: float) -> list[Any]:
    context = multiprocessing.get_context("spawn")
    deadline = time.time() + seconds + 5.0  # the processes' start-up is not counted
    with context.Pool(editors) as pool:
        work = [(url, plan_ids, deadline, seed) for seed in range(editors)]
        return [outcome for batch in pool.starmap(_editor, work) for outcome in batch]


def _editor(url: str, plan_ids: list[str], deadline: float, seed: int) -> list[Any]:
    """One editor: read a plan, think, save a new progress against the version read."""
    from secretariat.db import open_database
    from secretariat.errors import ConflictError
    from secretariat.services import plans

    rng = random.Random(seed)
    db = open_database(url)
    db.set_author(f"editor {seed}")
    outcomes: list[Any] = []
    while time.time() < deadline:
        plan_id = rng.choice(plan_ids)
        seen = plans.get_plan(db, plan_id)
        time.sleep(rng.random() * 0.02)
        # Another value than the one read: saving the same value writes nothing (no version).
        progress = (seen.progress + rng.randrange(1, 100)) % 100
        try:
            saved, _ = plans.update_plan(
                db, plan_id, {"progress": progress, "version": seen.version}
            )
            outcomes.append(("committed", plan_id, saved.version, progress))
        except ConflictError:
            outcomes.append(("refused", plan_id, 0, 0))
        except Exception as error:  # counted: the target is none
            outcomes.append(("error", plan_id, 0, repr(error)))
    db.close()
    return outcomes


def _count(url: str, started_at: dict[str, int], outcomes: list[Any]) -> tuple[int, int, int, int]:
    from secretariat.db import open_database
    from secretariat.services import plans

    committed = [outcome for outcome in outcomes if outcome[0] == "committed"]
    refused = sum(1 for outcome in outcomes if outcome[0] == "refused")
    errors = sum(1 for outcome in outcomes if outcome[0] == "error")
    db = open_database(url)
    lost = 0
    try:
        for plan_id, first_version in started_at.items():
            mine = [outcome for outcome in committed if outcome[1] == plan_id]
            final = plans.get_plan(db, plan_id)
            versions = [outcome[2] for outcome in mine]
            lost += len(versions) - len(set(versions))  # two commits of one version
            lost += abs((final.version - first_version) - len(mine))  # each commit: one more
            if mine:
                last = max(mine, key=lambda outcome: outcome[2])
                lost += int(final.progress != last[3] or final.version != last[2])
    finally:
        db.close()
    return lost, len(committed), refused, errors


def _notice_latencies(url: str, plan_id: str, samples: int) -> list[float]:
    from secretariat.db import open_database
    from secretariat.services import plans
    from secretariat.watch import ChangeWatcher

    writer, reader = open_database(url), open_database(url)
    watcher = ChangeWatcher(reader)
    latencies: list[float] = []
    try:
        assert watcher.listener is not None and watcher.listener.connected.wait(10)
        watcher.changed()
        for progress in range(samples):
            plans.update_plan(writer, plan_id, {"progress": progress})
            committed = time.perf_counter()
            while not watcher.changed():
                if time.perf_counter() - committed > 5:
                    break
                time.sleep(0.002)
            latencies.append(time.perf_counter() - committed)
    finally:
        watcher.close()
        writer.close()
        reader.close()
    return latencies


def _percentile(values: list[float], percent: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(percent / 100 * (len(ordered) - 1)))]
