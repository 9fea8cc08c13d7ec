"""Two writers on one SQLite file at once: each process saves random progress values to a
few shared plans against the version it read, for a while. Nothing may be lost (every
commit moved its plan's version by one, no two claim a version) and nothing may fail but
as a conflict (no "database is locked")."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

from tests.faults.harness import Outcome, Runner, integrity_ok

PLANS = 6


def work(db_path: Path, seconds: float, seed: int) -> dict[str, object]:
    from sqlmodel import select

    from secretariat.db import open_database
    from secretariat.errors import ConflictError
    from secretariat.models import Plan
    from secretariat.services import plans

    random.seed(seed)
    db = open_database(db_path)
    with db.read() as session:
        ids = [plan.id for plan in session.scalars(select(Plan).order_by(Plan.id).limit(PLANS))]
    commits: list[tuple[str, int]] = []
    conflicts, errors = 0, []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        plan_id = random.choice(ids)
        plan = plans.get_plan(db, plan_id)
        progress = (plan.progress + random.randint(1, 100)) % 101  # a change, never a no-op
        try:
            saved, _ = plans.update_plan(
                db, plan_id, {"progress": progress, "version": plan.version}
            )
            commits.append((plan_id.hex, int(saved.version or 0)))
        except ConflictError:
            conflicts += 1
        except Exception as error:  # a lock timeout or anything else: a failure
            errors.append(f"{type(error).__name__}: {error}")
    db.close()
    return {"commits": commits, "conflicts": conflicts, "errors": errors[:5]}


def _start_writer(
    runner: Runner, code: str, db: Path, seconds: float, seed: int
) -> subprocess.Popen[str]:
    argv = [sys.executable, "-c", code, str(db), str(seconds), str(seed)]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=runner.env)


def two_writers(runner: Runner, demo: Path, seconds: float) -> Outcome:
    import shutil
    import sqlite3

    outcome = Outcome("two writers")
    db = runner.work / "writers" / "db.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo, db)
    connection = sqlite3.connect(db)
    start = dict(connection.execute("SELECT id, version FROM plan").fetchall())
    connection.close()
    code = "import sys, json; from tests.faults.writers import work; " \
           "print(json.dumps(work(sys.argv[1], float(sys.argv[2]), int(sys.argv[3]))))"  # fmt: skip
    processes = [_start_writer(runner, code, db, seconds, seed) for seed in (1, 2)]
    reports = [json.loads(process.communicate()[0]) for process in processes]
    commits = [tuple(commit) for report in reports for commit in report["commits"]]
    errors = [error for report in reports for error in report["errors"]]
    connection = sqlite3.connect(db)
    final = dict(connection.execute("SELECT id, version FROM plan").fetchall())
    connection.close()
    held = outcome.check(f"two writers: errors {errors}", not errors)
    held &= outcome.check(
        "two writers: two commits claim one version", len(set(commits)) == len(commits)
    )
    for plan_id in {plan_id for plan_id, _ in commits}:
        count = sum(1 for committed, _ in commits if committed == plan_id)
        held &= outcome.check(f"two writers: lost edits of {plan_id}",
                              final[plan_id] == start[plan_id] + count)  # fmt: skip
    held &= outcome.check("two writers: integrity", integrity_ok(db))
    outcome.count(held)
    conflicts = sum(int(report["conflicts"]) for report in reports)
    outcome.note = f"{len(commits)} commits, {conflicts} conflicts in {seconds:.0f} s"
    return outcome
