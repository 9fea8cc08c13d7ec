"""The archive and `copy` against SQLite's own dump: `sqlite3 DB .dump` for the backup, loading
that dump into sqlite3 for the restore (Python's `iterdump` / `executescript` where the sqlite3
program is not installed, said in the note). Copy to PostgreSQL is measured where
SECRETARIAT_BENCH_PG_URL (or SECRETARIAT_TEST_PG_URL) names a server."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Callable
from pathlib import Path

from benchmarks.runner import Result, median_time
from benchmarks.setup import Bench


def run(bench: Bench) -> list[Result]:
    from secretariat.db import open_database

    runs = 1 if bench.quick else 3
    results: list[Result] = []
    source = open_database(bench.db_path, read_only=True)
    try:
        archive = bench.scratch("archive.zip")
        dump = bench.scratch("dump.sql")
        dump_peer, dump_name = _dump_peer(bench.db_path, dump)
        ours, samples = median_time(lambda: _write(source, archive), runs, warmup=0)
        peer, _ = median_time(dump_peer, runs, warmup=0)
        results.append(
            Result(
                "archive export (every record)", ours, "s", "≤ 1.5× sqlite3 .dump",
                peer=dump_name, peer_value=peer, ratio_limit=1.5, runs=samples,
                note=f"{archive.stat().st_size / 1e6:,.0f} MB zip",
            )
        )  # fmt: skip
        results.append(_restore_result(bench, archive, dump, runs))
        results.append(_copy_result(source, runs))
        results += _workbook_into_empty(bench, source)
    finally:
        source.close()
    return results


def _write(source: object, archive: Path) -> None:
    from secretariat.progress import run_to_end
    from secretariat.transfer.archive import write_archive

    run_to_end(write_archive(source, archive))  # type: ignore[arg-type]


def _dump_peer(db_path: Path, dump: Path) -> tuple[Callable[[], None], str]:
    program = shutil.which("sqlite3")
    if program:

        def dump_with_program() -> None:
            with dump.open("wb") as out:
                subprocess.run([program, str(db_path), ".dump"], stdout=out, check=True)

        return dump_with_program, "sqlite3 .dump"

    def dump_with_python() -> None:
        connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        with dump.open("w", encoding="utf-8") as out:
            for line in connection.iterdump():
                out.write(line + "\n")
        connection.close()

    return dump_with_python, "Python iterdump (no sqlite3 program)"


def _restore_result(bench: Bench, archive: Path, dump: Path, runs: int) -> Result:
    from secretariat.db import open_database
    from secretariat.progress import run_to_end
    from secretariat.transfer.archive import restore_archive

    target = bench.work / "restored.db"
    loaded = bench.work / "loaded.db"

    def restore() -> None:
        _remove(target)
        database = open_database(target)
        try:
            run_to_end(restore_archive(database, archive))
        finally:
            database.close()

    def load_dump() -> None:
        _remove(loaded)
        program = shutil.which("sqlite3")
        if program:
            with dump.open("rb") as script:
                subprocess.run([program, str(loaded)], stdin=script, check=True)
            return
        connection = sqlite3.connect(loaded)
        connection.executescript(dump.read_text(encoding="utf-8"))
        connection.close()

    ours, samples = median_time(restore, runs, warmup=0)
    peer, _ = median_time(load_dump, runs, warmup=0)
    name = "sqlite3 < dump" if shutil.which("sqlite3") else "executescript(dump)"
    return Result(
        "restore into an empty SQLite", ours, "s", "≤ 2× the dump's load",
        peer=name, peer_value=peer, ratio_limit=2.0, runs=samples,
    )  # fmt: skip


def _copy_result(source: object, runs: int) -> Result:
    server = os.environ.get("SECRETARIAT_BENCH_PG_URL") or os.environ.get(
        "SECRETARIAT_TEST_PG_URL", ""
    )
    if not server:
        return Result(
            "copy to PostgreSQL", None, "s", "measured and shown",
            note="no server (set SECRETARIAT_BENCH_PG_URL)",
        )  # fmt: skip
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from secretariat.db import open_database
    from secretariat.progress import run_to_end
    from secretariat.transfer.copy import copy_database

    admin = create_engine(server, isolation_level="AUTOCOMMIT")

    def copy() -> None:
        name = f"secretariat_bench_{uuid.uuid4().hex[:8]}"
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(server).set(database=name).render_as_string(hide_password=False)
        try:
            target = open_database(url)
            run_to_end(copy_database(source, target))  # type: ignore[arg-type]
            target.close()
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    try:
        ours, samples = median_time(copy, runs, warmup=0)
    finally:
        admin.dispose()
    return Result("copy to PostgreSQL", ours, "s", "measured and shown", runs=samples)


def _workbook_into_empty(bench: Bench, source: object) -> list[Result]:
    """The whole exported workbook imported into an empty database, each in a process of its
    own (for its peak memory): as the command line does it, and as the app does."""
    from benchmarks.measure_exports import run_worker
    from exports.xlsx.workbook import write_workbook
    from secretariat.progress import run_to_end

    workbook = bench.scratch("whole.xlsx")
    run_to_end(write_workbook(source, workbook))  # type: ignore[arg-type]
    target = bench.work / "from-workbook.db"
    note = "every sheet: committee, conferences, teams, plans, history, meetings, activities"
    results: list[Result] = []
    for mode, name, limit in (
        ("cli", "workbook import into an empty database (import xlsx, one pass)", 30.0),
        ("app", "workbook import into an empty database (the app: preview, then apply)", None),
    ):
        timed = run_worker(
            "import-whole-workbook", str(target), str(workbook), mode,
            runs=1, before=lambda: _remove(target),
        )  # fmt: skip
        target_text = "≤ 30 s (full scale)" if limit else "(for the record)"
        results.append(Result(
            name, timed.seconds, "s", target_text, limit=limit if not bench.quick else None,
            runs=timed.runs, note=timed.error or note,
        ))  # fmt: skip
        if mode == "cli":
            results.append(Result(
                "workbook import peak memory", timed.peak_mb if timed.seconds else None, "MB",
                "≤ 500 MB", limit=500.0, note="peak resident memory of its own process (VmHWM)",
            ))  # fmt: skip
    return results


def _remove(path: Path) -> None:
    from secretariat.db import remove_sqlite_files

    remove_sqlite_files(path)
