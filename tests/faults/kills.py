"""kill -9 at random moments of the write paths: each trial checks SQLite's integrity, that
the database holds either all of the change or none of it (logical dumps before and after),
that earlier files are as they were, and, after the next start, that nothing is left."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.faults.harness import (
    EARLIER,
    Outcome,
    Runner,
    digests,
    integrity_ok,
    leftovers,
    logical_dump,
)
from tests.faults.setup import Fixtures


def _trial_folder(runner: Runner, case: str, trial: int) -> Path:
    folder = runner.work / case / str(trial)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "earlier.txt").write_text("a file that was here before\n")
    return folder


def kill_database_change(
    runner: Runner,
    runs: int,
    case: str,
    source: Path,
    argv: Callable[[Path], list[str | Path]],
    whole: Callable[[Path], Any] | None = None,
) -> Outcome:
    """A command that changes a database (`import xlsx`, `exchange import`): killed, the
    database holds the whole change or none of it. `whole` says what the whole change is
    where a run makes new ids (a committee built from a workbook): the stable dump else."""
    outcome = Outcome(case)
    reference = _trial_folder(runner, case, 0) / "db.db"
    shutil.copyfile(source, reference)
    window = runner.timed(*argv(reference)) * 1.2
    measure = whole or (lambda path: logical_dump(path, stable=True))
    after = measure(reference)
    before = logical_dump(source)
    for trial in range(1, runs + 1):
        folder = _trial_folder(runner, case, trial)
        db = folder / "db.db"
        shutil.copyfile(source, db)
        earlier = digests(folder, EARLIER)
        outcome.killed += runner.killed(window, *argv(db))
        held = outcome.check(f"{case} {trial}: integrity", integrity_ok(db))
        now_exact, now = logical_dump(db), measure(db)
        held &= outcome.check(
            f"{case} {trial}: part of the change", now_exact == before or now == after
        )
        held &= _next_start_leaves_nothing(runner, outcome, folder, db, earlier, case, trial)
        outcome.count(held)
    return outcome


def row_counts(path: Path) -> dict[str, Any]:
    """Rows per table and the schema: what a run that makes new ids makes the same."""
    dump = logical_dump(path, stable=True)
    return {table: rows if table == "(schema)" else len(rows) for table, rows in dump.items()}


def _next_start_leaves_nothing(
    runner: Runner,
    outcome: Outcome,
    folder: Path,
    db: Path,
    earlier: dict[str, str],
    case: str,
    trial: int,
) -> bool:
    result = runner.run("--db", db, "init")
    held = outcome.check(
        f"{case} {trial}: next start ({result.stderr.strip()})", result.returncode == 0
    )
    kept = {name: digest for name, digest in digests(folder).items() if name in earlier}
    held &= outcome.check(f"{case} {trial}: earlier files changed", kept == earlier)
    held &= outcome.check(f"{case} {trial}: left {leftovers(folder)}", not leftovers(folder))
    return held & outcome.check(f"{case} {trial}: files in TMPDIR", runner.system_tmp_clean())


def kill_export(
    runner: Runner, runs: int, case: str, db: Path, kind: str, suffix: str, extra: list[str]
) -> Outcome:
    """An export over an earlier file: killed, the earlier file is whole or the new one is;
    the database is untouched; the next export leaves nothing but its file."""
    outcome = Outcome(case)
    before = logical_dump(db)

    def argv(target: Path) -> list[str | Path]:
        return ["--db", db, "export", kind, *extra, "-o", target]

    window = runner.timed(*argv(_trial_folder(runner, case, 0) / f"out.{suffix}")) * 1.2
    for trial in range(1, runs + 1):
        folder = _trial_folder(runner, case, trial)
        target = folder / f"out.{suffix}"
        target.write_bytes(b"an earlier export")
        outcome.killed += runner.killed(window, *argv(target))
        whole = target.read_bytes() == b"an earlier export" or _complete(target, suffix)
        held = outcome.check(f"{case} {trial}: target neither old nor whole", whole)
        held &= outcome.check(f"{case} {trial}: database changed", logical_dump(db) == before)
        again = runner.run(*argv(target))  # the next export: sweeps what the kill left
        held &= outcome.check(f"{case} {trial}: next export", again.returncode == 0)
        held &= outcome.check(f"{case} {trial}: left {leftovers(folder)}", not leftovers(folder))
        held &= outcome.check(f"{case} {trial}: files in TMPDIR", runner.system_tmp_clean())
        outcome.count(held)
    return outcome


def _complete(path: Path, suffix: str) -> bool:
    if suffix == "pdf":
        data = path.read_bytes()
        return data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None
    except zipfile.BadZipFile:
        return False


def kill_upgrade(runner: Runner, runs: int, fixtures: Fixtures) -> Outcome:
    """`init` on a database of the first schema: killed, it is at 0001 exactly as it was or
    at the newest schema with every record; every backup beside it is whole."""
    from secretariat.migrations import HEAD_REVISION, revision_of_file

    case = "kill -9: upgrade 0001 -> head"
    outcome = Outcome(case)
    reference = _trial_folder(runner, case, 0) / "db.db"
    shutil.copyfile(fixtures.old, reference)
    window = runner.timed("--db", reference, "init") * 1.2
    after = logical_dump(reference, stable=True)
    before = logical_dump(fixtures.old)
    for trial in range(1, runs + 1):
        folder = _trial_folder(runner, case, trial)
        db = folder / "db.db"
        shutil.copyfile(fixtures.old, db)
        earlier = digests(folder, EARLIER)
        outcome.killed += runner.killed(window, "--db", db, "init")
        held = outcome.check(f"{case} {trial}: integrity", integrity_ok(db))
        revision = revision_of_file(db)
        if revision == HEAD_REVISION:
            whole = logical_dump(db, stable=True) == after
        else:
            whole = revision == "0001_initial" and logical_dump(db) == before
        held &= outcome.check(f"{case} {trial}: half-upgraded ({revision})", whole)
        for backup in folder.glob("*.bak"):
            valid = integrity_ok(backup) and logical_dump(backup) == before
            held &= outcome.check(f"{case} {trial}: backup {backup.name} not whole", valid)
        held &= _next_start_leaves_nothing(runner, outcome, folder, db, earlier, case, trial)
        outcome.count(held)
    return outcome


def kill_archive_restore(runner: Runner, runs: int, fixtures: Fixtures) -> Outcome:
    """`import archive` into a new database: killed, there is no database under its name or
    a whole one."""
    case = "kill -9: archive restore"
    outcome = Outcome(case)

    def argv(db: Path) -> list[str | Path]:
        return ["--db", db, "import", "archive", fixtures.archive]

    reference = _trial_folder(runner, case, 0) / "db.db"
    window = runner.timed(*argv(reference)) * 1.2
    after = logical_dump(reference, stable=True)
    for trial in range(1, runs + 1):
        folder = _trial_folder(runner, case, trial)
        db = folder / "db.db"
        earlier = digests(folder, EARLIER)
        outcome.killed += runner.killed(window, *argv(db))
        if db.exists():
            whole = integrity_ok(db) and logical_dump(db, stable=True) == after
            held = outcome.check(f"{case} {trial}: a half-made database", whole)
            held &= _next_start_leaves_nothing(runner, outcome, folder, db, earlier, case, trial)
        else:
            again = runner.run(*argv(db))  # nothing there: the restore can simply run again
            held = outcome.check(f"{case} {trial}: restore again", again.returncode == 0)
            held &= outcome.check(
                f"{case} {trial}: left {leftovers(folder)}", not leftovers(folder)
            )
        outcome.count(held)
    return outcome


def kill_cases(runner: Runner, runs: int, fixtures: Fixtures) -> list[Outcome]:
    return [
        kill_database_change(
            runner, runs, "kill -9: import xlsx", fixtures.demo,
            lambda db: ["--db", db, "import", "xlsx", fixtures.workbook],
        ),
        kill_database_change(  # a committee built from a workbook: triggers set aside
            runner, runs, "kill -9: import xlsx into an empty database", fixtures.partner,
            lambda db: ["--db", db, "import", "xlsx", fixtures.workbook],
            whole=row_counts,
        ),
        kill_export(runner, runs, "kill -9: export xlsx", fixtures.demo, "xlsx", "xlsx", []),
        kill_export(
            runner, runs, "kill -9: export pdf", fixtures.demo, "pdf", "pdf", ["--conference", "3"]
        ),
        kill_export(runner, runs, "kill -9: export archive", fixtures.demo, "archive", "zip", []),
        kill_upgrade(runner, runs, fixtures),
        kill_archive_restore(runner, runs, fixtures),
        kill_database_change(
            runner, runs, "kill -9: exchange import", fixtures.partner,
            lambda db: ["--db", db, "exchange", "import", fixtures.exchange_file],
        ),
    ]  # fmt: skip
